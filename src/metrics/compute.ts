// Availability accounting (see /work/shared/domain/metrics.md). Pure: no clock, no I/O.
//
// Method, stated so reports can print it:
// - T is every calendar minute of the period in the hospital zone (SIMRS serves 24/7).
// - Timed incidents are clipped to the period; overlapping intervals of one kind are merged; where
//   planned and unplanned overlap the minutes count as planned only, so T − M − D never double-counts.
// - Incidents known only to the day or month cannot be placed on the clock, so they are never merged.
import type { Category, Incident, Period, Scope } from '../types.js';
import { dayCount, daysOf, monthsOf, periodMinutes } from '../period.js';
import type { DataState, KindTotals, PeriodStats, Stats, TimelineEvent } from './types.js';
import { ResponseAccumulator } from './response.js';
import { firstNotices, NoticeLeadAccumulator, type NoticeDate } from './notice-lead.js';

export interface ComputeOptions {
  timeZone: string;
  now: Date;
  targetPercent: number | null;
  /** Months ('YYYY-MM') attested as having no downtime (`downtime attest`). */
  attestedMonths?: readonly string[];
  /** Timeline entries per incident id, for the response-time figures. */
  events?: ReadonlyMap<number, readonly TimelineEvent[]>;
  /** Planned-downtime notices (incident id, notice date), for the lead-time figure. */
  notices?: readonly NoticeDate[];
  /** The profile's notice.minimumDays: notices shorter than it are counted. */
  noticeMinimumDays?: number | null;
}

export interface Interval {
  from: number;
  to: number;
}

/** What one incident adds to one period; null from `contributionOf` when it does not touch it. */
export interface Contribution {
  incident: Incident;
  /** Clipped interval for timed incidents (possibly empty for zero-length ones); null otherwise. */
  interval: Interval | null;
  /** Minutes inside the period for this incident alone (before any merging). */
  minutes: number;
  ongoing: boolean;
  unknownDuration: boolean;
  monthPrecision: boolean;
}

const MIN = 60_000;
const CATEGORIES: readonly Category[] = ['network', 'external', 'power', 'hardware', 'software', 'database', 'other'];
const SCOPES: readonly Scope[] = ['internal', 'external'];

/**
 * The incident's share of the period. Timed incidents count when any of their interval falls inside
 * (a zero-length one when its start does). Day- and month-precision incidents count when their day or
 * month *starts* inside the period — for a --from/--to range that cuts a month, a "Juni 2021" entry
 * belongs to the range only if 1 June is in it, so every incident lands in exactly one month.
 */
export function contributionOf(incident: Incident, period: Period, nowMs: number): Contribution | null {
  const base = { incident, interval: null, minutes: 0, ongoing: false, unknownDuration: false, monthPrecision: false };
  const startsInside = incident.startMs >= period.fromMs && incident.startMs < period.toMs;
  if (incident.precision !== 'minute') {
    if (!startsInside) return null;
    const duration = incident.durationMinutes;
    const known = duration != null && duration >= 0;
    // Capped at the rest of the period: the time of day is unknown, so the minutes cannot spill over.
    const minutes = known ? Math.min(duration, (period.toMs - incident.startMs) / MIN) : 0;
    return { ...base, minutes, unknownDuration: !known, monthPrecision: incident.precision === 'month' };
  }
  const end = timedEnd(incident);
  // An end before the start is a data error upstream: count the incident, but as of unknown length.
  if (end === 'invalid') return startsInside ? { ...base, unknownDuration: true } : null;
  const ongoing = end === null;
  const to = Math.min(end ?? Math.min(period.toMs, nowMs), period.toMs);
  const from = Math.max(incident.startMs, period.fromMs);
  if (to > from) return { ...base, interval: { from, to }, minutes: (to - from) / MIN, ongoing };
  return startsInside ? { ...base, interval: { from, to: from }, ongoing } : null;
}

