// The shape every spreadsheet reader (.xlsx, .xls) hands to the table scanner: the sheets in
// workbook order with their real names and visibility, each a stream of rows of converted cells.
// Readers know nothing about logs; the scanner (table.ts) knows nothing about file formats.
import type { ScanRow } from './table.js';
import type { MergeRange } from './zip.js';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookSheet {
  /** The sheet's name as the user sees it on its tab. */
  name: string;
  state: SheetState;
  /** Merged ranges; the scanner needs them before the rows (a merged date covers the rows below). */
  merges(): Promise<MergeRange[]>;
  /**
   * Rows in sheet order, 1-based as Excel shows them. Cells are converted already: text trimmed
   * (CRLF → LF, blank → omitted), a number formatted as a date → Date (Excel clock time in the UTC
   * fields), a number formatted as a time or elapsed time → the fraction of a day (number), other
   * numbers, booleans; an error cell (#N/A, #REF!) → value null with `error` set. `numFmt` is the
   * format code when it is not General. Empty cells are left out.
   */
  rows(): AsyncIterable<ScanRow>;
  /** The same rows, a batch at a time (one per piece of the file read): fewer awaits per row. */
  rowBatches?(): AsyncIterable<ScanRow[]>;
}

export interface Workbook {
  sheets: WorkbookSheet[];
  /** The 1904 date system (old Mac workbooks). */
  date1904: boolean;
}
