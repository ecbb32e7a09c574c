import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { UserError } from '../../src/errors.js';
import { dayCount, daysOf, monthsOf, periodMinutes, resolvePeriod, type PeriodOptions } from '../../src/period.js';

const ZONE = 'Asia/Jakarta';
const NOW = new Date('2022-11-25T03:00:00Z');
const jkt = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();

describe('resolvePeriod', () => {
  it.each<[PeriodOptions, string, string, string, string, number]>([
    // options, label, granularity, from, to, T (minutes)
    [{ month: '2022-10' }, '2022-10', 'month', '2022-10-01', '2022-10-31', 44_640],
    [{ month: '2022-09' }, '2022-09', 'month', '2022-09-01', '2022-09-30', 43_200],
    [{ month: '2023-02' }, '2023-02', 'month', '2023-02-01', '2023-02-28', 40_320],
    [{ month: '2024-02' }, '2024-02', 'month', '2024-02-01', '2024-02-29', 41_760],
    [{ quarter: '2022-Q4' }, '2022-Q4', 'quarter', '2022-10-01', '2022-12-31', 92 * 1440],
    [{ quarter: '2023-q1' }, '2023-Q1', 'quarter', '2023-01-01', '2023-03-31', 90 * 1440],
    [{ quarter: '2024-Q1' }, '2024-Q1', 'quarter', '2024-01-01', '2024-03-31', 91 * 1440],
    [{ year: 2022 }, '2022', 'year', '2022-01-01', '2022-12-31', 525_600],
    [{ year: 2024 }, '2024', 'year', '2024-01-01', '2024-12-31', 527_040],
    [{ from: '2022-01-01', to: '2022-03-31' }, '2022-01-01_2022-03-31', 'range', '2022-01-01', '2022-03-31', 90 * 1440],
    [{ from: '2022-10-05', to: '2022-10-05' }, '2022-10-05_2022-10-05', 'range', '2022-10-05', '2022-10-05', 1440],
    [{ from: '2021-01-01', to: '2022-12-31' }, '2021-2022', 'range', '2021-01-01', '2022-12-31', 730 * 1440],
    [{}, '2022', 'year', '2022-01-01', '2022-12-31', 525_600],
  ])('%o → %s', (opts, label, granularity, from, to, minutes) => {
    const p = resolvePeriod(opts, ZONE, NOW);
    expect(p).toMatchObject({ label, granularity, from, to });
    expect(p.fromMs).toBe(jkt(`${from}T00:00`));
    expect(p.toMs).toBe(DateTime.fromISO(to, { zone: ZONE }).plus({ days: 1 }).toMillis());
    expect(periodMinutes(p)).toBe(minutes);
  });

  it('starts at local midnight, not UTC midnight', () => {
    expect(resolvePeriod({ month: '2022-10' }, ZONE, NOW).fromMs).toBe(Date.UTC(2022, 8, 30, 17));
  });

  it('defaults to the calendar year of `now` in the hospital zone', () => {
    // 31 Dec 2023 18:00 UTC is already 1 Jan 2024 01:00 in Jakarta.
    expect(resolvePeriod({}, ZONE, new Date('2023-12-31T18:00:00Z')).label).toBe('2024');
    expect(resolvePeriod({}, 'UTC', new Date('2023-12-31T18:00:00Z')).label).toBe('2023');
  });

  it('uses real local day lengths in a DST zone', () => {
    expect(periodMinutes(resolvePeriod({ month: '2024-03' }, 'Europe/Berlin', NOW))).toBe(44_640 - 60);
  });

  it.each<[PeriodOptions, string]>([
    [{ month: '2022-13' }, '--month 2022-13: bulan harus 01–12 (contoh: --month 2022-10)'],
    [{ month: '2022-00' }, '--month 2022-00: bulan harus 01–12'],
    [{ month: '10-2022' }, '--month 10-2022: format harus YYYY-MM'],
    [{ month: '2022-1' }, '--month 2022-1: format harus YYYY-MM'],
    [{ month: '' }, '--month : format harus YYYY-MM'],
    [{ quarter: '2022-Q5' }, '--quarter 2022-Q5: triwulan harus Q1–Q4'],
    [{ quarter: '2022-4' }, '--quarter 2022-4: format harus YYYY-Qn'],
    [{ year: 22 }, '--year 22: tahun harus bilangan 4 angka'],
    [{ year: Number.NaN }, '--year NaN: tahun'],
    [{ year: 2022.5 }, '--year 2022.5: tahun'],
    [{ from: '2022-02-30', to: '2022-03-31' }, '--from 2022-02-30: tanggal tidak ada di kalender'],
    [{ from: '2022-01-01', to: '31/03/2022' }, '--to 31/03/2022: format harus YYYY-MM-DD'],
    [{ from: '2022-01-01' }, '--from 2022-01-01 memerlukan --to'],
    [{ to: '2022-03-31' }, '--to 2022-03-31 memerlukan --from'],
    [{ from: '2022-04-01', to: '2022-03-31' }, '--from 2022-04-01 sesudah --to 2022-03-31'],
    [{ month: '2022-10', year: 2022 }, '--month dan --year tidak dapat dipakai bersamaan'],
    [{ quarter: '2022-Q4', from: '2022-10-01', to: '2022-10-31' }, '--quarter dan --from dan --to tidak dapat'],
  ])('%o → UserError naming the option', (opts, message) => {
    let caught: unknown;
    try {
      resolvePeriod(opts, ZONE, NOW);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).message).toContain(message);
  });

  it('rejects an unknown zone as a user error', () => {
    expect(() => resolvePeriod({ year: 2022 }, 'Asia/Solok', NOW)).toThrow(UserError);
  });
});

