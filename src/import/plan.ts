// The import planner: from what a source yielded to what would be added, as plain data.
// `--dry-run` prints this plan; a real import applies it in one transaction.
import { zonedMillis } from '../util/zone.js';
import type { ClassifiedIncident, Issue, RawRow } from '../types.js';
import type { NewIncident } from '../store/incident-row.js';
import { classifyRecord } from '../classify/classify.js';
import type { Rules } from '../classify/rules.js';
import { normaliseRow, type NormaliseContext, type YearMemory } from '../normalise/normalise.js';
import type { Staging } from './staging.js';
import type { SheetReport } from '../sources/table.js';
import { rowIdentity } from './identity.js';
import { COMMON } from '../wording/common.js';
import { IMPORT } from '../wording/import.js';
import { RECORD_LANG, inLanguage, language } from '../wording/lang.js';

/** Where a row is already stored: another import's file, sheet and row. */
export interface StoredLocation {
  batchId: number;
  file: string;
  sheet: string | null;
  row: number;
}

export interface FilePlan {
  file: string;
  sha256: string;
  /** '' for a spreadsheet; 'table:X' or 'query:…' for a SQLite source. */
  selector: string;
  sourceKind: string;
  /** Index of this file's batch in the staging area. */
  batch: number;
  rowsRead: number;
  /** Incidents that would be added (rows not already stored from, or planned for, another file). */
  toAdd: number;
  /** Rows already imported from another file (each also an issue naming both places). */
  duplicates: number;
  invalidRows: number;
  issues: Issue[];
  /** Per sheet: header row, how each column was understood, date orders. */
  sheets: SheetReport[];
  /** The read's per-sheet reports as they are (header row, column → field): stored with the batch. */
  mapping: unknown[];
}

/** End of the span an incident may touch: what range queries compare against. null = ongoing. */
export function untilMs(inc: ClassifiedIncident, timeZone: string): number | null {
  const byDuration = inc.durationMinutes != null ? inc.start.ms + inc.durationMinutes * 60000 : null;
  const precision = inc.start.precision;
  // Most rows have a time: only a day or a month needs the date's parts (split once per such row).
  if (precision !== 'month' && precision !== 'day') return inc.end?.ms ?? byDuration;
  const [y, m, d] = inc.start.iso.split(/[-T]/).map(Number) as [number, number, number];
  if (precision === 'month') return Math.max(zonedMillis(timeZone, m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1), byDuration ?? 0);
  return Math.max(zonedMillis(timeZone, y, m, d + 1), byDuration ?? 0);
}

export function toNewIncident(inc: ClassifiedIncident, timeZone: string, identity: string): NewIncident {
  return {
    identity,
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
    unit: inc.unit,
    category: inc.category,
    categoryReason: inc.categoryReason,
    scope: inc.scope,
    source: inc.source,
    warnings: inc.warnings,
    extra: inc.extra,
  };
}

function where(l: { file: string; sheet: string | null; row: number }): string {
  const W = COMMON();
  return `${l.file}${l.sheet ? `, ${W.sheet(l.sheet)}` : ''}, ${W.row(l.row)}`;
}

/**
 * Plans one file, row by row as the source streams them: normalise, classify, identify, and stage
 * what would be added. Nothing here touches the store; `storedAt` looks identities up.
 */
export class FilePlanner {
  private readonly memory: YearMemory = new Map();
  private readonly issues: Issue[] = [];
  private readonly errorRows = new Set<string>();
  private rows = 0;
  private toAdd = 0;
  private duplicates = 0;
  /** Rows skipped as already stored, by the batch that holds them. */
  readonly storedHits = new Map<number, Set<string>>();

  constructor(
    private readonly head: { file: string; sha256: string; selector: string; batch: number },
    private readonly nctx: NormaliseContext,
    private readonly rules: Rules,
    private readonly staging: Staging,
    private readonly storedAt: (identity: string) => StoredLocation | null,
  ) {}

  add(row: RawRow): void {
    this.rows++;
    // What is stored is said in the record's language; what is listed, in the reader's. The
    // normaliser words its warnings as it finds them, so a row with something to say is read again
    // in the reader's language, from the year memory as it was before the row (a row only writes
    // its own year there, so both readings see the same memory).
    const reader = language();
    const before = reader === RECORD_LANG ? null : new Map(this.memory);
    const r = inLanguage(RECORD_LANG, () => normaliseRow(row, this.nctx, this.memory));
    const listed = before && r.issues.length ? normaliseRow(row, this.nctx, before).issues : r.issues;
    for (const issue of listed) {
      this.issues.push(issue);
      if (issue.severity === 'error') this.errorRows.add(`${issue.sheet}\u0000${issue.row}`);
    }
    if (!r.incident) return;
    const classified = classifyRecord(r.incident, this.rules);
    const inc = toNewIncident(classified.incident, this.nctx.timeZone, rowIdentity(row));
    const W = IMPORT().plan;
    const here = inc.source;
    const warn = (message: string) =>
      this.issues.push({ severity: 'warning', file: here.file, sheet: here.sheet, row: here.row, column: null, value: inc.title, message });
    // Rows of one file are never duplicates of each other; the same row from another file is.
    const stored = this.storedAt(inc.identity);
    const planned = stored ? undefined : this.staging.plannedAt(inc.identity);
    if (stored || (planned && planned.batch !== this.head.batch)) {
      const other = stored ? W.otherImport(where(stored), stored.batchId) : W.otherFile(where(planned!));
      warn(W.alreadyImported(other));
      this.duplicates++;
      if (stored) {
        let hits = this.storedHits.get(stored.batchId);
        if (!hits) this.storedHits.set(stored.batchId, (hits = new Set()));
        hits.add(inc.identity);
      }
      return;
    }
    if (planned) warn(W.sameInFile(planned.row, planned.sheet !== here.sheet && planned.sheet ? planned.sheet : null));
    this.staging.stage(this.head.batch, inc);
    this.toAdd++;
    // Classification guesses become issues too, so they are listed with the import.
    for (const w of classified.notes(reader)) {
      this.issues.push({ severity: 'warning', file: inc.source.file, sheet: inc.source.sheet, row: inc.source.row, column: null, value: inc.title, message: w });
    }
  }

  finish(read: { sourceKind: string; issues: Issue[]; sheets: FilePlan['sheets']; mapping: unknown[] }): FilePlan {
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
      mapping: read.mapping,
    };
  }
}
