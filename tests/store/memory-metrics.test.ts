// Issue 11, "memory stays bounded on any store size": computeStats reads the incidents once (it used
// to walk them once per month of the period). On a real store of a few thousand incidents over many
// years — overlaps, planned over unplanned, day and month precision, unknown durations, an end
// before the start, incidents spanning months, ongoing ones, timelines and notices — every figure
// must equal the old computation's, kept as the reference in memory-reference.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { openStore, iterateIncidents } from '../../src/store/store.js';
import { stageIncidents } from '../../src/import/staging.js';
import type { NewIncident } from '../../src/store/incident-row.js';
import { computeStats } from '../../src/metrics/compute.js';
import { resolvePeriod, type PeriodOptions } from '../../src/period.js';
import { loadProfile } from '../../src/profile.js';
import * as reference from './memory-reference.js';
import { CLI } from '../helpers/cli.js';

const WIB = 7 * 3_600_000;
const MIN = 60_000;
const N = 3000;
const FIRST_YEAR = 1990;
const YEARS = 30;
const iso = (ms: number) => new Date(ms + WIB).toISOString().slice(0, 16) + ':00+07:00';
const isoDay = (ms: number) => new Date(ms + WIB).toISOString().slice(0, 10);
const CATEGORIES = ['hardware', 'network', 'external', 'power', 'database', 'software', 'other'] as const;

/** Incident i of N: deterministic, with every shape the figures treat differently. */
function incident(i: number): NewIncident {
  const first = Date.UTC(FIRST_YEAR, 0, 1) - WIB;
  const span = Date.UTC(FIRST_YEAR + YEARS, 0, 1) - WIB - first;
  const startMs = first + Math.floor((i * span) / N) + ((i * 7919) % 1440) * MIN;
  // Mostly short; every 37th lasts about 50 days (crosses months), every 5th overlaps the next one.
  const minutes = i % 37 === 0 ? 72_000 + i : i % 5 === 0 ? 9_000 + (i % 600) : 5 + ((i * 37) % 475);
  const base = {
    identity: `mem-${i}`,
    kind: i % 4 === 2 ? ('planned' as const) : ('unplanned' as const),
    kindReason: 'test',
    title: `Kejadian ${i}`,
    cause: 'Uji',
    followUp: 'Tindak lanjut',
    pic: null,
    unit: null,
    category: CATEGORIES[i % CATEGORIES.length]!,
    categoryReason: 'test',
    scope: i % 3 === 1 ? ('external' as const) : ('internal' as const),
    source: { file: 'mem.csv', sheet: null, row: i + 2 },
    warnings: [],
    extra: {},
  };
  if (i % 23 === 0) {
    const day = isoDay(startMs);
    const dayMs = Date.parse(`${day}T00:00:00+07:00`);
    const d = i % 2 ? minutes * 3 : null; // some longer than their day, some unknown
    return { ...base, start: day, end: null, precision: 'day', startMs: dayMs, endMs: null, untilMs: dayMs + 86_400_000 + (d ?? 0) * MIN, durationMinutes: d };
  }
  if (i % 71 === 0) {
    const month = isoDay(startMs).slice(0, 7);
    const monthMs = Date.parse(`${month}-01T00:00:00+07:00`);
    return { ...base, start: month, end: null, precision: 'month', startMs: monthMs, endMs: null, untilMs: monthMs + 32 * 86_400_000 + minutes * MIN, durationMinutes: minutes };
  }
  if (i % 101 === 0) {
    // An end before the start: counted, as of unknown length.
    return { ...base, start: iso(startMs), end: iso(startMs - 30 * MIN), precision: 'minute', startMs, endMs: startMs - 30 * MIN, untilMs: startMs, durationMinutes: null };
  }
  if (i % 131 === 0) {
    // Zero length.
    return { ...base, start: iso(startMs), end: iso(startMs), precision: 'minute', startMs, endMs: startMs, untilMs: startMs, durationMinutes: 0 };
  }
  if (i % 97 === 0 || i >= N - 2) {
    // Ongoing (no end, no duration); some of them in the middle of the store.
    return { ...base, start: iso(startMs), end: null, precision: 'minute', startMs, endMs: null, untilMs: null, durationMinutes: null };
  }
  if (i % 11 === 0) {
    // Duration only, no end.
    return { ...base, start: iso(startMs), end: null, precision: 'minute', startMs, endMs: null, untilMs: startMs + minutes * MIN, durationMinutes: minutes };
  }
  const endMs = startMs + minutes * MIN;
  return { ...base, start: iso(startMs), end: iso(endMs), precision: 'minute', startMs, endMs, untilMs: endMs, durationMinutes: minutes };
}

