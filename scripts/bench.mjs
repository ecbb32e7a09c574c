// `npm run bench`: import of a 100,000-row log against a bare exceljs streaming read of the same
// file, in the same run; then the report benchmarks. Each measurement runs in its own process so
// peak RSS is that job's alone.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'downtime-bench-'));
const xlsx = join(dir, 'log-100k.xlsx');

async function buildLog() {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useStyles: true });
  const ws = wb.addWorksheet('Log');
  ws.addRow(['PEMERINTAH PROVINSI SUMATERA BARAT']).commit();
  ws.addRow(['RSUD CONTOH']).commit();
  ws.addRow([]).commit();
  ws.addRow(['No', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Lama', 'Kejadian', 'Penyebab', 'Tindak Lanjut', 'Jenis']).commit();
  const causes = ['Switch lantai 2 mati', 'ISP putus', 'Server BPJS down', 'UPS rusak', 'Disk penuh', 'Update modul farmasi'];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 1; i <= ROWS; i++) {
    const t = start + i * 4 * 60 * 60_000; // every 4 h: distinct, non-overlapping incidents (2015–2060)
    const d = new Date(t);
    const minutes = 5 + (i % 90);
    const row = ws.addRow([
      i,
      new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
      `${String(d.getUTCHours()).padStart(2, '0')}.${String(d.getUTCMinutes()).padStart(2, '0')}`,
      null,
      `${minutes} menit`,
      `Kejadian ${i}: ${causes[i % causes.length]}`,
      causes[i % causes.length],
      'Menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime.',
      i % 6 === 5 ? 'Terencana' : 'Tidak Terencana',
    ]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

function measure(label, args, env = {}) {
  const rssFile = join(dir, `${label}.rss`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', './scripts/rss-on-exit.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`${label} failed with exit ${r.status}`);
  }
  const rss = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return { label, seconds, rssMb: rss, stdout: r.stdout };
}

const fmt = (r) => `${r.label.padEnd(34)} ${r.seconds.toFixed(2).padStart(7)} s  ${r.rssMb.toFixed(0).padStart(5)} MB peak RSS`;

/**
 * Start-up: `downtime --help` against a bare `node -e 0`, side by side, best of 7 runs each (the
 * machine is shared; the minimum is the least disturbed). Goal: help ≤ 2× bare node.
 */
function benchStartup() {
  const best = (args) => {
    let min = Infinity;
    for (let i = 0; i < 7; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed with exit ${r.status}: ${r.stderr}`);
      min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return min;
  };
  const bare = best(['-e', '0']);
  const help = best(['dist/cli.js', '--help']);
  console.log(`${'node -e 0'.padEnd(34)} ${bare.toFixed(0).padStart(7)} ms`);
  console.log(`${'downtime --help'.padEnd(34)} ${help.toFixed(0).padStart(7)} ms`);
  console.log(`  --help / node -e 0 = ${(help / bare).toFixed(2)}× (goal ≤ 2×)\n`);
}

benchStartup();

console.log(`Building a ${ROWS.toLocaleString('en')}-row log…`);
await buildLog();
console.log(`  ${xlsx} (${(statSync(xlsx).size / 1e6).toFixed(1)} MB)\n`);

const bare = measure('exceljs streaming read (bare)', ['scripts/bench-bare-read.mjs', xlsx]);
// The floor our reader can reach: inflate + scan + shared strings, nothing else (CPU time of the
// whole process, start-up included, as the process itself reports it).
const floor = measure('bare read floor (inflate + scan)', ['scripts/bench-read-floor.mjs', xlsx]);
const floorCpu = JSON.parse(floor.stdout).cpuSeconds;
const db = join(dir, 'bench.sqlite');
const imp = measure('downtime import', ['dist/cli.js', 'import', xlsx, '--db', db, '--json']);
const added = JSON.parse(imp.stdout).added;
console.log(fmt(bare));
console.log(`${fmt(floor)}  (${floorCpu.toFixed(2)} s CPU)`);
console.log(fmt(imp));
const ratio = imp.seconds / bare.seconds;
console.log(`  incidents added: ${added}; import / bare read = ${ratio.toFixed(2)}× (goal ≤ 1.5×), peak RSS goal ≤ 300 MB\n`);

if (existsSync('scripts/bench-report.mjs')) {
  const { benchReports } = await import('./bench-report.mjs');
  await benchReports({ dir, measure, fmt });
}
rmSync(dir, { recursive: true, force: true });
