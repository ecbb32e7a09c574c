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
