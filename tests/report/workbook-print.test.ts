// The workbook as it prints: converted to PDF by LibreOffice (as a clerk's "Print" or "Export as
// PDF" does), then read back page by page with poppler. Needs LibreOffice (`soffice`) and
// poppler-utils, like the PDF tests need poppler and PDFBox: .ci/run installs them; without
// soffice the test fails and says so.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportWorkbook } from '../../src/documents/report/workbook.js';
import { findSofficeOnPath } from '../../src/sources/xls.js';
import type { Incident } from '../../src/types.js';
import { tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf.js';
import { incident, reportFor, seedIncidents, testProfile } from './fixtures.js';

interface Page {
  /** The sheet named in the page's footer (&A). */
  sheet: string;
  text: string;
  width: number;
  height: number;
  /** Heights (pt) of the word boxes poppler reports for the page's body words. */
  wordHeights: Map<string, number>;
}

const SHEETS = ['Ringkasan', 'Tidak Terencana', 'Terencana', 'Rekap Bulanan', 'Catatan', 'Metode'];

/** Converts `xlsx` with LibreOffice (its own profile directory, so parallel runs do not collide). */
function printWorkbook(xlsx: string): Page[] {
  const soffice = findSofficeOnPath();
  if (!soffice) throw new Error('LibreOffice (soffice) is not on PATH: install libreoffice-calc (.ci/run does) — this test prints the workbook with it');
  const dir = tempDir('downtime-print-');
  execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'pipe', timeout: 120_000 });
  const pdf = join(dir, readdirSync(dir).find((f) => f.endsWith('.pdf'))!);
  if (process.env.KEEP_PRINT) copyFileSync(pdf, join(process.env.KEEP_PRINT, `${xlsx.split('/').pop()}.pdf`));
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return bbox
    .split('<page ')
    .slice(1)
    .map((chunk, i) => {
      const width = Number(/width="([\d.]+)"/.exec(chunk)![1]);
      const height = Number(/height="([\d.]+)"/.exec(chunk)![1]);
      const wordHeights = new Map<string, number>();
      for (const m of chunk.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)) wordHeights.set(m[3]!, Number(m[2]) - Number(m[1]));
      const text = pdfText(pdf, { page: i + 1, layout: true });
      const footer = text.trimEnd().split('\n').pop() ?? '';
      const sheet = SHEETS.find((s) => footer.includes(`${s} · Halaman`)) ?? `? (${footer.trim()})`;
      return { sheet, text, width, height, wordHeights };
    });
}

function pagesBySheet(pages: Page[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of pages) out[p.sheet] = (out[p.sheet] ?? 0) + 1;
  return out;
}

/** The worst log a unit keeps: 12 columns (unit and Petugas), times to the minute, long prose, an absolute path. */
function heavyLog(): Incident[] {
  const out: Incident[] = [];
  for (let i = 0; i < 40; i++) {
    const base = incident({
      kind: i % 5 ? 'unplanned' : 'planned',
      title: `Gangguan ${i + 1} pada server SIMRS utama`,
      y: 2023,
      m: 1 + (i % 12),
      d: i % 2 ? 13 : 30 - (i % 12 === 1 ? 17 : 0),
      h: 8,
      minutes: 95 + i,
      cause: 'Listrik PLN padam; UPS ruang server tidak menahan beban sehingga server mati',
      followUp: 'Menghubungi vendor, memeriksa UPS dan menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime.',
      category: 'power',
    });
    out.push({ ...base, unit: 'Rawat Inap', pic: 'Andi Pratama, A.Md.Kom.', source: { file: '/home/petugas/Dokumen/log-downtime-2023.xlsx', sheet: 'Log', row: i + 2 } });
  }
  return out;
}

