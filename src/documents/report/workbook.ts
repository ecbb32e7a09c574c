// The accreditation workbook: the same figures as the PDF, as data a surveyor or a manager can
// filter and sum. Durations are numbers (minutes) and dates real Excel dates; every sheet carries
// the letterhead, a frozen styled header, an auto-filter and a print set-up.
import { createRequire } from 'node:module';
import type ExcelJSModule from 'exceljs';
import type { PaperSize, Workbook, Worksheet } from 'exceljs';
import type { Lang } from '../../types.js';
import type { ReportModel, SummaryKey } from './model.js';
import type { ReportRow, WallClock } from './rows.js';
import type { ReportTexts } from './templates.js';
import { fixZipTimes } from '../kit/zip-times.js';
import { xmlSafe } from '../kit/safe-text.js';

// The single-file build of exceljs (same 4.4.0 code, bundled) loads in ~0.1 s where the package
// entry's hundreds of CommonJS files take ~0.4 s — most of the 1-second budget of a monthly
// report. Its API is the same; tests read its output back with the regular entry.
const ExcelJS = createRequire(import.meta.url)('exceljs/dist/exceljs.bare.min.js') as typeof ExcelJSModule;

type Value = string | number | Date | null;
interface Col {
  header: string;
  /** Excel number format for this column, if any. */
  numFmt?: string;
  /** Long prose: wrapped, width capped. */
  wrap?: boolean;
  /** Widest the column may grow (characters), so a landscape page still prints legibly. */
  max?: number;
  /** A fixed width (characters): date-times need 24 for "30 September 2023 08:00" (else "###"). */
  width?: number;
}
/** A cell whose number format depends on the row (a date's precision). */
interface FmtCell {
  value: Value;
  numFmt: string;
}
type Cell = Value | FmtCell;

/** exceljs paperSize codes: 9 = A4, 14 = folio (F4, 8.5 × 13 in). */
const PAPER_SIZE = { A4: 9, F4: 14 } as const;
const HEADER_FILL = 'FFD9D9D9';
/** Printable width in inches of A4/F4 (landscape and portrait) with the margins below (0.6 + 0.5 in). */
const PRINTABLE_INCHES = { A4: { landscape: 11.69 - 1.1, portrait: 8.27 - 1.1 }, F4: { landscape: 13 - 1.1, portrait: 8.5 - 1.1 } } as const;
/** Body text is 11 pt; printed at no less than 8 pt, the scale never goes below 8/11. */
export const MIN_SCALE = Math.ceil((8 / 11) * 100);

/** Inches a column of `w` characters takes (Excel: 7 px per character plus 5 px padding, 96 px per inch). */
const columnInches = (w: number): number => (7 * w + 5) / 96;

/** The print scale that fits the columns to the page width, at most 100 %. */
export function printScale(widths: number[], paper: 'A4' | 'F4', landscape: boolean): number {
  const need = widths.reduce((s, w) => s + columnInches(w), 0);
  const have = PRINTABLE_INCHES[paper][landscape ? 'landscape' : 'portrait'];
  return Math.min(100, Math.floor((100 * have) / need));
}

