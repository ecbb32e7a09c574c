// The fixed parts of the report page: kop surat (letterhead), signature block and footer, all from
// the profile — no hospital is named in code.
import { F } from '../kit/pdf-base.js';
import { drawKop } from '../kit/letterhead.js';
import type { ReportModel } from './model.js';

/** Content box of the page. */
export interface Box {
  left: number;
  width: number;
}

/** Draws the kop on the current (first) page and returns the y below its closing rule (the kit's kop). */
export function drawLetterhead(doc: PDFKit.PDFDocument, model: ReportModel, box: Box, y0: number, logo: Buffer | null): number {
  return drawKop(doc, model.letterhead, box, y0, logo);
}

/** Height the signature block needs, to keep it whole on one page. */
export const SIGNATURE_HEIGHT = 125;

/**
 * One column per signatory: "Mengetahui," (the director) on the left when the profile has one,
 * place and date with the preparer on the right. Returns the y below.
 */
export function drawSignatures(doc: PDFKit.PDFDocument, model: ReportModel, box: Box, y0: number): number {
  const colWidth = box.width / 2;
  let bottom = y0;
  model.signatures.forEach((s, i) => {
    // The preparer always sits in the right column, as Indonesian letters do.
    const col = model.signatures.length === 1 ? 1 : i;
    const x = box.left + col * colWidth;
    const opts = { width: colWidth - 10, align: 'center' as const };
    doc.font(F.regular).fontSize(10).fillColor('black');
    doc.text(s.heading, x, y0, opts);
    doc.text(s.position, opts);
    const nameY = Math.max(doc.y, y0 + 28) + 62;
    doc.font(F.bold).text(s.name, x, nameY, { ...opts, underline: true });
    doc.font(F.regular);
    if (s.nip) doc.text(s.nip, opts);
    bottom = Math.max(bottom, doc.y);
  });
  if (model.paraf.length) bottom = drawParaf(doc, model, box, bottom + 10);
  return bottom;
}

/** Height of the paraf box for `n` officials (0 when none). */
export const parafHeight = (n: number): number => (n ? 22 + n * 20 : 0);

/** The officials who initial the document (at most three), each with an empty box to initial. */
function drawParaf(doc: PDFKit.PDFDocument, model: ReportModel, box: Box, y0: number): number {
  const w1 = 150;
  const w2 = 50;
  const x = box.left;
  doc.lineWidth(0.5).strokeColor('black');
  doc.font(F.bold).fontSize(8).text(model.L.paraf, x, y0, { width: w1 + w2, lineBreak: false });
  let y = y0 + 12;
  for (const position of model.paraf) {
    doc.rect(x, y, w1, 20).stroke();
    doc.rect(x + w1, y, w2, 20).stroke();
    doc.font(F.regular).fontSize(7.5).text(position, x + 3, y + 6, { width: w1 - 6, lineBreak: false, ellipsis: true });
    y += 20;
  }
  return y;
}

/**
 * Footer on every page: document identity left, "Halaman n dari N" right (MRMIK 3). `bottomMargin`
 * is the layout margin: forEachPage zeroes doc.page.margins.bottom while the footer is drawn.
 */
export function drawFooter(doc: PDFKit.PDFDocument, model: ReportModel, box: Box, bottomMargin: number, page: number, pages: number): void {
  const y = doc.page.height - bottomMargin + 14;
  doc.lineWidth(0.5).strokeColor('#555555').moveTo(box.left, y - 4).lineTo(box.left + box.width, y - 4).stroke();
  doc.font(F.regular).fontSize(7).fillColor('#333333');
  const pageText = model.L.page(page, pages);
  const pageW = doc.widthOfString(pageText);
  // lineBreak: false keeps pdfkit's line wrapper (and its automatic page breaks) out of the footer;
  // a long identity (a custom range) is set smaller instead of wrapping.
  const room = box.width - pageW - 16;
  const size = Math.max(5, Math.min(7, (7 * room) / doc.widthOfString(model.identity)));
  doc.fontSize(size).text(model.identity, box.left, y, { lineBreak: false });
  doc.fontSize(7).text(pageText, box.left + box.width - pageW, y, { lineBreak: false });
  doc.fillColor('black');
}
