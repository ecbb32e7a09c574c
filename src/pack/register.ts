// The action register (PDCA): every follow-up action of the period's evaluations and drills, with
// the problem and the cause it answers, PIC, due date, status today and evidence — as PDF/A (on the
// form kit) and as a workbook a coordinator can filter. Rows are built once (pure) for both.
import type ExcelJSModule from 'exceljs';
import ExcelJSBare from 'exceljs/dist/exceljs.bare.min.js';
import type { PaperSize } from 'exceljs';
import { formatDateLong } from '../format.js';
import { F } from '../documents/kit/pdf-base.js';
import { xmlSafe } from '../documents/kit/safe-text.js';
import { packWorkbook } from '../documents/kit/zip-repack.js';
import { FormDoc, signatoryColumn, type FormOptions } from '../documents/forms/form-doc.js';
import type { Lang } from '../types.js';
import type { PeriodRecords } from './records.js';
import { PACK } from '../wording/pack.js';

export type RegisterStatus = 'open' | 'overdue' | 'done';

export interface RegisterRow {
  no: number;
  actionId: number;
  problem: string;
  cause: string;
  action: string;
  pic: string;
  due: string;
  status: RegisterStatus;
  evidence: string;
  /** "Insiden 12 (evaluasi)" / "Simulasi 20 November 2022". */
  source: string;
}

/**
 * The register names the cause; the evaluation form holds the whole analysis. A root cause is
 * often a paragraph: its first sentence (at most ~200 characters, cut at a word) stands in the row.
 */
export function firstSentence(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const m = /^(.+?[.;])(\s|$)/.exec(t);
  const s = m ? m[1]! : t;
  if (s.length <= 200) return s;
  return `${s.slice(0, s.lastIndexOf(' ', 200))} …`;
}

/** Rows in due-date order; a done action keeps its evidence, an open one past its due date is overdue today. */
export function registerRows(records: PeriodRecords, today: string, lang: Lang): RegisterRow[] {
  const W = PACK.in(lang).register;
  const evalBySource = new Map(records.evaluations.map((e) => [e.record.id, e]));
  const drillBySource = new Map(records.drills.map((d) => [d.record.id, d]));
  return records.actions.map((a, i) => {
    let problem = '';
    let cause = '';
    let source = '';
    if (a.sourceKind === 'evaluation') {
      const e = evalBySource.get(a.sourceId);
      problem = e?.incident.title ?? '';
      cause = firstSentence(e?.record.rootCause ?? e?.incident.cause ?? '');
      source = W.fromEvaluation(a.incidentId);
    } else {
      const d = drillBySource.get(a.sourceId);
      const doc = d?.record.document as { title?: string; findings?: string[] } | undefined;
      problem = doc?.title ?? W.drillProblem(d?.record.procedure ?? '');
      const findings = doc?.findings ?? [];
      cause = findings.length ? firstSentence(findings[0]!) + (findings.length > 1 ? W.moreFindings(findings.length - 1) : '') : '';
      source = d ? W.drillOn(formatDateLong(d.record.date, lang)) : W.drill;
    }
    const status: RegisterStatus = a.status === 'done' ? 'done' : a.due < today ? 'overdue' : 'open';
    return { no: i + 1, actionId: a.id, problem, cause, action: a.action, pic: a.pic, due: a.due, status, evidence: a.evidence ?? '', source };
  });
}

export const registerTitle = (lang: Lang) => PACK.in(lang).register.title;
/** The title of the register's workbook copy in the manifest and index. */
export const workbookTitle = (title: string, lang: Lang) => PACK.in(lang).titles.workbook(title);

function counts(rows: RegisterRow[]) {
  return { open: rows.filter((r) => r.status === 'open').length, overdue: rows.filter((r) => r.status === 'overdue').length, done: rows.filter((r) => r.status === 'done').length };
}