describe('the workbook printed by LibreOffice', () => {
  let heavy: Page[];
  let seed: Page[];
  let folio: Page[];
  beforeAll(async () => {
    const dir = tempDir('downtime-wb-');
    const write = async (name: string, incidents: Incident[], opts: Parameters<typeof reportFor>[1], paper?: 'F4'): Promise<string> => {
      const { model, texts } = reportFor(incidents, opts, paper ? { profile: testProfile({ paper }) } : {});
      const file = join(dir, name);
      writeFileSync(file, await renderReportWorkbook(model, texts));
      return file;
    };
    heavy = printWorkbook(await write('berat-2023.xlsx', heavyLog(), { year: 2023 }));
    seed = printWorkbook(await write('seed-2022.xlsx', seedIncidents(), { year: 2022 }));
    folio = printWorkbook(await write('folio-2023.xlsx', heavyLog(), { year: 2023 }, 'F4'));
    expect(existsSync(dir)).toBe(true);
  }, 240_000);

  it('prints every sheet one page wide, landscape A4, rows flowing down', () => {
    // One page across: a sheet spilling sideways would add pages (seed: 12 pages before, 2 per sheet).
    expect(pagesBySheet(seed)).toEqual({ Ringkasan: 1, 'Tidak Terencana': 1, Terencana: 1, 'Rekap Bulanan': 1, Catatan: 1, Metode: 1 });
    const byHeavy = pagesBySheet(heavy);
    expect(Object.keys(byHeavy).sort()).toEqual([...SHEETS].sort());
    expect(byHeavy['Tidak Terencana']).toBeGreaterThan(1);
    for (const p of [...seed, ...heavy]) {
      expect(p.width, p.sheet).toBeCloseTo(841.9, 0);
      expect(p.height, p.sheet).toBeCloseTo(595.3, 0);
    }
  });

  it('repeats the header row on every page, all twelve columns on each', () => {
    const pages = heavy.filter((p) => p.sheet === 'Tidak Terencana');
    expect(pages.length).toBeGreaterThan(1);
    for (const [i, p] of pages.entries()) {
      for (const h of ['No', 'Kejadian', 'Mulai', 'Selesai', 'Lama', 'Unit', 'Penyebab', 'Tindak', 'Kategori', 'Petugas', 'Sumber']) expect(p.text, `page ${i + 1}: ${h}`).toContain(h);
      expect(p.text, `page ${i + 1}`).toMatch(/Halaman \d+ dari \d+/);
    }
  });

  it('shows date-times whole, never ###, and the source file by name only', () => {
    const all = heavy.map((p) => p.text).join('\n');
    expect(all).not.toContain('###');
    expect(all).toContain('13 Februari 2023 08:00');
    expect(all).toContain('30 September 2023 08:00');
    expect(all).not.toContain('/home/petugas');
    expect(all).toContain('log-downtime-');
  });

  it('prints body text at 8 pt or more', () => {
    // A word box is at least 1.1 em tall in every sans LibreOffice uses (Liberation 1.117, DejaVu 1.164).
    for (const p of [...heavy, ...seed]) {
      const h = p.wordHeights.get('Listrik') ?? p.wordHeights.get('menit') ?? p.wordHeights.get('Ketersediaan') ?? p.wordHeights.get('Tidak');
      if (h == null) continue;
      expect(h / 1.164, p.sheet).toBeGreaterThanOrEqual(7.95);
    }
    expect(heavy.find((p) => p.sheet === 'Tidak Terencana')!.wordHeights.get('Listrik')).toBeDefined();
  });

  it('has the signature block and the tembusan on the summary page', () => {
    const summary = seed.filter((p) => p.sheet === 'Ringkasan').map((p) => p.text).join('\n');
    for (const t of ['Mengetahui,', 'Contoh Nama, S.Kom.', 'Solok, ', 'NIP.', 'Ketersediaan total']) expect(summary).toContain(t);
  });

  it('prints on folio when the profile says F4, one page wide', () => {
    for (const p of folio) {
      expect(p.width, p.sheet).toBeCloseTo(936, 0);
      expect(p.height, p.sheet).toBeCloseTo(612, 0);
    }
    const byFolio = pagesBySheet(folio);
    expect(byFolio.Ringkasan).toBe(1);
    expect(byFolio['Rekap Bulanan']).toBe(1);
  });
});
