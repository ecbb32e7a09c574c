// Drives the table scanner over a workbook from any spreadsheet reader (.xlsx, .xls): sheets in
// workbook order, hidden sheets skipped with a note unless asked for by name, `--sheet` honoured.
import { UserError } from '../errors.js';
import type { DateOrder, Issue } from '../types.js';
import { IMPORT } from '../wording/import.js';
import type { ColumnMapping } from './headers.js';
import type { Progress } from './progress.js';
import { TableScanner, mergeLookup, type MergeLookup, type RowSink, type ScanRow, type SheetReport } from './table.js';
import type { Workbook } from './workbook.js';

export interface TableReadResult {
  rows: RowSink;
  issues: Issue[];
  sheets: SheetReport[];
}

export interface ScanWorkbookOptions {
  /** The name used in messages (an .xls converted to a temporary .xlsx keeps the user's name). */
  file: string;
  /** `--sheet NAME` (repeatable): only these sheets, hidden or not; names match case-insensitively. */
  sheets?: string[] | undefined;
  mapping?: ColumnMapping | undefined;
  dateOrder?: DateOrder | undefined;
}

function note(file: string, sheet: string, message: string): Issue {
  return { severity: 'warning', file, sheet, row: null, column: null, value: null, message };
}

async function* oneByOne(rows: AsyncIterable<ScanRow>): AsyncGenerator<ScanRow[]> {
  for await (const row of rows) yield [row];
}

/**
 * Scans every chosen sheet. Throws UserError for an empty workbook, an unknown `--sheet`, or when no
 * sheet has a log table.
 */
export async function scanWorkbook(wb: Workbook, o: ScanWorkbookOptions, progress: Progress, rows: RowSink = []): Promise<TableReadResult> {
  const { file } = o;
  const W = IMPORT().workbook;
  const issues: Issue[] = [];
  const sheets: SheetReport[] = [];
  const wanted = o.sheets?.length ? o.sheets : null;
  if (wanted) {
    const names = wb.sheets.map((s) => s.name.toLowerCase());
    const unknown = wanted.filter((w) => !names.includes(w.toLowerCase()));
    if (unknown.length) {
      throw new UserError(W.unknownSheets(file, unknown, wb.sheets.map((s) => ({ name: s.name, hidden: s.state !== 'visible' }))));
    }
  }
  let contentful = 0;
  for (const sheet of wb.sheets) {
    const skipped = (why: NonNullable<SheetReport['skipped']>): SheetReport => ({ sheet: sheet.name, rows: 0, headerRow: null, columns: {}, recognised: false, skipped: why });
    if (wanted && !wanted.some((w) => w.toLowerCase() === sheet.name.toLowerCase())) {
      sheets.push(skipped('not-selected'));
      continue;
    }
    if (!wanted && sheet.state !== 'visible') {
      issues.push(note(file, sheet.name, W.hiddenSkipped));
      sheets.push(skipped('hidden'));
      continue;
    }
    // The merges are read when the first row that may need them comes (an .xlsx keeps them after
    // the rows, so reading them is a second pass over the sheet); a log whose rows all have their
    // own dates never needs that pass. The lookup answers the same whenever it was read.
    let merges: MergeLookup | undefined;
    let mergesRead = false;
    const lookup: MergeLookup = {
      coveredFromAbove(row, col) {
        if (!mergesRead) throw new Error(`merge lookup asked before the merges were read (row ${row})`);
        return merges ? merges.coveredFromAbove(row, col) : null;
      },
    };
    const scanner = new TableScanner({
      file,
      sheet: sheet.name,
      columnLabel: 'letter',
      merges: lookup,
      mapping: o.mapping,
      dateOrder: o.dateOrder,
      issues,
      rows,
    });
    const batches: AsyncIterable<ScanRow[]> = sheet.rowBatches ? sheet.rowBatches() : oneByOne(sheet.rows());
    for await (const batch of batches) {
      for (const row of batch) {
        progress.tick();
        if (!mergesRead && scanner.mayNeedMerges(row)) {
          merges = mergeLookup(await sheet.merges());
          mergesRead = true;
        }
        scanner.push(row);
      }
    }
    sheets.push(scanner.finish());
    if (scanner.hadContent) contentful++;
  }
  progress.done();

  if (wb.sheets.length === 0) throw new UserError(W.noSheets(file));
  if (contentful === 0) throw new UserError(W.noContent(file), { issues });
  if (!sheets.some((s) => s.recognised)) {
    throw new UserError(W.noLogTable(file, sheets.filter((s) => !s.skipped).map((s) => s.sheet ?? '')), { issues });
  }
  return { rows, issues, sheets };
}
