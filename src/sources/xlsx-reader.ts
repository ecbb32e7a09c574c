// Our own .xlsx reader: the zip directory, the parts a log needs (workbook, rels, shared strings,
// styles) read whole and small, each worksheet streamed through the indexOf scanner. It replaced
// exceljs' streaming reader, which on multi-sheet workbooks handed sheets over with shared strings
// unresolved, wrong names, or not at all. Nothing here depends on the zip's entry order or timing.
import { READER } from '../wording/reader.js';
import { StringDecoder } from 'node:string_decoder';
import { UserError } from '../errors.js';
import type { ScanCell, ScanRow } from './table.js';
import type { CellValue } from '../types.js';
import { BUILTIN_FORMATS, cleanText, convertExcelValue, numberCellValue, type ConvertedCell } from './cells.js';
import type { SheetState, Workbook, WorkbookSheet } from './workbook.js';
import { EXCEL_MAX_CELL_CHARS, PartDamage, RelsHandler, unescapeOoxml, SharedStringsHandler, SheetHandler, StylesHandler, WorkbookHandler, type RawCell } from './xlsx-parts.js';
import { XmlRefusal, XmlScanner, type XmlHandler } from './xml-scan.js';
import { DeclarationGuard, DEFAULT_INFLATE_LIMITS, InflateGuard, readZipDirectory, scanMerges, type InflateLimits, type ZipEntry } from './zip.js';

export { EXCEL_MAX_CELL_CHARS } from './xlsx-parts.js';
export { MAX_ENTRY_BYTES, MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FROM_BYTES } from './zip.js';

// Built-in number formats (ECMA-376 §18.8.30) are shared with the .xls reader: BUILTIN_FORMATS in cells.ts.

export interface XlsxReadOptions {
  /** Tests lower these to build small bombs. */
  limits?: InflateLimits;
}


function damaged(file: string, why: string): UserError {
  return new UserError(READER().xlsx.damaged(file, why));
}

/** Turns a refusal from the scanner into a message naming the file, the entry and what to do. */
function explain(err: unknown, file: string, entry: string, sheet?: string): unknown {
  const W = READER().xlsx;
  const where = sheet != null ? W.sheetPart(sheet, entry) : W.part(entry);
  if (err instanceof XmlRefusal) {
    if (err.kind === 'doctype') {
      return new UserError(W.doctype(file, where));
    }
    return damaged(file, `${where}: ${err.message}`);
  }
  if (err instanceof PartDamage) {
    if (err.kind === 'long-text') {
      const cell = err.where.replace(/^cell/, W.cell).replace(/^shared string /, W.sharedString);
      return new UserError(W.longText(file, where, cell, EXCEL_MAX_CELL_CHARS));
    }
    return damaged(file, `${where}: ${err.message}`);
  }
  return err;
}

/** Feeds a part through a handler, decoding UTF-8 across chunk boundaries. */
async function parse(guard: InflateGuard, entry: ZipEntry, h: XmlHandler, file: string, sheet?: string): Promise<void> {
  try {
    const scanner = new XmlScanner(h);
    const dec = new StringDecoder('utf8');
    for await (const chunk of guard.chunks(entry)) scanner.write(dec.write(chunk));
    scanner.write(dec.end());
    scanner.end();
  } catch (err) {
    throw explain(err, file, entry.name, sheet);
  }
}

/** Resolves a relationship target against the folder of the part that owns it. */
function resolveTarget(baseDir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${baseDir}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** ISO 8601 from a `t="d"` cell: Excel clock time, so read into the UTC fields whatever zone it names. */
function isoToDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.exec(s.trim());
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '0'] = m;
    return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), Math.round(Number(`0.${frac}`) * 1000)));
  }
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?/.exec(s.trim());
  if (t) return new Date(Date.UTC(1899, 11, 30, Number(t[1]), Number(t[2]), Number(t[3] ?? 0)));
  return null;
}

class XlsxWorkbook {
  constructor(
    readonly file: string,
    readonly guard: InflateGuard,
    readonly strings: string[],
    readonly formats: (string | undefined)[],
    readonly date1904: boolean,
  ) {}

  /** Set by `convert` when the cell held an Excel error (#N/A, #REF!): its value is then null. */
  error: string | undefined = undefined;

  /** A cell's value (see WorkbookSheet.rows); no object per cell, the error is left in `error`. */
  convert(c: RawCell, sheet: string, row: number): CellValue {
    this.error = undefined;
    const fmt = this.formats[c.s];
    const { v, f } = c;
    switch (c.t) {
      case 's': {
        if (v === null || v === '') return null;
        const str = this.strings[Number(v)];
        if (str === undefined) throw damaged(this.file, `sheet "${sheet}", baris ${row}: teks bersama nomor ${v} tidak ada`);
        return cleanText(str);
      }
      case 'inlineStr':
        return cleanText(unescapeOoxml(c.is ?? v ?? ''));
      case 'b':
        return v === null || v === '' ? (f ? `=${f}` : null) : v === '1' || v.toLowerCase() === 'true';
      case 'e':
        this.error = v || '#N/A';
        return null;
      case 'str':
        return v === null ? (f ? `=${f}` : null) : cleanText(unescapeOoxml(v));
      case 'd': {
        if (v === null || v === '') return f ? `=${f}` : null;
        const d = isoToDate(v);
        return d ? this.converted(convertExcelValue(d, fmt, this.date1904)) : cleanText(v);
      }
      default: {
        if (c.is !== null) return cleanText(unescapeOoxml(c.is));
        if (v === null || v.trim() === '') return f ? `=${f}` : null;
        const n = Number(v);
        if (Number.isNaN(n)) return cleanText(v);
        return numberCellValue(n, fmt, this.date1904);
      }
    }
  }

