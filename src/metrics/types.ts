import type { Category, Scope } from '../types.js';

export interface KindTotals {
  count: number;
  /** Minutes inside the period, after clipping and merging overlaps. */
  minutes: number;
}

/** A timeline entry as the figures need it (store/cycle.ts IncidentEvent fits). */
export interface TimelineEvent {
  type: string;
  atMs: number;
  estimateMinutes: number | null;
}

/** Median minutes over the unplanned incidents that have the measurement, and how many had it. */
export interface ResponseStats {
  toInformed: { count: number; medianMinutes: number | null };
  toRecovered: { count: number; medianMinutes: number | null };
  /** Actual duration minus the last estimate given (positive: later than promised). */
  estimate: { count: number; medianOverrunMinutes: number | null; withinEstimate: number };
}

/** Planned-downtime notices: days from the notice date to the start (DT-02, "≥ 3 days ahead"). */
export interface NoticeLeadStats {
  /** Planned incidents of the period that have a notice. */
  count: number;
  medianDays: number | null;
  /** The shortest lead time given. */
  minDays: number | null;
  /** The profile's minimum (notice.minimumDays). */
  minimumDays: number | null;
  /** Notices given fewer days ahead than the minimum. */
  shorter: number;
}

/**
 * What a period's figures rest on: incidents recorded in it; no incident but every month attested
 * "no downtime"; or neither — no data, which is not 100 %.
 */
export type DataState = 'recorded' | 'attested' | 'noData';

/** Figures for one period (the whole request, or one month of it). Printed by `stats --json`. */
export interface PeriodStats {
  /** ISO dates in the hospital zone, both inclusive. */
  from: string;
  to: string;
  /** T: calendar minutes of the period (real month lengths). */
  periodMinutes: number;
  unplanned: KindTotals;
  planned: KindTotals;
  /** (T − M − D) / (T − M) × 100: availability excluding planned downtime. */
  availabilityPercent: number;
  /** (T − M − D) / T × 100: total availability, planned downtime counted as down. */
  totalAvailabilityPercent: number;
  /** D / unplanned count; null without unplanned incidents. */
  mttrMinutes: number | null;
  /** (T − D) / unplanned count; null without unplanned incidents. */
  mtbfMinutes: number | null;
  /** Incidents whose duration cannot be computed (counted, 0 minutes): the total is then a lower bound. */
  unknownDuration: number;
  /** Incidents not yet recovered, counted up to min(period end, now). */
  ongoing: number;
  /** Incidents known only to the month ("Juni 2021"), counted in their month. */
  monthPrecision: number;
  byCategory: Record<Category, KindTotals>;
  byScope: Record<Scope, KindTotals>;
  /** Target from the profile and whether availabilityPercent meets it. */
  targetPercent: number | null;
  targetMet: boolean | null;
  dataState: DataState;
  response: ResponseStats;
  noticeLead: NoticeLeadStats;
}

export interface Stats extends PeriodStats {
  /** One entry per calendar month touched by the period, clipped to the period. */
  months: (PeriodStats & { month: string })[];
  /** One entry per day, only when the period is at most one month long (for the daily chart). */
  days: { date: string; unplannedMinutes: number; plannedMinutes: number }[];
  /** Months of the period with no incident and no attestation: their availability is unknown. */
  monthsWithoutData: string[];
}
