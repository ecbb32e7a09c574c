// What list, stats and report share: open the store read-only and resolve the period asked for.
import { partsInZone } from '../util/zone.js';
import type { Incident, Period } from '../types.js';
import type { Profile } from '../profile.js';
import { openStore } from '../store/store.js';
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
): { period: Period; incidents: Incident[]; attestedMonths: string[]; events: Map<number, IncidentEvent[]> } {
  const zone = profile.hospital.timeZone;
  const store = openStore(resolveDbPath(db), { readonly: true });
  try {
    const span = hasPeriod(args) ? null : store.startSpan(opts);
    const period = span
      ? resolvePeriod({ from: `${partsInZone(zone, span.min).year}-01-01`, to: `${partsInZone(zone, span.max).year}-12-31` }, zone, now)
      : resolvePeriod(args, zone, now);
    const incidents = store.listIncidents(period, opts);
    // Attested months and timelines feed the three month states and the response-time figures.
    return { period, incidents, attestedMonths: store.cycle.attestations().map((a) => a.month), events: store.cycle.eventsOf(incidents.map((i) => i.id)) };
  } finally {
    store.close();
  }
}
