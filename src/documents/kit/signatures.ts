// Signature columns side by side ("Dibuat oleh" | "Diperiksa oleh" | "Mengetahui,"), each with its
// heading, position, room for a wet signature and stamp, the name underlined and the NIP. A column
// without a known name prints a dotted line to write it on, never an invented name.
import { F } from './pdf-base.js';
import type { Box } from './letterhead.js';

export interface SignatureColumnSpec {
  /** "Dibuat oleh," / "Solok, 25 November 2026" / "Mengetahui,". */
  heading: string;
  /** "Petugas TI", "Kepala Instalasi SIMRS", "Direktur …". */
  position: string;
  /** Null: a dotted line to write the name on. */
  name: string | null;
  /** "NIP. 19680411 199303 1 009", or null. */
  nip: string | null;
}

/** Height a row of signature columns needs; keep it whole on one page. */
export const SIGNATURE_ROW_HEIGHT = 130;

const BLANK_NAME = '(................................................)';

/** Draws the columns in equal widths across `box` and returns the y below the lowest column. */
export function drawSignatureRow(doc: PDFKit.PDFDocument, columns: SignatureColumnSpec[], box: Box, y0: number, fontSize = 10): number {
  const n = Math.max(1, columns.length);
  const colWidth = box.width / n;
  let bottom = y0;
  // The name line sits at the same height in every column, below the tallest heading + position.
  doc.font(F.regular).fontSize(fontSize);
  const opts = { width: colWidth - 10, align: 'center' as const };
  const headHeight = Math.max(...columns.map((c) => doc.heightOfString(c.heading, opts) + doc.heightOfString(c.position, opts)));
  const nameY = y0 + Math.max(headHeight, 28) + 56;
  columns.forEach((c, i) => {
    const x = box.left + i * colWidth + 5;
    doc.font(F.regular).fontSize(fontSize).fillColor('black');
    doc.text(c.heading, x, y0, opts);
    doc.text(c.position, opts);
    if (c.name) {
      // A long name with degrees is set smaller rather than wrapped under its own underline.
      doc.font(F.bold).fontSize(fontSize);
      const size = Math.max(7, Math.min(fontSize, (fontSize * opts.width) / doc.widthOfString(c.name)));
      doc.fontSize(size).text(c.name, x, nameY, { ...opts, underline: true });
      doc.fontSize(fontSize);
    }
    else doc.font(F.regular).text(BLANK_NAME, x, nameY, opts);
    doc.font(F.regular);
    if (c.nip) doc.text(c.nip, opts);
    bottom = Math.max(bottom, doc.y);
  });
  return bottom;
}