describe('monthsOf', () => {
  it.each<[PeriodOptions, [string, string, string, number][]]>([
    [{ month: '2022-10' }, [['2022-10', '2022-10', 'month', 44_640]]],
    [
      { quarter: '2022-Q4' },
      [
        ['2022-10', '2022-10', 'month', 44_640],
        ['2022-11', '2022-11', 'month', 43_200],
        ['2022-12', '2022-12', 'month', 44_640],
      ],
    ],
    [
      { from: '2022-01-15', to: '2022-03-10' },
      [
        ['2022-01', '2022-01-15_2022-01-31', 'range', 17 * 1440],
        ['2022-02', '2022-02', 'month', 40_320],
        ['2022-03', '2022-03-01_2022-03-10', 'range', 10 * 1440],
      ],
    ],
    [{ from: '2024-02-29', to: '2024-02-29' }, [['2024-02', '2024-02-29_2024-02-29', 'range', 1440]]],
  ])('%o', (opts, want) => {
    const period = resolvePeriod(opts, ZONE, NOW);
    const months = monthsOf(period, ZONE);
    expect(months.map((m) => [m.month, m.period.label, m.period.granularity, periodMinutes(m.period)])).toEqual(want);
    // Clipped months tile the period exactly.
    expect(months[0]?.period.fromMs).toBe(period.fromMs);
    expect(months.at(-1)?.period.toMs).toBe(period.toMs);
    // Without the zone, the fixed offset derived from the period gives the same result (no DST here).
    expect(monthsOf(period)).toEqual(months);
  });

  it('gives 12 months for a year, with real lengths summing to T', () => {
    const year = resolvePeriod({ year: 2024 }, ZONE, NOW);
    const months = monthsOf(year);
    expect(months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`));
    expect(months.reduce((s, m) => s + periodMinutes(m.period), 0)).toBe(periodMinutes(year));
  });

  it('follows DST when given the zone', () => {
    const months = monthsOf(resolvePeriod({ quarter: '2024-Q1' }, 'Europe/Berlin', NOW), 'Europe/Berlin');
    expect(months.map((m) => periodMinutes(m.period))).toEqual([44_640, 41_760, 44_640 - 60]);
  });
});

describe('daysOf / dayCount', () => {
  it('lists each day of a month with its own interval', () => {
    const period = resolvePeriod({ month: '2024-02' }, ZONE, NOW);
    const days = daysOf(period, ZONE);
    expect(dayCount(period)).toBe(29);
    expect(days).toHaveLength(29);
    expect(days[28]).toMatchObject({ date: '2024-02-29', period: { fromMs: jkt('2024-02-29T00:00'), toMs: period.toMs } });
  });

  it.each([
    [{ year: 2024 }, 366],
    [{ quarter: '2022-Q4' }, 92],
    [{ from: '2022-10-01', to: '2022-10-31' }, 31],
  ] as const)('%o has %i days', (opts, n) => {
    expect(dayCount(resolvePeriod(opts, ZONE, NOW))).toBe(n);
  });
});
