// The official downtime report as PDF/A-1b: kop, title, purpose and response steps, summary with
// method, charts, the two incident tables with footnotes, signatures, and a footer on every page.
// Structured like a Laporan per tata naskah (A–E sections) while keeping the seed's content.
import { drafterPosition, drawDrafterParaf } from '../kit/footer.js';
import { PAGE_PARAF } from '../../wording/kit.js';
import { createPdf, F, forEachPage, mm, pdfToBuffer, REPLACEMENT, stringsOf, unprintable } from '../kit/pdf-base.js';
import { codePointLabel } from '../kit/safe-text.js';
import { drawTable, type TableColumn } from '../kit/table.js';
import { formatDateLong, formatNumber, formatPercent } from '../../format.js';
import type { ReportModel } from './model.js';
import type { ReportRow } from './rows.js';
import { textBlocks } from '../kit/text-blocks.js';
import type { ReportTexts } from './templates.js';
import { drawCategoryChart, drawTimelineChart } from './charts.js';
import { drawFooter, drawLetterhead, drawSignatures, parafHeight, SIGNATURE_HEIGHT, type Box } from './pdf-parts.js';

const BODY = 10;

export async function renderReportPdf(model: ReportModel, texts: ReportTexts): Promise<Buffer> {
  const L = model.L;
  const margins = { top: mm(20), bottom: mm(20), left: mm(25), right: mm(20) };
  const doc = createPdf({
    paper: model.paper,
    margins,
    title: `${model.title} — ${model.periodTitle}`,
    author: `${model.hospital.unit} ${model.hospital.name}`,
    subject: `${model.title} ${model.hospital.shortName}, ${model.periodTitle}`,
    generatedAt: model.generatedAt,
    lang: model.lang,
  });
  doc.addPage();
  const box: Box = { left: margins.left, width: doc.page.width - margins.left - margins.right };
  const bottom = (): number => doc.page.height - doc.page.margins.bottom;
  const ensure = (h: number): void => {
    if (doc.y + h > bottom()) doc.addPage();
  };
  const heading = (text: string, size = 11): void => {
    ensure(size * 5);
    doc.moveDown(0.4);
    doc.font(F.bold).fontSize(size).fillColor('black').text(text, box.left, doc.y, { width: box.width });
    doc.moveDown(0.25);
  };
  const paragraph = (text: string, indent = 0, keep = false): void => {
    const opts = { width: box.width - indent, align: 'justify' as const, lineGap: 1.5 };
    doc.font(F.regular).fontSize(BODY);
    // A paragraph that must be read whole (the method's formulas) moves to the next page instead of splitting.
    if (keep) ensure(doc.heightOfString(text, opts) + 2);
    doc.text(text, box.left + indent, doc.y, opts);
    doc.moveDown(0.3);
  };
  const prose = (text: string, indent = 0): void => {
    for (const b of textBlocks(text)) {
      if (b.kind === 'paragraph') {
        paragraph(b.text, indent);
        continue;
      }
      ensure(BODY * 2.5);
      const y = doc.y;
      doc.font(F.regular).fontSize(BODY).text(b.label, box.left + indent, y, { lineBreak: false });
      doc.text(b.text, box.left + indent + 18, y, { width: box.width - indent - 18, align: 'justify', lineGap: 1.5 });
      doc.moveDown(0.2);
    }
  };

  doc.y = drawLetterhead(doc, model, box, margins.top, model.letterhead.logo?.data ?? null);
  doc.font(F.bold).fontSize(12).text(`${model.title} ${model.hospital.shortName.toUpperCase()}`, box.left, doc.y, { width: box.width, align: 'center' });
  doc.font(F.bold).fontSize(11).text(model.periodTitle, { width: box.width, align: 'center' });
  if (model.documentNumber) doc.font(F.regular).fontSize(BODY).text(`${L.number}: ${model.documentNumber}`, { width: box.width, align: 'center' });
  doc.moveDown(0.8);
  if (model.noData) {
    // A typo'd year must not read as an official "no downtime": the page says there is no data.
    const y = doc.y;
    doc.font(F.bold).fontSize(BODY);
    const h = doc.heightOfString(L.noData, { width: box.width - 16 }) + 12;
    doc.lineWidth(1).strokeColor('black').rect(box.left, y, box.width, h).stroke();
    doc.text(L.noData, box.left + 8, y + 6, { width: box.width - 16 });
    doc.y = y + h + 8;
  }

  heading(`A. ${L.purposeHeading}`);
  prose(texts.purpose);
  heading(`B. ${L.responseHeading}`);
  prose(texts.response);
  heading(L.takeOverHeading, BODY);
  prose(texts.takeover, 18);

  heading(`C. ${L.summaryHeading} — ${model.periodTitle}`);
  doc.y = drawTable(doc, {
    x: box.left,
    y: doc.y,
    columns: [
      { header: L.summary.item, width: 170 },
      { header: L.summary.value, width: box.width - 170 },
    ],
    rows: model.summary.map((s) => [{ text: s.label, font: F.bold }, s.value]),
    fontSize: 9,
    headerFont: F.bold,
    bodyFont: F.regular,
    padding: 4,
  });
  doc.moveDown(0.6);
  if (model.months.length > 1) monthTable(doc, box, model, ensure);
  doc.font(F.regular).fontSize(BODY);
  ensure(BODY * 2 + doc.heightOfString(texts.method, { width: box.width, lineGap: 1.5 }));
  doc.font(F.bold).fontSize(BODY).text(L.methodHeading, box.left, doc.y);
  doc.moveDown(0.15);
  paragraph(texts.method, 0, true);

  heading(`D. ${L.chartsHeading}`);
  const fmt = (v: number): string => formatNumber(v, 0, model.lang);
  const chartH = 150;
  ensure(chartH + 10);
  doc.y = drawTimelineChart(
    doc,
    { x: box.left, y: doc.y, width: box.width, height: chartH, title: model.timeline.byDay ? L.timelineByDay : L.timelineByMonth, emptyText: L.empty, format: fmt },
    model.timeline.bars,
    [L.legendUnplanned, L.legendPlanned],
  );
  doc.y += 12;
  ensure(16 + Math.max(1, model.categories.length) * 14 + 8);
  doc.y = drawCategoryChart(doc, { x: box.left, y: doc.y, width: box.width, height: 0, title: L.byCategory, emptyText: L.empty, format: fmt }, model.categories);

  heading(`E. ${L.listHeading} ${model.hospital.unit}`);
  section(doc, box, model, L.unplannedHeading, model.unplanned);
  section(doc, box, model, L.plannedHeading, model.planned);
  const notes = [...model.notes, ...glyphNote(doc, model, texts)];
  if (notes.length) {
    doc.font(F.regular).fontSize(8);
    ensure(14 + doc.heightOfString(notes[0]!, { width: box.width - 18 }));
    doc.moveDown(0.3);
    doc.font(F.bold).fontSize(8).text(`${L.notesHeading}:`, box.left, doc.y);
    notes.forEach((n, i) => {
      doc.font(F.regular).fontSize(8);
      // The number and its whole text stay on one page.
      ensure(doc.heightOfString(n, { width: box.width - 18 }) + 1);
      const y = doc.y;
      doc.text(`[${i + 1}]`, box.left, y, { lineBreak: false });
      doc.text(n, box.left + 18, y, { width: box.width - 18 });
    });
  }
  let letter = 'F';
  if (model.analysis) {
    heading(`F. ${L.analysisHeading}`);
    analysisSection(doc, box, model, ensure, paragraph);
    letter = 'G';
  }

  // The closing stays with the signatures: a page holding nothing but signatures could be
  // attached to any document.
  doc.font(F.regular).fontSize(BODY);
  const closingHeight = doc.heightOfString(texts.closing, { width: box.width }) + 36;
  ensure(closingHeight + SIGNATURE_HEIGHT + parafHeight(model.paraf.length));
  heading(`${letter}. ${L.closingHeading}`);
  paragraph(texts.closing);
  doc.moveDown(1);
  doc.y = drawSignatures(doc, model, box, doc.y);
  if (model.tembusan.length) {
    doc.font(F.regular).fontSize(9);
    ensure(14 * (model.tembusan.length + 2));
    doc.moveDown(1.5);
    doc.font(F.bold).text(`${L.tembusan}:`, box.left, doc.y);
    model.tembusan.forEach((t, i) => doc.font(F.regular).text(`${i + 1}. ${t}`, box.left, doc.y, { width: box.width }));
  }

  const drafter = drafterPosition(model.paraf, model.signatures[model.signatures.length - 1]!.position);
  forEachPage(doc, (i, n) => {
    drawFooter(doc, model, box, margins.bottom, i + 1, n);
    drawDrafterParaf(doc, PAGE_PARAF.in(model.lang).label, drafter, box, margins.bottom, n);
  });
  return pdfToBuffer(doc);
}

