import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { computePeriodStats, computeStats, mergeIntervals, subtractIntervals, type ComputeOptions } from '../../src/metrics/compute.js';
import { resolvePeriod, type PeriodOptions } from '../../src/period.js';
import type { Incident, Kind, Period } from '../../src/types.js';

const ZONE = 'Asia/Jakarta';
const jkt = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const opts = (now = '2030-01-01T00:00', targetPercent: number | null = null): ComputeOptions => ({
  timeZone: ZONE,
  now: new Date(jkt(now)),
  targetPercent,
});
const period = (p: PeriodOptions): Period => resolvePeriod(p, ZONE, new Date(0));

let nextId = 1;
/** An incident with boring defaults; override what the test is about. */
function incident(over: Partial<Incident>): Incident {
  return {
    id: nextId++,
    kind: 'unplanned',
    kindReason: 'test',
    title: 'SIMRS down',
    start: '',
    end: null,
    precision: 'minute',
    startMs: 0,
    endMs: null,
    durationMinutes: null,
    cause: '',
    followUp: '',
    pic: null,
    unit: null,
    extra: {},
    category: 'other',
    categoryReason: 'test',
    scope: 'internal',
    source: { file: 'log.xlsx', sheet: null, row: 1 },
    batchId: 1,
    warnings: [],
    ...over,
  };
}
/** A timed incident between two local times ('2022-10-31T23:00'); `to` null = not recovered. */
const timed = (from: string, to: string | null, kind: Kind = 'unplanned', over: Partial<Incident> = {}) =>
  incident({ kind, start: from, end: to, startMs: jkt(from), endMs: to === null ? null : jkt(to), ...over });
const onDay = (date: string, durationMinutes: number | null, kind: Kind = 'unplanned') =>
  incident({ kind, start: date, precision: 'day', startMs: jkt(date), durationMinutes });
const inMonth = (month: string, durationMinutes: number | null, kind: Kind = 'planned') =>
  incident({ kind, start: month, precision: 'month', startMs: jkt(`${month}-01`), durationMinutes });

