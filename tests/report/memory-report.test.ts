// Issue 11: a report lists at most REPORT_INCIDENT_LIMIT incidents. A period holding more is refused
// before anything is loaded, with the shorter period to ask for; a period at the limit is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { openStore } from '../../src/store/store.js';
import { stageIncidents } from '../../src/import/staging.js';
import type { NewIncident } from '../../src/store/incident-row.js';
import { REPORT_INCIDENT_LIMIT } from '../../src/commands/report-limit.js';

const WIB = 7 * 3_600_000;
const MIN = 60_000;
const iso = (ms: number) => new Date(ms + WIB).toISOString().slice(0, 16) + ':00+07:00';

/** `n` one-hour incidents, 90 minutes apart, from 1 January 2023 (all inside 2023 for n ≤ 5,800). */
function store(path: string, n: number, extra: NewIncident[] = []): void {
  const first = Date.UTC(2023, 0, 1) - WIB;
  const list: NewIncident[] = [];
  for (let i = 0; i < n; i++) {
    const startMs = first + i * 90 * MIN;
    const endMs = startMs + 60 * MIN;
    list.push({
        identity: `limit-${i}`,
        kind: i % 5 ? 'unplanned' : 'planned',
        kindReason: 'test',
        title: `Kejadian ${i}`,
        start: iso(startMs),
        end: iso(endMs),
        precision: 'minute',
        startMs,
        endMs,
        untilMs: endMs,
        durationMinutes: 60,
        cause: 'Uji',
        followUp: 'Tindak lanjut',
        pic: null,
        unit: null,
        category: 'network',
        categoryReason: 'test',
        scope: 'internal',
        source: { file: 'limit.csv', sheet: null, row: i + 2 },
        warnings: [],
        extra: {},
    });
  }
  const s = openStore(path);
  try {
    stageIncidents(s, 'limit.csv', 'csv', [...list, ...extra]);
  } finally {
    s.close();
  }
}

let dir: string;
const AT = ['--generated-at', '2024-01-10T09:00:00+07:00'];

beforeAll(() => {
  dir = tempDir('downtime-memory-report-');
  store(join(dir, 'at-limit.sqlite'), REPORT_INCIDENT_LIMIT);
  store(join(dir, 'over.sqlite'), REPORT_INCIDENT_LIMIT + 1);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report: at most REPORT_INCIDENT_LIMIT incidents', () => {
  it('writes a report whose period holds exactly the limit', () => {
    const out = join(dir, 'out-at');
    const r = runCli(['report', '--db', join(dir, 'at-limit.sqlite'), '--year', '2023', '--format', 'xlsx', '--out', out, ...AT]);
    expect(r.stderr).not.toMatch(/paling banyak/);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['laporan-downtime-2023.xlsx']);
  });

  it('refuses one more, naming the period, the count, the limit and a shorter period, and writes nothing', () => {
    const out = join(dir, 'out-over');
    const r = runCli(['report', '--db', join(dir, 'over.sqlite'), '--year', '2023', '--out', out, ...AT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Periode 1 Januari 2023 – 31 Desember 2023 memuat 5.001 kejadian; satu laporan memuat paling banyak 5.000 kejadian (daftar kejadiannya saja sudah ratusan halaman). ' +
        'Pilih periode yang lebih pendek, misalnya --month 2023-11.',
    );
    expect(r.stderr).toContain('downtime list --json');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(join(out, 'laporan-downtime-2023.pdf'))).toBe(false);
    expect(existsSync(join(out, 'laporan-downtime-2023.xlsx'))).toBe(false);
  });

  it('the accreditation pack, which holds the report, is refused the same way before anything is written', () => {
    const out = join(dir, 'pack-over');
    const r = runCli(['pack', '--db', join(dir, 'over.sqlite'), '--year', '2023', '--out', out, ...AT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('memuat 5.001 kejadian; satu laporan memuat paling banyak 5.000 kejadian');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('with no period over a store of several years, proposes the latest year, in English too', () => {
    const db = join(dir, 'years.sqlite');
    const old = (i: number): NewIncident => {
      const startMs = Date.UTC(2010, 5, 1) - WIB + i * 86_400_000;
      return {
        identity: `old-${i}`, kind: 'unplanned', kindReason: 'test', title: `Lama ${i}`, start: iso(startMs), end: iso(startMs + 30 * MIN), precision: 'minute',
        startMs, endMs: startMs + 30 * MIN, untilMs: startMs + 30 * MIN, durationMinutes: 30, cause: 'Uji', followUp: '', pic: null, unit: null,
        category: 'power', categoryReason: 'test', scope: 'internal', source: { file: 'limit.csv', sheet: null, row: 9000 + i }, warnings: [], extra: {},
      };
    };
    store(db, REPORT_INCIDENT_LIMIT, [old(0), old(1)]);
    const r = runCli(['report', '--db', db, '--out', join(dir, 'out-years'), '--lang', 'en', ...AT]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The period 1 January 2010 – 31 December 2023 holds 5,002 incidents; one report lists at most 5,000');
    expect(r.stderr).toContain('Choose a shorter period, for example --year 2023 or --year 2023 --each-month.');
    // The year proposed fits: the report of 2023 (5,000 incidents) is written.
    const ok = runCli(['report', '--db', db, '--year', '2023', '--format', 'xlsx', '--out', join(dir, 'out-years'), ...AT]);
    expect(ok.code, ok.stderr).toBe(0);
  });
});
