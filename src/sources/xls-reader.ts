// .xls (BIFF8, Excel 97–2003) read natively into the Workbook contract: the compound file's
// Workbook stream, its globals (sheets, shared strings, formats, 1904 flag), then one sheet at a
// time. BIFF5 (Excel 5/95) and encrypted workbooks are refused as 'unsupported' so the caller can
// hand them to LibreOffice; broken bytes are 'damaged'. Everything is bounded by the file's size.
import { readFileSync, statSync } from 'node:fs';
import { ExitCode, UserError } from '../errors.js';
import { IMPORT } from '../wording/import.js';
import { errnoWords } from '../util/fs.js';
import { convertExcelValue } from './cells.js';
import { CfbError, openCompoundFile } from './cfb.js';
import { BUILTIN_FORMATS, ContinuedReader, RT, XlsFormatError, damaged, decodeRk, errorText, readSst, records, type BiffRecord } from './biff.js';
import type { ScanCell, ScanRow } from './table.js';
import type { SheetState, Workbook, WorkbookSheet } from './workbook.js';
import type { MergeRange } from './zip.js';

export { XlsFormatError } from './biff.js';

/** Excel 97–2003 workbooks are far smaller; past this we would only be holding a damaged file. */
const MAX_FILE = 512 * 1024 * 1024;
const BIFF8 = 0x0600;

interface Globals {
  sheets: { name: string; state: SheetState; offset: number }[];
  sst: string[];
  /** XF index → number format code (undefined for General). */
  xfFormat: (string | undefined)[];
  date1904: boolean;
}

/** A record and the CONTINUE records right after it. */
function withContinues(stream: Buffer, rec: BiffRecord): Buffer[] {
  const chunks = [rec.data];
  for (const next of records(stream, rec.offset + 4 + rec.data.length)) {
    if (next.type !== RT.CONTINUE) break;
    chunks.push(next.data);
  }
  return chunks;
}

function need(rec: BiffRecord, n: number, what: string): void {
  if (rec.data.length < n) throw damaged(IMPORT().biff.recordShort(what, rec.data.length));
}

