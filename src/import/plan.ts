// The import planner: from what a source yielded to what would be added, as plain data.
// `--dry-run` prints this plan; a real import applies it in one transaction.
import { hash } from 'node:crypto';
import { zonedMillis } from '../util/zone.js';
import type { ClassifiedIncident, Issue, RawRow } from '../types.js';
import type { NewIncident } from '../store/store.js';
import { classify } from '../classify/classify.js';
import type { Rules } from '../classify/rules.js';
import { normaliseRow, type NormaliseContext, type YearMemory } from '../normalise/normalise.js';
import type { Staging } from './staging.js';
import type { SheetReport } from '../sources/table.js';

export interface FilePlan {
  file: string;
  sha256: string;
  /** '' for a spreadsheet; 'table:X' or 'query:…' for a SQLite source. */
  selector: string;
  sourceKind: string;
  /** Index of this file's batch in the staging area. */
  batch: number;
  rowsRead: number;
  /** Incidents that would be added (not yet in the store, not repeated in this import). */
  toAdd: number;
  duplicates: number;
  invalidRows: number;
  issues: Issue[];
  /** Per sheet: header row, how each column was understood, date orders. */
  sheets: SheetReport[];
}

/** Same incident, same fingerprint, whatever file or row it came from. */
export function fingerprint(inc: ClassifiedIncident): string {
  const title = inc.title.toLowerCase().replace(/\s+/g, ' ').trim();
  const key = [inc.kind, inc.start.iso, inc.end?.iso ?? '', inc.durationMinutes ?? '', title].join('\u0001');
  return hash('sha256', key, 'hex').slice(0, 32);
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

/**
 * Plans one file, row by row as the source streams them: normalise, classify, fingerprint, and
 * stage what would be added. Nothing here touches the store; `isStored` looks fingerprints up.
 */
export class FilePlanner {
  private readonly memory: YearMemory = new Map();
  private readonly issues: Issue[] = [];
  private readonly errorRows = new Set<string>();
  private rows = 0;
  private toAdd = 0;
  private duplicates = 0;

  constructor(
    private readonly head: { file: string; sha256: string; selector: string; batch: number },
    private readonly nctx: NormaliseContext,
    private readonly rules: Rules,
    private readonly staging: Staging,
    private readonly isStored: (fingerprint: string) => boolean,
  ) {}

  add(row: RawRow): void {
    this.rows++;
    const r = normaliseRow(row, this.nctx, this.memory);
    for (const issue of r.issues) {
      this.issues.push(issue);
      if (issue.severity === 'error') this.errorRows.add(`${issue.sheet}\u0000${issue.row}`);
    }
    if (!r.incident) return;
    const inc = toNewIncident(classify(r.incident, this.rules), this.nctx.timeZone);
    if (this.isStored(inc.fingerprint) || !this.staging.stage(this.head.batch, inc)) {
      this.duplicates++;
      return;
    }
    this.toAdd++;
    // Classification guesses become issues too, so they are listed with the import.
    for (const w of inc.warnings) {
      if (/^(Jenis ditebak|Kategori penyebab)/.test(w)) {
        this.issues.push({ severity: 'warning', file: inc.source.file, sheet: inc.source.sheet, row: inc.source.row, column: null, value: inc.title, message: w });
      }
    }
  }

  finish(read: { sourceKind: string; issues: Issue[]; sheets: FilePlan['sheets'] }): FilePlan {
    return {
      file: this.head.file,
      sha256: this.head.sha256,
      selector: this.head.selector,
      sourceKind: read.sourceKind,
      batch: this.head.batch,
      rowsRead: this.rows,
      toAdd: this.toAdd,
      duplicates: this.duplicates,
      invalidRows: this.errorRows.size,
      issues: [...read.issues, ...this.issues],
      sheets: read.sheets,
    };
  }
}