/**
 * The note a reader needs when a character could not be drawn (see kit/pdf-base.ts): which ones,
 * and where the full text is. Absent for ordinary documents, so their layout does not change.
 */
function glyphNote(doc: PDFKit.PDFDocument, model: ReportModel, texts: ReportTexts): string[] {
  const missing = unprintable(doc, [...stringsOf(model), ...stringsOf(texts)]);
  if (missing.length === 0) return [];
  const shown = missing.slice(0, 12).map(codePointLabel).join(', ') + (missing.length > 12 ? ', …' : '');
  return [model.L.pdf.glyphNote(REPLACEMENT, shown)];
}

type ColumnKey = keyof ReportModel['L']['columns'];
const COLUMN_SHARE: [ColumnKey, number, TableColumn['align']?][] = [
  ['no', 0.05, 'center'],
  ['title', 0.16],
  ['when', 0.15],
  ['duration', 0.1],
  ['cause', 0.18],
  ['followUp', 0.36],
];
/** With unit and Petugas columns (only when the log has them): follow-up gives up its room. */
const COLUMN_SHARE_WIDE: [ColumnKey, number, TableColumn['align']?][] = [
  ['no', 0.05, 'center'],
  ['title', 0.13],
  ['when', 0.13],
  ['duration', 0.08],
  ['unit', 0.12],
  ['cause', 0.15],
  ['followUp', 0.22],
  ['pic', 0.12],
];