export async function renderRegisterPdf(rows: RegisterRow[], periodTitle: string, opts: FormOptions): Promise<Buffer> {
  const L = PACK.in(opts.lang).register;
  const f = new FormDoc(opts, L.title);
  f.heading1(L.title, [periodTitle]);
  if (!rows.length) f.empty(L.none);
  else {
    const c = counts(rows);
    f.paragraph(L.summary(c.open, c.overdue, c.done));
    f.table(
      [
        { header: L.cols.no, share: 0.04, align: 'center' },
        { header: L.cols.problem, share: 0.15 },
        { header: L.cols.cause, share: 0.14 },
        { header: L.cols.action, share: 0.17 },
        { header: L.cols.pic, share: 0.1 },
        { header: L.cols.due, share: 0.1 },
        { header: L.cols.status, share: 0.08 },
        { header: L.cols.evidence, share: 0.12 },
        { header: L.cols.source, share: 0.1 },
      ],
      rows.map((r) => [
        String(r.no),
        r.problem,
        r.cause,
        r.action,
        r.pic,
        f.longDate(r.due),
        r.status === 'overdue' ? { text: L.status.overdue, font: F.bold } : L.status[r.status],
        r.evidence,
        r.source,
      ]),
      { fontSize: 7.5 },
    );
  }
  f.signatures([signatoryColumn(opts.profile.signatories.preparedBy, L.made)], f.placeAndDate());
  return f.finish({});
}

// The single-file exceljs, imported statically so the bundle carries it (see report/workbook.ts).
const ExcelJS = ExcelJSBare as typeof ExcelJSModule;

/** The same rows as a workbook: real dates, a frozen header, an auto-filter, A4/F4 landscape fit to width. */
export async function renderRegisterXlsx(rows: RegisterRow[], periodTitle: string, opts: FormOptions): Promise<Buffer> {
  const L = PACK.in(opts.lang).register;
  const wb = new ExcelJS.Workbook();
  wb.creator = xmlSafe(`${opts.profile.hospital.unit} ${opts.profile.hospital.name}`);
  wb.title = xmlSafe(`${L.title} — ${periodTitle}`);
  wb.created = opts.generatedAt;
  wb.modified = opts.generatedAt;
  const ws = wb.addWorksheet(L.sheet);
  ws.addRow([xmlSafe(`${L.title} — ${opts.profile.hospital.name}`)]).font = { name: 'Calibri', bold: true, size: 12 };
  ws.addRow([xmlSafe(periodTitle)]);
  ws.addRow([]);
  const cols = L.cols;
  const header = ws.addRow([cols.no, cols.problem, cols.cause, cols.action, cols.pic, cols.due, cols.status, cols.evidence, cols.source]);
  // Named: a bold font without a name printed in a serif fallback in LibreOffice.
  header.font = { name: 'Calibri', bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    c.border = { bottom: { style: 'thin' } };
  });
  const widths = [5, 30, 28, 34, 18, 13, 12, 24, 22];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const r of rows) {
    const [y, m, d] = r.due.split('-').map(Number) as [number, number, number];
    const row = ws.addRow([r.no, xmlSafe(r.problem), xmlSafe(r.cause), xmlSafe(r.action), xmlSafe(r.pic), new Date(Date.UTC(y, m - 1, d)), L.status[r.status], xmlSafe(r.evidence), xmlSafe(r.source)]);
    row.getCell(6).numFmt = 'dd/mm/yyyy';
    row.alignment = { vertical: 'top', wrapText: true };
    // Neither Excel nor LibreOffice grows a row for wrapped text written by exceljs: without a
    // height the lines of long cells print over the next row. Estimated as the report's workbook does.
    // Columns 2–9 (No and the short date/status cells never wrap).
    const texts = [r.problem, r.cause, r.action, r.pic, '', '', r.evidence, r.source];
    const lines = Math.max(1, ...texts.map((t, i) => Math.ceil(t.length / Math.max(1, widths[i + 1]! - 1))));
    if (lines > 1) row.height = lines * 13 + 2;
  }
  const h = 4;
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: h, topLeftCell: `A${h + 1}`, activeCell: `A${h + 1}` }];
  ws.autoFilter = { from: { row: h, column: 1 }, to: { row: h, column: widths.length } };
  ws.pageSetup = {
    paperSize: ({ A4: 9, F4: 14 } as const)[opts.profile.paper] as unknown as PaperSize,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${h}:${h}`,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `&L&8${xmlSafe(L.title)}&R&8${L.footerPages}` };
  return packWorkbook(wb, opts.generatedAt);
}
