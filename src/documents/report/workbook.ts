// The accreditation workbook: the same figures as the PDF, as data a surveyor or a manager can
// filter and sum. Durations are numbers (minutes) and dates real Excel dates; every sheet carries
// the letterhead, a frozen styled header, an auto-filter and a print set-up that LibreOffice and
// Excel both print one page wide, rows flowing down, the header row repeated on every page.
import type ExcelJSModule from 'exceljs';
import ExcelJSBare from 'exceljs/dist/exceljs.bare.min.js';
import type { Font, PaperSize, Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../types.js';
import type { ReportModel, SummaryKey } from './model.js';
import type { ReportRow, WallClock } from './rows.js';
import type { ReportTexts } from './templates.js';
import { WORKBOOK } from '../../wording/workbook.js';
import { packWorkbook } from '../kit/zip-repack.js';
import { xmlSafe } from '../kit/safe-text.js';

// The single-file build of exceljs (same 4.4.0 code, bundled) loads in ~0.1 s where the package
// entry's hundreds of CommonJS files take ~0.4 s — most of the 1-second budget of a monthly
// report. Its API is the same; tests read its output back with the regular entry.
// A static import, so the bundle carries it (and the report's V8 code cache covers it).
const ExcelJS = ExcelJSBare as typeof ExcelJSModule;

type Value = string | number | Date | null;
interface Col {
  header: string;
  /** Excel number format for this column, if any. */
  numFmt?: string;
  /** Long prose: wrapped, width capped. */
  wrap?: boolean;
  /** Widest the column may grow (characters), so a landscape page still prints legibly. */
  max?: number;
  /** Centred (the row number). */
  center?: boolean;
  /** A fixed width (characters): date-times need 23 for "30 September 2023 08:00" (else "###"). */
  width?: number;
}
/** A cell whose number format depends on the row (a date's precision). */
interface FmtCell {
  value: Value;
  numFmt: string;
}
type Cell = Value | FmtCell;

/**
 * Arial on every cell: Excel has it, LibreOffice substitutes a metric twin (Liberation Sans) or
 * its own sans (DejaVu Sans here). Without a name a cell is Calibri, which LibreOffice without
 * Carlito sets in a serif. 10 pt body text at a print scale of at least 80 % is 8 pt on paper.
 */
export const FONT_NAME = 'Arial';
export const BODY_PT = 10;
const font = (f: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, family: 2, size: BODY_PT, ...f });

/** exceljs paperSize codes: 9 = A4, 14 = folio (F4, 8.5 × 13 in). */
const PAPER_SIZE = { A4: 9, F4: 14 } as const;
const HEADER_FILL = 'FFD9D9D9';
/** Page margins (inches): left and right 0.5, room at the foot for the footer. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 };
/** Printable width in points of A4/F4 (landscape and portrait) inside MARGINS. */
const PRINTABLE_PT = {
  A4: { landscape: 841.89 - 72, portrait: 595.28 - 72 },
  F4: { landscape: 936 - 72, portrait: 612 - 72 },
} as const;
/** Smallest print scale (%) the columns are sized for: 10 pt text prints at 8 pt or more. */
export const MIN_SCALE = 80;
/**
 * Points one width unit takes at the widest: the unit is the digit width of the workbook's default
 * font, Arial 10 (withDefaultFont), which LibreOffice sets in Liberation Sans (5.6 pt) or, where
 * that is missing, DejaVu Sans (6.4 pt); Excel's unit is 7 px (5.25 pt). Widths are budgeted
 * against DejaVu.
 */
const UNIT_PT = 6.4;
/** Width units of fixed padding LibreOffice/Excel add per column. */
const COLUMN_PAD = 0.2;

/** The print scale (%) at which `widths` fill the printable width in LibreOffice, at most 100. */
export function printScale(widths: number[], paper: 'A4' | 'F4', landscape: boolean): number {
  const need = widths.reduce((s, w) => s + (w + COLUMN_PAD) * UNIT_PT, 0);
  const have = PRINTABLE_PT[paper][landscape ? 'landscape' : 'portrait'];
  return Math.min(100, Math.floor((100 * have) / need));
}