/** End of a timed incident: endMs, else start + duration, null when ongoing (neither is known). */
function timedEnd(incident: Incident): number | null | 'invalid' {
  const end =
    incident.endMs ?? (incident.durationMinutes != null ? incident.startMs + incident.durationMinutes * MIN : null);
  if (end !== null && end < incident.startMs) return 'invalid';
  return end;
}

/** Sorted, non-overlapping union; touching intervals are joined. Empty intervals are dropped. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.to > i.from).sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out;
}

/**
 * `a` minus `b`, both merged (sorted, disjoint). One sweep: a cut that ends before an interval of `a`
 * ends before every later one too, and a cut that starts after it ends, every later cut does too —
 * so the whole is linear, not |a| × |b| (46 years of incidents made that seconds).
 */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const i of a) {
    while (j < b.length && b[j]!.to <= i.from) j++;
    let from = i.from;
    for (let k = j; k < b.length; k++) {
      const cut = b[k]!;
      if (cut.from >= i.to) break;
      if (cut.to <= from) continue;
      if (cut.from > from) out.push({ from, to: cut.from });
      from = Math.max(from, cut.to);
    }
    if (from < i.to) out.push({ from, to: i.to });
  }
  return out;
}

function minutesIn(intervals: readonly Interval[], within?: Interval): number {
  let ms = 0;
  for (const i of intervals) {
    const from = within ? Math.max(i.from, within.from) : i.from;
    const to = within ? Math.min(i.to, within.to) : i.to;
    if (to > from) ms += to - from;
  }
  return ms / MIN;
}

/** The timed downtime of a period after merging, with planned taking precedence over unplanned. */
export function resolveTimed(contributions: readonly Contribution[]): { planned: Interval[]; unplanned: Interval[] } {
  const of = (kind: Incident['kind']) =>
    contributions.flatMap((c) => (c.incident.kind === kind && c.interval ? [c.interval] : []));
  const planned = mergeIntervals(of('planned'));
  return { planned, unplanned: subtractIntervals(mergeIntervals(of('unplanned')), planned) };
}

/**
 * One period's figures gathered one incident at a time, so computeStats reads the incidents once
 * for the whole period and all its months (it used to walk every incident once per month: months × n).
 * What is kept is what the figures need — each timed incident's clipped interval, and for the daily
 * chart its untimed minutes — never the incidents. Sums are taken in the order incidents arrive, as
 * before, so every figure is the same to the last bit.
 */
