// The metrics as they were before issue 11's one-pass computeStats (commit 1cc770d), kept as the
// reference the new computation must equal figure for figure: every month walks every incident.
// Quadratic on purpose; used only by tests/store/memory-metrics.test.ts on a few thousand incidents.
import type { Category, Incident, Period, Scope } from '../../src/types.js';
import { dayCount, daysOf, monthsOf, periodMinutes } from '../../src/period.js';
import type { DataState, KindTotals, PeriodStats, Stats, TimelineEvent } from '../../src/metrics/types.js';
import type { NoticeDate } from '../../src/metrics/notice-lead.js';
import { median } from '../../src/metrics/response.js';
import { startDate } from '../../src/metrics/notice-lead.js';
import type { NoticeLeadStats, ResponseStats } from '../../src/metrics/types.js';

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

/** `a` minus `b`, both merged (sorted, disjoint). */
export function subtractIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const i of a) {
    let from = i.from;
    for (const cut of b) {
      if (cut.to <= from || cut.from >= i.to) continue;
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

/** Figures for one period; `months` and `days` are added by computeStats. */
export function computePeriodStats(incidents: readonly Incident[], period: Period, opts: ComputeOptions, dataState?: DataState): PeriodStats {
  const contributions = contributionsFor(incidents, period, opts.now);
  const timed = resolveTimed(contributions);
  const untimed = (kind: Incident['kind']) =>
    contributions.reduce((sum, c) => (c.incident.kind === kind && !c.interval ? sum + c.minutes : sum), 0);
  const count = (kind: Incident['kind']) => contributions.filter((c) => c.incident.kind === kind).length;

  const T = periodMinutes(period);
  const M = minutesIn(timed.planned) + untimed('planned');
  const D = minutesIn(timed.unplanned) + untimed('unplanned');
  const n = count('unplanned');
  const availabilityPercent = availability(T, M, D);
  return {
    from: period.from,
    to: period.to,
    periodMinutes: T,
    unplanned: { count: n, minutes: D },
    planned: { count: count('planned'), minutes: M },
    availabilityPercent,
    totalAvailabilityPercent: T === 0 ? 100 : clampPercent(((T - M - D) / T) * 100),
    mttrMinutes: n === 0 ? null : D / n,
    mtbfMinutes: n === 0 ? null : Math.max(0, T - D) / n,
    unknownDuration: contributions.filter((c) => c.unknownDuration).length,
    ongoing: contributions.filter((c) => c.ongoing).length,
    monthPrecision: contributions.filter((c) => c.monthPrecision).length,
    ...breakdowns(contributions),
    targetPercent: opts.targetPercent,
    // With no data nothing is met or missed.
    targetMet: opts.targetPercent == null || (dataState ?? (contributions.length ? 'recorded' : 'noData')) === 'noData' ? null : availabilityPercent >= opts.targetPercent,
    dataState: dataState ?? (contributions.length ? 'recorded' : 'noData'),
    response: responseStats(incidents, opts.events ?? new Map(), period.fromMs, period.toMs),
    noticeLead: noticeLeadStats(incidents, opts.notices ?? [], period.fromMs, period.toMs, opts.timeZone, opts.noticeMinimumDays ?? null),
  };
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

function contributionsFor(incidents: readonly Incident[], period: Period, now: Date): Contribution[] {
  const nowMs = now.getTime();
  return incidents.flatMap((i) => contributionOf(i, period, nowMs) ?? []);
}

/**
 * Unplanned downtime by cause category and by scope: they explain D, the figure the SLA is about.
 * Minutes are per incident after clipping, without cross-incident merging, so with overlapping
 * incidents the rows may add up to more than D (each cause really did keep the service down).
 */
function breakdowns(contributions: readonly Contribution[]): Pick<PeriodStats, 'byCategory' | 'byScope'> {
  const zero = (): KindTotals => ({ count: 0, minutes: 0 });
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, zero()])) as Record<Category, KindTotals>;
  const byScope = Object.fromEntries(SCOPES.map((s) => [s, zero()])) as Record<Scope, KindTotals>;
  for (const c of contributions) {
    if (c.incident.kind !== 'unplanned') continue;
    for (const t of [byCategory[c.incident.category], byScope[c.incident.scope]]) {
      t.count += 1;
      t.minutes += c.minutes;
    }
  }
  return { byCategory, byScope };
}

