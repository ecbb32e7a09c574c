// Excel 97–2003 (.xls): read natively (xls-reader.ts, BIFF8). What that reader does not support
// (Excel 5/95, encrypted workbooks) goes through LibreOffice when it is installed; otherwise the
// user gets the two ways out. A damaged file is refused with a message, never converted blindly.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';
import { IMPORT } from '../wording/import.js';
import type { Progress } from './progress.js';
import { scanWorkbook, type TableReadResult } from './scan-workbook.js';
import { sniffSource } from './sniff.js';
import type { RowSink, ScanChoices } from './table.js';
import { XlsFormatError, openXlsWorkbook } from './xls-reader.js';
import { readXlsx } from './xlsx.js';

export interface XlsOptions extends ScanChoices {
  /** Where LibreOffice is; defaults to a PATH lookup. Tests inject `() => null`. */
  findSoffice?: (() => string | null) | undefined;
}

/**
 * Reads an .xls natively; an unsupported variant goes through LibreOffice when it is installed.
 * Throws UserError naming the file for a damaged file, or an unsupported one without LibreOffice.
 */
export async function readXls(path: string, file: string, o: XlsOptions, progress: Progress, rows: RowSink): Promise<TableReadResult> {
  try {
    return await scanWorkbook(openXlsWorkbook(path, file), { file, sheets: o.sheets, mapping: o.mapping, dateOrder: o.dateOrder }, progress, rows);
  } catch (err) {
    if (!(err instanceof XlsFormatError)) throw err;
    const W = IMPORT().xls;
    if (err.kind === 'damaged') {
      throw new UserError(W.damaged(file, err.message));
    }
    const soffice = (o.findSoffice ?? findSofficeOnPath)();
    if (!soffice) throw new UserError(W.unsupported(file, err.message));
    const { dir, xlsx } = await convertXls(path, file, soffice);
    try {
      const result = await readXlsx(xlsx, file, sniffSource(xlsx).zipEntries, progress, rows, o);
      result.issues.unshift({ severity: 'warning', file, sheet: null, row: null, column: null, value: null, message: W.viaLibreOffice(err.message) });
      return result;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** `soffice` or `libreoffice` on PATH, or null. */
export function findSofficeOnPath(pathVar: string | undefined = process.env.PATH): string | null {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/**
 * Converts into a fresh temporary folder (the caller removes `dir`). A private LibreOffice profile
 * lets the conversion run while the user has LibreOffice open.
 */
export async function convertXls(path: string, file: string, soffice: string): Promise<{ dir: string; xlsx: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'simrs-xls-'));
  const profile = pathToFileURL(join(dir, 'profile')).href;
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, path],
        { timeout: 180_000 },
        (err, _stdout, stderr) => (err ? reject(new Error(String(stderr).trim() || err.message)) : resolve()),
      );
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new UserError(IMPORT().xls.convertFailed(file, (err as Error).message));
  }
  const xlsx = join(dir, `${basename(path, extname(path))}.xlsx`);
  if (!existsSync(xlsx)) {
    rmSync(dir, { recursive: true, force: true });
    throw new UserError(IMPORT().xls.noOutput(file));
  }
  return { dir, xlsx };
}