class PeriodAccumulator {
  private readonly nowMs: number;
  private readonly intervals: Record<Incident['kind'], Interval[]> = { planned: [], unplanned: [] };
  private readonly untimed: Record<Incident['kind'], number> = { planned: 0, unplanned: 0 };
  private readonly counts: Record<Incident['kind'], number> = { planned: 0, unplanned: 0 };
  private contributions = 0;
  private unknownDuration = 0;
  private ongoing = 0;
  private monthPrecision = 0;
  private readonly byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { count: 0, minutes: 0 }])) as Record<Category, KindTotals>;
  private readonly byScope = Object.fromEntries(SCOPES.map((s) => [s, { count: 0, minutes: 0 }])) as Record<Scope, KindTotals>;
  private readonly response: ResponseAccumulator;
  private readonly noticeLead: NoticeLeadAccumulator;
  /** Day-precision contributions, for the daily chart (only when it is drawn). */
  readonly dayPlaced: { kind: Incident['kind']; startMs: number; minutes: number }[] | null;

  constructor(readonly period: Period, opts: ComputeOptions, notices: ReadonlyMap<number, string>, keepDays = false) {
    this.nowMs = opts.now.getTime();
    this.response = new ResponseAccumulator(opts.events ?? new Map(), period.fromMs, period.toMs);
    this.noticeLead = new NoticeLeadAccumulator(notices, period.fromMs, period.toMs, opts.timeZone, opts.noticeMinimumDays ?? null);
    this.dayPlaced = keepDays ? [] : null;
  }

  add(incident: Incident): void {
    this.response.add(incident);
    this.noticeLead.add(incident);
    const c = contributionOf(incident, this.period, this.nowMs);
    if (!c) return;
    const kind = incident.kind;
    this.contributions++;
    this.counts[kind]++;
    if (c.interval) this.intervals[kind].push(c.interval);
    else {
      this.untimed[kind] += c.minutes;
      if (this.dayPlaced && !c.monthPrecision) this.dayPlaced.push({ kind, startMs: incident.startMs, minutes: c.minutes });
    }
    if (c.unknownDuration) this.unknownDuration++;
    if (c.ongoing) this.ongoing++;
    if (c.monthPrecision) this.monthPrecision++;
    if (kind === 'unplanned') {
      for (const t of [this.byCategory[incident.category], this.byScope[incident.scope]]) {
        t.count += 1;
        t.minutes += c.minutes;
      }
    }
  }

  /** The merged timed downtime, planned first (see resolveTimed). */
  timed(): { planned: Interval[]; unplanned: Interval[] } {
    const planned = mergeIntervals(this.intervals.planned);
    return { planned, unplanned: subtractIntervals(mergeIntervals(this.intervals.unplanned), planned) };
  }

  result(opts: ComputeOptions, dataState?: DataState): PeriodStats {
    const timed = this.timed();
    const T = periodMinutes(this.period);
    const M = minutesIn(timed.planned) + this.untimed.planned;
    const D = minutesIn(timed.unplanned) + this.untimed.unplanned;
    const n = this.counts.unplanned;
    const availabilityPercent = availability(T, M, D);
    const state = dataState ?? (this.contributions ? 'recorded' : 'noData');
    return {
      from: this.period.from,
      to: this.period.to,
      periodMinutes: T,
      unplanned: { count: n, minutes: D },
      planned: { count: this.counts.planned, minutes: M },
      availabilityPercent,
      totalAvailabilityPercent: T === 0 ? 100 : clampPercent(((T - M - D) / T) * 100),
      mttrMinutes: n === 0 ? null : D / n,
      mtbfMinutes: n === 0 ? null : Math.max(0, T - D) / n,
      unknownDuration: this.unknownDuration,
      ongoing: this.ongoing,
      monthPrecision: this.monthPrecision,
      byCategory: this.byCategory,
      byScope: this.byScope,
      targetPercent: opts.targetPercent,
      // With no data nothing is met or missed.
      targetMet: opts.targetPercent == null || state === 'noData' ? null : availabilityPercent >= opts.targetPercent,
      dataState: state,
      response: this.response.result(),
      noticeLead: this.noticeLead.result(),
    };
  }
}

/** Figures for one period; `months` and `days` are added by computeStats. */
export function computePeriodStats(incidents: Iterable<Incident>, period: Period, opts: ComputeOptions, dataState?: DataState): PeriodStats {
  const acc = new PeriodAccumulator(period, opts, firstNotices(opts.notices ?? []));
  for (const i of incidents) acc.add(i);
  return acc.result(opts, dataState);
}

/**
 * (T − M − D) / (T − M) × 100. When the whole period was planned maintenance (T − M = 0) no service
 * was promised, so nothing was missed: 100 %. Clamped to 0–100 because day-precision minutes cannot
 * be merged and could, in a pathological log, exceed the period.
 */
export function availability(T: number, M: number, D: number): number {
  if (T - M <= 0) return 100;
  return clampPercent(((T - M - D) / (T - M)) * 100);
}

function clampPercent(p: number): number {
  return Math.min(100, Math.max(0, p));
}

/**
 * The last instant an incident's minutes may reach, for finding the months it touches: its end,
 * "now" while it is ongoing, its start when it is not on the clock (contributionOf decides exactly).
 */
function reachOf(incident: Incident, nowMs: number): number {
  if (incident.precision !== 'minute') return incident.startMs;
  const end = timedEnd(incident);
  if (end === 'invalid') return incident.startMs;
  return end ?? Math.max(nowMs, incident.startMs);
}

