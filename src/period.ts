// Turns --month/--quarter/--year/--from/--to into a closed-open UTC interval in the hospital zone.
// Pure: `now` and the zone are passed in, so a report for "this year" is reproducible in tests.
import { DateTime, FixedOffsetZone, type Zone } from 'luxon';
import { UserError } from './errors.js';
import type { Period } from './types.js';
import { GENERAL } from './wording/general.js';

export interface PeriodOptions {
  month?: string;
  quarter?: string;
  year?: number;
  from?: string;
  to?: string;
}

const MS_PER_MINUTE = 60_000;

/**
 * Resolves the period options. With none given, the period is the calendar year of `now` in the
 * zone: "all time" has no meaningful T, so availability over it would be meaningless.
 * Bad input throws a UserError that names the option and the value and shows an example.
 */
export function resolvePeriod(opts: PeriodOptions, timeZone: string, now: Date): Period {
  assertZone(timeZone);
  const given = (['month', 'quarter', 'year', 'from', 'to'] as const).filter((k) => opts[k] !== undefined);
  // yargs already forbids these combinations; checked again because the function is also called
  // from code that does not go through yargs.
  const exclusive = given.filter((k) => k !== 'to' && k !== 'from');
  if (exclusive.length > 1 || (exclusive.length === 1 && given.length > 1)) {
    const P = GENERAL().period;
    throw new UserError(P.exclusive(given.map((k) => `--${k}`).join(P.and)));
  }
  if (opts.month !== undefined) return monthPeriod(opts.month, timeZone);
  if (opts.quarter !== undefined) return quarterPeriod(opts.quarter, timeZone);
  if (opts.year !== undefined) return yearPeriod(opts.year, timeZone);
  if (opts.from !== undefined || opts.to !== undefined) return rangePeriod(opts.from, opts.to, timeZone);
  const year = DateTime.fromJSDate(now, { zone: timeZone }).year;
  return yearPeriod(year, timeZone);
}

function assertZone(timeZone: string): void {
  if (!DateTime.fromMillis(0, { zone: timeZone }).isValid) {
    throw new UserError(GENERAL().period.zone(timeZone));
  }
}

function monthPeriod(value: string, zone: string): Period {
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (!m) throw new UserError(GENERAL().period.monthFormat(value));
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new UserError(GENERAL().period.monthRange(value));
  const start = DateTime.fromObject({ year, month, day: 1 }, { zone });
  return build(start, start.plus({ months: 1 }), `${m[1]}-${m[2]}`, 'month');
}

function quarterPeriod(value: string, zone: string): Period {
  const m = /^(\d{4})-Q(\d)$/i.exec(value.trim());
  if (!m) throw new UserError(GENERAL().period.quarterFormat(value));
  const q = Number(m[2]);
  if (q < 1 || q > 4) throw new UserError(GENERAL().period.quarterRange(value));
  const start = DateTime.fromObject({ year: Number(m[1]), month: (q - 1) * 3 + 1, day: 1 }, { zone });
  return build(start, start.plus({ months: 3 }), `${m[1]}-Q${q}`, 'quarter');
}

function yearPeriod(year: number, zone: string): Period {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new UserError(GENERAL().period.year(String(year)));
  }
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone });
  return build(start, start.plus({ years: 1 }), String(year), 'year');
}

function rangePeriod(from: string | undefined, to: string | undefined, zone: string): Period {
  const P = GENERAL().period;
  const example = P.rangeExample;
  if (from === undefined) throw new UserError(P.needsFrom(String(to), example));
  if (to === undefined) throw new UserError(P.needsTo(from, example));
  const start = parseDay('from', from, zone);
  const last = parseDay('to', to, zone);
  if (start > last) {
    throw new UserError(P.fromAfterTo(from, to, example));
  }
  // Whole calendar years read as such in file names: laporan-downtime-2021-2022.pdf.
  const wholeYears = start.month === 1 && start.day === 1 && last.month === 12 && last.day === 31;
  // One whole year is that year ("Tahun 2023", laporan-downtime-2023), however it was asked for.
  if (wholeYears && start.year === last.year) return yearPeriod(start.year, zone);
  const label = wholeYears ? `${start.year}-${last.year}` : `${start.toISODate()}_${last.toISODate()}`;
  // `to` is inclusive for the user; the interval ends at the start of the next day.
  return build(start, last.plus({ days: 1 }), label, 'range');
}