/** The most width units a sheet may have on `paper` and still print at MIN_SCALE. */
export function widthBudget(paper: 'A4' | 'F4', landscape: boolean, columns: number): number {
  return Math.floor((PRINTABLE_PT[paper][landscape ? 'landscape' : 'portrait'] * 100) / MIN_SCALE / UNIT_PT - columns * COLUMN_PAD);
}

function formats(lang: Lang): { minutes: string; count: string; percent: string; month: string; day: string; minute: string } {
  const F = WORKBOOK.in(lang).format;
  // The locale code asks Excel/LibreOffice for month names in the document's language whatever the reader's locale.
  return {
    minutes: F.minutes,
    count: '#,##0',
    percent: '0.00##%',
    month: `${F.locale}mmmm yyyy`,
    day: `${F.locale}d mmmm yyyy`,
    minute: `${F.locale}d mmmm yyyy hh:mm`,
  };
}

function dateCell(w: WallClock | null, lang: Lang): Cell {
  if (!w) return null;
  return { value: w.utcWall, numFmt: formats(lang)[w.precision] };
}

/** Escapes '&' for Excel header/footer codes. */
const hf = (s: string): string => xmlSafe(s).replace(/&/g, '&&');

/**
 * Strings without what XML 1.0 forbids: exceljs writes U+FFFE/U+FFFF into sharedStrings.xml as is,
 * the file is then not well-formed and LibreOffice blanks every later string of the workbook.
 */
const safe = <T>(v: T): T => (typeof v === 'string' ? (xmlSafe(v) as T) : v);

/** Lines `text` takes in a wrapped column `width` units wide: greedy word wrap, one character a unit. */
function wrappedLines(text: string, width: number): number {
  // Arial 10 averages a little under one unit a character in Excel, DejaVu Sans about 0.9 in LibreOffice.
  const per = Math.max(1, width);
  let lines = 0;
  for (const part of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of part.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= per) used = need;
      else if (used === 0) {
        lines += Math.ceil(word.length / per) - 1;
        used = word.length % per;
      } else {
        lines++;
        used = word.length > per ? word.length % per : word.length;
        if (word.length > per) lines += Math.ceil(word.length / per) - 1;
      }
    }
  }
  return Math.max(1, lines);
}

/** Points per printed line of 10 pt text, with the cell's padding. */
const LINE_PT = 12.5;

