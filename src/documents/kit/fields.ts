// Form-field rows: "Label : value" lines as official forms print them, the colons aligned, the
// value wrapped in its own column. An empty value prints a dotted line to fill in by hand.
import { F } from './pdf-base.js';
import type { Box } from './letterhead.js';

export interface FieldRow {
  label: string;
  /** Null or '': a dotted line to write on. */
  value: string | null;
  bold?: boolean;
}

const DOTS = '.......................................................................';

/** Height the rows need at this width: to keep a short block of fields on one page. */
export function fieldRowsHeight(doc: PDFKit.PDFDocument, rows: FieldRow[], box: Box, labelWidth: number, fontSize = 10): number {
  doc.font(F.regular).fontSize(fontSize);
  const w = box.width - labelWidth - 12;
  return rows.reduce((h, r) => h + doc.heightOfString(r.value || DOTS, { width: w }) + 2, 0);
}

/** Draws the rows from `y` (the caller keeps them on the page) and returns the y below. */
export function drawFieldRows(doc: PDFKit.PDFDocument, rows: FieldRow[], box: Box, y: number, labelWidth: number, fontSize = 10): number {
  const valueX = box.left + labelWidth + 12;
  const valueW = box.width - labelWidth - 12;
  for (const r of rows) {
    doc.font(F.regular).fontSize(fontSize).fillColor('black');
    doc.text(r.label, box.left, y, { width: labelWidth, lineBreak: true });
    const labelBottom = doc.y;
    doc.text(':', box.left + labelWidth + 3, y, { lineBreak: false });
    doc.font(r.bold ? F.bold : F.regular).text(r.value || DOTS, valueX, y, { width: valueW });
    y = Math.max(doc.y, labelBottom) + 2;
  }
  doc.x = box.left;
  doc.y = y;
  return y;
}
