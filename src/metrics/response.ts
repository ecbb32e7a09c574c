// Response-time figures from the timeline (issue 9): start → units informed, start → recovered, and
// the estimate given to the units against the actual duration. Pure. Unplanned incidents only: a
// planned downtime's units are told days ahead (the notice lead time is its own figure).
import type { Incident } from '../types.js';
import type { ResponseStats, TimelineEvent } from './types.js';

const MIN = 60_000;

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
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
