// Charts drawn as pdfkit paths: crisp when printed, searchable labels, and no images (an image with
// alpha would break PDF/A-1b). Opaque colours only — PDF/A-1 forbids transparency.
import { F } from '../kit/pdf-base.js';
import type { ChartBar } from './model.js';

export const COLORS = { unplanned: '#b03a2e', planned: '#7f8c8d', grid: '#d0d0d0', axis: '#333333', text: '#000000' };

export interface ChartFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  /** Shown inside an empty plot. */
  emptyText: string;
  /** Formats a value for tick and bar labels. */
  format: (v: number) => string;
}

/**
 * A round tick step (1, 2, 5 × 10^k, at least 1 minute) so that four steps cover v; returns the
 * axis maximum. Whole steps only: ticks are printed without decimals, and 2.5 printed "3", "8".
 */
export function niceMax(v: number): number {
  const raw = Math.max(1, v / 4);
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  return Math.round(step * 4);
}

function legend(doc: PDFKit.PDFDocument, x: number, y: number, items: [string, string][]): void {
  let cx = x;
  doc.font(F.regular).fontSize(7);
  for (const [color, label] of items) {
    doc.rect(cx, y + 1, 7, 7).fill(color);
    doc.fillColor(COLORS.text).text(label, cx + 10, y, { lineBreak: false });
    cx += 10 + doc.widthOfString(label) + 12;
  }
}

/** Vertical stacked bars (unplanned below, planned above) with a value axis. Returns the y below. */
export function drawTimelineChart(doc: PDFKit.PDFDocument, f: ChartFrame, bars: ChartBar[], legendLabels: [string, string]): number {
  doc.font(F.bold).fontSize(9).fillColor(COLORS.text).text(f.title, f.x, f.y, { lineBreak: false });
  legend(doc, f.x + f.width - 170, f.y + 1, [
    [COLORS.unplanned, legendLabels[0]],
    [COLORS.planned, legendLabels[1]],
  ]);
  const axisW = 34;
  const px = f.x + axisW;
  const py = f.y + 16;
  const pw = f.width - axisW;
  const ph = f.height - 16 - 14;
  const max = niceMax(Math.max(0, ...bars.map((b) => b.unplanned + b.planned)));
  doc.lineWidth(0.4);
  doc.font(F.regular).fontSize(6.5);
  for (let k = 0; k <= 4; k++) {
    const gy = py + ph - (ph * k) / 4;
    doc.moveTo(px, gy).lineTo(px + pw, gy).strokeColor(k === 0 ? COLORS.axis : COLORS.grid).stroke();
    const label = f.format((max * k) / 4);
    doc.fillColor(COLORS.text).text(label, px - 4 - doc.widthOfString(label), gy - 3, { lineBreak: false });
  }
  const slot = pw / Math.max(1, bars.length);
  const bw = Math.min(28, slot * 0.7);
  const labelStep = bars.length <= 31 ? 1 : Math.ceil(bars.length / 16);
  bars.forEach((b, i) => {
    const bx = px + slot * i + (slot - bw) / 2;
    const hu = (ph * b.unplanned) / max;
    const hp = (ph * b.planned) / max;
    if (hu > 0) doc.rect(bx, py + ph - hu, bw, hu).fill(COLORS.unplanned);
    if (hp > 0) doc.rect(bx, py + ph - hu - hp, bw, hp).fill(COLORS.planned);
    doc.fillColor(COLORS.text).font(F.regular).fontSize(bars.length > 16 ? 5.5 : 6.5);
    if (i % labelStep === 0) {
      const lw = doc.widthOfString(b.label);
      doc.text(b.label, px + slot * i + (slot - lw) / 2, py + ph + 3, { lineBreak: false });
    }
    const total = b.unplanned + b.planned;
    if (total > 0 && bars.length <= 16) {
      const v = f.format(total);
      doc.text(v, px + slot * i + (slot - doc.widthOfString(v)) / 2, py + ph - hu - hp - 8, { lineBreak: false });
    }
  });
  if (bars.every((b) => b.unplanned + b.planned === 0)) {
    doc.font(F.italic).fontSize(8).fillColor(COLORS.axis);
    doc.text(f.emptyText, px + (pw - doc.widthOfString(f.emptyText)) / 2, py + ph / 2 - 4, { lineBreak: false });
  }
  doc.fillColor(COLORS.text);
  return f.y + f.height;
}

/** Horizontal bars, one per category, labelled with minutes. Returns the y below. */
export function drawCategoryChart(doc: PDFKit.PDFDocument, f: ChartFrame, bars: ChartBar[]): number {
  doc.font(F.bold).fontSize(9).fillColor(COLORS.text).text(f.title, f.x, f.y, { lineBreak: false });
  const top = f.y + 16;
  if (bars.length === 0) {
    doc.font(F.italic).fontSize(8).fillColor(COLORS.axis).text(f.emptyText, f.x, top, { lineBreak: false });
    doc.fillColor(COLORS.text);
    return top + 14;
  }
  const labelW = 110;
  const valueW = 70;
  const barMax = f.width - labelW - valueW;
  const rowH = 14;
  const max = Math.max(...bars.map((b) => b.unplanned + b.planned));
  doc.lineWidth(0.4);
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    doc.font(F.regular).fontSize(7.5).fillColor(COLORS.text).text(b.label, f.x, y + 2, { lineBreak: false });
    const wu = max > 0 ? (barMax * b.unplanned) / max : 0;
    const wp = max > 0 ? (barMax * b.planned) / max : 0;
    if (wu > 0) doc.rect(f.x + labelW, y + 1, wu, rowH - 4).fill(COLORS.unplanned);
    if (wp > 0) doc.rect(f.x + labelW + wu, y + 1, wp, rowH - 4).fill(COLORS.planned);
    doc.fillColor(COLORS.text).font(F.regular).fontSize(7.5).text(f.format(b.unplanned + b.planned), f.x + labelW + wu + wp + 4, y + 2, { lineBreak: false });
  });
  doc.moveTo(f.x + labelW, top - 2).lineTo(f.x + labelW, top + bars.length * rowH).strokeColor(COLORS.axis).stroke();
  return top + bars.length * rowH + 4;
}
