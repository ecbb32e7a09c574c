// SopModel → PDF/A-1b. The body is the SPO's two-column table (section label | content), laid out
// block by block so a page break never cuts a line or a command; the header table is drawn last on
// every page, once the page count is known.
import { drawDrafterParaf } from '../kit/footer.js';
import { PAGE_PARAF } from '../../wording/kit.js';
import { createPdf, F, forEachPage, mm, pdfToBuffer, REPLACEMENT, stringsOf, unprintable } from '../kit/pdf-base.js';
import { codePointLabel } from '../kit/safe-text.js';
import { SOP } from '../../wording/sop.js';
import type { Block, SopModel } from './model.js';
import { drawSopHeader, headerGeometry, headerHeight } from './pdf-header.js';
import { drawTable, type TableCell, type TableColumn } from '../kit/table.js';

const PAD = 5;
const INDENT = [0, 0, 16, 30, 40];
const MARKER = 16;

/** Splits a command at spaces into lines of at most `max` characters, ending each but the last with " \" (still valid shell). */
export function wrapCommand(command: string, max: number): string[] {
  if (command.length <= max) return [command];
  const lines: string[] = [];
  let line = '';
  for (const word of command.split(' ')) {
    if (line && line.length + 1 + word.length > max - 2) {
      lines.push(`${line} \\`);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface Style {
  font: string;
  size: number;
  gapBefore: number;
  gapAfter: number;
}
const STYLE: Record<Block['kind'], Style> = {
  para: { font: F.regular, size: 10, gapBefore: 0, gapAfter: 4 },
  heading: { font: F.bold, size: 10.5, gapBefore: 6, gapAfter: 3 },
  item: { font: F.regular, size: 10, gapBefore: 0, gapAfter: 2 },
  meta: { font: F.italic, size: 8.5, gapBefore: 0, gapAfter: 2 },
  command: { font: F.mono, size: 8.5, gapBefore: 0, gapAfter: 2 },
};

export async function renderSopPdf(model: SopModel, generatedAt: Date): Promise<Buffer> {
  const margins = { top: mm(15), bottom: mm(15), left: mm(20), right: mm(15) };
  const doc = createPdf({ paper: model.paper, margins, title: model.title, author: model.hospitalName, subject: model.labels.spo, generatedAt, lang: model.lang });
  doc.addPage();
  const x = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const g = headerGeometry(doc, model, x, width);
  let page = 1;
  let y = margins.top + headerHeight(g, true);
  const bottom = (): number => doc.page.height - margins.bottom;
  const newPage = (): number => {
    doc.addPage();
    page++;
    y = margins.top + headerHeight(g, false);
    return y;
  };

  const contentX = x + g.left + PAD;
  const contentW = width - g.left - 2 * PAD;
  const indent = (b: Block): number => INDENT[Math.min('level' in b ? b.level : 0, 4)]!;
  const textWidth = (b: Block): number => contentW - indent(b) - (b.kind === 'item' ? MARKER : 0);
  const commandLines = (b: Block): string[] => {
    doc.font(F.mono).fontSize(STYLE.command.size);
    return wrapCommand(b.text, Math.floor((textWidth(b) - 6) / doc.widthOfString('M')));
  };
  // Heights do not depend on the page: measured once (embedded-font measuring is the slow part).
  const heights = new Map<Block, number>();
  const measure = (b: Block): number => heights.get(b) ?? heights.set(b, measureNow(b)).get(b)!;
  const measureNow = (b: Block): number => {
    const s = STYLE[b.kind];
    doc.font(s.font).fontSize(s.size);
    const body = b.kind === 'command' ? commandLines(b).length * doc.currentLineHeight(true) + 3 : doc.heightOfString(b.text, { width: textWidth(b) });
    return s.gapBefore + body + s.gapAfter;
  };
  const draw = (b: Block): void => {
    const s = STYLE[b.kind];
    const bx = contentX + indent(b);
    const ty = y + s.gapBefore;
    doc.fillColor('black');
    if (b.kind === 'command') {
      const lines = commandLines(b);
      doc.font(F.mono).fontSize(s.size);
      const lh = doc.currentLineHeight(true);
      doc.rect(bx, ty, textWidth(b), lines.length * lh + 3).fill('#eeeeee');
      doc.fillColor('black');
      lines.forEach((l, i) => doc.text(l, bx + 3, ty + 1.5 + i * lh, { lineBreak: false }));
      return;
    }
    if (b.kind === 'item') {
      doc.font(b.bold ? F.bold : s.font).fontSize(s.size).text(b.marker, bx, ty, { lineBreak: false });
      doc.text(b.text, bx + MARKER, ty, { width: textWidth(b) });
      return;
    }
    if (b.kind === 'meta') doc.fillColor('#404040');
    doc.font(s.font).fontSize(s.size).text(b.text, bx, ty, { width: textWidth(b) });
    doc.fillColor('black');
  };

  // The two-column body: a section continued on the next page gets its cell borders closed here
  // and reopened there; its label is printed on its first part only.
  for (const section of model.sections) {
    let segTop = y;
    let first = true;
    const close = (): void => {
      doc.lineWidth(0.75).strokeColor('black');
      doc.rect(x, segTop, g.left, y - segTop).stroke();
      doc.rect(x + g.left, segTop, width - g.left, y - segTop).stroke();
      if (first) doc.font(F.bold).fontSize(10).fillColor('black').text(section.label, x + PAD, segTop + PAD, { width: g.left - 2 * PAD });
      first = false;
    };
    y += PAD;
    section.blocks.forEach((b, i) => {
      // A heading or a step title stays with the two blocks that follow it.
      const keep = b.kind === 'heading' || (b.kind === 'item' && b.bold) ? section.blocks.slice(i + 1, i + 3).reduce((s, n) => s + measure(n), 0) : 0;
      if (y + measure(b) + keep > bottom() - PAD) {
        y += PAD;
        close();
        newPage();
        segTop = y;
        y += PAD;
      }
      draw(b);
      y += measure(b);
    });
    y += PAD;
    close();
  }

  // The SPO's tables: 8.5 pt, a little air under the running header after a page break.
  const table = (top: number, columns: TableColumn[], rows: TableCell[][], title: { height: number; draw: (y: number) => void }): number =>
    drawTable(doc, { x, y: top, columns, rows, title, fontSize: 8.5, padding: 3, headerFont: F.bold, bodyFont: F.regular, bottom: bottom(), newPage: () => newPage() + 8 });
  const M = model.labels;
  const titled = (text: string): { height: number; draw: (top: number) => void } => {
    doc.font(F.bold).fontSize(10.5);
    return { height: doc.heightOfString(text, { width }) + 4, draw: (top) => void doc.font(F.bold).fontSize(10.5).fillColor('black').text(text, x, top, { width }) };
  };

  for (const flow of model.flows) {
    const cols: TableColumn[] = [
      { header: M.flowColumns.no, width: 22, align: 'center' },
      { header: M.flowColumns.activity, width: 0 },
      { header: M.actors.petugas, width: 50, align: 'center' },
      { header: M.actors.kepala, width: 62, align: 'center' },
      { header: M.actors.unit, width: 52, align: 'center' },
      { header: M.flowColumns.time, width: 44, align: 'center' },
      { header: M.flowColumns.output, width: 0 },
    ];
    const free = width - cols.reduce((s, c) => s + c.width, 0);
    cols[1]!.width = Math.round(free * 0.55);
    cols[6]!.width = free - cols[1]!.width;
    const rows: TableCell[][] = flow.rows.map((r) => [r.no, r.activity, { mark: r.actor === 'petugas' }, { mark: r.actor === 'kepala' }, { mark: r.actor === 'unit' }, `${r.minutes} ${M.minutes}`, r.output]);
    rows.push(['', M.total, '', '', '', `${flow.totalMinutes} ${M.minutes}`, '']);
    y = table(y + 10, cols, rows, titled(flow.title));
  }

  const historyCols: TableColumn[] = [
    { header: M.historyColumns.no, width: 22, align: 'center' },
    { header: M.historyColumns.revision, width: 34, align: 'center' },
    { header: M.historyColumns.change, width: 110 },
    { header: M.historyColumns.content, width: width - 22 - 34 - 110 - 80 },
    { header: M.historyColumns.date, width: 80 },
  ];
  y = table(y + 10, historyCols, model.history.map((h) => [h.no, h.revision, h.change, h.content, h.date]), titled(M.history));

  // Lint warnings, so whoever signs sees what the check found.
  const notesTitle = titled(M.notes);
  // A character the fonts lack is shown as U+FFFD (kit/pdf-base.ts); the note says which and where the text is whole.
  const missing = unprintable(doc, stringsOf({ ...model, logo: null }));
  const listed = [...model.notes];
  if (missing.length) {
    const shown = missing.slice(0, 12).map(codePointLabel).join(', ') + (missing.length > 12 ? ', …' : '');
    listed.push(SOP.in(model.lang).glyphNote(REPLACEMENT, shown));
  }
  const notes = listed.length ? listed : [M.noNotes];
  const noteH = (n: string): number => doc.font(F.regular).fontSize(9.5).heightOfString(n, { width: width - MARKER }) + 3;
  y += 10;
  if (y + notesTitle.height + noteH(notes[0]!) > bottom()) {
    newPage();
    y += 8;
  }
  notesTitle.draw(y);
  y += notesTitle.height;
  for (const n of notes) {
    if (y + noteH(n) > bottom()) newPage();
    doc.font(F.regular).fontSize(9.5).fillColor('black').text(listed.length ? '•' : '', x, y, { lineBreak: false });
    doc.text(n, x + MARKER, y, { width: width - MARKER });
    y += noteH(n);
  }

  const parafBox = { left: x, width };
  forEachPage(doc, (i, n) => {
    drawSopHeader(doc, model, g, margins.top, i + 1, n);
    drawDrafterParaf(doc, PAGE_PARAF.in(model.lang).label, model.drafter, parafBox, margins.bottom, n, 10);
  });
  return pdfToBuffer(doc);
}
