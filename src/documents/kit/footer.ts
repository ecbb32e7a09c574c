// The running footer of every page: the document identity (MRMIK 3: title, number, date, revision,
// approver) on the left and "Halaman n dari N" on the right, over a thin rule. Called through
// forEachPage, which zeroes the bottom margin while it draws.
import { F } from './pdf-base.js';
import type { Box } from './letterhead.js';

export { drafterPosition } from './drafter.js';

/** `bottomMargin` is the layout margin (forEachPage sets doc.page.margins.bottom to 0 meanwhile). */
export function drawIdentityFooter(doc: PDFKit.PDFDocument, identity: string, pageText: string, box: Box, bottomMargin: number): void {
  const y = doc.page.height - bottomMargin + 14;
  doc.lineWidth(0.5).strokeColor('#555555').moveTo(box.left, y - 4).lineTo(box.left + box.width, y - 4).stroke();
  doc.font(F.regular).fontSize(7).fillColor('#333333');
  const pageW = doc.widthOfString(pageText);
  // A long identity is set smaller instead of wrapping (lineBreak: false keeps pdfkit from adding pages).
  const room = box.width - pageW - 16;
  const size = Math.max(5, Math.min(7, (7 * room) / Math.max(1, doc.widthOfString(identity))));
  doc.fontSize(size).text(identity, box.left, y, { lineBreak: false });
  doc.fontSize(7).text(pageText, box.left + box.width - pageW, y, { lineBreak: false });
  doc.fillColor('black');
}

/**
 * The drafter's paraf (tata naskah dinas): on a document longer than one page, a small box at the
 * foot of every page, under the identity line, for the drafter to initial. Nothing on a one-page
 * document (the signature block is on that page).
 */
export function drawDrafterParaf(doc: PDFKit.PDFDocument, label: string, position: string, box: Box, bottomMargin: number, pageCount: number, below = 24): void {
  if (pageCount < 2) return;
  // `below`: how far under the text area the box starts (the report and forms keep the identity line above it).
  const y = doc.page.height - bottomMargin + below;
  const h = 14;
  const initials = 42;
  doc.font(F.regular).fontSize(6.5).fillColor('#333333');
  const text = `${label}: ${position}`;
  const w = Math.min(box.width / 2, doc.widthOfString(text) + 8);
  const x = box.left + box.width - initials - w;
  doc.lineWidth(0.5).strokeColor('#555555').rect(x, y, w, h).stroke().rect(x + w, y, initials, h).stroke();
  doc.text(text, x + 4, y + 4, { width: w - 8, lineBreak: false, ellipsis: true });
  doc.fillColor('black');
}