/** Index of the first month that ends after `ms` (months are sorted and contiguous). */
function firstMonthAfter(months: readonly { period: Period }[], ms: number): number {
  let lo = 0;
  let hi = months.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (months[mid]!.period.toMs > ms) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The whole period, each calendar month of it, and (for periods up to 31 days) each day — in one
 * pass over the incidents (any iterable: the store's rows can stream through). Each incident goes
 * to the whole period and to the months from the one its start falls in to the one its end reaches.
 */
export function computeStats(incidents: Iterable<Incident>, period: Period, opts: ComputeOptions): Stats {
  const attested = new Set(opts.attestedMonths ?? []);
  const notices = firstNotices(opts.notices ?? []);
  const nowMs = opts.now.getTime();
  const slices = monthsOf(period, opts.timeZone);
  const monthAccs = slices.map((m) => new PeriodAccumulator(m.period, opts, notices));
  const wholeAcc = new PeriodAccumulator(period, opts, notices, dayCount(period) <= 31);
  for (const incident of incidents) {
    wholeAcc.add(incident);
    const first = firstMonthAfter(slices, incident.startMs);
    const reach = reachOf(incident, nowMs);
    for (let k = first; k < slices.length && (k === first || slices[k]!.period.fromMs < reach); k++) monthAccs[k]!.add(incident);
  }
  const months = slices.map((m, k) => {
    const s = monthAccs[k]!.result(opts);
    const key = m.month.slice(0, 7);
    const state: DataState = s.unplanned.count + s.planned.count > 0 ? 'recorded' : attested.has(key) ? 'attested' : 'noData';
    const met = opts.targetPercent == null || state === 'noData' ? null : s.availabilityPercent >= opts.targetPercent;
    return { month: m.month, ...s, dataState: state, targetMet: met };
  });
  const whole = wholeAcc.result(opts);
  const state: DataState =
    whole.unplanned.count + whole.planned.count > 0 ? 'recorded' : months.length && months.every((m) => m.dataState === 'attested') ? 'attested' : 'noData';
  return {
    ...whole,
    dataState: state,
    targetMet: opts.targetPercent == null || state === 'noData' ? null : whole.availabilityPercent >= opts.targetPercent,
    months,
    days: daysFrom(wholeAcc, opts),
    monthsWithoutData: months.filter((m) => m.dataState === 'noData').map((m) => m.month.slice(0, 7)),
  };
}

/**
 * Downtime per day for the daily chart. Timed downtime is the merged, planned-first union split at
 * midnight. A day-precision incident sits on its day; a duration longer than the day spills into the
 * following days so the chart stays within 24 h and the days add up to the period total.
 * Month-precision incidents have no day and are left out.
 */
export function dailyMinutes(incidents: Iterable<Incident>, period: Period, opts: ComputeOptions): Stats['days'] {
  if (dayCount(period) > 31) return [];
  const acc = new PeriodAccumulator(period, opts, new Map(), true);
  for (const i of incidents) acc.add(i);
  return daysFrom(acc, opts);
}

function daysFrom(acc: PeriodAccumulator, opts: ComputeOptions): Stats['days'] {
  if (!acc.dayPlaced) return [];
  const timed = acc.timed();
  const days = daysOf(acc.period, opts.timeZone).map((d) => {
    const span = { from: d.period.fromMs, to: d.period.toMs };
    return { span, date: d.date, unplannedMinutes: minutesIn(timed.unplanned, span), plannedMinutes: minutesIn(timed.planned, span) };
  });
  for (const c of acc.dayPlaced) {
    let left = c.minutes;
    for (const day of days) {
      if (left <= 0) break;
      if (day.span.to <= c.startMs) continue;
      const take = Math.min(left, (day.span.to - day.span.from) / MIN);
      if (c.kind === 'planned') day.plannedMinutes += take;
      else day.unplannedMinutes += take;
      left -= take;
    }
  }
  return days.map(({ date, unplannedMinutes, plannedMinutes }) => ({ date, unplannedMinutes, plannedMinutes }));
}
