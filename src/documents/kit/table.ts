// The one table drawer of every PDF document: text wraps inside its column, a row is never split
// across pages unless it is taller than a whole page (then it continues on the next page instead of
// being cut, unlike pdfkit's own doc.table()), the header row repeats on every page, and a title
// above the table never stays alone at the foot of a page. A cell may hold a mark (●, the SPO's
// flow charts), drawn as a vector because the embedded Arimo subset has no U+25CF. Lines are wrapped here (widths cached per font and size) and drawn one by one with
// lineBreak: false, so pdfkit never inserts a page behind our back and measuring costs microseconds.

import { isPlainText } from './pdf-base.js';

export interface TableColumn {
  header: string;
  /** Width in points, padding included. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A cell: plain text in the body font, text with its own registered font name, or a mark (● when true). */
export type TableCell = string | { text: string; font?: string } | { mark: boolean };

export interface TableOptions {
  x: number;
  y: number;
  columns: TableColumn[];
  rows: TableCell[][];
  fontSize: number;
  headerFont: string;
  bodyFont: string;
  padding: number;
  /** Header background; an opaque colour (PDF/A forbids transparency). Default light grey. */
  headerFill?: string;
  lineWidth?: number;
  /** Lowest y the table may use; default: page height minus the bottom margin. */
  bottom?: number;
  /** Adds a page (with room for a running head) and returns the y to continue at; default: doc.addPage(), top margin. */
  newPage?: () => number;
  /** A caption drawn above the header and kept on the same page as the header and the first row. */
  title?: { height: number; draw: (y: number) => void };
  /** Rows kept on the page of the header (a short table is not split after its first row); default 1. */
  keepRows?: number;
}

/** Radius of a mark cell's dot, in points. */
const MARK_RADIUS = 3.4;

interface Line {
  text: string;
  width: number;
}

/** Measures strings once per font and size: the same words recur on every row of a log. */
export class TextMeasure {
  // One map per font and size, keyed by the text alone: no key string built per lookup.
  private readonly cache = new Map<string, Map<string, number>>();
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  width(text: string, font: string, size: number): number {
    return this.measured(this.widthsOf(font, size), text, font, size);
  }

  private widthsOf(font: string, size: number): Map<string, number> {
    const face = `${font}\u0000${size}`;
    let widths = this.cache.get(face);
    if (!widths) this.cache.set(face, (widths = new Map()));
    return widths;
  }

  private measured(widths: Map<string, number>, text: string, font: string, size: number): number {
    let w = widths.get(text);
    if (w === undefined) {
      this.doc.font(font).fontSize(size);
      w = this.doc.widthOfString(text);
      widths.set(text, w);
    }
    return w;
  }

  /** Greedy word wrap; explicit newlines are kept, a word wider than the column is broken. */
  wrap(text: string, maxWidth: number, font: string, size: number): Line[] {
    const lines: Line[] = [];
    // The face's widths looked up once per text, not once per word.
    const widths = this.widthsOf(font, size);
    const width = (t: string): number => this.measured(widths, t, font, size);
    const space = width(' ');
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      let cur = '';
      let curW = 0;
      for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
        const ww = width(word);
        if (cur && curW + space + ww <= maxWidth) {
          cur += ` ${word}`;
          curW += space + ww;
          continue;
        }
        if (cur) lines.push({ text: cur, width: curW });
        if (ww <= maxWidth) {
          cur = word;
          curW = ww;
          continue;
        }
        // A URL or an identifier longer than the column: break it by characters.
        cur = '';
        curW = 0;
        for (const ch of word) {
          const cw = width(ch);
          if (cur && curW + cw > maxWidth) {
            lines.push({ text: cur, width: curW });
            cur = '';
            curW = 0;
          }
          cur += ch;
          curW += cw;
        }
      }
      lines.push({ text: cur, width: curW });
    }
    return lines;
  }
}

/** The part of pdfkit's document this file reaches behind the API for (drawLine). */
interface PdfkitText {
  _fragment?: (text: string, x: number, y: number, options: { textWidth: number; wordCount: number }) => void;
  _textOptions?: unknown;
}

/**
 * One measured line at (x, y): what doc.text(line, x, y, { lineBreak: false }) writes, without
 * its detour. pdfkit's text() copies and completes the options, then lays the line out three times
 * (its width, its glyphs, its width again to move doc.x) — most of a long table's time; its last
 * step, _fragment, is given the width this drawer already measured (the same widthOfString), so it
 * lays the glyphs out once and writes the same operators. Only text drawOnlyPrintable would leave
 * as it is goes this way (kit/pdf-base.ts isPlainText); other text needs text()'s own wrapper (a
 * character the font lacks is drawn as U+FFFD). Where pdfkit has no such step (another version) or a `continued` text
 * is still open, it goes through text() as before too.
 */
function drawLine(doc: PDFKit.PDFDocument, line: Line, x: number, y: number): void {
  const d = doc as unknown as PdfkitText;
  if (typeof d._fragment === 'function' && !d._textOptions && isPlainText(line.text)) d._fragment(line.text, x, y, { textWidth: line.width, wordCount: 1 });
  else doc.text(line.text, x, y, { lineBreak: false });
}

