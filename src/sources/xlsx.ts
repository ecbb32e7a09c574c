// .xlsx through exceljs' streaming reader: every sheet, row by row, so a 100,000-row log stays
// small in memory. Merged ranges, which that reader drops, come from a pre-scan of the sheet XML.
import ExcelJS from 'exceljs';
import { UserError } from '../errors.js';
import type { Issue } from '../types.js';
import { convertExcelValue } from './cells.js';
import { TableScanner, mergeLookup, type MergeLookup, type RowSink, type ScanCell, type ScanChoices, type SheetReport } from './table.js';
import { readEntryText, scanMerges, type ZipEntry } from './zip.js';
import type { Progress } from './progress.js';

export interface TableReadResult {
  rows: RowSink;
  issues: Issue[];
  sheets: SheetReport[];
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : m;
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1] ?? '') : null;
}

interface WorkbookLayout {
  /** Sheet name → vertical merges. */
  merges: Map<string, MergeLookup>;
  /** The sheets as exceljs models them (workbook.xml), see readXlsx. */
  sheets: { name: string; id: number; rId: string; state: string }[];
  /** The 1904 date system (old Mac workbooks), from <workbookPr date1904>. */
  date1904: boolean;
}

/** Sheets and their merges, read from workbook.xml, its rels and each worksheet's <mergeCells>. */
async function workbookLayout(path: string, entries: ZipEntry[]): Promise<WorkbookLayout> {
  const out: WorkbookLayout = { merges: new Map(), sheets: [], date1904: false };
  const byName = new Map(entries.map((e) => [e.name, e]));
  const wbEntry = byName.get('xl/workbook.xml');
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  if (!wbEntry || !relsEntry) return out;
  const [wb, rels] = await Promise.all([readEntryText(path, wbEntry), readEntryText(path, relsEntry)]);
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(wb)?.[0];
  out.date1904 = pr != null && /^(1|true)$/.test(attr(pr, 'date1904') ?? '');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const rid = /\s\w+:id="([^"]*)"/.exec(m[0])?.[1];
    if (name && rid) out.sheets.push({ name, id: Number(attr(m[0], 'sheetId') ?? 0), rId: rid, state: attr(m[0], 'state') ?? 'visible' });
    const entry = rid ? byName.get(targets.get(rid) ?? '') : undefined;
    if (!name || !entry) continue;
    const lookup = mergeLookup(await scanMerges(path, entry));
    if (lookup) out.merges.set(name, lookup);
  }
  return out;
}

interface StreamingSheet extends AsyncIterable<ExcelJS.Row> {
  name?: string;
}

/**
 * Reads every sheet. `file` is the name used in messages (an .xls converted to a temporary .xlsx
 * keeps the user's name). Throws UserError for an unreadable or empty workbook, or when no sheet
 * has a log table.
 */
export async function readXlsx(path: string, file: string, entries: ZipEntry[] | undefined, progress: Progress, rows: RowSink = [], choices: ScanChoices = {}): Promise<TableReadResult> {
  const issues: Issue[] = [];
  const sheets: SheetReport[] = [];
  let contentful = 0;

  let layout: WorkbookLayout = { merges: new Map(), sheets: [], date1904: false };
  try {
    if (entries) layout = await workbookLayout(path, entries);
  } catch {
    // A damaged sheet fails again, with a message, in the streaming read below.
  }
  const merges = layout.merges;

  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  // exceljs names a worksheet from workbook.xml, and crashes ("reading 'sheets'") when the zip
  // stores a worksheet before workbook.xml — zip order is not fixed (exceljs's own writer varies
  // it). Give it the sheet list up front; its own parse of workbook.xml later replaces it.
  (reader as unknown as { model?: { sheets: WorkbookLayout['sheets'] } }).model ??= { sheets: layout.sheets };
  // exceljs' typings omit what the streaming reader really has.
  const props = reader as unknown as { properties?: { model?: { date1904?: boolean } } };
  try {
    for await (const wsRaw of reader) {
      const ws = wsRaw as unknown as StreamingSheet;
      const name = ws.name ?? null;
      // exceljs knows it only once it has read workbook.xml, which may come after the sheet
      const date1904 = props.properties?.model?.date1904 ?? layout.date1904;
      const scanner = new TableScanner({
        file,
        sheet: name,
        columnLabel: 'letter',
        merges: name != null ? merges.get(name) : undefined,
        mapping: choices.mapping,
        dateOrder: choices.dateOrder,
        issues,
        rows,
      });
      for await (const row of ws) {
        progress.tick();
        const cells: ScanCell[] = [];
        row.eachCell((cell, col) => {
          const fmt = typeof cell.numFmt === 'string' && cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
          // `cell.value` drops a NaN result (an error such as #DIV/0!); `cell.result` keeps it.
          const raw = cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula, result: cell.result as unknown } : cell.value;
          const conv = convertExcelValue(raw, fmt, date1904);
          if (conv.value === null && !conv.error) return;
          const sc: ScanCell = { col, value: conv.value };
          if (fmt) sc.numFmt = fmt;
          if (conv.error) sc.error = conv.error;
          cells.push(sc);
        });
        scanner.push({ row: row.number, cells });
      }
      sheets.push(scanner.finish());
      if (scanner.hadContent) contentful++;
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    const msg = err instanceof Error ? err.message : String(err);
    throw new UserError(`${file}: berkas Excel tidak dapat dibaca — berkas rusak atau terpotong (${msg}). Buka di Excel dan simpan ulang sebagai .xlsx`);
  }
  progress.done();

  if (sheets.length === 0) throw new UserError(`${file}: buku kerja kosong (tidak ada sheet)`);
  if (contentful === 0) throw new UserError(`${file}: buku kerja kosong (tidak ada isi di sheet mana pun)`);
  if (!sheets.some((s) => s.recognised)) {
    throw new UserError(
      `${file}: tidak ada tabel log downtime yang dikenali di sheet mana pun (${sheets.map((s) => `"${s.sheet ?? ''}"`).join(', ')}). ` +
        'Tabel perlu baris judul kolom dengan Kejadian/Deskripsi atau Tanggal/Waktu, ditambah satu kolom lain seperti No, Lama, atau Penyebab.',
      { issues },
    );
  }
  return { rows, issues, sheets };
}
