// What list, stats and report share: open the store read-only and resolve the period asked for.
import { partsInZone } from '../util/zone.js';
import type { Incident, Period } from '../types.js';
import type { Profile } from '../profile.js';
import { openStore } from '../store/store.js';
import { resolvePeriod } from '../period.js';
import { resolveDbPath, type PeriodArgs } from './options.js';

export function hasPeriod(a: PeriodArgs): boolean {
  return a.month != null || a.quarter != null || a.year != null || a.from != null || a.to != null;
}

/**
 * Incidents of the period asked for. Without one, the period is the whole calendar years the store
 * covers (so `stats` right after an import shows the imported data, not an empty current year),
 * found from the earliest and latest start in SQL rather than by loading every incident.
 */
export function loadIncidents(db: string | undefined, args: PeriodArgs, profile: Profile, now: Date): { period: Period; incidents: Incident[] } {
  const zone = profile.hospital.timeZone;
  const store = openStore(resolveDbPath(db), { readonly: true });
  try {
    const span = hasPeriod(args) ? null : store.startSpan();
    const period = span
      ? resolvePeriod({ from: `${partsInZone(zone, span.min).year}-01-01`, to: `${partsInZone(zone, span.max).year}-12-31` }, zone, now)
      : resolvePeriod(args, zone, now);
    return { period, incidents: store.listIncidents(period) };
  } finally {
    store.close();
  }
}
