// The kop surat (letterhead) any document draws from the profile: government line, unit name,
// address lines, place, the logo on the left and the closing rule (Tata Naskah Dinas, 2 : 3 : 1).
// Same geometry as the report's own kop, taking the profile's fields instead of the report model.
import { F } from './pdf-base.js';
import type { Profile } from '../../profile.js';

export interface Box {
  left: number;
  width: number;
}

export type LetterheadFields = Pick<Profile['letterhead'], 'government' | 'name' | 'lines' | 'place' | 'rule'>;

/** Draws the kop at `y0` on the current page and returns the y below its closing rule. */
export function drawKop(doc: PDFKit.PDFDocument, lh: LetterheadFields, box: Box, y0: number, logo: Buffer | null): number {
  const logoSize = 68;
  const textLeft = logo ? box.left + logoSize + 8 : box.left;
  const textWidth = box.left + box.width - textLeft - (logo ? logoSize * 0.4 : 0);
  let y = y0;
  const line = (text: string, font: string, size: number, gap = 1): void => {
    doc.font(font).fontSize(size).fillColor('black');
    doc.text(text, textLeft, y, { width: textWidth, align: 'center' });
    y = doc.y + gap;
  };
  line(lh.government.toUpperCase(), F.regular, 13);
  line(lh.name, F.bold, 17, 2);
  for (const l of lh.lines) line(l, F.regular, 9);
  if (lh.place) line(lh.place, F.bold, 10);
  if (logo) {
    const textHeight = y - y0;
    const size = Math.min(logoSize, Math.max(textHeight, 40));
    doc.image(logo, box.left, y0 + Math.max(0, (textHeight - size) / 2), { fit: [size, size] });
    y = Math.max(y, y0 + size);
  }
  y += 3;
  const right = box.left + box.width;
  doc.strokeColor('black');
  doc.lineWidth(2.25).moveTo(box.left, y).lineTo(right, y).stroke();
  if (lh.rule === 'double') {
    doc.lineWidth(0.75).moveTo(box.left, y + 3).lineTo(right, y + 3).stroke();
    y += 3;
  }
  return y + 12;
}
