// The SPO header table (KARS layout): boxes 1–8 on page 1, boxes 1–5 on every later page. Drawn
// after the body is laid out, when the page count N is known for "Halaman n/N".
import { F, mm } from '../kit/pdf-base.js';
import type { SopModel } from './model.js';

export interface HeaderGeometry {
  x: number;
  width: number;
  /** Width of the left column (boxes 1 and 6; the body's label column). */
  left: number;
  titleHeight: number;
  numbersHeight: number;
  approvalHeight: number;
}

const PAD = 5;
const LINE = 0.75;

export function headerGeometry(doc: PDFKit.PDFDocument, model: SopModel, x: number, width: number): HeaderGeometry {
  const left = Math.round(width * 0.27);
  doc.font(F.bold).fontSize(12);
  const titleHeight = Math.max(mm(16), doc.heightOfString(model.title, { width: width - left - 2 * PAD, align: 'center' }) + 2 * PAD + 4);
  doc.font(F.regular).fontSize(9);
  const numbersHeight = mm(12);
  const approvalHeight = mm(40);
  return { x, width, left, titleHeight, numbersHeight, approvalHeight };
}

/** Height the header takes on a page: page 1 has the approval row (boxes 6–8). */
export function headerHeight(g: HeaderGeometry, firstPage: boolean): number {
  return g.titleHeight + g.numbersHeight + (firstPage ? g.approvalHeight : 0);
}

function centred(doc: PDFKit.PDFDocument, text: string, x: number, y: number, w: number, h: number, font: string, size: number): void {
  doc.font(font).fontSize(size);
  const th = doc.heightOfString(text, { width: w - 2 * PAD, align: 'center' });
  doc.text(text, x + PAD, y + (h - th) / 2, { width: w - 2 * PAD, align: 'center' });
}

/** Caption on top, value below on one line: long numbers like 009/RSUD-MN/SIMRS/XI/2022 shrink to fit. */
function labelled(doc: PDFKit.PDFDocument, label: string, value: string, x: number, y: number, w: number, h: number): void {
  doc.font(F.regular).fontSize(8).fillColor('black');
  doc.text(label, x + PAD, y + PAD - 1, { width: w - 2 * PAD, align: 'center', lineBreak: false });
  let size = 10;
  doc.font(F.bold);
  while (size > 6.5 && doc.fontSize(size).widthOfString(value) > w - 2 * PAD) size -= 0.5;
  const top = y + PAD + 9;
  centred(doc, value, x, top, w, y + h - top, F.bold, size);
}

/** Draws the header at the top margin of the current page. */
export function drawSopHeader(doc: PDFKit.PDFDocument, model: SopModel, g: HeaderGeometry, top: number, page: number, pages: number): void {
  const L = model.labels;
  const { x, width, left } = g;
  const right = width - left;
  const third = right / 3;
  const box2Y = top;
  const numY = top + g.titleHeight;
  const box1H = g.titleHeight + g.numbersHeight;
  doc.lineWidth(LINE).strokeColor('black').fillColor('black');

  // Box 1: logo (optional) above the hospital name.
  doc.rect(x, top, left, box1H).stroke();
  let nameTop = top;
  let nameH = box1H;
  if (model.logo) {
    const logoH = Math.min(mm(14), box1H * 0.5);
    doc.image(model.logo.data, x + (left - logoH) / 2, top + PAD, { fit: [logoH, logoH], align: 'center' });
    nameTop = top + PAD + logoH;
    nameH = box1H - PAD - logoH;
  }
  centred(doc, model.hospitalName, x, nameTop, left, nameH, F.bold, 10);

  // Box 2: the title; boxes 3–5 below it.
  doc.rect(x + left, box2Y, right, g.titleHeight).stroke();
  centred(doc, model.title, x + left, box2Y, right, g.titleHeight, F.bold, 12);
  const numbers: Array<[string, string]> = [
    [L.documentNo, model.number],
    [L.revisionNo, model.revision],
    [L.page, `${page}/${pages}`],
  ];
  numbers.forEach(([label, value], i) => {
    const bx = x + left + i * third;
    doc.rect(bx, numY, third, g.numbersHeight).stroke();
    labelled(doc, label, value, bx, numY, third, g.numbersHeight);
  });
  if (page > 1) return;

  // Boxes 6–8: the form's name, the date of issue, the approval with room to sign.
  const rowY = numY + g.numbersHeight;
  const h = g.approvalHeight;
  doc.rect(x, rowY, left, h).stroke();
  centred(doc, L.spo, x, rowY, left, h, F.bold, 11);
  doc.rect(x + left, rowY, third, h).stroke();
  labelled(doc, L.issuedOn, model.issuedOn, x + left, rowY, third, h);
  const ax = x + left + third;
  const aw = 2 * third;
  doc.rect(ax, rowY, aw, h).stroke();
  doc.font(F.regular).fontSize(9);
  doc.text(L.approved, ax + PAD, rowY + PAD, { width: aw - 2 * PAD, align: 'center' });
  doc.text(model.approver.position, { width: aw - 2 * PAD, align: 'center' });
  const nameY = rowY + h - PAD - (model.approver.nip ? 22 : 11);
  doc.font(F.bold).fontSize(9).text(model.approver.name, ax + PAD, nameY, { width: aw - 2 * PAD, align: 'center', underline: true });
  if (model.approver.nip) doc.font(F.regular).text(`${L.nip} ${model.approver.nip}`, ax + PAD, nameY + 11, { width: aw - 2 * PAD, align: 'center' });
}