describe('computePeriodStats: minutes and counts', () => {
  it.each<[string, PeriodOptions, Incident[], { D: number; M: number; n: number; m: number }]>([
    ['one 2-minute outage', { month: '2022-10' }, [timed('2022-10-03T10:00', '2022-10-03T10:02')], { D: 2, M: 0, n: 1, m: 0 }],
    [
      'overlapping unplanned intervals are merged',
      { month: '2022-10' },
      [timed('2022-10-03T10:00', '2022-10-03T11:00'), timed('2022-10-03T10:30', '2022-10-03T12:00'), timed('2022-10-03T11:30', '2022-10-03T11:45')],
      { D: 120, M: 0, n: 3, m: 0 },
    ],
    [
      'touching intervals are joined, not double-counted',
      { month: '2022-10' },
      [timed('2022-10-03T10:00', '2022-10-03T11:00'), timed('2022-10-03T11:00', '2022-10-03T11:30')],
      { D: 90, M: 0, n: 2, m: 0 },
    ],
    [
      'planned/unplanned overlap counts as planned only',
      { month: '2022-10' },
      [timed('2022-10-03T10:00', '2022-10-03T12:00', 'planned'), timed('2022-10-03T11:00', '2022-10-03T13:00')],
      { D: 60, M: 120, n: 1, m: 1 },
    ],
    [
      'unplanned inside planned leaves 0 unplanned minutes but still counts',
      { month: '2022-10' },
      [timed('2022-10-03T10:00', '2022-10-03T12:00', 'planned'), timed('2022-10-03T10:30', '2022-10-03T11:00')],
      { D: 0, M: 120, n: 1, m: 1 },
    ],
    ['end from duration when the end time is missing', { month: '2022-10' }, [timed('2022-10-03T10:00', null, 'unplanned', { durationMinutes: 45 })], { D: 45, M: 0, n: 1, m: 0 }],
    ['crossing midnight into November: October part', { month: '2022-10' }, [timed('2022-10-31T23:00', '2022-11-01T01:00')], { D: 60, M: 0, n: 1, m: 0 }],
    ['crossing midnight into November: November part', { month: '2022-11' }, [timed('2022-10-31T23:00', '2022-11-01T01:00')], { D: 60, M: 0, n: 1, m: 0 }],
    ['crossing midnight: the quarter gets both', { quarter: '2022-Q4' }, [timed('2022-10-31T23:00', '2022-11-01T01:00')], { D: 120, M: 0, n: 1, m: 0 }],
    ['ending exactly at the period start does not count', { month: '2022-11' }, [timed('2022-10-31T23:00', '2022-11-01T00:00')], { D: 0, M: 0, n: 0, m: 0 }],
    ['zero-length incident counts with 0 minutes', { month: '2022-10' }, [timed('2022-10-03T10:00', '2022-10-03T10:00')], { D: 0, M: 0, n: 1, m: 0 }],
    ['day precision with a duration', { month: '2022-10' }, [onDay('2022-10-01', 60)], { D: 60, M: 0, n: 1, m: 0 }],
    [
      'day precision is never merged with a timed incident on the same day',
      { month: '2022-10' },
      [onDay('2022-10-03', 60), timed('2022-10-03T10:00', '2022-10-03T11:00')],
      { D: 120, M: 0, n: 2, m: 0 },
    ],
    ['day precision is capped at the period remainder', { month: '2022-10' }, [onDay('2022-10-31', 2000)], { D: 1440, M: 0, n: 1, m: 0 }],
    ['day precision belongs to its day only', { month: '2022-11' }, [onDay('2022-10-31', 2000)], { D: 0, M: 0, n: 0, m: 0 }],
    ['"Juni 2021" in June 2021', { month: '2021-06' }, [inMonth('2021-06', 15)], { D: 0, M: 15, n: 0, m: 1 }],
    ['"Juni 2021" in 2021', { year: 2021 }, [inMonth('2021-06', 15)], { D: 0, M: 15, n: 0, m: 1 }],
    ['"Juni 2021" in Q2 2021', { quarter: '2021-Q2' }, [inMonth('2021-06', 15)], { D: 0, M: 15, n: 0, m: 1 }],
    ['"Juni 2021" not in July 2021', { month: '2021-07' }, [inMonth('2021-06', 15)], { D: 0, M: 0, n: 0, m: 0 }],
    ['"Juni 2021" not in a range starting mid-June', { from: '2021-06-15', to: '2021-07-15' }, [inMonth('2021-06', 15)], { D: 0, M: 0, n: 0, m: 0 }],
    ['"Juni 2021" in a range containing 1 June', { from: '2021-05-20', to: '2021-06-05' }, [inMonth('2021-06', 15)], { D: 0, M: 15, n: 0, m: 1 }],
    ['an incident outside the period', { month: '2022-10' }, [timed('2022-09-03T10:00', '2022-09-03T11:00')], { D: 0, M: 0, n: 0, m: 0 }],
  ])('%s', (_name, p, incidents, want) => {
    const s = computePeriodStats(incidents, period(p), opts());
    expect([s.unplanned.minutes, s.planned.minutes, s.unplanned.count, s.planned.count]).toEqual([want.D, want.M, want.n, want.m]);
  });
});