function addSheet(
  wb: Workbook,
  model: ReportModel,
  name: string,
  heading: string,
  cols: Col[],
  rows: Cell[][],
  opts: { landscape: boolean; note?: string },
): Worksheet {
  const ws = wb.addWorksheet(name);
  const lh = model.letterhead;
  const top: [string, boolean, number][] = [
    [lh.government.toUpperCase(), false, 11],
    [lh.name, true, 14],
    ...lh.lines.map((l): [string, boolean, number] => [l, false, 10]),
    ...(lh.place ? [[lh.place, true, 10] as [string, boolean, number]] : []),
    [`${model.title} — ${model.periodTitle}`, true, 12],
    [heading, true, 11],
  ];
  for (const [text, bold, size] of top) {
    const r = ws.addRow([safe(text)]);
    r.getCell(1).font = font({ bold, size });
  }
  if (opts.note) ws.addRow([safe(opts.note)]).getCell(1).font = font({ italic: true });
  ws.addRow([]);
  const headerRow = ws.addRow(cols.map((c) => safe(c.header)));
  const h = headerRow.number;
  headerRow.eachCell((cell) => {
    cell.font = font({ bold: true });
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  // A header wraps between words: its longest word decides its least width.
  const widths = cols.map((c) => Math.max(6, ...c.header.split(/\s+/).map((w) => w.length + 2)));
  for (const cells of rows) {
    const row = ws.addRow(cells.map((c) => safe(c !== null && typeof c === 'object' && !(c instanceof Date) ? c.value : c)));
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const col = cols[i]!;
      const fmt = c !== null && typeof c === 'object' && !(c instanceof Date) ? c.numFmt : col.numFmt;
      if (fmt) cell.numFmt = fmt;
      cell.font = font();
      cell.alignment = { vertical: 'top', wrapText: !!col.wrap, ...(col.center ? { horizontal: 'center' as const } : {}) };
      cell.border = { bottom: { style: 'hair' } };
      const v = cell.value;
      // "September 2022", "30 September 2022", a number with its unit word: what a date or number prints as.
      const len = v instanceof Date ? 17 : typeof v === 'number' ? 13 : String(v ?? '').length + 2;
      widths[i] = Math.max(widths[i]!, Math.min(col.max ?? (col.wrap ? 40 : 30), len));
    });
  }
  cols.forEach((c, i) => c.width != null && (widths[i] = c.width));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // The header row is as tall as its most wrapped header.
  headerRow.height = Math.max(...cols.map((c, i) => wrappedLines(c.header, widths[i]!))) * LINE_PT + 4;
  // LibreOffice does not grow a row for wrapped text written by exceljs: set the height from an
  // estimate of the wrapped lines.
  for (let r = h + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    let lines = 1;
    cols.forEach((col, i) => {
      const v = row.getCell(i + 1).value;
      if (col.wrap && typeof v === 'string') lines = Math.max(lines, wrappedLines(v, widths[i]!));
    });
    if (lines > 1) row.height = lines * LINE_PT + 2;
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: h, topLeftCell: `A${h + 1}`, activeCell: `A${h + 1}` }];
  ws.autoFilter = { from: { row: h, column: 1 }, to: { row: h, column: cols.length } };
  ws.pageSetup = {
    // exceljs types list no folio (14), though Excel and LibreOffice know it.
    paperSize: PAPER_SIZE[model.paper] as unknown as PaperSize,
    orientation: opts.landscape ? 'landscape' : 'portrait',
    // One page wide, as many pages down as the rows need. The columns are sized (widthBudget) so
    // that the fit stays at MIN_SCALE or more: 10 pt text prints at 8 pt at least.
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${h}:${h}`,
    margins: MARGINS,
  };
  // The sheet's name (&A) beside the page number: a printed page says which table it belongs to.
  ws.headerFooter = { oddFooter: `&L&"Arial"&9${hf(model.identity)}&R&"Arial"&9&A · ${WORKBOOK.in(model.lang).footerPage}` };
  return ws;
}

function incidentRows(rows: ReportRow[], lang: Lang, withUnit: boolean, withPic: boolean): Cell[][] {
  return rows.map((r) => [
    r.no,
    r.title,
    dateCell(r.start, lang),
    dateCell(r.end, lang),
    r.durationMinutes,
    ...(withUnit ? [r.unit] : []),
    r.cause,
    r.followUp,
    r.category,
    ...(withPic ? [r.pic] : []),
    r.source,
  ]);
}

/**
 * Incident columns sized to the page: the fixed ones (number, the two date-times, minutes,
 * category, unit, Petugas, source) take what they need; title, cause and follow-up share the rest
 * of what prints at MIN_SCALE.
 */
function incidentColumns(model: ReportModel, withUnit: boolean, withPic: boolean): Col[] {
  const { L } = model;
  const W = WORKBOOK.in(model.lang).incidents;
  const fmt = formats(model.lang);
  const fixed = { no: 4, date: 23, duration: 9, unit: 10, category: 10, pic: 10, source: 12 };
  const count = 9 + (withUnit ? 1 : 0) + (withPic ? 1 : 0);
  const used = fixed.no + 2 * fixed.date + fixed.duration + fixed.category + fixed.source + (withUnit ? fixed.unit : 0) + (withPic ? fixed.pic : 0);
  const free = widthBudget(model.paper, true, count) - used;
  const title = Math.floor(free * 0.28);
  const cause = Math.floor(free * 0.3);
  return [
    { header: L.columns.no, width: fixed.no, center: true },
    { header: L.columns.title, wrap: true, width: title },
    { header: W.start, width: fixed.date },
    { header: W.end, width: fixed.date },
    // Plain minutes: the header says the unit once.
    { header: W.duration, numFmt: fmt.count, width: fixed.duration },
    ...(withUnit ? [{ header: L.columns.unit, wrap: true, width: fixed.unit }] : []),
    { header: L.columns.cause, wrap: true, width: cause },
    { header: L.columns.followUp, wrap: true, width: free - title - cause },
    { header: W.category, wrap: true, width: fixed.category },
    ...(withPic ? [{ header: L.columns.pic, wrap: true, width: fixed.pic }] : []),
    { header: W.source, wrap: true, width: fixed.source },
  ];
}

/** The signature block under the summary: the same signatories and date as the PDF. */
function addSignatures(ws: Worksheet, model: ReportModel, columns: number): void {
  ws.addRow([]);
  ws.addRow([]);
  // The preparer sits in the last column (right, as Indonesian letters do), "Mengetahui," in the first.
  const cols = model.signatures.length === 1 ? [columns] : [1, columns];
  const start = ws.rowCount + 1;
  const put = (r: number, c: number, text: string | null, bold = false): void => {
    if (text == null) return;
    const cell = ws.getRow(r).getCell(c);
    cell.value = safe(text);
    cell.font = font({ bold, underline: bold });
  };
  model.signatures.forEach((s, i) => {
    const c = cols[i] ?? columns;
    put(start, c, s.heading);
    put(start + 1, c, s.position);
    put(start + 5, c, s.name, true);
    put(start + 6, c, s.nip);
  });
  if (model.tembusan.length) {
    put(start + 8, 1, `${model.L.tembusan}:`);
    model.tembusan.forEach((t, i) => put(start + 9 + i, 1, `${i + 1}. ${t}`));
  }
}

export async function renderReportWorkbook(model: ReportModel, texts: ReportTexts): Promise<Buffer> {
  const { lang, L, stats } = model;
  const W = WORKBOOK.in(lang);
  const S = W.summary;
  const M = W.monthly;
  const fmt = formats(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = xmlSafe(`${model.hospital.unit} ${model.hospital.name}`);
  wb.title = xmlSafe(`${model.title} — ${model.periodTitle}`);
  wb.subject = xmlSafe(model.title);
  wb.created = model.generatedAt;
  wb.modified = model.generatedAt;

  const pct = (p: number | null): number | null => (p == null ? null : p / 100);
  const line = (key: SummaryKey): string | null => model.summary.find((s) => s.key === key)?.value ?? null;
  const summaryCols: Col[] = [{ header: S.item, width: 40 }, { header: S.incidents, numFmt: fmt.count, width: 10 }, { header: S.minutes, numFmt: fmt.minutes, width: 15 }, { header: S.percent, numFmt: fmt.percent, width: 10 }, { header: S.details, wrap: true, width: 50 }];
  const summarySheet = addSheet(
    wb,
    model,
    W.sheets.summary,
    L.summaryHeading,
    summaryCols,
    [
      [S.periodLength, null, stats.periodMinutes, null, line('period')],
      [S.unplanned, stats.unplanned.count, stats.unplanned.minutes, null, line('unplanned')],
      [S.planned, stats.planned.count, stats.planned.minutes, null, line('planned')],
      [S.availability, null, null, pct(stats.availabilityPercent), line('availability')],
      [S.totalAvailability, null, null, pct(stats.totalAvailabilityPercent), line('totalAvailability')],
      [S.target, null, null, pct(stats.targetPercent), line('target')],
      ['MTTR', null, stats.mttrMinutes, null, line('mttr')],
      ['MTBF', null, stats.mtbfMinutes, null, line('mtbf')],
      ...model.summary.filter((s) => s.key === 'response' || s.key === 'noticeLead' || s.key === 'dataNotes').map((s): Cell[] => [s.label, null, null, null, s.value]),
    ],
    // Landscape like the other sheets: the signature columns and the details column both fit.
    { landscape: true },
  );
  addSignatures(summarySheet, model, summaryCols.length);
  const all = [...model.unplanned, ...model.planned];
  const withUnit = all.some((r) => r.unit);
  const withPic = all.some((r) => r.pic);
  const incidentCols = incidentColumns(model, withUnit, withPic);
  for (const [name, heading, rows] of [
    [W.sheets.unplanned, L.unplannedHeading, model.unplanned],
    [W.sheets.planned, L.plannedHeading, model.planned],
  ] as const) {
    addSheet(wb, model, name, heading, incidentCols, incidentRows(rows, lang, withUnit, withPic), { landscape: true, note: rows.length ? undefined : L.empty });
  }
  addSheet(
    wb,
    model,
    W.sheets.monthly,
    M.heading,
    [
      { header: M.month, width: 17 },
      { header: M.unplannedCount, numFmt: fmt.count, width: 12 },
      { header: M.unplannedMinutes, numFmt: fmt.minutes, width: 14 },
      { header: M.plannedCount, numFmt: fmt.count, width: 12 },
      { header: M.plannedMinutes, numFmt: fmt.minutes, width: 14 },
      { header: M.periodLength, numFmt: fmt.minutes, width: 14 },
      { header: M.availability, numFmt: fmt.percent, width: 16 },
      { header: M.totalAvailability, numFmt: fmt.percent, width: 14 },
      { header: M.target, numFmt: fmt.percent, width: 10 },
      { header: M.targetMet, width: 12 },
    ],
    model.months.map((m) => [
      { value: new Date(Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)) - 1, 1)), numFmt: fmt.month },
      m.unplanned.count,
      m.unplanned.minutes,
      m.planned.count,
      m.planned.minutes,
      m.periodMinutes,
      m.dataState === 'noData' ? M.noData : pct(m.availabilityPercent),
      m.dataState === 'noData' ? M.noData : pct(m.totalAvailabilityPercent),
      pct(m.targetPercent),
      m.dataState === 'attested' ? M.attested : m.targetMet == null ? null : m.targetMet ? M.yes : M.no,
    ]),
    { landscape: true },
  );
  const notes = noteRows(model);
  addSheet(
    wb,
    model,
    L.notesHeading,
    W.notes.heading,
    [{ header: W.notes.table, width: 16 }, { header: L.columns.no, width: 5 }, { header: L.columns.title, wrap: true, width: 30 }, { header: L.notesHeading, wrap: true, width: 75 }],
    notes,
    { landscape: true, note: notes.length ? undefined : W.notes.none },
  );
  addSheet(wb, model, W.sheets.method, L.methodHeading, [{ header: W.method.term, width: 20 }, { header: W.method.definition, wrap: true, width: 100 }], methodRows(model, texts), { landscape: true });
  // Dated with the generation date: reproducible bytes, as for the PDF.
  return packWorkbook(wb, model.generatedAt, (p) => (p.name === 'xl/styles.xml' ? Buffer.from(withDefaultFont(p.data.toString('utf8')), 'utf8') : p.data));
}

function methodRows(model: ReportModel, texts: ReportTexts): Cell[][] {
  const W = WORKBOOK.in(model.lang).method;
  return [
    ['T', W.t(model.method.periodMinutes)],
    ['M', W.m],
    ['D', W.d],
    [W.availability, W.availabilityDef],
    [W.totalAvailability, W.totalAvailabilityDef],
    ['MTTR', W.mttrDef],
    ['MTBF', W.mtbfDef],
    [W.method, texts.method],
  ];
}

/** Every note of every incident, the classifier's own included (the PDF states only their count). */
function noteRows(model: ReportModel): Cell[][] {
  const W = WORKBOOK.in(model.lang).notes;
  const out: Cell[][] = [];
  for (const [table, rows] of [
    [W.unplanned, model.unplanned],
    [W.planned, model.planned],
  ] as const)
    for (const r of rows) {
      const notes = [...r.notes.map((n) => model.notes[n - 1] ?? ''), ...r.classifierNotes];
      if (r.durationMinutes == null && r.duration) notes.push(W.duration(r.duration));
      for (const n of notes) out.push([table, r.no, r.title, n]);
    }
  return out;
}

/**
 * Makes Arial 10 the workbook's default font (exceljs always writes Calibri 11). The default is
 * the unit of every column width: LibreOffice without Carlito measured Calibri in DejaVu Sans 11,
 * a third wider than Excel's unit, and every sheet spilled onto a second page across. With Arial
 * the unit and the cells' text are the same face wherever the file is opened.
 */
function withDefaultFont(stylesXml: string): string {
  return stylesXml.replace(/(<fonts[^>]*>)<font>.*?<\/font>/s, `$1<font><sz val="${BODY_PT}"/><name val="${FONT_NAME}"/><family val="2"/></font>`);
}
