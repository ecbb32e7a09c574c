// A small grid for the SPO's flow tables and revision history: wrapped text cells, a ● drawn as a
// vector (the embedded Arimo subset has no U+25CF), rows kept whole, header repeated after a break.
import { F } from '../render/pdf-base.js';

export type GridCell = string | { mark: boolean };

export interface GridColumn {
  header: string;
  width: number;
  align?: 'left' | 'center';
}

export interface GridPager {
  /** Lowest y usable on the current page. */
  bottom: () => number;
  /** Adds a page (with room for the running header) and returns the y to continue at. */
  newPage: () => number;
}

const PAD = 3;
const SIZE = 8.5;

function cellHeight(doc: PDFKit.PDFDocument, cell: GridCell, width: number, font: string): number {
  if (typeof cell !== 'string') return doc.font(font).fontSize(SIZE).currentLineHeight(true);
  return doc.font(font).fontSize(SIZE).heightOfString(cell || ' ', { width: width - 2 * PAD });
}

function rowHeight(doc: PDFKit.PDFDocument, cols: GridColumn[], cells: GridCell[], font: string): number {
  return Math.max(...cols.map((c, i) => cellHeight(doc, cells[i] ?? '', c.width, font))) + 2 * PAD;
}

function drawRow(doc: PDFKit.PDFDocument, x: number, y: number, cols: GridColumn[], cells: GridCell[], font: string, fill?: string): number {
  const h = rowHeight(doc, cols, cells, font);
  const total = cols.reduce((s, c) => s + c.width, 0);
  if (fill) doc.rect(x, y, total, h).fill(fill);
  let cx = x;
  cols.forEach((col, i) => {
    const cell = cells[i] ?? '';
    doc.fillColor('black');
    if (typeof cell === 'string') {
      doc.font(font).fontSize(SIZE).text(cell, cx + PAD, y + PAD, { width: col.width - 2 * PAD, align: col.align ?? 'left' });
    } else if (cell.mark) {
      doc.circle(cx + col.width / 2, y + h / 2, 3.4).fill('black');
    }
    doc.lineWidth(0.5).strokeColor('black').rect(cx, y, col.width, h).stroke();
    cx += col.width;
  });
  return y + h;
}

/** Draws header + rows from y; returns the y below the table. */
export function drawGrid(
  doc: PDFKit.PDFDocument,
  pager: GridPager,
  x: number,
  y: number,
  cols: GridColumn[],
  rows: GridCell[][],
  title?: { height: number; draw: (y: number) => void },
): number {
  const keepAbove = title?.height ?? 0;
  const header = cols.map((c) => c.header);
  const headerH = rowHeight(doc, cols, header, F.bold);
  const firstH = rows[0] ? rowHeight(doc, cols, rows[0], F.regular) : 0;
  // The table's title (keepAbove) and header never stay alone at the foot of a page.
  if (y + keepAbove + headerH + firstH > pager.bottom()) y = pager.newPage() + 8;
  title?.draw(y);
  y += keepAbove;
  y = drawRow(doc, x, y, cols, header, F.bold, '#e6e6e6');
  for (const row of rows) {
    if (y + rowHeight(doc, cols, row, F.regular) > pager.bottom()) {
      y = pager.newPage() + 8;
      y = drawRow(doc, x, y, cols, header, F.bold, '#e6e6e6');
    }
    y = drawRow(doc, x, y, cols, row, F.regular);
  }
  return y;
}
