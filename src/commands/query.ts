// What list, stats and report share: open the store read-only and resolve the period asked for.
import { DateTime } from 'luxon';
import type { Incident, Period } from '../types.js';
import type { Profile } from '../profile.js';
import { openStore } from '../store/store.js';
import { resolvePeriod } from '../period.js';
import { resolveDbPath, type PeriodArgs } from './options.js';

export function hasPeriod(a: PeriodArgs): boolean {
  return a.month != null || a.quarter != null || a.year != null || a.from != null || a.to != null;
}

/**
 * The period the user asked for; without one, the whole calendar years the store covers
 * (so `stats` right after an import shows the imported data, not an empty current year).
 */
export function periodFor(args: PeriodArgs, incidents: Incident[], profile: Profile, now: Date): Period {
  if (hasPeriod(args) || incidents.length === 0) return resolvePeriod(args, profile.hospital.timeZone, now);
  const zone = profile.hospital.timeZone;
  const years = incidents.map((i) => DateTime.fromMillis(i.startMs, { zone }).year);
  return resolvePeriod({ from: `${Math.min(...years)}-01-01`, to: `${Math.max(...years)}-12-31` }, zone, now);
}

/** Loads incidents for the period (all of them when no period is given, to choose one). */
export function loadIncidents(db: string | undefined, args: PeriodArgs, profile: Profile, now: Date): { period: Period; incidents: Incident[] } {
  const store = openStore(resolveDbPath(db), { readonly: true });
  try {
    if (hasPeriod(args)) {
      const period = resolvePeriod(args, profile.hospital.timeZone, now);
      return { period, incidents: store.listIncidents(period) };
    }
    const all = store.listIncidents();
    const period = periodFor(args, all, profile, now);
    return { period, incidents: store.listIncidents(period) };
  } finally {
    store.close();
  }
}
