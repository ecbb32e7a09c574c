// `npm run bench`: `downtime import` of a 100,000-row log (xlsx and CSV, the same rows) against the
// floor measured in the same run — a bare read of the same file plus a bare better-sqlite3 insert of
// the same rows in one transaction. Every job is a whole process timed by /usr/bin/time (user+sys
// CPU, peak RSS); the jobs run in turn (A B C D E, A B C D E, …) and the medians are compared, so
// a neighbour's load falls on all of them alike. Then the start-up and report benchmarks.
//   BENCH_SIZES=100000,300000  also checks that time per row and memory stay flat (slower).
//   BENCH_RUNS=5               rounds per size (default 3).
//   BENCH_IMPORT_ONLY=1        skips the report benchmarks.
//   BENCH_SKIP_IMPORT=1        skips the import benchmark (start-up and reports only).
//   BENCH_COMPARE=../old/dist/cli.js  also times another build's import in the same rounds
//                              (before/after figures measured under the same load).
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRow, HEADER, LETTERHEAD } from './bench-rows.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100000').split(',').map(Number);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
// BENCH_DIR keeps the logs and stores there (for profiling); otherwise a temporary folder, removed.
const keep = process.env.BENCH_DIR;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'downtime-bench-'));

async function buildXlsx(path, rows) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const ws = wb.addWorksheet('Log');
  for (const l of LETTERHEAD) ws.addRow(l ? [l] : []).commit();
  ws.addRow(HEADER).commit();
  for (let i = 1; i <= rows; i++) {
    const r = benchRow(i);
    const row = ws.addRow([r.no, r.date, r.time, r.end, r.duration, r.title, r.cause, r.followUp, r.kind]);
    row.getCell(2).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

/** The same rows as Excel in an Indonesian locale saves them: ';', dates as dd/mm/yyyy text. */
async function buildCsv(path, rows) {
  const out = createWriteStream(path);
  const write = async (line) => {
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  };
  for (const l of LETTERHEAD) await write(l);
  await write(HEADER.join(';'));
  for (let i = 1; i <= rows; i++) {
    const r = benchRow(i);
    await write([r.no, r.dateText, r.time, '', r.duration, r.title, r.cause, r.followUp, r.kind].join(';'));
  }
  out.end();
  await once(out, 'finish');
}

let seq = 0;
/** One whole process under /usr/bin/time: wall and CPU seconds, peak RSS in MB. */
function measure(label, args) {
  const timeFile = join(dir, `time-${seq++}.txt`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`${label} failed with exit ${r.status}`);
  }
  const [user, sys, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { label, seconds, cpu: user + sys, rssMb: kb / 1024, stdout: r.stdout };
}

const fmt = (r) => `${r.label.padEnd(34)} ${r.seconds.toFixed(2).padStart(7)} s  ${r.rssMb.toFixed(0).padStart(5)} MB peak RSS`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall milliseconds of one process, output discarded. */
function wallMs(command, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/**
 * Start-up: `downtime --help` against a bare `node -e 0`, taken in turn (bare, help, bare, help, …)
 * so a neighbour's load falls on both alike; medians of 15 each. Goal: help ≤ 2× bare node.
 * `downtime report --help` (yargs and the report module's imports) is printed beside, no goal.
 */
function benchStartup(rounds = 15) {
  const jobs = {
    bare: ['-e', '0'],
    help: ['dist/cli.js', '--help'],
    commandHelp: ['dist/cli.js', 'report', '--help'],
  };
  const runs = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  for (const args of Object.values(jobs)) wallMs(process.execPath, args); // warm the file cache
  for (let i = 0; i < rounds; i++) for (const [k, args] of Object.entries(jobs)) runs[k].push(wallMs(process.execPath, args));
  const m = Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, median(xs)]));
  console.log(`Start-up, wall-clock medians of ${rounds} runs taken in turn:`);
  console.log(`${'node -e 0'.padEnd(34)} ${m.bare.toFixed(0).padStart(7)} ms`);
  console.log(`${'downtime --help'.padEnd(34)} ${m.help.toFixed(0).padStart(7)} ms`);
  console.log(`${'downtime report --help'.padEnd(34)} ${m.commandHelp.toFixed(0).padStart(7)} ms`);
  console.log(`  --help / node -e 0 = ${(m.help / m.bare).toFixed(2)}× (goal ≤ 2×); report --help / node -e 0 = ${(m.commandHelp / m.bare).toFixed(2)}×\n`);
  return m;
}