let dir: string;
let db: string;
const PROFILE = 'data/profil-rs.yaml';
const NOW = '2020-06-15T10:00:00+07:00';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'downtime-memory-'));
  db = join(dir, 'store.sqlite');
  const store = openStore(db);
  try {
    stageIncidents(store, 'mem.csv', 'csv', Array.from({ length: N }, (_, i) => incident(i)));
    // Timelines (response figures) and notices (lead time) on some incidents.
    const ids = store.listIncidents().map((i) => i);
    for (const inc of ids.filter((x) => x.id % 7 === 0 && x.kind === 'unplanned')) {
      const ev = (type: 'informed' | 'estimate' | 'recovered', after: number, estimateMinutes: number | null = null) =>
        store.cycle.addEvent({ incidentId: inc.id, at: iso(inc.startMs + after * MIN), atMs: inc.startMs + after * MIN, type, text: type, estimateMinutes, recordedAt: '2026-01-01T00:00:00Z', recordedBy: null });
      ev('informed', 3 + (inc.id % 20));
      if (inc.id % 2) ev('estimate', 5, 30 + (inc.id % 90));
      if (inc.id % 3 === 0) ev('estimate', 9, 60 + (inc.id % 40));
      if (inc.endMs == null) ev('recovered', 100 + (inc.id % 50));
    }
    for (const inc of ids.filter((x) => x.id % 5 === 0 && x.kind === 'planned')) {
      store.cycle.insertNotice({ incidentId: inc.id, number: null, noticeDate: isoDay(inc.startMs - (inc.id % 9) * 86_400_000), document: {}, createdAt: '2026-01-01T00:00:00Z' });
      if (inc.id % 2) store.cycle.insertNotice({ incidentId: inc.id, number: null, noticeDate: isoDay(inc.startMs - 86_400_000), document: {}, createdAt: '2026-01-01T00:00:00Z' });
    }
    store.cycle.attest({ month: '1975-03', none: true, by: 'Petugas', at: '2026-01-01T00:00:00Z', note: null });
  } finally {
    store.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Both computations over the store's incidents of one period, with the store's timelines and notices. */
function both(args: PeriodOptions) {
  const profile = loadProfile(PROFILE);
  const zone = profile.hospital.timeZone;
  const now = new Date(NOW);
  const period = resolvePeriod(args, zone, now);
  const store = openStore(db, { readonly: true });
  try {
    const incidents = store.listIncidents(period);
    const opts = {
      timeZone: zone,
      now,
      targetPercent: profile.availabilityTarget,
      attestedMonths: store.cycle.attestations().map((a) => a.month),
      events: store.cycle.eventsOf(incidents.map((i) => i.id)),
      notices: store.cycle.notices().map((n) => ({ incidentId: n.incidentId, noticeDate: n.noticeDate })),
      noticeMinimumDays: 3,
    };
    return { incidents, fresh: computeStats(iterateIncidents(store, period), period, opts), old: reference.computeStats(incidents, period, opts) };
  } finally {
    store.close();
  }
}

describe('computeStats in one pass equals the month-by-month reference', () => {
  it('over the thirty years of the store', () => {
    const { incidents, fresh, old } = both({ from: `${FIRST_YEAR}-01-01`, to: `${FIRST_YEAR + YEARS - 1}-12-31` });
    expect(incidents.length).toBe(N);
    expect(old.months.length).toBe(YEARS * 12);
    // The store really has the shapes the test is about, so a pass cannot be a vacuous one.
    expect(old.ongoing).toBeGreaterThan(10);
    expect(old.unknownDuration).toBeGreaterThan(10);
    expect(old.monthPrecision).toBeGreaterThan(10);
    expect(old.response.estimate.count).toBeGreaterThan(10);
    expect(old.noticeLead.count).toBeGreaterThan(10);
    expect(old.months.filter((m) => m.ongoing > 0).length).toBeGreaterThan(20);
    expect(JSON.stringify(fresh)).toBe(JSON.stringify(old));
    expect(fresh).toEqual(old);
  });

  it.each([
    ['a year', { year: 2004 }],
    ['a quarter', { quarter: '2011-Q3' }],
    ['a month (with its days)', { month: '1998-02' }],
    ['a range cutting two months', { from: '2007-03-17', to: '2007-05-09' }],
    ['a range of ten days', { from: '2015-12-25', to: '2016-01-03' }],
    ['the months around "now" (ongoing incidents counted up to it)', { from: '2020-01-01', to: '2020-12-31' }],
    ['a period before the store (attested month, no data)', { from: '1975-01-01', to: '1975-12-31' }],
  ] as [string, PeriodOptions][])('over %s', (_label, args) => {
    const { fresh, old } = both(args);
    expect(JSON.stringify(fresh)).toBe(JSON.stringify(old));
  });

  it('`stats --json` prints the reference figures for the whole store (no period)', () => {
    const r = spawnSync(process.execPath, [CLI, 'stats', '--db', db, '--profile', PROFILE, '--json', '--now', NOW], { encoding: 'utf8', env: { ...process.env, DOWNTIME_DB: '' } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { old } = both({ from: `${FIRST_YEAR}-01-01`, to: `${FIRST_YEAR + YEARS - 1}-12-31` });
    expect(r.stdout).toBe(`${JSON.stringify(old, null, 2)}\n`);
  });
});