describe('computePeriodStats: percentages', () => {
  it('a 2-minute outage in a 31-day month is not 100 %', () => {
    const s = computePeriodStats([timed('2022-10-03T10:00', '2022-10-03T10:02')], period({ month: '2022-10' }), opts());
    expect(s.periodMinutes).toBe(44_640);
    expect(s.availabilityPercent).toBeCloseTo(99.99552, 5);
    expect(s.availabilityPercent).toBeLessThan(100);
    expect(s.totalAvailabilityPercent).toBeCloseTo(99.99552, 5);
    expect(s.mttrMinutes).toBe(2);
    expect(s.mtbfMinutes).toBe(44_638);
  });

  it.each<[string, PeriodOptions, Incident[], number, number, number]>([
    // name, period, incidents, T, availability, total availability
    ['leap February, 60 min down', { month: '2024-02' }, [timed('2024-02-29T08:00', '2024-02-29T09:00')], 41_760, (41_700 / 41_760) * 100, (41_700 / 41_760) * 100],
    ['ordinary February, 60 min down', { month: '2023-02' }, [timed('2023-02-28T08:00', '2023-02-28T09:00')], 40_320, (40_260 / 40_320) * 100, (40_260 / 40_320) * 100],
    [
      'planned is excluded from the SLA form only',
      { month: '2022-10' },
      [timed('2022-10-03T10:00', '2022-10-03T12:00', 'planned'), timed('2022-10-03T11:00', '2022-10-03T13:00')],
      44_640,
      ((44_640 - 180) / (44_640 - 120)) * 100,
      ((44_640 - 180) / 44_640) * 100,
    ],
    ['quarter T', { quarter: '2022-Q4' }, [timed('2022-10-03T10:00', '2022-10-03T11:00')], 132_480, (132_420 / 132_480) * 100, (132_420 / 132_480) * 100],
    ['leap year T', { year: 2024 }, [], 527_040, 100, 100],
    ['year T', { year: 2022 }, [], 525_600, 100, 100],
    // Nothing was promised during maintenance, so nothing was missed.
    ['whole month planned: T − M = 0', { month: '2022-10' }, [timed('2022-09-30T00:00', '2022-11-02T00:00', 'planned')], 44_640, 100, 0],
  ])('%s', (_name, p, incidents, T, availability, total) => {
    const s = computePeriodStats(incidents, period(p), opts());
    expect(s.periodMinutes).toBe(T);
    expect(s.availabilityPercent).toBeCloseTo(availability, 10);
    expect(s.totalAvailabilityPercent).toBeCloseTo(total, 10);
  });

  it('MTTR and MTBF are null without unplanned incidents', () => {
    const s = computePeriodStats([timed('2022-10-03T10:00', '2022-10-03T12:00', 'planned')], period({ month: '2022-10' }), opts());
    expect([s.mttrMinutes, s.mtbfMinutes]).toEqual([null, null]);
  });

  it('MTTR and MTBF divide by the unplanned count', () => {
    const incidents = [timed('2022-10-03T10:00', '2022-10-03T11:00'), timed('2022-10-10T10:00', '2022-10-10T10:30'), onDay('2022-10-20', null)];
    const s = computePeriodStats(incidents, period({ month: '2022-10' }), opts());
    expect(s.mttrMinutes).toBe(30);
    expect(s.mtbfMinutes).toBe((44_640 - 90) / 3);
  });

  it.each<[number | null, boolean | null]>([
    [99.8, true],
    [99.9, false],
    [100, false],
    [null, null],
  ])('target %s → met %s (60 min down in October = 99.866 %)', (target, met) => {
    const s = computePeriodStats([timed('2022-10-03T10:00', '2022-10-03T11:00')], period({ month: '2022-10' }), opts(undefined, target));
    expect(s.targetPercent).toBe(target);
    expect(s.targetMet).toBe(met);
  });
});

