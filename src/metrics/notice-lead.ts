// The planned-downtime notice lead time (issue 9, DT-02 "≥ 3 days ahead"): whole calendar days from
// the notice date to the start date, in the hospital's zone, for the planned incidents of a period
// that have a notice. Pure. The minimum comes from the profile (notice.minimumDays).
import type { Incident } from '../types.js';
import type { NoticeLeadStats } from './types.js';
import { median } from './response.js';
import { partsInZone } from '../util/zone.js';

/** A notice as the figures need it (store/cycle.ts NoticeRecord fits). */
export interface NoticeDate {
  incidentId: number;
  /** YYYY-MM-DD. */
  noticeDate: string;
}

const DAY = 86_400_000;

/** Days between two calendar dates, counted on the UTC calendar so no zone shift can make it fractional. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

export function startDate(ms: number, zone: string): string {
  const p = partsInZone(zone, ms);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The earliest notice of each incident: with several notices of one incident the earliest counts, it is when the units first knew. */
export function firstNotices(notices: readonly NoticeDate[]): Map<number, string> {
  const first = new Map<number, string>();
  for (const n of notices) {
    const seen = first.get(n.incidentId);
    if (seen == null || n.noticeDate < seen) first.set(n.incidentId, n.noticeDate);
  }
  return first;
}

/** The lead times gathered one incident at a time (see ResponseAccumulator): numbers only. */
export class NoticeLeadAccumulator {
  private readonly leads: number[] = [];

  constructor(
    private readonly first: ReadonlyMap<number, string>,
    private readonly fromMs: number,
    private readonly toMs: number,
    private readonly zone: string,
    private readonly minimumDays: number | null,
  ) {}

  add(i: Incident): void {
    if (i.kind !== 'planned' || i.startMs < this.fromMs || i.startMs >= this.toMs) return;
    const date = this.first.get(i.id);
    if (date != null) this.leads.push(daysBetween(date, startDate(i.startMs, this.zone)));
  }

  result(): NoticeLeadStats {
    const { leads, minimumDays } = this;
    // A loop, not Math.min(...leads): spreading a very long array overflows the call stack.
    let min: number | null = null;
    for (const d of leads) if (min == null || d < min) min = d;
    return {
      count: leads.length,
      medianDays: median(leads),
      minDays: min,
      minimumDays,
      shorter: minimumDays == null ? 0 : leads.filter((d) => d < minimumDays).length,
    };
  }
}

/** Over the planned incidents that start in [fromMs, toMs) and have a notice. */
export function noticeLeadStats(
  incidents: Iterable<Incident>,
  notices: readonly NoticeDate[],
  fromMs: number,
  toMs: number,
  zone: string,
  minimumDays: number | null,
): NoticeLeadStats {
  const acc = new NoticeLeadAccumulator(firstNotices(notices), fromMs, toMs, zone, minimumDays);
  for (const i of incidents) acc.add(i);
  return acc.result();
}