/**
 * The incident table's columns: Unit Layanan and Petugas each only when some incident of the
 * report has one (as the workbook decides); a column left out gives its room to the follow-up.
 */
function columnShares(rows: readonly ReportRow[]): typeof COLUMN_SHARE {
  const withUnit = rows.some((r) => r.unit);
  const withPic = rows.some((r) => r.pic);
  if (!withUnit && !withPic) return COLUMN_SHARE;
  let spare = 0;
  const kept = COLUMN_SHARE_WIDE.filter(([key, share]) => {
    const drop = (key === 'unit' && !withUnit) || (key === 'pic' && !withPic);
    if (drop) spare += share;
    return !drop;
  });
  return kept.map(([key, share, align]) => [key, key === 'followUp' ? share + spare : share, align]);
}

function cellOf(r: ReportRow, key: ColumnKey): string {
  switch (key) {
    case 'no':
      return String(r.no);
    case 'title':
      return r.notes.length ? `${r.title} ${r.notes.map((n) => `[${n}]`).join('')}` : r.title;
    case 'unit':
      return r.unit ?? '';
    case 'pic':
      return r.pic ?? '';
    default:
      return r[key];
  }
}

type Ensure = (h: number) => void;

/** The year's (or quarter's) availability month by month against the target. */
function monthTable(doc: PDFKit.PDFDocument, box: Box, model: ReportModel, ensure: Ensure): void {
  const L = model.L;
  const W = L.pdf.month;
  ensure(60);
  doc.font(F.bold).fontSize(BODY).text(L.monthTableHeading, box.left, doc.y);
  doc.moveDown(0.2);
  const pct = (p: number | null): string => (p == null ? '–' : formatPercent(p, model.lang));
  doc.y = drawTable(doc, {
    x: box.left,
    y: doc.y,
    columns: [
      { header: W.month, width: box.width * 0.2 },
      { header: W.unplannedCount, width: box.width * 0.14, align: 'right' },
      { header: W.unplannedMinutes, width: box.width * 0.14, align: 'right' },
      { header: W.plannedMinutes, width: box.width * 0.13, align: 'right' },
      { header: W.availability, width: box.width * 0.14, align: 'right' },
      { header: W.target, width: box.width * 0.11, align: 'right' },
      { header: W.met, width: box.width * 0.14, align: 'center' },
    ],
    rows: model.months.map((m) => [
      m.label,
      String(m.unplanned.count),
      formatNumber(m.unplanned.minutes, 0, model.lang),
      formatNumber(m.planned.minutes, 0, model.lang),
      // A month with neither incidents nor an attestation is "no data", never 100 %.
      m.dataState === 'noData' ? L.pdf.noData : pct(m.availabilityPercent),
      pct(m.targetPercent),
      m.dataState === 'attested' ? L.pdf.attestedYes : m.targetMet == null ? '–' : m.targetMet ? L.pdf.yes : { text: L.pdf.no, font: F.bold },
    ]),
    fontSize: 8,
    headerFont: F.bold,
    bodyFont: F.regular,
    padding: 3,
  });
  doc.moveDown(0.6);
}