describe('computePeriodStats: ongoing, unknown and month-precision counters', () => {
  it.each<[string, PeriodOptions, string, Incident, { D: number; n: number; ongoing: number }]>([
    ['ongoing, now inside the period: counted to now', { month: '2022-10' }, '2022-10-21T08:00', timed('2022-10-20T08:00', null), { D: 1440, n: 1, ongoing: 1 }],
    ['ongoing, now after the period: counted to its end', { month: '2022-10' }, '2022-11-05T00:00', timed('2022-10-20T08:00', null), { D: 11 * 1440 + 960, n: 1, ongoing: 1 }],
    ['ongoing since before the period: the whole period', { month: '2022-11' }, '2022-12-05T00:00', timed('2022-10-20T08:00', null), { D: 43_200, n: 1, ongoing: 1 }],
    ['ongoing, now before the period: not in it', { month: '2022-12' }, '2022-11-05T00:00', timed('2022-10-20T08:00', null), { D: 0, n: 0, ongoing: 0 }],
  ])('%s', (_name, p, now, inc, want) => {
    const s = computePeriodStats([inc], period(p), opts(now));
    expect([s.unplanned.minutes, s.unplanned.count, s.ongoing]).toEqual([want.D, want.n, want.ongoing]);
  });

  it.each<[string, Incident, { n: number; unknown: number; monthPrecision: number; D: number }]>([
    ['day without a duration', onDay('2022-10-05', null), { n: 1, unknown: 1, monthPrecision: 0, D: 0 }],
    ['month without a duration', inMonth('2022-10', null, 'unplanned'), { n: 1, unknown: 1, monthPrecision: 1, D: 0 }],
    ['month with a duration', inMonth('2022-10', 30, 'unplanned'), { n: 1, unknown: 0, monthPrecision: 1, D: 30 }],
    ['end before start (bad data)', timed('2022-10-05T10:00', '2022-10-05T09:00'), { n: 1, unknown: 1, monthPrecision: 0, D: 0 }],
  ])('%s', (_name, inc, want) => {
    const s = computePeriodStats([inc], period({ month: '2022-10' }), opts());
    expect([s.unplanned.count, s.unknownDuration, s.monthPrecision, s.unplanned.minutes]).toEqual([want.n, want.unknown, want.monthPrecision, want.D]);
  });
});

describe('computePeriodStats: breakdowns', () => {
  const incidents = [
    timed('2022-10-03T10:00', '2022-10-03T11:00', 'unplanned', { category: 'network', scope: 'external' }),
    timed('2022-10-03T10:30', '2022-10-03T11:30', 'unplanned', { category: 'power' }),
    onDay('2022-10-10', 30),
    timed('2022-10-12T10:00', '2022-10-12T12:00', 'planned', { category: 'software' }),
  ];
  const s = computePeriodStats(incidents, period({ month: '2022-10' }), opts());

  it('lists all seven categories, zeros included, unplanned only, minutes per incident', () => {
    expect(s.byCategory).toEqual({
      network: { count: 1, minutes: 60 },
      external: { count: 0, minutes: 0 },
      power: { count: 1, minutes: 60 },
      hardware: { count: 0, minutes: 0 },
      software: { count: 0, minutes: 0 },
      database: { count: 0, minutes: 0 },
      other: { count: 1, minutes: 30 },
    });
    expect(s.unplanned.minutes).toBe(120); // merged total, less than the per-cause sum of 150
  });

  it('splits by scope', () => {
    expect(s.byScope).toEqual({ internal: { count: 2, minutes: 90 }, external: { count: 1, minutes: 60 } });
  });
});

