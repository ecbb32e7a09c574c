// Entry point of the source readers: a file in, raw incident rows with their locations out.
// The content decides the reader (magic bytes), not the extension; see sniff.ts.
import type { DateOrder, Issue, RawRow } from '../types.js';
import { assertRegularFile } from '../util/fs.js';
import { IMPORT } from '../wording/import.js';
import type { ColumnMapping } from './headers.js';
import { readCsv } from './csv.js';
import { makeProgress } from './progress.js';
import { sniffSource } from './sniff.js';
import { readSqlite } from './sqlite.js';
import type { RowSink, ScanChoices, SheetReport } from './table.js';
import { readXls } from './xls.js';
import { readXlsx, type TableReadResult } from './xlsx.js';

export type { SheetReport } from './table.js';
export { fieldForHeader, matchHeaderRow, sectionKindOf } from './headers.js';
export { guessColumn } from './columns.js';

export interface SourceReadResult {
  file: string;
  kind: 'xlsx' | 'xls' | 'csv' | 'sqlite';
  rows: RawRow[];
  /** Incident rows found (also when streamed through `onRow`). */
  rowCount: number;
  issues: Issue[];
  sheets: SheetReport[];
}

/** Hands rows on one behind: the scanner may still fold a continuation row into the last one. */
class HoldLastSink implements RowSink {
  private last: RawRow | null = null;
  length = 0;
  constructor(private readonly emit: (row: RawRow) => void) {}
  push(row: RawRow): void {
    if (this.last) this.emit(this.last);
    this.last = row;
    this.length++;
  }
  flush(): void {
    if (this.last) this.emit(this.last);
    this.last = null;
  }
}

export interface ReadOptions {
  /** SQLite: the table to read. */
  table?: string | undefined;
  /** SQLite: a single SELECT to run instead of a table. */
  query?: string | undefined;
  /** Called every ~1000 rows read from the source, and once at the end. */
  onProgress?: ((rowsRead: number) => void) | undefined;
  /**
   * Streaming: each finished incident row is handed over here instead of being collected, so a
   * 100,000-row log is never held in memory; `rows` in the result is then empty.
   */
  onRow?: ((row: RawRow) => void) | undefined;
  /** The user's column mapping (`--map`, `--mapping`). */
  mapping?: ColumnMapping | undefined;
  /** `--date-order`: forced for every date column. */
  dateOrder?: DateOrder | undefined;
  /** `--sheet`: only these sheets of a workbook. */
  sheets?: string[] | undefined;
  /** The hospital zone, for sources that store UTC instants (Uptime Kuma); default Asia/Jakarta. */
  timeZone?: string | undefined;
  /** Where LibreOffice is, for .xls; defaults to a PATH lookup. Tests inject `() => null`. */
  findSoffice?: (() => string | null) | undefined;
}

/**
 * Reads a log file. `file` in every SourceRef and Issue is `path` exactly as given. Throws
 * UserError (never a raw library error) for a missing, mislabelled, damaged or empty file, or one
 * without a recognisable log table.
 */
export async function readSource(path: string, opts: ReadOptions = {}): Promise<SourceReadResult> {
  assertRegularFile(path);
  const sniffed = sniffSource(path);
  const progress = makeProgress(opts.onProgress);
  const sink: RowSink = opts.onRow ? new HoldLastSink(opts.onRow) : [];
  const choices: ScanChoices = { mapping: opts.mapping, dateOrder: opts.dateOrder, sheets: opts.sheets };
  let result: TableReadResult;
  const extra: Issue[] = [];
  if (sniffed.kind !== 'sqlite' && (opts.table != null || opts.query != null)) {
    extra.push({
      severity: 'warning',
      file: path,
      sheet: null,
      row: null,
      column: null,
      value: null,
      message: IMPORT().source.tableQueryIgnored,
    });
  }
  switch (sniffed.kind) {
    case 'xlsx':
      result = await readXlsx(path, path, sniffed.zipEntries, progress, sink, choices);
      break;
    case 'csv':
      result = await readCsv(path, path, progress, sink, choices);
      break;
    case 'sqlite':
      result = readSqlite(path, path, { table: opts.table, query: opts.query, timeZone: opts.timeZone }, progress, sink, choices);
      break;
    case 'xls':
      result = await readXls(path, path, { ...choices, findSoffice: opts.findSoffice }, progress, sink);
      break;
  }
  if (sink instanceof HoldLastSink) sink.flush();
  if (sink.length === 0 && result.sheets.some((s) => s.recognised)) {
    extra.push({ severity: 'warning', file: path, sheet: null, row: null, column: null, value: null, message: IMPORT().source.recognisedButEmpty });
  }
  return { file: path, kind: sniffed.kind, rows: Array.isArray(sink) ? sink : [], rowCount: sink.length, issues: [...extra, ...result.issues], sheets: result.sheets };
}