function readGlobals(stream: Buffer): Globals {
  // CODEPAGE is not read: BIFF8 text is UTF-16, its 8-bit form being UTF-16 with the zero high
  // bytes left out ([MS-XLS] XLUnicodeString), so it decodes as latin1 whatever the code page says.
  // The code page only mattered for BIFF5 and older, which go to LibreOffice.
  const g: Globals = { sheets: [], sst: [], xfFormat: [], date1904: false };
  const formats = new Map<number, string>();
  const xfIfmt: number[] = [];
  let first = true;
  for (const rec of records(stream)) {
    if (first) {
      if (rec.type !== RT.BOF) throw damaged(IMPORT().biff.noBof);
      need(rec, 4, 'BOF');
      const version = rec.data.readUInt16LE(0);
      if (version !== BIFF8) throw new XlsFormatError('unsupported', IMPORT().xls.oldBiff(version.toString(16)));
      first = false;
      continue;
    }
    switch (rec.type) {
      case RT.EOF:
        g.xfFormat = xfIfmt.map((id) => {
          const code = id === 0 ? undefined : (formats.get(id) ?? BUILTIN_FORMATS[id]);
          // LibreOffice writes General as a FORMAT record of its own.
          return code && !/^general$/i.test(code) ? code : undefined;
        });
        return g;
      case RT.FILEPASS:
        throw new XlsFormatError('unsupported', IMPORT().xls.encrypted);
      case RT.DATEMODE:
        need(rec, 2, 'DATEMODE');
        g.date1904 = rec.data.readUInt16LE(0) === 1;
        break;
      case RT.BOUNDSHEET: {
        need(rec, 8, 'BOUNDSHEET');
        const offset = rec.data.readUInt32LE(0);
        const hidden = (rec.data[4] ?? 0) & 3;
        const kind = rec.data[5] ?? 0;
        const cch = rec.data[6] ?? 0;
        const wide = ((rec.data[7] ?? 0) & 1) === 1;
        need(rec, 8 + cch * (wide ? 2 : 1), 'BOUNDSHEET');
        const name = rec.data.toString(wide ? 'utf16le' : 'latin1', 8, 8 + cch * (wide ? 2 : 1));
        // Only worksheets hold cells; chart, macro and VB module sheets are not logs.
        if (kind !== 0) break;
        if (offset >= stream.length) throw damaged(IMPORT().biff.sheetOutside(name));
        g.sheets.push({ name, state: hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible', offset });
        break;
      }
      case RT.SST:
        g.sst = readSst(withContinues(stream, rec));
        break;
      case RT.FORMAT: {
        need(rec, 5, 'FORMAT');
        const id = rec.data.readUInt16LE(0);
        formats.set(id, new ContinuedReader([rec.data.subarray(2)]).unicodeString());
        break;
      }
      case RT.XF:
        need(rec, 4, 'XF');
        xfIfmt.push(rec.data.readUInt16LE(2));
        break;
    }
  }
  throw damaged(IMPORT().biff.noEof);
}

type RawValue = string | number | boolean | { error: string };

/** The records of one sheet's substream, skipping the charts embedded in it (nested BOF…EOF). */
function* sheetRecords(stream: Buffer, offset: number): Generator<BiffRecord> {
  let depth = 0;
  for (const rec of records(stream, offset)) {
    if (rec.type === RT.BOF) {
      if (depth === 0 && rec.offset !== offset) throw damaged(IMPORT().biff.sheetNoEof);
      depth++;
      continue;
    }
    if (depth === 0) throw damaged(IMPORT().biff.sheetNoBof);
    if (rec.type === RT.EOF) {
      depth--;
      if (depth === 0) return;
      continue;
    }
    if (depth === 1) yield rec;
  }
  throw damaged(IMPORT().biff.sheetEndsNoEof);
}

function readMerges(stream: Buffer, offset: number): MergeRange[] {
  const out: MergeRange[] = [];
  for (const rec of sheetRecords(stream, offset)) {
    if (rec.type !== RT.MERGEDCELLS) continue;
    need(rec, 2, 'MERGEDCELLS');
    const n = Math.min(rec.data.readUInt16LE(0), Math.floor((rec.data.length - 2) / 8));
    for (let i = 0; i < n; i++) {
      const o = 2 + i * 8;
      out.push({ top: rec.data.readUInt16LE(o) + 1, bottom: rec.data.readUInt16LE(o + 2) + 1, left: rec.data.readUInt16LE(o + 4) + 1, right: rec.data.readUInt16LE(o + 6) + 1 });
    }
  }
  return out;
}

/** Every cell of a sheet, converted, as rows in order (a sheet is at most 65,536 × 256 cells). */
function readRows(stream: Buffer, offset: number, g: Globals): ScanRow[] {
  const byRow = new Map<number, ScanCell[]>();
  const put = (row0: number, col0: number, xf: number, raw: RawValue): void => {
    const numFmt = g.xfFormat[xf];
    const conv = convertExcelValue(raw, numFmt, g.date1904);
    if (conv.value === null && !conv.error) return;
    const cell: ScanCell = { col: col0 + 1, value: conv.value };
    if (numFmt) cell.numFmt = numFmt;
    if (conv.error) cell.error = conv.error;
    let cells = byRow.get(row0 + 1);
    if (!cells) byRow.set(row0 + 1, (cells = []));
    cells.push(cell);
  };
  let pendingString: { row: number; col: number; xf: number } | null = null;
  for (const rec of sheetRecords(stream, offset)) {
    const d = rec.data;
    if (rec.type === RT.STRING) {
      if (pendingString) put(pendingString.row, pendingString.col, pendingString.xf, new ContinuedReader(withContinues(stream, rec)).unicodeString());
      pendingString = null;
      continue;
    }
    switch (rec.type) {
      case RT.LABELSST: {
        need(rec, 10, 'LABELSST');
        const i = d.readUInt32LE(6);
        const s = g.sst[i];
        if (s === undefined) throw damaged(IMPORT().biff.badStringIndex(i, g.sst.length));
        put(d.readUInt16LE(0), d.readUInt16LE(2), d.readUInt16LE(4), s);
        break;
      }
      case RT.LABEL:
      case RT.RSTRING:
        need(rec, 9, 'LABEL');
        put(d.readUInt16LE(0), d.readUInt16LE(2), d.readUInt16LE(4), new ContinuedReader(withContinues(stream, rec).map((c, k) => (k === 0 ? c.subarray(6) : c))).unicodeString());
        break;
      case RT.NUMBER:
        need(rec, 14, 'NUMBER');
        put(d.readUInt16LE(0), d.readUInt16LE(2), d.readUInt16LE(4), d.readDoubleLE(6));
        break;
      case RT.RK:
        need(rec, 10, 'RK');
        put(d.readUInt16LE(0), d.readUInt16LE(2), d.readUInt16LE(4), decodeRk(d.readUInt32LE(6)));
        break;
      case RT.MULRK: {
        need(rec, 6, 'MULRK');
        const row = d.readUInt16LE(0);
        const col = d.readUInt16LE(2);
        const n = Math.floor((d.length - 6) / 6);
        for (let i = 0; i < n; i++) put(row, col + i, d.readUInt16LE(4 + i * 6), decodeRk(d.readUInt32LE(6 + i * 6)));
        break;
      }
      case RT.BOOLERR:
        need(rec, 8, 'BOOLERR');
        put(d.readUInt16LE(0), d.readUInt16LE(2), d.readUInt16LE(4), d[7] ? { error: errorText(d[6] ?? 0x2a) } : d[6] === 1);
        break;
      case RT.FORMULA: {
        need(rec, 20, 'FORMULA');
        const row = d.readUInt16LE(0);
        const col = d.readUInt16LE(2);
        const xf = d.readUInt16LE(4);
        pendingString = null;
        if (d.readUInt16LE(12) !== 0xffff) put(row, col, xf, d.readDoubleLE(6));
        else if (d[6] === 0) pendingString = { row, col, xf };
        else if (d[6] === 1) put(row, col, xf, d[8] === 1);
        else if (d[6] === 2) put(row, col, xf, { error: errorText(d[8] ?? 0x2a) });
        // 3: an empty string, which is an empty cell here.
        break;
      }
    }
  }
  return [...byRow.keys()].sort((a, b) => a - b).map((row) => ({ row, cells: byRow.get(row)!.sort((a, b) => a.col - b.col) }));
}

function inSheet<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof XlsFormatError) throw new XlsFormatError(err.kind, IMPORT().xls.inSheet(name, err.message));
    throw err;
  }
}