describe('computeStats', () => {
  it('splits an incident at a month boundary 60/60 and keeps months consistent with the total', () => {
    const s = computeStats([timed('2022-10-31T23:00', '2022-11-01T01:00')], period({ quarter: '2022-Q4' }), opts());
    expect(s.unplanned).toEqual({ count: 1, minutes: 120 });
    expect(s.months.map((m) => [m.month, m.periodMinutes, m.unplanned.minutes, m.unplanned.count])).toEqual([
      ['2022-10', 44_640, 60, 1],
      ['2022-11', 43_200, 60, 1],
      ['2022-12', 44_640, 0, 0],
    ]);
    expect(s.months[0]).toMatchObject({ from: '2022-10-01', to: '2022-10-31' });
    expect(s.days).toEqual([]); // a quarter is longer than 31 days
  });

  it('gives 12 months for a year, June carrying the month-precision entry', () => {
    const s = computeStats([inMonth('2021-06', 15)], period({ year: 2021 }), opts());
    expect(s.months).toHaveLength(12);
    expect(s.months.filter((m) => m.monthPrecision > 0).map((m) => m.month)).toEqual(['2021-06']);
  });

  it('clips partial months of a range', () => {
    const s = computeStats([], period({ from: '2022-01-15', to: '2022-02-10' }), opts());
    expect(s.months.map((m) => [m.month, m.from, m.to, m.periodMinutes])).toEqual([
      ['2022-01', '2022-01-15', '2022-01-31', 17 * 1440],
      ['2022-02', '2022-02-01', '2022-02-10', 10 * 1440],
    ]);
    expect(s.days).toHaveLength(27);
  });

  it('fills one entry per day for a month, splitting at midnight and spilling long day-precision entries', () => {
    const incidents = [
      timed('2022-10-03T23:30', '2022-10-04T00:45'),
      timed('2022-10-03T23:00', '2022-10-04T00:15', 'planned'),
      onDay('2022-10-30', 2000),
      inMonth('2022-10', 99, 'unplanned'), // no day: left out of the chart
    ];
    const s = computeStats(incidents, period({ month: '2022-10' }), opts());
    expect(s.days).toHaveLength(31);
    const day = (date: string) => s.days.find((d) => d.date === date);
    expect(day('2022-10-03')).toEqual({ date: '2022-10-03', unplannedMinutes: 0, plannedMinutes: 60 });
    expect(day('2022-10-04')).toEqual({ date: '2022-10-04', unplannedMinutes: 30, plannedMinutes: 15 });
    expect(day('2022-10-30')).toMatchObject({ unplannedMinutes: 1440 });
    expect(day('2022-10-31')).toMatchObject({ unplannedMinutes: 560 });
    const sum = s.days.reduce((a, d) => a + d.unplannedMinutes, 0);
    expect(sum).toBe(s.unplanned.minutes - 99);
    expect(s.days.reduce((a, d) => a + d.plannedMinutes, 0)).toBe(s.planned.minutes);
  });

  it('does not read the clock: the same input gives the same output', () => {
    const inc = [timed('2022-10-20T08:00', null)];
    const a = computeStats(inc, period({ month: '2022-10' }), opts('2022-10-21T08:00'));
    const b = computeStats(inc, period({ month: '2022-10' }), opts('2022-10-21T08:00'));
    expect(a).toEqual(b);
    expect(a.days.find((d) => d.date === '2022-10-20')?.unplannedMinutes).toBe(960);
  });
});

describe('interval helpers', () => {
  it.each([
    [[], []],
    [[{ from: 5, to: 5 }], []],
    [[{ from: 3, to: 6 }, { from: 0, to: 2 }, { from: 2, to: 4 }], [{ from: 0, to: 6 }]],
    [[{ from: 0, to: 10 }, { from: 2, to: 3 }, { from: 11, to: 12 }], [{ from: 0, to: 10 }, { from: 11, to: 12 }]],
  ])('merge %j → %j', (input, want) => {
    expect(mergeIntervals(input)).toEqual(want);
  });

  it.each([
    [[{ from: 0, to: 10 }], [{ from: 2, to: 3 }, { from: 5, to: 12 }], [{ from: 0, to: 2 }, { from: 3, to: 5 }]],
    [[{ from: 0, to: 10 }], [], [{ from: 0, to: 10 }]],
    [[{ from: 0, to: 10 }], [{ from: -5, to: 20 }], []],
    [[{ from: 0, to: 4 }, { from: 6, to: 10 }], [{ from: 3, to: 7 }], [{ from: 0, to: 3 }, { from: 7, to: 10 }]],
  ])('%j minus %j → %j', (a, b, want) => {
    expect(subtractIntervals(a, b)).toEqual(want);
  });
});