async function benchImport(rows) {
  const k = `${rows / 1000}k`;
  const xlsx = join(dir, `log-${k}.xlsx`);
  const csv = join(dir, `log-${k}.csv`);
  console.log(`Building a ${rows.toLocaleString('en')}-row log…`);
  await buildXlsx(xlsx, rows);
  await buildCsv(csv, rows);
  console.log(`  ${xlsx} (${(statSync(xlsx).size / 1e6).toFixed(1)} MB), ${csv} (${(statSync(csv).size / 1e6).toFixed(1)} MB)`);
  const fromLine = String(LETTERHEAD.length + 1);
  let n = 0;
  // A kept BENCH_DIR holds the stores of an earlier run: every job writes a file of its own.
  const fresh = (name) => {
    const path = join(dir, name);
    rmSync(path, { force: true });
    return path;
  };
  const checkAdded = (r) => {
    const added = JSON.parse(r.stdout).added;
    if (added !== rows) throw new Error(`${r.label}: ${added} incidents added, expected ${rows}`);
  };
  const jobs = {
    xlsxFloor: () => measure('bare xlsx read', ['scripts/bench-read-floor.mjs', xlsx]),
    csvFloor: () => measure('bare csv-parse', ['scripts/bench-csv-floor.mjs', csv, ';', fromLine]),
    insert: () => measure('bare insert', ['scripts/bench-insert-floor.mjs', fresh(`insert-${k}-${n++}.sqlite`), String(rows)]),
    importXlsx: () => measure('import xlsx', ['dist/cli.js', 'import', xlsx, '--db', fresh(`store-${k}-${n++}.sqlite`), '--json']),
    importCsv: () => measure('import csv', ['dist/cli.js', 'import', csv, '--db', fresh(`store-${k}-${n++}.sqlite`), '--json']),
  };
  const other = process.env.BENCH_COMPARE;
  if (other) {
    jobs.compareXlsx = () => measure('compared import xlsx', [other, 'import', xlsx, '--db', fresh(`store-${k}-${n++}.sqlite`), '--json']);
    jobs.compareCsv = () => measure('compared import csv', [other, 'import', csv, '--db', fresh(`store-${k}-${n++}.sqlite`), '--json']);
  }
  const runs = Object.fromEntries(Object.keys(jobs).map((j) => [j, []]));
  for (let round = 0; round < RUNS; round++) {
    for (const [name, job] of Object.entries(jobs)) {
      const r = job();
      if (/^(import|compare)/.test(name)) checkAdded(r);
      runs[name].push(r);
    }
    process.stdout.write(`  round ${round + 1}/${RUNS} done\n`);
  }
  const m = Object.fromEntries(
    Object.entries(runs).map(([name, rs]) => [name, { cpu: median(rs.map((r) => r.cpu)), rss: Math.max(...rs.map((r) => r.rssMb)) }]),
  );
  const row = (label, x, extra = '') => console.log(`| ${label} | ${x.cpu.toFixed(2)} s | ${x.rss.toFixed(0)} MB |${extra}`);
  console.log(`\n${rows.toLocaleString('en')} rows — CPU (user+sys) median of ${RUNS}, peak RSS the highest of the runs:`);
  console.log('| job | CPU | peak RSS | import ÷ floor |\n|---|---|---|---|');
  row('bare xlsx read (inflate + scan + shared strings)', m.xlsxFloor, ' |');
  row('bare csv-parse', m.csvFloor, ' |');
  row('bare better-sqlite3 insert, one transaction', m.insert, ' |');
  const rx = m.importXlsx.cpu / (m.xlsxFloor.cpu + m.insert.cpu);
  const rc = m.importCsv.cpu / (m.csvFloor.cpu + m.insert.cpu);
  row('`downtime import` xlsx', m.importXlsx, ` **${rx.toFixed(2)}×** |`);
  row('`downtime import` csv', m.importCsv, ` **${rc.toFixed(2)}×** |`);
  if (other) {
    row(`${other} import xlsx`, m.compareXlsx, ` ${(m.compareXlsx.cpu / (m.xlsxFloor.cpu + m.insert.cpu)).toFixed(2)}× |`);
    row(`${other} import csv`, m.compareCsv, ` ${(m.compareCsv.cpu / (m.csvFloor.cpu + m.insert.cpu)).toFixed(2)}× |`);
  }
  console.log(`  per row: xlsx ${((m.importXlsx.cpu / rows) * 1e6).toFixed(1)} µs, csv ${((m.importCsv.cpu / rows) * 1e6).toFixed(1)} µs; goal ≤ 4× the floor, ≤ 200 MB\n`);
  return { rows, m, rx, rc };
}

benchStartup();
const results = [];
if (!process.env.BENCH_SKIP_IMPORT) for (const rows of SIZES) results.push(await benchImport(rows));
if (results.length > 1) {
  const [a, b] = [results[0], results.at(-1)];
  const perRow = (r, j) => (r.m[j].cpu / r.rows) * 1e6;
  for (const j of ['importXlsx', 'importCsv']) {
    console.log(`${j}: ${perRow(a, j).toFixed(1)} → ${perRow(b, j).toFixed(1)} µs/row, ${a.m[j].rss.toFixed(0)} → ${b.m[j].rss.toFixed(0)} MB (${a.rows / 1000}k → ${b.rows / 1000}k rows)`);
  }
  console.log('');
}

if (existsSync('scripts/bench-report.mjs') && !process.env.BENCH_IMPORT_ONLY) {
  const { benchReports } = await import('./bench-report.mjs');
  await benchReports({ dir, measure, fmt });
}
if (!keep) rmSync(dir, { recursive: true, force: true });