/** Parses the Workbook stream of an .xls already in memory. Throws XlsFormatError. */
export function parseXls(buf: Buffer): Workbook {
  let stream: Buffer | null;
  try {
    const cfb = openCompoundFile(buf);
    stream = cfb.stream('Workbook');
    if (!stream) {
      if (cfb.stream('Book')) throw new XlsFormatError('unsupported', IMPORT().xls.biff5);
      if (cfb.entries.some((e) => e.name === 'EncryptedPackage')) throw new XlsFormatError('unsupported', IMPORT().xls.encrypted);
      throw damaged(IMPORT().biff.noWorkbookStream);
    }
  } catch (err) {
    if (err instanceof CfbError) throw damaged(err.message);
    throw err;
  }
  const ws = stream;
  const g = readGlobals(ws);
  const sheets: WorkbookSheet[] = g.sheets.map((s) => ({
    name: s.name,
    state: s.state,
    merges: async () => inSheet(s.name, () => readMerges(ws, s.offset)),
    async *rows() {
      // One sheet's rows at a time: the next sheet is read only when the scanner asks for it.
      yield* inSheet(s.name, () => readRows(ws, s.offset, g));
    },
  }));
  return { sheets, date1904: g.date1904 };
}

/** Opens an .xls file (`file` is the name used in messages). Throws XlsFormatError. */
export function openXlsWorkbook(path: string, file: string): Workbook {
  let buf: Buffer;
  try {
    if (statSync(path).size > MAX_FILE) throw new XlsFormatError('unsupported', IMPORT().xls.tooBig(MAX_FILE / 1024 / 1024));
    buf = readFileSync(path);
  } catch (err) {
    if (err instanceof XlsFormatError) throw err;
    throw new UserError(IMPORT().sniff.unreadable(file, errnoWords(err)), { exitCode: ExitCode.io });
  }
  return parseXls(buf);
}
