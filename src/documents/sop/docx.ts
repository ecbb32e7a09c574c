// SopModel → DOCX the accreditation team can edit and re-sign. The whole SPO is one table whose
// first two rows (boxes 1–5) are marked as header rows, so Word and LibreOffice repeat them on
// every page; flow tables, history and notes sit in a full-width row of that same table.
import {
  AlignmentType, Document, Footer, ImageRun, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import type { Block, SopModel } from './model.js';
import { coreXml } from './docx-zip.js';
import { fixZipTimes } from '../kit/zip-times.js';
import { xmlSafe } from '../kit/safe-text.js';
import { PAGE_PARAF } from '../../wording/kit.js';

const TWIP_PER_MM = 56.7;
const PAGE: Record<'A4' | 'F4', [number, number]> = { A4: [11906, 16838], F4: [12190, 18711] };
const MARGIN = { top: 850, bottom: 850, left: 1134, right: 850 };
const FONT = 'Arial';
const MONO = 'Courier New';
const INDENT = [0, 0, 360, 680, 900];
const CELL_MARGIN = { top: 80, bottom: 80, left: 100, right: 100 };

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; font?: string; color?: string } = {}): TextRun =>
  new TextRun({ text: xmlSafe(text), bold: o.bold, italics: o.italics, size: o.size ?? 20, font: o.font ?? FONT, color: o.color });

const para = (runs: TextRun[], o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; left?: number; hanging?: number; shade?: boolean } = {}): Paragraph =>
  new Paragraph({
    children: runs,
    alignment: o.align,
    spacing: { after: o.after ?? 40 },
    indent: o.left != null ? { left: o.left, hanging: o.hanging } : undefined,
    shading: o.shade ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
  });

function blockParagraph(b: Block): Paragraph {
  const left = INDENT[Math.min('level' in b ? b.level : 0, 4)]!;
  switch (b.kind) {
    case 'heading':
      return new Paragraph({ children: [run(b.text, { bold: true, size: 21 })], spacing: { before: 120, after: 60 }, keepNext: true });
    case 'para':
      return para([run(b.text)], { left, after: 80 });
    case 'item':
      return new Paragraph({ children: [run(`${b.marker}\t${b.text}`, { bold: b.bold })], indent: { left: left + 360, hanging: 360 }, spacing: { after: 40 }, keepNext: b.bold });
    case 'meta':
      return para([run(b.text, { italics: true, size: 17, color: '404040' })], { left });
    case 'command':
      return para([run(b.text, { font: MONO, size: 17 })], { left, shade: true });
  }
}

const TIGHT = { top: 40, bottom: 40, left: 60, right: 60 };
const cell = (children: Array<Paragraph | Table>, width: number, o: { columnSpan?: number; rowSpan?: number; center?: boolean; fill?: string; tight?: boolean } = {}): TableCell =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.columnSpan,
    rowSpan: o.rowSpan,
    margins: o.tight ? TIGHT : CELL_MARGIN,
    verticalAlign: o.center ? VerticalAlignTable.CENTER : undefined,
    shading: o.fill ? { type: ShadingType.CLEAR, fill: o.fill, color: 'auto' } : undefined,
  });

const centred = (text: string, o: { bold?: boolean; size?: number } = {}): Paragraph => para([run(text, { bold: o.bold, size: o.size })], { align: AlignmentType.CENTER, after: 0 });

function grid(widths: number[], header: string[], rows: string[][], centredCols: number[]): Table {
  const mk = (cells: string[], head: boolean): TableRow =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map((text, i) =>
        cell([para([run(text, { bold: head, size: 17 })], { after: 0, align: centredCols.includes(i) ? AlignmentType.CENTER : undefined })], widths[i]!, { fill: head ? 'E6E6E6' : undefined, center: true, tight: true }),
      ),
    });
  return new Table({ width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [mk(header, true), ...rows.map((r) => mk(r, false))] });
}

function appendix(model: SopModel, width: number): Array<Paragraph | Table> {
  const M = model.labels;
  const out: Array<Paragraph | Table> = [];
  const w = width - 2 * CELL_MARGIN.left;
  // Wide enough for "Petugas TI" and "10 menit" on one line in Arial or its substitutes.
  const fixed = [500, 1050, 1150, 1250, 1000];
  const free = w - fixed.reduce((s, x) => s + x, 0);
  const flowWidths = [500, Math.round(free * 0.55), 1050, 1150, 1250, 1000, free - Math.round(free * 0.55)];
  for (const flow of model.flows) {
    out.push(new Paragraph({ children: [run(flow.title, { bold: true, size: 21 })], spacing: { before: 160, after: 60 }, keepNext: true }));
    const mark = (on: boolean): string => (on ? '●' : '');
    const rows = flow.rows.map((r) => [r.no, r.activity, mark(r.actor === 'petugas'), mark(r.actor === 'kepala'), mark(r.actor === 'unit'), `${r.minutes} ${M.minutes}`, r.output]);
    rows.push(['', M.total, '', '', '', `${flow.totalMinutes} ${M.minutes}`, '']);
    out.push(grid(flowWidths, [M.flowColumns.no, M.flowColumns.activity, M.actors.petugas, M.actors.kepala, M.actors.unit, M.flowColumns.time, M.flowColumns.output], rows, [0, 2, 3, 4, 5]));
  }
  out.push(new Paragraph({ children: [run(M.history, { bold: true, size: 21 })], spacing: { before: 200, after: 60 }, keepNext: true }));
  const H = M.historyColumns;
  out.push(grid([400, 600, 1800, w - 400 - 600 - 1800 - 1500, 1500], [H.no, H.revision, H.change, H.content, H.date], model.history.map((h) => [h.no, h.revision, h.change, h.content, h.date]), [0, 1]));
  out.push(new Paragraph({ children: [run(M.notes, { bold: true, size: 21 })], spacing: { before: 200, after: 60 }, keepNext: true }));
  if (!model.notes.length) out.push(para([run(M.noNotes)]));
  for (const n of model.notes) out.push(new Paragraph({ children: [run(`•\t${n}`, { size: 19 })], indent: { left: 360, hanging: 360 }, spacing: { after: 40 } }));
  return out;
}

