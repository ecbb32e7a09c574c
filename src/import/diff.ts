// What a new version of a file changes against the import it replaces. Pure.
//
// Pairing, most certain first:
//  1. same identity (every cell the same; see identity.ts) → unchanged, even if the row moved
//     (a row inserted above shifts every row below; that is not a change of theirs);
//  2. of the rest, in the same sheet, an old and a new row that agree on at least half of their
//     fields → changed (the clerk corrected a cell or two), nearest row first;
//  3. what is left: new rows are added, old rows removed.
// Pairing by position alone would call a deleted row followed by an appended one "changed".

export interface Comparable {
  identity: string;
  sheet: string | null;
  row: number;
  title: string;
  /** The fields compared by rule 2, as text. */
  fields: string[];
}

export interface VersionDiff {
  unchanged: number;
  /** Old row → new row, with titles (old, new). */
  changed: { from: Comparable; to: Comparable }[];
  added: Comparable[];
  removed: Comparable[];
}

/** Above this many leftover pairs rule 2 is skipped: a whole different file has nothing to pair. */
const MAX_PAIRS = 4_000_000;

function similarity(a: Comparable, b: Comparable): number {
  let same = 0;
  let filled = 0;
  const n = Math.max(a.fields.length, b.fields.length);
  for (let i = 0; i < n; i++) {
    const x = a.fields[i] ?? '';
    const y = b.fields[i] ?? '';
    if (!x && !y) continue;
    filled++;
    if (x === y) same++;
  }
  return filled ? same / filled : 0;
}

export function diffVersions(old: readonly Comparable[], next: readonly Comparable[]): VersionDiff {
  const byIdentity = new Map<string, Comparable[]>();
  for (const o of old) {
    const list = byIdentity.get(o.identity);
    if (list) list.push(o);
    else byIdentity.set(o.identity, [o]);
  }
  let unchanged = 0;
  const leftNew: Comparable[] = [];
  for (const n of next) {
    const list = byIdentity.get(n.identity);
    if (list?.length) {
      list.shift();
      unchanged++;
    } else leftNew.push(n);
  }
  const leftOld = [...byIdentity.values()].flat().sort((a, b) => a.row - b.row);
  const changed: VersionDiff['changed'] = [];
  const added: Comparable[] = [];
  if (leftOld.length * leftNew.length > MAX_PAIRS) return { unchanged, changed, added: leftNew, removed: leftOld };
  const taken = new Set<Comparable>();
  for (const n of leftNew) {
    let best: { o: Comparable; score: number; distance: number } | null = null;
    for (const o of leftOld) {
      if (taken.has(o) || o.sheet !== n.sheet) continue;
      const score = similarity(o, n);
      const distance = Math.abs(o.row - n.row);
      if (score >= 0.5 && (!best || score > best.score || (score === best.score && distance < best.distance))) best = { o, score, distance };
    }
    if (best) {
      taken.add(best.o);
      changed.push({ from: best.o, to: n });
    } else added.push(n);
  }
  return { unchanged, changed, added, removed: leftOld.filter((o) => !taken.has(o)) };
}

/** The fields a person would check to see whether a row is the same entry, corrected. */
export function comparable(inc: {
  identity: string;
  source: { sheet: string | null; row: number };
  title: string;
  start: string;
  end: string | null;
  durationMinutes: number | null;
  cause: string;
  followUp: string;
  pic: string | null;
  unit: string | null;
  extra: Record<string, string>;
}): Comparable {
  const extra = Object.keys(inc.extra)
    .sort()
    .map((k) => `${k}=${inc.extra[k]}`)
    .join('\u0001');
  return {
    identity: inc.identity,
    sheet: inc.source.sheet,
    row: inc.source.row,
    title: inc.title,
    fields: [inc.title, inc.start, inc.end ?? '', String(inc.durationMinutes ?? ''), inc.cause, inc.followUp, inc.pic ?? '', inc.unit ?? '', extra],
  };
}
