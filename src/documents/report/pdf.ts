// The official downtime report as PDF/A-1b: kop, title, purpose and response steps, summary with
// method, charts, the two incident tables with footnotes, signatures, and a footer on every page.
// Structured like a Laporan per tata naskah (A–E sections) while keeping the seed's content.
import { createPdf, F, forEachPage, mm, pdfToBuffer, REPLACEMENT, stringsOf, unprintable } from '../kit/pdf-base.js';
import { codePointLabel } from '../kit/safe-text.js';
import { drawTable, type TableColumn } from '../kit/table.js';
import { formatNumber } from '../../format.js';
import type { ReportModel } from './model.js';
import type { ReportRow } from './rows.js';
import { textBlocks } from '../kit/text-blocks.js';
import type { ReportTexts } from './templates.js';
import { drawCategoryChart, drawTimelineChart } from './charts.js';
import { drawFooter, drawLetterhead, drawSignatures, SIGNATURE_HEIGHT, type Box } from './pdf-parts.js';

const BODY = 10;

export async function renderReportPdf(model: ReportModel, texts: ReportTexts): Promise<Buffer> {
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
  const paragraph = (text: string, indent = 0): void => {
    doc.font(F.regular).fontSize(BODY).text(text, box.left + indent, doc.y, { width: box.width - indent, align: 'justify', lineGap: 1.5 });
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
  doc.moveDown(0.8);

  const L = model.L;
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
      { header: model.lang === 'id' ? 'Uraian' : 'Item', width: 170 },
      { header: model.lang === 'id' ? 'Nilai' : 'Value', width: box.width - 170 },
    ],
    rows: model.summary.map((s) => [{ text: s.label, font: F.bold }, s.value]),
    fontSize: 9,
    headerFont: F.bold,
    bodyFont: F.regular,
    padding: 4,
  });
  doc.moveDown(0.6);
  doc.font(F.bold).fontSize(BODY).text(L.methodHeading, box.left, doc.y);
  doc.moveDown(0.15);
  paragraph(texts.method);

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
    ensure(30);
    doc.moveDown(0.3);
    doc.font(F.bold).fontSize(8).text(`${L.notesHeading}:`, box.left, doc.y);
    notes.forEach((n, i) => {
      const y = doc.y;
      doc.font(F.regular).fontSize(8).text(`[${i + 1}]`, box.left, y, { lineBreak: false });
      doc.text(n, box.left + 18, y, { width: box.width - 18 });
    });
  }

  // The closing stays with the signatures: a page holding nothing but signatures could be
  // attached to any document.
  doc.font(F.regular).fontSize(BODY);
  const closingHeight = doc.heightOfString(texts.closing, { width: box.width }) + 36;
  ensure(closingHeight + SIGNATURE_HEIGHT);
  heading(`F. ${L.closingHeading}`);
  paragraph(texts.closing);
  doc.moveDown(1);
  drawSignatures(doc, model, box, doc.y);

  forEachPage(doc, (i, n) => drawFooter(doc, model, box, margins.bottom, i + 1, n));
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
  return [
    model.lang === 'id'
      ? `Karakter yang tidak tersedia pada huruf PDF ditampilkan sebagai "${REPLACEMENT}" (${shown}); teks aslinya tersimpan utuh di basis data dan di buku kerja (.xlsx).`
      : `Characters the PDF fonts lack are shown as "${REPLACEMENT}" (${shown}); the original text is kept in the store and in the workbook (.xlsx).`,
  ];
}

const COLUMN_SHARE: [keyof ReportModel['L']['columns'], number, TableColumn['align']?][] = [
  ['no', 0.05, 'center'],
  ['title', 0.16],
  ['when', 0.15],
  ['duration', 0.1],
  ['cause', 0.18],
  ['followUp', 0.36],
];

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
  doc.y = drawTable(doc, {
    x: box.left,
    y: doc.y,
    columns: COLUMN_SHARE.map(([key, share, align]) => ({ header: model.L.columns[key], width: box.width * share, align })),
    rows: rows.map((r) => [
      String(r.no),
      r.notes.length ? `${r.title} ${r.notes.map((n) => `[${n}]`).join('')}` : r.title,
      r.when,
      r.duration,
      r.cause,
      r.followUp,
    ]),
    fontSize: 8,
    headerFont: F.bold,
    bodyFont: F.regular,
    padding: 3,
  });
  doc.moveDown(0.6);
}
