// The import planner: from what a source yielded to what would be added, as plain data.
// `--dry-run` prints this plan; a real import applies it in one transaction.
import { createHash } from 'node:crypto';
import { zonedMillis } from '../util/zone.js';
import type { ClassifiedIncident, Issue, RawRow } from '../types.js';
import type { NewIncident } from '../store/store.js';
import { classify } from '../classify/classify.js';
import type { Rules } from '../classify/rules.js';
import { normaliseRows, type NormaliseContext } from '../normalise/normalise.js';

export interface FilePlan {
  file: string;
  sha256: string;
  sourceKind: string;
  rowsRead: number;
  /** Incidents that would be added (not yet in the store, not repeated in this import). */
  incidents: NewIncident[];
  duplicates: number;
  invalidRows: number;
  issues: Issue[];
  sheets: { sheet: string | null; rows: number; recognised: boolean }[];
}

/** Same incident, same fingerprint, whatever file or row it came from. */
export function fingerprint(inc: ClassifiedIncident): string {
  const title = inc.title.toLowerCase().replace(/\s+/g, ' ').trim();
  const key = [inc.kind, inc.start.iso, inc.end?.iso ?? '', inc.durationMinutes ?? '', title].join('\u0001');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** End of the span an incident may touch: what range queries compare against. null = ongoing. */
export function untilMs(inc: ClassifiedIncident, timeZone: string): number | null {
  const byDuration = inc.durationMinutes != null ? inc.start.ms + inc.durationMinutes * 60000 : null;
  const [y, m, d] = inc.start.iso.split(/[-T]/).map(Number) as [number, number, number];
  switch (inc.start.precision) {
    case 'month':
      return Math.max(zonedMillis(timeZone, m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1), byDuration ?? 0);
    case 'day':
      return Math.max(zonedMillis(timeZone, y, m, d + 1), byDuration ?? 0);
    default:
      return inc.end?.ms ?? byDuration;
  }
}

export function toNewIncident(inc: ClassifiedIncident, timeZone: string): NewIncident {
  return {
    fingerprint: fingerprint(inc),
    untilMs: untilMs(inc, timeZone),
    kind: inc.kind,
    kindReason: inc.kindReason,
    title: inc.title,
    start: inc.start.iso,
    end: inc.end?.iso ?? null,
    precision: inc.start.precision,
    startMs: inc.start.ms,
    endMs: inc.end?.ms ?? null,
    durationMinutes: inc.durationMinutes,
    cause: inc.cause,
    followUp: inc.followUp,
    pic: inc.pic,
    category: inc.category,
    categoryReason: inc.categoryReason,
    scope: inc.scope,
    source: inc.source,
    warnings: inc.warnings,
  };
}

export interface PlanInput {
  file: string;
  sha256: string;
  sourceKind: string;
  rows: RawRow[];
  readIssues: Issue[];
  sheets: FilePlan['sheets'];
}

/**
 * Plans one file. `seen` holds fingerprints already stored or planned by an earlier file of the same
 * import; it is updated, so a repeated incident is added once.
 */
export function planFile(input: PlanInput, nctx: NormaliseContext, rules: Rules, isStored: (fp: string) => boolean, seen: Set<string>): FilePlan {
  const { incidents, issues } = normaliseRows(input.rows, nctx);
  const rowsWithErrors = new Set(issues.filter((i) => i.severity === 'error').map((i) => `${i.sheet}\u0000${i.row}`));
  const planned: NewIncident[] = [];
  let duplicates = 0;
  for (const n of incidents) {
    const inc = toNewIncident(classify(n, rules), nctx.timeZone);
    if (seen.has(inc.fingerprint) || isStored(inc.fingerprint)) {
      duplicates++;
      continue;
    }
    seen.add(inc.fingerprint);
    planned.push(inc);
  }
  // Classification warnings (guessed kind, unknown category) become issues too, so they are listed.
  const classIssues: Issue[] = [];
  for (const inc of planned) {
    for (const w of inc.warnings) {
      if (/^(Jenis ditebak|Kategori penyebab)/.test(w)) {
        classIssues.push({ severity: 'warning', file: inc.source.file, sheet: inc.source.sheet, row: inc.source.row, column: null, value: inc.title, message: w });
      }
    }
  }
  return {
    file: input.file,
    sha256: input.sha256,
    sourceKind: input.sourceKind,
    rowsRead: input.rows.length,
    incidents: planned,
    duplicates,
    invalidRows: rowsWithErrors.size,
    issues: [...input.readIssues, ...issues, ...classIssues],
    sheets: input.sheets,
  };
}
