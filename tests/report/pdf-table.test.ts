import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPdf, F, pdfToBuffer } from '../../src/documents/kit/pdf-base.js';
import { drawTable, TextMeasure } from '../../src/documents/kit/table.js';
import { pdfPageCount, pdfText } from '../helpers/pdf.js';

const dir = mkdtempSync(join(tmpdir(), 'pdf-table-'));

function doc(): PDFKit.PDFDocument {
  const d = createPdf({ paper: 'A4', title: 't', author: 'a', subject: 's', generatedAt: new Date('2026-01-01T00:00:00Z'), lang: 'id' });
  d.addPage();
  return d;
}
const columns = [
  { header: 'No', width: 30, align: 'right' as const },
  { header: 'Kejadian', width: 150 },
  { header: 'Tindak Lanjut', width: 270 },
];

describe('drawTable', () => {
  let file: string;
  beforeAll(async () => {
    const d = doc();
    const rows = Array.from({ length: 80 }, (_, i) => [String(i + 1), `Baris ${i + 1} kejadian`, `Tindak lanjut ${i + 1} `.repeat(1 + (i % 5))]);
    // One row far taller than a page: it must continue, not be cut.
    const giant = Array.from({ length: 200 }, (_, i) => `kalimat-${i + 1}`).join(' ') + ' AKHIR-TEKS';
    rows.splice(40, 0, ['41a', 'Sangat panjang', giant]);
    const y = drawTable(d, { x: 70, y: 400, columns, rows, fontSize: 9, headerFont: F.bold, bodyFont: F.regular, padding: 3 });
    expect(y).toBeGreaterThan(0);
    file = join(dir, 'table.pdf');
    writeFileSync(file, await pdfToBuffer(d));
  });

  it('repeats the header on every page', () => {
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThan(3);
    for (let p = 1; p <= pages; p++) expect(pdfText(file, { page: p })).toContain('Tindak Lanjut');
  });

  it('never splits an ordinary row across pages', () => {
    const pages = Array.from({ length: pdfPageCount(file) }, (_, p) => pdfText(file, { page: p + 1 }));
    for (let i = 1; i <= 80; i++) {
      // Every line of the row (number, title, last words) sits on the same single page.
      const where = pages.flatMap((t, p) => (t.includes(`Baris ${i} kejadian`) ? [p] : []));
      expect(where, `row ${i}`).toHaveLength(1);
      const follow = new RegExp(`Tindak lanjut ${i}\\b`);
      expect(pages.flatMap((t, p) => (follow.test(t) ? [p] : [])), `row ${i}`).toEqual(where);
    }
  });

  it('continues a row taller than a page instead of cutting it', () => {
    const all = pdfText(file).replace(/\s+/g, ' ');
    for (const w of ['kalimat-1 ', 'kalimat-100 ', 'kalimat-200', 'AKHIR-TEKS']) expect(all).toContain(w);
  });
});

describe('TextMeasure.wrap', () => {
  it('keeps explicit newlines and breaks a word wider than the column', () => {
    const m = new TextMeasure(doc());
    const lines = m.wrap('satu dua\nhttp://192.168.20.222/simrs_rsudsolok/sangat/panjang/sekali', 60, F.regular, 9);
    expect(lines[0]!.text).toBe('satu dua');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.map((l) => l.text).join('').replace('satu dua', '')).toBe('http://192.168.20.222/simrs_rsudsolok/sangat/panjang/sekali');
    for (const l of lines) expect(l.width).toBeLessThanOrEqual(60);
  });
});
