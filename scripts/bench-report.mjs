// Report benchmarks, called by scripts/bench.mjs (`npm run bench`) or run alone:
// `node scripts/bench-report.mjs` (after `npm run build`). Builds a store with a busy month
// (≈ 50 incidents) inside a year of 2,000 incidents, then times `downtime report` end to end —
// process start, store read, metrics, PDF and workbook — each run in its own process so peak RSS
// is the report's alone. Then the monthly report side by side with LibreOffice converting a ready
// 5-row sheet to PDF (`soffice --headless --convert-to pdf`), taken in turn: goal ≤ 0.5×.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MONTH_INCIDENTS = 50;
const YEAR_INCIDENTS = 2000;
const FOLLOW_UP =
  'Menghubungi penyedia layanan dan menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ' +
  'Untuk kedepannya tindakan yang diambil berpedoman pada laporan downtime yang pernah terjadi.';
const CAUSES = ['Switch lantai 2 mati', 'ISP putus', 'Server BPJS down', 'UPS rusak', 'Disk penuh', 'Update modul farmasi'];
const CATEGORIES = ['hardware', 'network', 'external', 'power', 'database', 'software'];
const WIB = 7 * 3_600_000;

const iso = (ms) => new Date(ms + WIB).toISOString().slice(0, 16) + ':00+07:00';

/** 2,000 timed incidents in 2023: 50 of them in March, the rest spread over the other months. */
function incidents() {
  const out = [];
  const add = (startMs, i) => {
    const minutes = 5 + ((i * 37) % 175);
    const endMs = startMs + minutes * 60_000;
    out.push({
      identity: `bench-${i}`,
      kind: i % 6 === 5 ? 'planned' : 'unplanned',
      kindReason: 'bench',
      title: `Kejadian ${i}: ${CAUSES[i % CAUSES.length]}`,
      start: iso(startMs),
      end: iso(endMs),
      precision: 'minute',
      startMs,
      endMs,
      untilMs: endMs,
      durationMinutes: minutes,
      cause: CAUSES[i % CAUSES.length],
      followUp: i % 5 === 0 ? `${FOLLOW_UP} ${FOLLOW_UP}` : FOLLOW_UP,
      pic: 'Petugas TI',
      unit: null,
      category: CATEGORIES[i % CATEGORIES.length],
      categoryReason: 'bench',
      scope: 'internal',
      source: { file: 'bench.xlsx', sheet: 'Log', row: i + 1 },
      warnings: [],
      extra: {},
    });
  };
  const march = Date.UTC(2023, 2, 1) - WIB;
  for (let i = 0; i < MONTH_INCIDENTS; i++) add(march + Math.floor((i * 31 * 86_400_000) / MONTH_INCIDENTS) + 3_600_000, i);
  const year = Date.UTC(2023, 0, 1) - WIB;
  const others = YEAR_INCIDENTS - MONTH_INCIDENTS;
  for (let k = 0; k < others; k++) {
    let t = year + Math.floor((k * 365 * 86_400_000) / others);
    if (t >= march && t < march + 31 * 86_400_000) t += 31 * 86_400_000; // keep March at 50
    add(t, MONTH_INCIDENTS + k);
  }
  return out;
}

/** The synthetic incidents go into the store the way an import puts them: staged, then applied. */
export async function buildStore(db) {
  const { openStore } = await import(pathToFileURL(resolve('dist/store/store.js')).href);
  const { stageIncidents } = await import(pathToFileURL(resolve('dist/import/staging.js')).href);
  const store = openStore(db);
  try {
    stageIncidents(store, 'bench.xlsx', 'xlsx', incidents());
  } finally {
    store.close();
  }
}

