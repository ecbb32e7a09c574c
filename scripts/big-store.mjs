// A big store for the memory bench (issue 11, "memory stays bounded on any store size"), and the
// bench itself. `node scripts/big-store.mjs [DIR] [--count N] [--years Y] [--bench]` (after
// `npm run build`): builds DIR/big.sqlite with N incidents (100,000) spread over Y years
// (46: 1980–2025) through the import's own path (staged, then Store.applyStaged), so the store is
// a real one. With --bench it then runs `stats`, `list` (text), `report` (pdf, xlsx, both) over the
// whole store, each in its own process under /usr/bin/time -v, and prints wall time and peak RSS.
// Every incident is deterministic: the same N and Y give the same store.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const WIB = 7 * 3_600_000;
// The CLI measured: DOWNTIME_BENCH_CLI=path (a copy of an older dist, to compare) or dist/cli.js.
const CLI = process.env.DOWNTIME_BENCH_CLI ?? 'dist/cli.js';
const CAUSES = ['Switch lantai 2 mati', 'ISP putus', 'Server BPJS down', 'UPS rusak', 'Disk penuh', 'Update modul farmasi'];
const CATEGORIES = ['hardware', 'network', 'external', 'power', 'database', 'software', 'other'];
const iso = (ms) => new Date(ms + WIB).toISOString().slice(0, 16) + ':00+07:00';
const isoDay = (ms) => new Date(ms + WIB).toISOString().slice(0, 10);

/**
 * Incident i of n over `years` years from 1980: mostly timed (some overlapping, some planned), a few
 * known only to the day or month, some without a duration, and a few still ongoing at the end.
 */
export function bigIncident(i, n, years) {
  const first = Date.UTC(1980, 0, 1) - WIB;
  const span = Date.UTC(1980 + years, 0, 1) - WIB - first;
  // Spread evenly, with a deterministic jitter of up to a day so starts are not on a grid.
  const startMs = first + Math.floor((i * span) / n) + ((i * 7919) % 1440) * 60_000;
  const minutes = 5 + ((i * 37) % 475);
  const kind = i % 7 === 3 ? 'planned' : 'unplanned';
  const base = {
    identity: `big-${i}`,
    kind,
    kindReason: 'bench',
    title: `Kejadian ${i}: ${CAUSES[i % CAUSES.length]}`,
    cause: CAUSES[i % CAUSES.length],
    followUp: 'Menghubungi penyedia layanan dan menginformasikan ke unit pelayanan.',
    pic: 'Petugas TI',
    unit: i % 3 ? null : 'IGD',
    category: CATEGORIES[i % CATEGORIES.length],
    categoryReason: 'bench',
    scope: i % 4 === 1 ? 'external' : 'internal',
    source: { file: 'big.csv', sheet: null, row: i + 2 },
    warnings: i % 97 === 0 ? ['durasi ditebak'] : [],
    extra: {},
  };
  if (i % 53 === 0) {
    // Known to the day only (with or without a duration).
    const day = isoDay(startMs);
    const dayMs = Date.parse(`${day}T00:00:00+07:00`);
    return { ...base, start: day, end: null, precision: 'day', startMs: dayMs, endMs: null, untilMs: dayMs + 86_400_000 + minutes * 60_000, durationMinutes: i % 2 ? minutes : null };
  }
  if (i % 211 === 0) {
    const month = isoDay(startMs).slice(0, 7);
    const monthMs = Date.parse(`${month}-01T00:00:00+07:00`);
    return { ...base, start: month, end: null, precision: 'month', startMs: monthMs, endMs: null, untilMs: monthMs + 32 * 86_400_000 + minutes * 60_000, durationMinutes: minutes };
  }
  if (i >= n - 3) {
    // The last few are still ongoing: no end, no duration.
    return { ...base, start: iso(startMs), end: null, precision: 'minute', startMs, endMs: null, untilMs: null, durationMinutes: null };
  }
  const endMs = startMs + minutes * 60_000;
  return { ...base, start: iso(startMs), end: iso(endMs), precision: 'minute', startMs, endMs, untilMs: endMs, durationMinutes: minutes };
}

/** The store, built the way an import builds it: staged, then applied in one transaction. */
export async function buildBigStore(db, { count = 100_000, years = 46, dist = resolve('dist') } = {}) {
  const { openStore } = await import(pathToFileURL(join(dist, 'store/store.js')).href);
  const { stageIncidents } = await import(pathToFileURL(join(dist, 'import/staging.js')).href);
  rmSync(db, { force: true });
  const store = openStore(db);
  try {
    stageIncidents(store, 'big.csv', 'csv', (function* () {
      for (let i = 0; i < count; i++) yield bigIncident(i, count, years);
    })());
  } finally {
    store.close();
  }
}

/** One command under /usr/bin/time -v: wall seconds, peak RSS (MB), exit code. */
function measure(label, args, env) {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.+)/.exec(r.stderr)?.[1] ?? '?';
  const parts = wall.split(':').map(Number);
  const seconds = parts.reduce((s, p) => s * 60 + p, 0);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  const exit = /Exit status: (\d+)/.exec(r.stderr)?.[1] ?? String(r.status);
  return { label, seconds, rss, exit, stderr: r.stderr.split('\n').filter((l) => !/^\t/.test(l) && !/Command being timed/.test(l)).join('\n').trim(), stdoutBytes: r.stdout.length };
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name, dflt) => {
    const k = argv.indexOf(name);
    return k >= 0 ? Number(argv[k + 1]) : dflt;
  };
  const dir = resolve(argv.find((a, k) => !a.startsWith('--') && !/^--(count|years)$/.test(argv[k - 1] ?? '')) ?? 'output/big-store');
  const count = opt('--count', 100_000);
  const years = opt('--years', 46);
  mkdirSync(dir, { recursive: true });
  const db = join(dir, 'big.sqlite');
  if (!existsSync(db) || argv.includes('--rebuild')) {
    const t0 = Date.now();
    await buildBigStore(db, { count, years });
    console.log(`built ${db}: ${count} incidents over ${years} years in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (!argv.includes('--bench')) return;
  const out = join(dir, 'out');
  const env = { DOWNTIME_DB: db };
  const at = ['--generated-at', '2026-01-15T10:00:00+07:00'];
  const runs = [
    ['stats', ['stats', '--db', db, '--now', '2026-01-15T10:00:00+07:00']],
    ['stats --json', ['stats', '--db', db, '--json', '--now', '2026-01-15T10:00:00+07:00']],
    ['list (text)', ['list', '--db', db]],
    ['list --json', ['list', '--db', db, '--json']],
    ['report --format pdf', ['report', '--db', db, '--format', 'pdf', '--out', out, ...at]],
    ['report --format xlsx', ['report', '--db', db, '--format', 'xlsx', '--out', out, ...at]],
    ['report (pdf,xlsx)', ['report', '--db', db, '--out', out, ...at]],
    ['report --year 2020', ['report', '--db', db, '--year', '2020', '--out', out, ...at]],
  ];
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null;
  for (const [label, args] of runs) {
    if (only && !only.some((o) => label.startsWith(o))) continue;
    const r = measure(label, args, env);
    console.log(`${label.padEnd(24)} ${r.seconds.toFixed(1).padStart(7)} s  ${r.rss.toFixed(0).padStart(6)} MB peak RSS  exit ${r.exit}  ${(r.stdoutBytes / 1e6).toFixed(1)} MB stdout`);
    if (r.exit !== '0' && r.stderr) console.log(`  ${r.stderr.split('\n').slice(0, 3).join('\n  ')}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