  private converted(c: ConvertedCell): CellValue {
    this.error = c.error;
    return c.value;
  }

  sheet(name: string, state: SheetState, entry: ZipEntry | undefined): WorkbookSheet {
    const wb = this;
    return {
      name,
      state,
      async merges() {
        if (!entry) return [];
        try {
          return await scanMerges(wb.guard.chunks(entry));
        } catch (err) {
          throw explain(err, wb.file, entry.name, name);
        }
      },
      async *rows(): AsyncGenerator<ScanRow> {
        for await (const batch of this.rowBatches!()) yield* batch;
      },
      async *rowBatches(): AsyncGenerator<ScanRow[]> {
        if (!entry) return;
        const h = new SheetHandler();
        const scanner = new XmlScanner(h);
        const dec = new StringDecoder('utf8');
        const take = (): ScanRow[] => {
          const out: ScanRow[] = [];
          for (const raw of h.take()) {
            const cells: ScanCell[] = [];
            for (const c of raw.cells) {
              const value = wb.convert(c, name, raw.row);
              const error = wb.error;
              if (value === null && !error) continue;
              const sc: ScanCell = { col: c.col, value };
              const fmt = wb.formats[c.s];
              if (fmt) sc.numFmt = fmt;
              if (error) sc.error = error;
              cells.push(sc);
            }
            out.push({ row: raw.row, cells });
          }
          return out;
        };
        // The merge pass refuses a declaration anywhere in the sheet, even inside a comment, which
        // the scanner skips; it may not run now (scan-workbook.ts), so the rows are guarded too.
        const declarations = new DeclarationGuard();
        try {
          for await (const chunk of wb.guard.chunks(entry)) {
            declarations.check(chunk);
            scanner.write(dec.write(chunk));
            const batch = take();
            if (batch.length) yield batch;
          }
          scanner.write(dec.end());
          scanner.end();
        } catch (err) {
          throw explain(err, wb.file, entry.name, name);
        }
        const rest = take();
        if (rest.length) yield rest;
      },
    };
  }
}

/**
 * Opens a workbook: reads its sheet list, shared strings and formats; the sheets themselves are
 * read when their rows are asked for. `file` is the name used in messages. Throws UserError for a
 * damaged or hostile file (limits in zip.ts and xlsx-parts.ts).
 */
export async function openXlsxWorkbook(path: string, file: string, entries?: ZipEntry[], opts: XlsxReadOptions = {}): Promise<Workbook> {
  let list = entries;
  if (!list?.length) {
    const dir = readZipDirectory(path);
    if (!dir.ok) throw new UserError(READER().xlsx.brokenZip(file, dir.reason));
    list = dir.entries;
  }
  if (!list.length) throw damaged(file, READER().xlsx.emptyZip);
  // Some writers use backslashes or another case; the zip spec says '/', Excel ignores case.
  const byName = new Map<string, ZipEntry>();
  for (const e of list) byName.set(e.name.replace(/\\/g, '/').replace(/^\//, '').toLowerCase(), e);
  const find = (name: string): ZipEntry | undefined => byName.get(name.toLowerCase());
  const guard = new InflateGuard(path, file, opts.limits ?? DEFAULT_INFLATE_LIMITS);

  const readRels = async (part: string): Promise<RelsHandler['rels']> => {
    const e = find(relsPathOf(part));
    if (!e) return [];
    const h = new RelsHandler();
    await parse(guard, e, h, file);
    return h.rels;
  };

  let wbPath = 'xl/workbook.xml';
  const office = (await readRels('')).find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  if (office && find(resolveTarget('', office.target))) wbPath = resolveTarget('', office.target);
  const wbEntry = find(wbPath);
  if (!wbEntry) throw damaged(file, `bagian "${wbPath}" tidak ada`);
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1);
  const wbh = new WorkbookHandler();
  await parse(guard, wbEntry, wbh, file);
  const rels = await readRels(wbPath);
  const relTarget = (type: string): ZipEntry | undefined => {
    const r = rels.find((x) => x.type.endsWith(`/${type}`) && !x.external);
    return r ? find(resolveTarget(wbDir, r.target)) : undefined;
  };

  const ssEntry = relTarget('sharedStrings') ?? find(`${wbDir}sharedStrings.xml`);
  const ss = new SharedStringsHandler();
  if (ssEntry) await parse(guard, ssEntry, ss, file);

  const stEntry = relTarget('styles') ?? find(`${wbDir}styles.xml`);
  const st = new StylesHandler();
  if (stEntry) await parse(guard, stEntry, st, file);
  const formats = st.xfFormats.map((id) => {
    const code = st.customFormats.get(id) ?? BUILTIN_FORMATS[id];
    return code && !/^general$/i.test(code) ? code : undefined;
  });

  const wb = new XlsxWorkbook(file, guard, ss.strings, formats, wbh.date1904);
  const sheets = wbh.sheets.map((s, i) => {
    const rel = rels.find((r) => r.id === s.rId);
    const entry = rel && !rel.external ? find(resolveTarget(wbDir, rel.target)) : find(`${wbDir}worksheets/sheet${i + 1}.xml`);
    if (!entry) throw damaged(file, `isi sheet "${s.name}" tidak ada di dalam arsip`);
    const state: SheetState = s.state === 'hidden' || s.state === 'veryHidden' ? s.state : 'visible';
    return wb.sheet(s.name || `Sheet${i + 1}`, state, entry);
  });
  return { sheets, date1904: wbh.date1904 };
}
