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

/**
 * The figures gathered one incident at a time (computeStats reads each incident once for the whole
 * period and its months). Only numbers are kept, never the incidents.
 */
export class ResponseAccumulator {
  private readonly informed: number[] = [];
  private readonly recovered: number[] = [];
  private readonly errors: number[] = [];
  private within = 0;

  constructor(private readonly events: ReadonlyMap<number, readonly TimelineEvent[]>, private readonly fromMs: number, private readonly toMs: number) {}

  add(i: Incident): void {
    if (i.kind !== 'unplanned' || i.precision !== 'minute' || i.startMs < this.fromMs || i.startMs >= this.toMs) return;
    const timeline = this.events.get(i.id) ?? [];
    const told = timeline.find((e) => e.type === 'informed');
    if (told) this.informed.push((told.atMs - i.startMs) / MIN);
    const end = i.endMs ?? timeline.find((e) => e.type === 'recovered')?.atMs ?? (i.durationMinutes != null ? i.startMs + i.durationMinutes * MIN : null);
    if (end == null) return;
    const actual = (end - i.startMs) / MIN;
    this.recovered.push(actual);
    // The last estimate given is the one the units planned with.
    const estimate = [...timeline].reverse().find((e) => e.type === 'estimate' && e.estimateMinutes != null);
    if (estimate) {
      this.errors.push(actual - estimate.estimateMinutes!);
      if (actual <= estimate.estimateMinutes!) this.within++;
    }
  }

  result(): ResponseStats {
    return {
      toInformed: { count: this.informed.length, medianMinutes: median(this.informed) },
      toRecovered: { count: this.recovered.length, medianMinutes: median(this.recovered) },
      estimate: { count: this.errors.length, medianOverrunMinutes: median(this.errors), withinEstimate: this.within },
    };
  }
}

/** Figures over the timed unplanned incidents that start in [fromMs, toMs). */
export function responseStats(incidents: Iterable<Incident>, events: ReadonlyMap<number, readonly TimelineEvent[]>, fromMs: number, toMs: number): ResponseStats {
  const acc = new ResponseAccumulator(events, fromMs, toMs);
  for (const i of incidents) acc.add(i);
  return acc.result();
}