function formats(lang: Lang): { minutes: string; percent: string; month: string; day: string; minute: string } {
  // [$-421] asks Excel/LibreOffice for Indonesian month names whatever the reader's locale.
  const loc = lang === 'id' ? '[$-421]' : '[$-409]';
  return {
    minutes: lang === 'id' ? '#,##0 "menit"' : '#,##0 "min"',
    percent: '0.00##%',
    month: `${loc}mmmm yyyy`,
    day: `${loc}d mmmm yyyy`,
    minute: `${loc}d mmmm yyyy hh:mm`,
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
    ...lh.lines.map((l): [string, boolean, number] => [l, false, 9]),
    ...(lh.place ? [[lh.place, true, 10] as [string, boolean, number]] : []),
    [`${model.title} — ${model.periodTitle}`, true, 12],
    [heading, true, 11],
  ];
  for (const [text, bold, size] of top) {
    const r = ws.addRow([safe(text)]);
    r.getCell(1).font = { bold, size };
  }
  if (opts.note) ws.addRow([safe(opts.note)]).getCell(1).font = { italic: true, size: 9 };
  ws.addRow([]);
  const headerRow = ws.addRow(cols.map((c) => safe(c.header)));
  const h = headerRow.number;
  headerRow.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  const widths = cols.map((c) => Math.max(8, c.header.length + 2));
  for (const cells of rows) {
    const row = ws.addRow(cells.map((c) => safe(c !== null && typeof c === 'object' && !(c instanceof Date) ? c.value : c)));
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const col = cols[i]!;
      const fmt = c !== null && typeof c === 'object' && !(c instanceof Date) ? c.numFmt : col.numFmt;
      if (fmt) cell.numFmt = fmt;
      cell.alignment = { vertical: 'top', wrapText: !!col.wrap };
      cell.border = { bottom: { style: 'hair' } };
      const v = cell.value;
      const len = v instanceof Date ? 18 : typeof v === 'number' ? 14 : String(v ?? '').length + 2;
      widths[i] = Math.max(widths[i]!, Math.min(col.max ?? (col.wrap ? 40 : 30), len));
    });
  }
  cols.forEach((c, i) => c.width != null && (widths[i] = c.width));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // LibreOffice does not grow a row for wrapped text written by exceljs: set the height from an
  // estimate of the wrapped lines (about one character per width unit).
  for (let r = h + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    let lines = 1;
    cols.forEach((col, i) => {
      const v = row.getCell(i + 1).value;
      if (!col.wrap || typeof v !== 'string') return;
      const per = Math.max(1, widths[i]! - 1);
      lines = Math.max(lines, v.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / per)), 0));
    });
    if (lines > 1) row.height = lines * 13 + 2;
  }
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: h, topLeftCell: `A${h + 1}`, activeCell: `A${h + 1}` }];
  ws.autoFilter = { from: { row: h, column: 1 }, to: { row: h, column: cols.length } };
  ws.pageSetup = {
    // exceljs types list no folio (14), though Excel and LibreOffice know it.
    paperSize: PAPER_SIZE[model.paper] as unknown as PaperSize,
    orientation: opts.landscape ? 'landscape' : 'portrait',
    // An explicit scale, not fit-to-width: the columns are sized so that it stays ≥ MIN_SCALE
    // (8 pt text); fit-to-width on 12 columns printed at about 5 pt.
    fitToPage: false,
    scale: Math.max(MIN_SCALE, printScale(widths, model.paper, opts.landscape)),
    printTitlesRow: `${h}:${h}`,
    margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  const pageCode = model.lang === 'id' ? 'Halaman &P dari &N' : 'Page &P of &N';
  ws.headerFooter = { oddFooter: `&L&8${hf(model.identity)}&R&8${pageCode}` };
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

/** The signature block under the summary: the same signatories and date as the PDF. */
function addSignatures(ws: Worksheet, model: ReportModel): void {
  ws.addRow([]);
  ws.addRow([]);
  const cols = model.signatures.length === 1 ? [4] : [1, 4];
  const start = ws.rowCount + 1;
  const put = (r: number, c: number, text: string | null, bold = false): void => {
    if (text == null) return;
    const cell = ws.getRow(r).getCell(c);
    cell.value = text;
    cell.font = { bold, underline: bold };
  };
  model.signatures.forEach((s, i) => {
    const c = cols[i] ?? 4;
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
  const id = lang === 'id';
  const fmt = formats(lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = xmlSafe(`${model.hospital.unit} ${model.hospital.name}`);
  wb.title = xmlSafe(`${model.title} — ${model.periodTitle}`);
  wb.subject = xmlSafe(model.title);
  wb.created = model.generatedAt;
  wb.modified = model.generatedAt;

  const pct = (p: number | null): number | null => (p == null ? null : p / 100);
  const line = (key: SummaryKey): string | null => model.summary.find((s) => s.key === key)?.value ?? null;
  const summarySheet = addSheet(
    wb,
    model,
    id ? 'Ringkasan' : 'Summary',
    L.summaryHeading,
    [{ header: id ? 'Uraian' : 'Item' }, { header: id ? 'Kejadian' : 'Incidents' }, { header: id ? 'Menit' : 'Minutes', numFmt: fmt.minutes }, { header: id ? 'Persen' : 'Percent', numFmt: fmt.percent }, { header: id ? 'Keterangan' : 'Details', wrap: true, max: 60 }],
    [
      [id ? 'Lama periode' : 'Period length', null, stats.periodMinutes, null, line('period')],
      [id ? 'Downtime tidak terencana' : 'Unplanned downtime', stats.unplanned.count, stats.unplanned.minutes, null, line('unplanned')],
      [id ? 'Downtime terencana' : 'Planned downtime', stats.planned.count, stats.planned.minutes, null, line('planned')],
      [id ? 'Ketersediaan (di luar downtime terencana)' : 'Availability (planned excluded)', null, null, pct(stats.availabilityPercent), line('availability')],
      [id ? 'Ketersediaan total' : 'Total availability', null, null, pct(stats.totalAvailabilityPercent), line('totalAvailability')],
      [id ? 'Target ketersediaan' : 'Availability target', null, null, pct(stats.targetPercent), line('target')],
      ['MTTR', null, stats.mttrMinutes, null, line('mttr')],
      ['MTBF', null, stats.mtbfMinutes, null, line('mtbf')],
      ...model.summary.filter((s) => s.key === 'response' || s.key === 'noticeLead' || s.key === 'dataNotes').map((s): Cell[] => [s.label, null, null, null, s.value]),
    ],
    { landscape: false },
  );
  addSignatures(summarySheet, model);
  const all = [...model.unplanned, ...model.planned];
  const withUnit = all.some((r) => r.unit);
  const withPic = all.some((r) => r.pic);
  // Widths sum to what A4 landscape prints at ≥ 8 pt; unit and Petugas take room from the prose.
  const narrow = withUnit && withPic;
  const incidentCols: Col[] = [
    { header: L.columns.no, width: 5 },
    { header: L.columns.title, wrap: true, width: narrow ? 20 : 24 },
    { header: id ? 'Mulai' : 'Start', width: 24 },
    { header: id ? 'Selesai' : 'End', width: 24 },
    { header: id ? 'Lama (menit)' : 'Duration (min)', numFmt: fmt.minutes, width: 12 },
    ...(withUnit ? [{ header: L.columns.unit, wrap: true, width: 14 }] : []),
    { header: L.columns.cause, wrap: true, width: narrow ? 20 : 24 },
    { header: L.columns.followUp, wrap: true, width: narrow ? 26 : 34 },
    { header: id ? 'Kategori' : 'Category', wrap: true, width: 14 },
    ...(withPic ? [{ header: L.columns.pic, wrap: true, width: 14 }] : []),
    { header: id ? 'Sumber' : 'Source', wrap: true, width: narrow ? 12 : 16 },
  ];
  const empty = L.empty;
  for (const [name, heading, rows] of [
    [id ? 'Tidak Terencana' : 'Unplanned', L.unplannedHeading, model.unplanned],
    [id ? 'Terencana' : 'Planned', L.plannedHeading, model.planned],
  ] as const) {
    addSheet(wb, model, name, heading, incidentCols, incidentRows(rows, lang, withUnit, withPic), { landscape: true, note: rows.length ? undefined : empty });
  }
  addSheet(
    wb,
    model,
    id ? 'Rekap Bulanan' : 'Monthly Recap',
    id ? 'Rekap Bulanan' : 'Monthly Recap',
    [
      { header: id ? 'Bulan' : 'Month' },
      { header: id ? 'Kejadian tidak terencana' : 'Unplanned incidents' },
      { header: id ? 'Menit tidak terencana' : 'Unplanned minutes', numFmt: fmt.minutes },
      { header: id ? 'Kejadian terencana' : 'Planned incidents' },
      { header: id ? 'Menit terencana' : 'Planned minutes', numFmt: fmt.minutes },
      { header: id ? 'Lama periode' : 'Period length', numFmt: fmt.minutes },
      { header: id ? 'Ketersediaan (di luar terencana)' : 'Availability (planned excluded)', numFmt: fmt.percent },
      { header: id ? 'Ketersediaan total' : 'Total availability', numFmt: fmt.percent },
      { header: 'Target', numFmt: fmt.percent },
      { header: id ? 'Target tercapai' : 'Target met' },
    ],
    model.months.map((m) => [
      { value: new Date(Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)) - 1, 1)), numFmt: fmt.month },
      m.unplanned.count,
      m.unplanned.minutes,
      m.planned.count,
      m.planned.minutes,
      m.periodMinutes,
      m.dataState === 'noData' ? (id ? 'tidak ada data' : 'no data') : pct(m.availabilityPercent),
      m.dataState === 'noData' ? (id ? 'tidak ada data' : 'no data') : pct(m.totalAvailabilityPercent),
      pct(m.targetPercent),
      m.dataState === 'attested' ? (id ? 'Ya (nihil)' : 'Yes (none)') : m.targetMet == null ? null : m.targetMet ? (id ? 'Ya' : 'Yes') : id ? 'Tidak' : 'No',
    ]),
    { landscape: true },
  );
  addSheet(
    wb,
    model,
    L.notesHeading,
    id ? 'Catatan per kejadian: data log dan keputusan klasifikasi' : 'Notes per incident: log data and classification decisions',
    [{ header: id ? 'Tabel' : 'Table', width: 16 }, { header: L.columns.no, width: 5 }, { header: L.columns.title, wrap: true, width: 30 }, { header: L.notesHeading, wrap: true, width: 70 }],
    noteRows(model),
    { landscape: true, note: noteRows(model).length ? undefined : id ? 'Tidak ada catatan.' : 'No notes.' },
  );
  addSheet(wb, model, id ? 'Metode' : 'Method', L.methodHeading, [{ header: id ? 'Istilah' : 'Term' }, { header: id ? 'Definisi' : 'Definition', wrap: true, max: 90 }], methodRows(model, texts), { landscape: false });
  const out = await wb.xlsx.writeBuffer();
  // The bundle returns its own Buffer polyfill (a Uint8Array): copy into a Node Buffer. JSZip
  // dates every entry "now"; the generation date makes the bytes reproducible, as for the PDF.
  return fixZipTimes(Buffer.from(out as unknown as Uint8Array), model.generatedAt);
}

function methodRows(model: ReportModel, texts: ReportTexts): Cell[][] {
  const id = model.lang === 'id';
  const rows: Cell[][] = id
    ? [
        ['T', `Waktu layanan: seluruh menit kalender periode (${model.method.periodMinutes} menit); SIMRS melayani 24 jam.`],
        ['M', 'Menit downtime terencana (pemeliharaan yang diumumkan).'],
        ['D', 'Menit downtime tidak terencana.'],
        ['Ketersediaan', '(T − M − D) / (T − M) × 100: downtime terencana dikeluarkan (bentuk SLA).'],
        ['Ketersediaan total', '(T − M − D) / T × 100: downtime terencana dihitung sebagai henti.'],
        ['MTTR', 'Rata-rata waktu pemulihan = D / jumlah kejadian tidak terencana.'],
        ['MTBF', 'Rata-rata waktu antar-gangguan = (T − D) / jumlah kejadian tidak terencana.'],
        ['Metode', texts.method],
      ]
    : [
        ['T', `Service time: every calendar minute of the period (${model.method.periodMinutes} minutes); the SIMRS serves 24/7.`],
        ['M', 'Planned downtime minutes (announced maintenance).'],
        ['D', 'Unplanned downtime minutes.'],
        ['Availability', '(T − M − D) / (T − M) × 100: planned downtime excluded (SLA form).'],
        ['Total availability', '(T − M − D) / T × 100: planned downtime counted as down.'],
        ['MTTR', 'Mean time to restore = D / number of unplanned incidents.'],
        ['MTBF', 'Mean time between failures = (T − D) / number of unplanned incidents.'],
        ['Method', texts.method],
      ];
  return rows;
}

/** Every note of every incident, the classifier's own included (the PDF states only their count). */
function noteRows(model: ReportModel): Cell[][] {
  const id = model.lang === 'id';
  const out: Cell[][] = [];
  for (const [table, rows] of [
    [id ? 'Tidak terencana' : 'Unplanned', model.unplanned],
    [id ? 'Terencana' : 'Planned', model.planned],
  ] as const)
    for (const r of rows) {
      const notes = [...r.notes.map((n) => model.notes[n - 1] ?? ''), ...r.classifierNotes];
      if (r.durationMinutes == null && r.duration) notes.push(`${id ? 'Lama' : 'Duration'}: ${r.duration}`);
      for (const n of notes) out.push([table, r.no, r.title, n]);
    }
  return out;
}
