// .xlsx: our own reader (xlsx-reader.ts) hands the sheets, in workbook order, to the table scanner.
// exceljs is not on this path: its streaming reader was not deterministic on multi-sheet workbooks.
import { UserError } from '../errors.js';
import { IMPORT } from '../wording/import.js';
import type { Progress } from './progress.js';
import { scanWorkbook, type TableReadResult } from './scan-workbook.js';
import type { RowSink, ScanChoices } from './table.js';
import { openXlsxWorkbook, type XlsxReadOptions } from './xlsx-reader.js';
import type { ZipEntry } from './zip.js';

export type { TableReadResult } from './scan-workbook.js';

export interface ReadXlsxOptions extends XlsxReadOptions, ScanChoices {}

/**
 * Reads every chosen sheet. `file` is the name used in messages (an .xls converted to a temporary
 * .xlsx keeps the user's name). Throws UserError for an unreadable, hostile or empty workbook, or
 * when no sheet has a log table.
 */
export async function readXlsx(
  path: string,
  file: string,
  entries: ZipEntry[] | undefined,
  progress: Progress,
  rows: RowSink = [],
  opts: ReadXlsxOptions = {},
): Promise<TableReadResult> {
  try {
    const wb = await openXlsxWorkbook(path, file, entries, opts);
    return await scanWorkbook(wb, { file, sheets: opts.sheets, mapping: opts.mapping, dateOrder: opts.dateOrder }, progress, rows);
  } catch (err) {
    // zlib ("invalid stored block lengths", code Z_DATA_ERROR) or a read error: the file, not the
    // program, is at fault. Anything else is a bug and keeps its stack.
    const code = (err as NodeJS.ErrnoException | null)?.code;
    if (err instanceof UserError || typeof code !== 'string') throw err;
    const msg = (err as Error).message;
    throw new UserError(IMPORT().xlsx.unreadable(file, msg));
  }
}
