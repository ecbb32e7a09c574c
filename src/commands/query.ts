// What list, stats and report share: open the store read-only and resolve the period asked for.
import { partsInZone } from '../util/zone.js';
import type { Incident, Period } from '../types.js';
import type { Profile } from '../profile.js';
import { iterateIncidents, openStore, type Store } from '../store/store.js';
import { withStoreErrors, withStoreErrorsAsync } from '../store/store-errors.js';
import type { IncidentEvent } from '../store/cycle.js';
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
export function loadIncidents(
  db: string | undefined,
  args: PeriodArgs,
  profile: Profile,
  now: Date,
  opts: { includeVoided?: boolean } = {},
): { period: Period; incidents: Incident[]; attestedMonths: string[]; events: Map<number, IncidentEvent[]>; notices: { incidentId: number; noticeDate: string }[] } {
  const path = resolveDbPath(db);
  const store = openStore(path, { readonly: true });
  try {
    return withStoreErrors(path, () => {
      const period = periodOf(store, args, profile, now, opts);
      const incidents = store.listIncidents(period, opts);
      return { period, incidents, ...cycleInputs(store, incidents.map((i) => i.id)) };
    });
  } finally {
    store.close();
  }
}

/**
 * What computeStats takes from the record cycle besides the incidents: attested months (the three
 * month states), the timelines of `incidentIds` (response times) and the notices (lead time).
 */
export function cycleInputs(store: Store, incidentIds: number[]): { attestedMonths: string[]; events: Map<number, IncidentEvent[]>; notices: { incidentId: number; noticeDate: string }[] } {
  return {
    attestedMonths: store.cycle.attestations().map((a) => a.month),
    events: store.cycle.eventsOf(incidentIds),
    notices: store.cycle.notices().map((n) => ({ incidentId: n.incidentId, noticeDate: n.noticeDate })),
  };
}

function periodOf(store: Store, args: PeriodArgs, profile: Profile, now: Date, opts: { includeVoided?: boolean } = {}): Period {
  const zone = profile.hospital.timeZone;
  const span = hasPeriod(args) ? null : store.startSpan(opts);
  return span
    ? resolvePeriod({ from: `${partsInZone(zone, span.min).year}-01-01`, to: `${partsInZone(zone, span.max).year}-12-31` }, zone, now)
    : resolvePeriod(args, zone, now);
}

/**
 * As loadIncidents, but the incidents are read one at a time while `use` runs (bounded memory); `use`
 * gets the open store too, for a second pass or the period's timelines.
 */
export async function streamIncidents<T>(
  db: string | undefined,
  args: PeriodArgs,
  profile: Profile,
  now: Date,
  use: (period: Period, incidents: IterableIterator<Incident>, store: Store) => Promise<T>,
  opts: { includeVoided?: boolean } = {},
): Promise<T> {
  const path = resolveDbPath(db);
  const store = openStore(path, { readonly: true });
  try {
    const period = periodOf(store, args, profile, now, opts);
    return await withStoreErrorsAsync(path, () => use(period, iterateIncidents(store, period, opts), store));
  } finally {
    store.close();
  }
}