/** Draws the table and returns the y below it. */
export function drawTable(doc: PDFKit.PDFDocument, opts: TableOptions): number {
  const measure = new TextMeasure(doc);
  const { columns, fontSize: size, padding: pad } = opts;
  const lineWidth = opts.lineWidth ?? 0.5;
  const bottom = (): number => opts.bottom ?? doc.page.height - doc.page.margins.bottom;
  doc.font(opts.bodyFont).fontSize(size);
  const lineHeight = doc.currentLineHeight(true);
  const xs: number[] = [];
  let acc = opts.x;
  for (const c of columns) {
    xs.push(acc);
    acc += c.width;
  }
  const tableWidth = acc - opts.x;
  const inner = (i: number): number => Math.max(1, (columns[i]?.width ?? 0) - 2 * pad);

  type Wrapped = { font: string; lines: Line[]; mark?: boolean };
  const wrapRow = (cells: TableCell[], defaultFont: string): Wrapped[] =>
    columns.map((_, i) => {
      const cell = cells[i] ?? '';
      if (typeof cell !== 'string' && 'mark' in cell) return { font: defaultFont, lines: [], mark: cell.mark };
      const text = typeof cell === 'string' ? cell : cell.text;
      const font = typeof cell === 'string' ? defaultFont : (cell.font ?? defaultFont);
      return { font, lines: measure.wrap(text, inner(i), font, size) };
    });
  const heightOf = (cells: { lines: Line[] }[]): number => Math.max(1, ...cells.map((c) => c.lines.length)) * lineHeight + 2 * pad;

  const drawCells = (cells: Wrapped[], y: number, h: number, fill?: string): void => {
    if (fill) doc.rect(opts.x, y, tableWidth, h).fill(fill);
    doc.fillColor('black');
    cells.forEach((cell, i) => {
      const col = columns[i]!;
      const x0 = xs[i]!;
      if (cell.mark) doc.circle(x0 + col.width / 2, y + h / 2, MARK_RADIUS).fill('black');
      doc.font(cell.font).fontSize(size);
      cell.lines.forEach((line, k) => {
        const free = col.width - 2 * pad - line.width;
        const dx = col.align === 'right' ? free : col.align === 'center' ? free / 2 : 0;
        drawLine(doc, line, x0 + pad + Math.max(0, dx), y + pad + k * lineHeight);
      });
    });
    doc.lineWidth(lineWidth).strokeColor('black');
    doc.rect(opts.x, y, tableWidth, h).stroke();
    for (let i = 1; i < xs.length; i++) doc.moveTo(xs[i]!, y).lineTo(xs[i]!, y + h).stroke();
  };

  const header = wrapRow(
    columns.map((c) => c.header),
    opts.headerFont,
  );
  const headerHeight = heightOf(header);
  let y = opts.y;
  /** True while nothing but the header is on the current page: a row that still does not fit must be split. */
  let atPageTop = false;

  const newPage = (): void => {
    if (opts.newPage) y = opts.newPage();
    else {
      doc.addPage();
      y = doc.page.margins.top;
    }
  };
  const drawHeader = (): void => {
    drawCells(header, y, headerHeight, opts.headerFill ?? '#e6e6e6');
    y += headerHeight;
    atPageTop = true;
  };

  // Never leave a title or a header alone at the foot of a page.
  const keep = opts.rows.slice(0, Math.max(1, opts.keepRows ?? 1)).map((r) => heightOf(wrapRow(r, opts.bodyFont)));
  const first = keep.length > 1 ? keep.reduce((a, b) => a + b, 0) : (keep[0] ?? 0);
  const titleHeight = opts.title?.height ?? 0;
  const kept = keep.length > 1 ? first : Math.min(first, 3 * lineHeight + 2 * pad);
  if (y + titleHeight + headerHeight + kept > bottom()) newPage();
  if (opts.title) {
    opts.title.draw(y);
    y += titleHeight;
  }
  drawHeader();

  for (const row of opts.rows) {
    let cells = wrapRow(row, opts.bodyFont);
    for (;;) {
      const h = heightOf(cells);
      if (y + h <= bottom()) {
        drawCells(cells, y, h);
        y += h;
        atPageTop = false;
        break;
      }
      if (!atPageTop) {
        newPage();
        drawHeader();
        continue;
      }
      // Taller than a whole page: draw what fits, continue the same row under the next header.
      const fit = Math.max(1, Math.floor((bottom() - y - 2 * pad) / lineHeight));
      const part = cells.map((c) => ({ ...c, lines: c.lines.slice(0, fit) }));
      drawCells(part, y, heightOf(part));
      cells = cells.map((c) => ({ font: c.font, lines: c.lines.slice(fit) }));
      newPage();
      drawHeader();
    }
  }
  doc.font(opts.bodyFont).fontSize(size);
  doc.x = opts.x;
  doc.y = y;
  return y;
}

/**
 * Height drawTable would use for the header and all rows on one page (no title): to keep a short
 * table together with what follows it (a signature block), or move both to the next page.
 */
export function tableHeight(doc: PDFKit.PDFDocument, opts: Pick<TableOptions, 'columns' | 'rows' | 'fontSize' | 'headerFont' | 'bodyFont' | 'padding'>): number {
  const measure = new TextMeasure(doc);
  doc.font(opts.bodyFont).fontSize(opts.fontSize);
  const lineHeight = doc.currentLineHeight(true);
  const rowHeight = (cells: TableCell[], defaultFont: string): number => {
    let lines = 1;
    opts.columns.forEach((c, i) => {
      const cell = cells[i] ?? '';
      if (typeof cell !== 'string' && 'mark' in cell) return;
      const text = typeof cell === 'string' ? cell : cell.text;
      const font = typeof cell === 'string' ? defaultFont : (cell.font ?? defaultFont);
      lines = Math.max(lines, measure.wrap(text, Math.max(1, c.width - 2 * opts.padding), font, opts.fontSize).length);
    });
    return lines * lineHeight + 2 * opts.padding;
  };
  return rowHeight(opts.columns.map((c) => c.header), opts.headerFont) + opts.rows.reduce((h, r) => h + rowHeight(r, opts.bodyFont), 0);
}