function logo(model: SopModel): Paragraph[] {
  if (!model.logo) return [];
  const { type, data } = model.logo;
  return [new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type, data, transformation: { width: 48, height: 48 } })] })];
}

/**
 * The drafter's paraf at the foot of every page, as on the PDF (tata naskah dinas): a small box
 * "Paraf: <drafter>" with an empty cell to initial, at the right margin.
 */
function parafFooter(model: SopModel): Footer {
  const label = `${PAGE_PARAF.in(model.lang).label}: ${model.drafter}`;
  const small = (text: string) => new Paragraph({ children: [run(text, { size: 13, color: '333333' })], spacing: { after: 0 } });
  const box = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: { top: 30, bottom: 30, left: 80, right: 80 } });
  return new Footer({
    children: [
      new Table({
        alignment: AlignmentType.RIGHT,
        width: { size: 4600, type: WidthType.DXA },
        columnWidths: [3760, 840],
        layout: TableLayoutType.FIXED,
        rows: [new TableRow({ children: [box([small(label)], 3760), box([small('')], 840)] })],
      }),
    ],
  });
}

export async function renderSopDocx(model: SopModel, generatedAt: Date): Promise<Buffer> {
  const L = model.labels;
  const [pageW, pageH] = PAGE[model.paper];
  const width = pageW - MARGIN.left - MARGIN.right;
  const left = Math.round(width * 0.27);
  const third = Math.floor((width - left) / 3);
  const cols = [left, third, third, width - left - 2 * third];
  const rest = width - left;

  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell([...logo(model), centred(model.hospitalName, { bold: true })], left, { rowSpan: 2, center: true }),
        cell([centred(model.title, { bold: true, size: 24 })], rest, { columnSpan: 3, center: true }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell([centred(L.documentNo, { size: 16 }), centred(model.number, { bold: true, size: 18 })], cols[1]!, { center: true }),
        cell([centred(L.revisionNo, { size: 16 }), centred(model.revision, { bold: true })], cols[2]!, { center: true }),
        cell(
          [centred(L.page, { size: 16 }), new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], bold: true, size: 20, font: FONT })] })],
          cols[3]!,
          { center: true },
        ),
      ],
    }),
    new TableRow({
      cantSplit: true,
      height: { value: Math.round(40 * TWIP_PER_MM), rule: 'atLeast' },
      children: [
        cell([centred(L.spo, { bold: true, size: 22 })], left, { center: true }),
        cell([centred(L.issuedOn, { size: 16 }), centred(model.issuedOn, { bold: true })], cols[1]!, { center: true }),
        cell(
          [
            centred(L.approved, { size: 18 }),
            centred(model.approver.position, { size: 18 }),
            para([run('')], { after: 900 }),
            para([new TextRun({ text: xmlSafe(model.approver.name), bold: true, underline: {}, size: 18, font: FONT })], { align: AlignmentType.CENTER, after: 0 }),
            ...(model.approver.nip ? [centred(`${L.nip} ${model.approver.nip}`, { size: 18 })] : []),
          ],
          cols[2]! + cols[3]!,
          { columnSpan: 2 },
        ),
      ],
    }),
    ...model.sections.map(
      (s) => new TableRow({ children: [cell([para([run(s.label, { bold: true })])], left), cell(s.blocks.map(blockParagraph), rest, { columnSpan: 3 })] }),
    ),
    new TableRow({ children: [cell(appendix(model, width), width, { columnSpan: 4 })] }),
  ];

  const doc = new Document({
    creator: 'simrs-downtime',
    title: xmlSafe(model.title),
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { width: pageW, height: pageH }, margin: MARGIN } },
        footers: { default: parafFooter(model) },
        children: [new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: cols, layout: TableLayoutType.FIXED, rows })],
      },
    ],
  });
  // docx stamps the current time into core.xml and the zip entries: both fixed for reproducible bytes.
  const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(model.title, model.hospitalName, generatedAt) }]);
  return fixZipTimes(Buffer.from(buffer), generatedAt);
}
