import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReportPdf } from '../../src/documents/report/pdf.js';
import { pdfFonts, pdfInfo, pdfPageCount, pdfText, preflight } from '../helpers/pdf.js';
import { busyMonth, incident, reportFor, seedIncidents, testProfile } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
const flat = (s: string): string => s.replace(/\s+/g, ' ');

async function write(name: string, ...args: Parameters<typeof reportFor>): Promise<{ file: string; bytes: Buffer }> {
  const { model, texts } = reportFor(...args);
  const bytes = await renderReportPdf(model, texts);
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { file, bytes };
}

describe('report PDF for the seed data (Q4 2022 and year 2022)', () => {
  let q4: { file: string; bytes: Buffer };
  beforeAll(async () => {
    q4 = await write('q4.pdf', seedIncidents(), { quarter: '2022-Q4' });
  });

  it('has the kop surat of the seed on page 1 only', () => {
    const p1 = flat(pdfText(q4.file, { page: 1 }));
    for (const line of [
      'PEMERINTAH PROVINSI SUMATERA BARAT',
      'RSUD MOHAMMAD NATSIR',
      'Jl. Simpang Rumbio Kota Solok Telp. (0755) 20003 Faks: (0755) 20003',
      'Website: www.rsudmnatsir.sumbarprov.go.id email: rsud.mnatsir@sumbarprov.go.id',
      'KOTA SOLOK',
      'LAPORAN KEJADIAN DOWNTIME SERVER SIMRS',
      'Triwulan IV 2022',
    ])
      expect(p1).toContain(line);
    expect(pdfText(q4.file, { page: 2 })).not.toContain('PEMERINTAH PROVINSI');
  });

  it('contains every incident row of the period, the sections and the footnote', () => {
    const all = flat(pdfText(q4.file));
    for (const s of ['Daftar Kejadian Downtime Instalasi SIMRS', '1. Laporan Downtime Tidak Terencana', '2. Laporan Downtime Terencana', 'Ringkasan', 'Metode Perhitungan'])
      expect(all).toContain(s);
    for (const s of ['ISP cinox dan indihome down', '1 Oktober 2022', 'BPJS down', '3 Oktober 2022', 'Listrik Mati [1]', '10 November 2022', 'UPS server rusak sehingga saat mati lampu server mati'])
      expect(all).toContain(s);
    // No planned downtime in Q4 2022: the section says so instead of vanishing.
    expect(all).toContain('Tidak ada kejadian pada periode ini.');
    expect(all).toMatch(/\[1\] Tahun tidak tertulis/);
    // "Langkah rinci" cites the SOPs the caller read from data/sop/, by their own titles.
    expect(all).toContain('Langkah rinci: SPO penanganan downtime SIMRS yang berlaku.');
    expect(all).toContain('KMK HK.01.07/MENKES/1596/2024 tentang Standar Akreditasi Rumah Sakit');
    expect(all).not.toContain('1128');
  });

  it('prints minutes beside percentages, target status and MTTR', () => {
    const all = flat(pdfText(q4.file));
    expect(all).toContain('3 kejadian, 3 jam 30 menit (210 menit)');
    expect(all).toMatch(/99,\d+ % — 210 menit henti dari 132\.480 menit/);
    expect(all).toMatch(/99,50 % — tercapai/);
    expect(all).toContain('1 jam 10 menit (70 menit)');
  });

  it('signs with place, date, jabatan and a formatted NIP', () => {
    const all = flat(pdfText(q4.file));
    for (const s of ['Solok, 25 November 2026', 'Kepala Instalasi SIMRS', 'NIP. 19850312 201001 1 004', 'Mengetahui,', 'NIP. 19680411 199303 1 009'])
      expect(all).toContain(s);
  });

  it('has "Halaman n dari N" and the document identity on every page', () => {
    const n = pdfPageCount(q4.file);
    expect(n).toBeGreaterThanOrEqual(2);
    for (let p = 1; p <= n; p++) {
      const t = flat(pdfText(q4.file, { page: p }));
      expect(t).toContain(`Halaman ${p} dari ${n}`);
      expect(t).toContain('Triwulan IV 2022 · Dibuat 25 November 2026 · Rev. 00');
    }
  });

  it('embeds only Arimo/Cousine and carries metadata', () => {
    const fonts = pdfFonts(q4.file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.embedded, f.name).toBe(true);
      expect(f.name).toMatch(/\+(Arimo|Cousine)/);
    }
    const info = pdfInfo(q4.file);
    expect(info.Title).toContain('LAPORAN KEJADIAN DOWNTIME SERVER SIMRS');
    expect(info.Author).toContain('RSUD MOHAMMAD NATSIR');
    expect(info.Subject).toContain('Triwulan IV 2022');
  });

  it('is valid PDF/A-1b according to PDFBox Preflight', () => {
    const r = preflight(q4.file);
    expect(r.valid, r.output).toBe(true);
  });

  it('is byte-identical for the same generated-at', async () => {
    const again = await write('q4-again.pdf', seedIncidents(), { quarter: '2022-Q4' });
    expect(again.bytes.equals(q4.bytes)).toBe(true);
  });

  it('comes out the same after other documents in the same process (the parsed fonts are shared)', async () => {
    // Another document first, with other glyphs (bold, mono, Latin-1, a character the fonts lack):
    // whatever it leaves in the shared fonts must not reach the next document's subset or layout.
    const other = [incident({ kind: 'unplanned', title: 'Café àéîõü — “kutip” … ✓ 漢字', y: 2022, m: 5, d: 3, h: 8, minutes: 45, cause: 'Ñandú ß Ø', followUp: 'Œuvre ¼ ½ ¾ × ÷' })];
    await write('other.pdf', [...seedIncidents(), ...other], { year: 2022 });
    await write('busy.pdf', busyMonth(2023, 3, 60), { month: '2023-03' });
    const after = await write('q4-after.pdf', seedIncidents(), { quarter: '2022-Q4' });
    expect(after.bytes.equals(q4.bytes)).toBe(true);
  });

  it('shows the month-only planned incident in the 2021 report with its disclosure', async () => {
    const { file } = await write('2021.pdf', seedIncidents(), { year: 2021 });
    const all = flat(pdfText(file));
    expect(all).toContain('Pemasangan perubahan bridging LIS');
    expect(all).toContain('Juni 2021');
    expect(all).toContain('hanya bulan');
    expect(all).toContain('Tahun 2021');
  });
});