/** A ready 5-row sheet, as a clerk would hand LibreOffice: header and five incidents. */
async function buildSheet(path) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Log');
  ws.addRow(['No', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Kejadian', 'Penyebab', 'Tindak Lanjut']);
  for (let i = 1; i <= 5; i++) ws.addRow([i, `0${i}/03/2023`, '08.00', '09.15', `Kejadian ${i}`, CAUSES[i], FOLLOW_UP]);
  await wb.xlsx.writeFile(path);
}

/** One process under /usr/bin/time: wall seconds and CPU (user+sys, children waited for included). */
function timed(dir, label, command, args, env = {}) {
  const timeFile = join(dir, `time-${label.replace(/\W+/g, '_')}.txt`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}): ${r.stderr}`);
  const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, cpu: user + sys };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The monthly report (PDF + xlsx, 50 incidents, one process from start-up) against LibreOffice
 * converting a ready 5-row sheet to PDF, in turn (report, soffice, report, soffice, …), medians.
 * LibreOffice gets its own profile, created by a warm-up run first, so no run pays for that.
 * The same report with its PDF on the main thread (DOWNTIME_PDF_WORKER=0) and on the worker thread
 * whatever the load (=1) runs in the same rounds: by itself the report takes the worker only when
 * the load average leaves a core free (scripts/bundle-shims/run-cached.cjs).
 */
export async function benchAgainstOffice({ dir, db, rounds }) {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.status !== 0) {
    console.log('  soffice not found: the LibreOffice comparison is skipped\n');
    return null;
  }
  const sheet = join(dir, 'five-rows.xlsx');
  await buildSheet(sheet);
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  const loOut = join(dir, 'lo-out');
  mkdirSync(loOut, { recursive: true });
  const reportArgs = ['dist/cli.js', 'report', '--db', db, '--out', join(dir, 'vs-out'), '--month', '2023-03', '--generated-at', '2026-11-25T09:00:00+07:00', '--json'];
  const jobs = {
    report: () => timed(dir, 'report', process.execPath, reportArgs),
    office: () => timed(dir, 'soffice', 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', loOut, sheet]),
    oneThread: () => timed(dir, 'report-one-thread', process.execPath, reportArgs, { DOWNTIME_PDF_WORKER: '0' }),
    worker: () => timed(dir, 'report-worker', process.execPath, reportArgs, { DOWNTIME_PDF_WORKER: '1' }),
  };
  for (const job of Object.values(jobs)) job(); // warm-up: LibreOffice's profile, the file cache, the code caches
  const runs = { report: [], office: [], oneThread: [], worker: [] };
  for (let i = 0; i < rounds; i++) for (const [k, job] of Object.entries(jobs)) runs[k].push(job());
  if (!existsSync(join(loOut, 'five-rows.pdf'))) throw new Error('soffice wrote no PDF');
  const m = Object.fromEntries(Object.entries(runs).map(([k, rs]) => [k, { wall: median(rs.map((r) => r.seconds)), cpu: median(rs.map((r) => r.cpu)) }]));
  console.log(`Monthly report against LibreOffice, medians of ${rounds} runs taken in turn:`);
  console.log('| job | wall | CPU |\n|---|---|---|');
  console.log(`| \`downtime report --month\` (${MONTH_INCIDENTS} incidents), PDF + xlsx | ${m.report.wall.toFixed(2)} s | ${m.report.cpu.toFixed(2)} s |`);
  console.log(`| \`soffice --headless --convert-to pdf\`, ready 5-row sheet | ${m.office.wall.toFixed(2)} s | ${m.office.cpu.toFixed(2)} s |`);
  console.log(`| the same report, PDF on the main thread (\`DOWNTIME_PDF_WORKER=0\`) | ${m.oneThread.wall.toFixed(2)} s | ${m.oneThread.cpu.toFixed(2)} s |`);
  console.log(`| the same report, PDF on a worker thread (\`DOWNTIME_PDF_WORKER=1\`) | ${m.worker.wall.toFixed(2)} s | ${m.worker.cpu.toFixed(2)} s |`);
  console.log(`  report / LibreOffice = ${(m.report.wall / m.office.wall).toFixed(2)}× wall, ${(m.report.cpu / m.office.cpu).toFixed(2)}× CPU (goal ≤ 0.5×)`);
  console.log(`  PDF on the main thread / LibreOffice = ${(m.oneThread.wall / m.office.wall).toFixed(2)}× wall, ${(m.oneThread.cpu / m.office.cpu).toFixed(2)}× CPU`);
  console.log(`  PDF on a worker thread / LibreOffice = ${(m.worker.wall / m.office.wall).toFixed(2)}× wall, ${(m.worker.cpu / m.office.cpu).toFixed(2)}× CPU (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);
  return m;
}

/** Runs the report benchmarks; returns [{label, seconds, rssMb}]. */
export async function benchReports({ dir, measure, fmt }) {
  const db = join(dir, 'report-bench.sqlite');
  await buildStore(db);
  const out = join(dir, 'report-out');
  const common = ['dist/cli.js', 'report', '--db', db, '--out', out, '--generated-at', '2026-11-25T09:00:00+07:00', '--json'];
  const runs = [
    measure(`report month (${MONTH_INCIDENTS}) pdf+xlsx`, [...common, '--month', '2023-03']),
    measure(`report month (${MONTH_INCIDENTS}) pdf`, [...common, '--month', '2023-03', '--format', 'pdf']),
    measure(`report month (${MONTH_INCIDENTS}) xlsx`, [...common, '--month', '2023-03', '--format', 'xlsx']),
    measure(`report year (${YEAR_INCIDENTS}) pdf+xlsx`, [...common, '--year', '2023']),
  ];
  for (const r of runs) console.log(fmt(r));
  const pages = spawnSync('pdfinfo', [join(out, 'laporan-downtime-2023.pdf')], { encoding: 'utf8' }).stdout?.match(/Pages:\s+(\d+)/)?.[1];
  const monthPages = spawnSync('pdfinfo', [join(out, 'laporan-downtime-2023-03.pdf')], { encoding: 'utf8' }).stdout?.match(/Pages:\s+(\d+)/)?.[1];
  console.log(`  monthly report: ${monthPages ?? '?'} pages; year report: ${pages ?? '?'} pages; goal: monthly pdf+xlsx ≤ 1 s\n`);
  await benchAgainstOffice({ dir, db, rounds: Math.max(5, Number(process.env.BENCH_RUNS ?? 5)) });
  return runs.map(({ label, seconds, rssMb }) => ({ label, seconds, rssMb }));
}

// Standalone: the same measurement as scripts/bench.mjs, without the import benchmark.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = mkdtempSync(join(tmpdir(), 'downtime-report-bench-'));
  const measure = (label, args) => {
    const rssFile = join(dir, `${label.replace(/\W+/g, '_')}.rss`);
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', './scripts/rss-on-exit.mjs', ...args], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`${label} failed (${r.status}): ${r.stderr}`);
    return { label, seconds, rssMb: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN };
  };
  const fmt = (r) => `${r.label.padEnd(34)} ${r.seconds.toFixed(2).padStart(7)} s  ${r.rssMb.toFixed(0).padStart(5)} MB peak RSS`;
  try {
    await benchReports({ dir, measure, fmt });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