/** "Analisis dan Rencana Tindak Lanjut": the causes of the missed target and what follows. */
function analysisSection(doc: PDFKit.PDFDocument, box: Box, model: ReportModel, ensure: Ensure, paragraph: (t: string) => void): void {
  const a = model.analysis!;
  const L = model.L;
  const C = L.pdf.category;
  const E = L.pdf.evaluation;
  const s = model.stats;
  paragraph(L.analysisIntro(formatPercent(s.availabilityPercent, model.lang), formatPercent(s.targetPercent, model.lang)));
  if (a.byCategory.length) {
    ensure(50);
    doc.y = drawTable(doc, {
      x: box.left,
      y: doc.y,
      columns: [
        { header: C.category, width: box.width * 0.2 },
        { header: C.incidents, width: box.width * 0.1, align: 'right' },
        { header: C.minutes, width: box.width * 0.1, align: 'right' },
        { header: C.share, width: box.width * 0.1, align: 'right' },
        { header: C.followUps, width: box.width * 0.5 },
      ],
      rows: a.byCategory.map((c) => [c.category, String(c.count), formatNumber(c.minutes, 0, model.lang), formatPercent(c.share, model.lang, 1), c.followUps.join('; ') || '–']),
      fontSize: 8,
      headerFont: F.bold,
      bodyFont: F.regular,
      padding: 3,
    });
    doc.moveDown(0.6);
  }
  if (a.evaluations.length === 0) {
    paragraph(L.analysisNoEvaluations);
    return;
  }
  ensure(50);
  doc.y = drawTable(doc, {
    x: box.left,
    y: doc.y,
    columns: [
      { header: E.problem, width: box.width * 0.18 },
      { header: E.rootCause, width: box.width * 0.2 },
      { header: E.action, width: box.width * 0.28 },
      { header: E.pic, width: box.width * 0.12 },
      { header: E.due, width: box.width * 0.11 },
      { header: E.status, width: box.width * 0.11 },
    ],
    rows: a.evaluations.flatMap((e) =>
      (e.actions.length ? e.actions : [{ action: '–', pic: null, targetDate: null, status: '–' }]).map((x) => [e.problem, e.rootCause, x.action, x.pic ?? '–', x.targetDate ? formatDateLong(x.targetDate, model.lang) : '–', x.status]),
    ),
    fontSize: 8,
    headerFont: F.bold,
    bodyFont: F.regular,
    padding: 3,
  });
  doc.moveDown(0.6);
}

function section(doc: PDFKit.PDFDocument, box: Box, model: ReportModel, title: string, rows: ReportRow[]): void {
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.3);
  doc.font(F.bold).fontSize(BODY).text(title, box.left, doc.y);
  doc.moveDown(0.2);
  if (rows.length === 0) {
    doc.font(F.italic).fontSize(BODY).text(model.L.empty, box.left, doc.y);
    doc.moveDown(0.5);
    return;
  }
  const shares = columnShares([...model.unplanned, ...model.planned]);
  doc.y = drawTable(doc, {
    x: box.left,
    y: doc.y,
    columns: shares.map(([key, share, align]) => ({ header: model.L.columns[key], width: box.width * share, align })),
    rows: rows.map((r) => shares.map(([key]) => cellOf(r, key))),
    fontSize: 8,
    headerFont: F.bold,
    bodyFont: F.regular,
    padding: 3,
  });
  doc.moveDown(0.6);
}
