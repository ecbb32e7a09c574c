// What list, stats and report share: open the store read-only and resolve the period asked for.
import { partsInZone } from '../util/zone.js';
import type { Incident, Period } from '../types.js';
import type { Profile } from '../profile.js';
import { iterateIncidents, openStore, type Store } from '../store/store.js';
import { withStoreErrors, withStoreErrorsAsync } from '../store/store-errors.js';
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
  const path = resolveDbPath(db);
  const store = openStore(path, { readonly: true });
  try {
    const period = periodOf(store, args, profile, now);
    return { period, incidents: withStoreErrors(path, () => store.listIncidents(period)) };
  } finally {
    store.close();
  }
}

function periodOf(store: Store, args: PeriodArgs, profile: Profile, now: Date): Period {
  const zone = profile.hospital.timeZone;
  const span = hasPeriod(args) ? null : store.startSpan();
  return span
    ? resolvePeriod({ from: `${partsInZone(zone, span.min).year}-01-01`, to: `${partsInZone(zone, span.max).year}-12-31` }, zone, now)
    : resolvePeriod(args, zone, now);
}

/** As loadIncidents, but the incidents are read one at a time while `use` runs (bounded memory). */
export async function streamIncidents<T>(
  db: string | undefined,
  args: PeriodArgs,
  profile: Profile,
  now: Date,
  use: (period: Period, incidents: IterableIterator<Incident>) => Promise<T>,
): Promise<T> {
  const path = resolveDbPath(db);
  const store = openStore(path, { readonly: true });
  try {
    const period = periodOf(store, args, profile, now);
    return await withStoreErrorsAsync(path, () => use(period, iterateIncidents(store, period)));
  } finally {
    store.close();
  }
}