function parseDay(option: 'from' | 'to', value: string, zone: string): DateTime {
  const example = option === 'from' ? '--from 2022-01-01' : '--to 2022-03-31';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) throw new UserError(GENERAL().period.dayFormat(option, value, example));
  const dt = DateTime.fromObject({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { zone });
  if (!dt.isValid) throw new UserError(GENERAL().period.dayMissing(option, value, example));
  return dt;
}

/** `end` is the start of the day after the last day (exclusive). */
function build(start: DateTime, end: DateTime, label: string, granularity: Period['granularity']): Period {
  return {
    fromMs: start.toMillis(),
    toMs: end.toMillis(),
    from: start.toISODate() ?? '',
    to: end.minus({ days: 1 }).toISODate() ?? '',
    label,
    granularity,
  };
}

/** T: calendar minutes of the period (real month lengths, and 23/25-hour days where DST exists). */
export function periodMinutes(period: Period): number {
  return (period.toMs - period.fromMs) / MS_PER_MINUTE;
}

/**
 * The zone a period was resolved in. Period does not carry its zone, so without one we derive the
 * fixed UTC offset from `from` and `fromMs`: exact for zones without DST (all of Indonesia: WIB,
 * WITA, WIT); callers in DST zones must pass the zone.
 */
function zoneOf(period: Period, timeZone: string | undefined): Zone | string {
  if (timeZone !== undefined) return timeZone;
  const localMidnightAsUtc = DateTime.fromISO(period.from, { zone: 'utc' }).toMillis();
  return FixedOffsetZone.instance((localMidnightAsUtc - period.fromMs) / MS_PER_MINUTE);
}

/** Calendar months touched by the period, each clipped to it ('2022-10' or a partial-month range). */
export function monthsOf(period: Period, timeZone?: string): { month: string; period: Period }[] {
  return slices(period, 'month', timeZone).map((s) => ({ month: s.key, period: s.period }));
}

/** Calendar days of the period, for the daily chart. */
export function daysOf(period: Period, timeZone?: string): { date: string; period: Period }[] {
  return slices(period, 'day', timeZone).map((s) => ({ date: s.key, period: s.period }));
}

/** Number of calendar days in the period (inclusive of both ends). */
export function dayCount(period: Period): number {
  const from = DateTime.fromISO(period.from, { zone: 'utc' });
  const to = DateTime.fromISO(period.to, { zone: 'utc' });
  return Math.round(to.diff(from, 'days').days) + 1;
}

function slices(period: Period, unit: 'month' | 'day', timeZone: string | undefined): { key: string; period: Period }[] {
  const zone = zoneOf(period, timeZone);
  const out: { key: string; period: Period }[] = [];
  let cursor = DateTime.fromMillis(period.fromMs, { zone }).startOf(unit);
  while (cursor.toMillis() < period.toMs) {
    const next = cursor.plus(unit === 'month' ? { months: 1 } : { days: 1 });
    const start = DateTime.fromMillis(Math.max(cursor.toMillis(), period.fromMs), { zone });
    const end = DateTime.fromMillis(Math.min(next.toMillis(), period.toMs), { zone });
    const key = (unit === 'month' ? cursor.toFormat('yyyy-MM') : cursor.toISODate()) ?? '';
    const whole = start.toMillis() === cursor.toMillis() && end.toMillis() === next.toMillis();
    const label = whole ? key : `${start.toISODate()}_${end.minus({ days: 1 }).toISODate()}`;
    out.push({ key, period: build(start, end, label, whole && unit === 'month' ? 'month' : 'range') });
    cursor = next;
  }
  return out;
}