/** The whole period, each calendar month of it, and (for periods up to 31 days) each day. */
export function computeStats(incidents: readonly Incident[], period: Period, opts: ComputeOptions): Stats {
  const attested = new Set(opts.attestedMonths ?? []);
  const months = monthsOf(period, opts.timeZone).map((m) => {
    const s = computePeriodStats(incidents, m.period, opts);
    const key = m.month.slice(0, 7);
    const state: DataState = s.unplanned.count + s.planned.count > 0 ? 'recorded' : attested.has(key) ? 'attested' : 'noData';
    const met = opts.targetPercent == null || state === 'noData' ? null : s.availabilityPercent >= opts.targetPercent;
    return { month: m.month, ...s, dataState: state, targetMet: met };
  });
  const whole = computePeriodStats(incidents, period, opts);
  const state: DataState =
    whole.unplanned.count + whole.planned.count > 0 ? 'recorded' : months.length && months.every((m) => m.dataState === 'attested') ? 'attested' : 'noData';
  return {
    ...whole,
    dataState: state,
    targetMet: opts.targetPercent == null || state === 'noData' ? null : whole.availabilityPercent >= opts.targetPercent,
    months,
    days: dailyMinutes(incidents, period, opts),
    monthsWithoutData: months.filter((m) => m.dataState === 'noData').map((m) => m.month.slice(0, 7)),
  };
}

/**
 * Downtime per day for the daily chart. Timed downtime is the merged, planned-first union split at
 * midnight. A day-precision incident sits on its day; a duration longer than the day spills into the
 * following days so the chart stays within 24 h and the days add up to the period total.
 * Month-precision incidents have no day and are left out.
 */
export function dailyMinutes(incidents: readonly Incident[], period: Period, opts: ComputeOptions): Stats['days'] {
  if (dayCount(period) > 31) return [];
  const contributions = contributionsFor(incidents, period, opts.now);
  const timed = resolveTimed(contributions);
  const days = daysOf(period, opts.timeZone).map((d) => {
    const span = { from: d.period.fromMs, to: d.period.toMs };
    return { span, date: d.date, unplannedMinutes: minutesIn(timed.unplanned, span), plannedMinutes: minutesIn(timed.planned, span) };
  });
  for (const c of contributions) {
    if (c.interval || c.monthPrecision) continue;
    let left = c.minutes;
    for (const day of days) {
      if (left <= 0) break;
      if (day.span.to <= c.incident.startMs) continue;
      const take = Math.min(left, (day.span.to - day.span.from) / MIN);
      if (c.incident.kind === 'planned') day.plannedMinutes += take;
      else day.unplannedMinutes += take;
      left -= take;
    }
  }
  return days.map(({ date, unplannedMinutes, plannedMinutes }) => ({ date, unplannedMinutes, plannedMinutes }));
}



/** Figures over the timed unplanned incidents that start in [fromMs, toMs). */
export function responseStats(incidents: readonly Incident[], events: ReadonlyMap<number, readonly TimelineEvent[]>, fromMs: number, toMs: number): ResponseStats {
  const informed: number[] = [];
  const recovered: number[] = [];
  const errors: number[] = [];
  let within = 0;
  for (const i of incidents) {
    if (i.kind !== 'unplanned' || i.precision !== 'minute' || i.startMs < fromMs || i.startMs >= toMs) continue;
    const timeline = events.get(i.id) ?? [];
    const told = timeline.find((e) => e.type === 'informed');
    if (told) informed.push((told.atMs - i.startMs) / MIN);
    const end = i.endMs ?? timeline.find((e) => e.type === 'recovered')?.atMs ?? (i.durationMinutes != null ? i.startMs + i.durationMinutes * MIN : null);
    if (end == null) continue;
    const actual = (end - i.startMs) / MIN;
    recovered.push(actual);
    // The last estimate given is the one the units planned with.
    const estimate = [...timeline].reverse().find((e) => e.type === 'estimate' && e.estimateMinutes != null);
    if (estimate) {
      errors.push(actual - estimate.estimateMinutes!);
      if (actual <= estimate.estimateMinutes!) within++;
    }
  }
  return {
    toInformed: { count: informed.length, medianMinutes: median(informed) },
    toRecovered: { count: recovered.length, medianMinutes: median(recovered) },
    estimate: { count: errors.length, medianOverrunMinutes: median(errors), withinEstimate: within },
  };
}

const DAY = 86_400_000;

/** Days between two calendar dates, counted on the UTC calendar so no zone shift can make it fractional. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}


/**
 * Over the planned incidents that start in [fromMs, toMs) and have a notice. With several notices of
 * one incident the earliest counts: it is when the units first knew.
 */
export function noticeLeadStats(
  incidents: readonly Incident[],
  notices: readonly NoticeDate[],
  fromMs: number,
  toMs: number,
  zone: string,
  minimumDays: number | null,
): NoticeLeadStats {
  const first = new Map<number, string>();
  for (const n of notices) {
    const seen = first.get(n.incidentId);
    if (seen == null || n.noticeDate < seen) first.set(n.incidentId, n.noticeDate);
  }
  const leads: number[] = [];
  for (const i of incidents) {
    if (i.kind !== 'planned' || i.startMs < fromMs || i.startMs >= toMs) continue;
    const date = first.get(i.id);
    if (date != null) leads.push(daysBetween(date, startDate(i.startMs, zone)));
  }
  return {
    count: leads.length,
    medianDays: median(leads),
    minDays: leads.length ? Math.min(...leads) : null,
    minimumDays,
    shorter: minimumDays == null ? 0 : leads.filter((d) => d < minimumDays).length,
  };
}