describe('a busy month (60 incidents) and long text', () => {
  it('repeats the table header on later pages and never cuts a very long follow-up', async () => {
    const incidents = busyMonth(2022, 10, 60);
    const ending = 'KALIMAT-TERAKHIR-TINDAK-LANJUT';
    incidents.push(
      incident({ kind: 'unplanned', title: 'Gangguan panjang', y: 2022, m: 10, d: 31, h: 20, minutes: 30, followUp: `${'Langkah pemulihan yang sangat rinci. '.repeat(400)}${ending}` }),
    );
    const { file } = await write('busy.pdf', incidents, { month: '2022-10' });
    const n = pdfPageCount(file);
    expect(n).toBeGreaterThan(5);
    const pages = Array.from({ length: n }, (_, p) => pdfText(file, { page: p + 1 }));
    const withHeader = pages.filter((t) => t.includes('Tindak Lanjut') && t.includes('Waktu Kejadian'));
    expect(withHeader.length).toBeGreaterThan(3);
    const all = flat(pages.join('\n'));
    for (let k = 1; k <= 60; k++) expect(all).toMatch(new RegExp(`#${k}\\b`));
    expect(all).toContain(ending);
    expect(all).toContain('Downtime per hari (menit)');
    expect(preflight(file).valid).toBe(true);
  });

  it('writes English with --lang en', async () => {
    const { file } = await write('en.pdf', seedIncidents(), { month: '2022-10' }, { lang: 'en' });
    const all = flat(pdfText(file));
    for (const s of ['SIMRS SERVER DOWNTIME INCIDENT REPORT', 'Period October 2022', '1. Unplanned Downtime', 'No incidents in this period.', 'Page 1 of'])
      expect(all).toContain(s);
  });
});
