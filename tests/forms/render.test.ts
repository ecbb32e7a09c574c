// The four forms rendered from the samples, read back as a person sees them: text (pdftotext),
// embedded fonts only (pdffonts), page count, PDF/A-1b by PDFBox Preflight, reproducible bytes;
// and the rules the forms state: difference ≠ 0 flagged, a short notice lead time remarked,
// every profile unit listed, pass/fail per drill step.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProfile } from '../../src/profile.js';
import { loadSopConfig } from '../../src/documents/sop/config.js';
import { renderSampleForms, sampleIncident, sampleNoticeIncident, type SampleForm } from '../../src/documents/forms/samples.js';
import { renderEvaluationPdf } from '../../src/documents/forms/evaluation.js';
import { parseEvaluationFile } from '../../src/records/evaluation-file.js';
import { renderNoticePdf, noticeNumber, leadDays } from '../../src/documents/forms/notice.js';
import { drillProcedure, drillResults } from '../../src/documents/forms/drill.js';
import { readDrillFile } from '../../src/records/drill-file.js';
import { pdfFonts, pdfPageCount, pdfText, preflight } from '../helpers/pdf.js';
import { tempDir } from '../helpers/cli.js';

const profile = loadProfile('data/profil-rs.yaml');
const generatedAt = new Date('2026-12-10T09:00:00+07:00');
const dir = tempDir('downtime-forms-');
const files: Record<string, string> = {};
let forms: SampleForm[];

/** Text of the whole PDF with runs of white space made single spaces (pdftotext wraps lines). */
const flat = (file: string): string => pdfText(file).replace(/\s+/g, ' ');

beforeAll(async () => {
  forms = [...(await renderSampleForms({ profile, lang: 'id', generatedAt })), ...(await renderSampleForms({ profile, lang: 'en', generatedAt }))];
  for (const f of forms) {
    files[f.name] = join(dir, `${f.name}.pdf`);
    writeFileSync(files[f.name]!, f.pdf);
  }
}, 60_000);

describe('every sample form as a PDF', () => {
  it('renders eight documents (four forms, two languages) with embedded fonts only and a page count', () => {
    expect(Object.keys(files)).toHaveLength(8);
    for (const file of Object.values(files)) {
      const fonts = pdfFonts(file);
      expect(fonts.length, file).toBeGreaterThan(0);
      expect(fonts.every((f) => f.embedded), file).toBe(true);
      const n = pdfPageCount(file);
      expect(n, file).toBeGreaterThanOrEqual(1);
      expect(flat(file), file).toMatch(n > 1 ? new RegExp(`(Halaman|Page) ${n} (dari|of) ${n}`) : /(Halaman|Page) 1 (dari|of) 1/);
    }
  });

  it('passes PDFBox Preflight (PDF/A-1b)', () => {
    for (const file of Object.values(files)) {
      const r = preflight(file);
      expect(r.valid, `${file}\n${r.output}`).toBe(true);
    }
  }, 120_000);

  it('gives the same bytes for the same inputs and generatedAt', async () => {
    const again = await renderSampleForms({ profile, lang: 'id', generatedAt });
    for (const f of again) expect(f.pdf.equals(forms.find((x) => x.name === f.name)!.pdf), f.name).toBe(true);
  });

  it('carries the letterhead and the MRMIK 3 identity on every page', () => {
    for (const [name, file] of Object.entries(files)) {
      const first = pdfText(file, { page: 1 }).replace(/\s+/g, ' ');
      expect(first, name).toContain('PEMERINTAH PROVINSI SUMATERA BARAT');
      expect(first, name).toContain('RSUD MOHAMMAD NATSIR');
      for (let p = 1; p <= pdfPageCount(file); p++) {
        const t = pdfText(file, { page: p }).replace(/\s+/g, ' ');
        // The notice is issued on its notice date; the others on the document date.
        const issued = name.startsWith('pemberitahuan') ? '1 (Desember|December) 2026' : '10 (Desember|December) 2026';
        expect(t, `${name} p${p}`).toMatch(new RegExp(`(Terbit|Issued) ${issued} · (Revisi|Revision) 00 · (Disahkan|Approved by): Direktur RSUD Mohammad Natsir`));
      }
    }
  });
});

describe('Formulir Evaluasi Pasca Downtime', () => {
  it('prints the incident, duration in words, every profile unit, the reconciliation and the signatures', () => {
    const t = flat(files['formulir-evaluasi-DT-2026-014']!);
    expect(t).toContain('FORMULIR EVALUASI PASCA DOWNTIME');
    expect(t).toContain('Nomor log: DT-2026-014');
    expect(t).toContain('5 Desember 2026 pukul 08.15 WIB');
    expect(t).toContain('2 jam 25 menit');
    for (const u of profile.units) expect(t).toContain(u);
    expect(t).toMatch(/Rawat Inap Tidak tidak terdampak/);
    expect(t).toMatch(/Formulir resep manual — 3 resep menunggu verifikasi apoteker 38 35 3/);
    expect(t).toContain('PERHATIAN: 1 baris rekonsiliasi belum selisih 0');
    expect(t).toMatch(/Ganti baterai UPS .* Kepala IPSRS 20 Desember 2026 Selesai Berita acara/);
    // Three columns side by side: read with the layout kept.
    const layout = pdfText(files['formulir-evaluasi-DT-2026-014']!, { layout: true });
    expect(layout).toMatch(/Dibuat oleh,\s+Diperiksa oleh,\s+Mengetahui,\n\s*Petugas TI\s+Kepala Instalasi SIMRS\s+Direktur RSUD Mohammad Natsir/);
    expect(t).toContain('Andi Pratama, A.Md.Kom.');
    expect(t).toContain('NIP. 19850312 201001 1 004');
    expect(t).toContain('Solok, 10 Desember 2026');
  });

  it('in English on request', () => {
    const t = flat(files['formulir-evaluasi-DT-2026-014-en']!);
    expect(t).toContain('POST-DOWNTIME EVALUATION FORM');
    expect(t).toContain('2 hours 25 minutes');
    expect(t).toContain('5 December 2026 at 08:15 WIB');
    expect(t).toMatch(/Prepared by, Verified by, Acknowledged,|Prepared by,[\s\S]*Verified by,[\s\S]*Acknowledged,/);
    expect(t).toContain('ATTENTION: 1 reconciliation row is not at difference 0');
  });
});

describe('Formulir Evaluasi Pasca Downtime, edge cases', () => {
  it('an incident not yet recovered, with nothing to reconcile, no timeline and no actions, and a corrected kind', async () => {
    const { evaluation } = parseEvaluationFile(
      { impact: Object.fromEntries(profile.units.map((u) => [u, 'tidak terdampak'])), manualFallbackUsed: 'tidak', rootCause: 'Belum diketahui', lessons: 'Belum ada' },
      'eval.yaml',
      { units: profile.units },
    );
    const file = join(dir, 'ongoing.pdf');
    const incident = { ...sampleIncident, end: null, kind: 'planned' as const, corrected: ['kind'] };
    writeFileSync(file, await renderEvaluationPdf({ incident, timeline: [], evaluation, officer: null }, { profile, lang: 'id', generatedAt }));
    const t = flat(file);
    expect(t).toMatch(/Pulih Lama .*: belum pulih : belum pulih/);
    expect(t).toContain('Terencana (dikoreksi)');
    expect(t).toContain('Tidak ada catatan kronologi.');
    expect(t).toContain('Tidak ada formulir manual yang perlu dientri ulang.');
    expect(t).toContain('Tidak ada tindak lanjut.');
    expect(t).not.toContain('PERHATIAN');
    // No officer known: a line to write the name on, never an invented one.
    expect(t).toContain('(................................................)');
    // The last section moves with the signatures: no page of signatures alone.
    expect(pdfPageCount(file)).toBe(2);
    expect(pdfText(file, { page: 2 })).toContain('G. Rencana Tindak Lanjut');
    expect(preflight(file).valid).toBe(true);
  }, 30_000);
});

describe('Pemberitahuan Downtime Terencana', () => {
  it('prints the number with a blank sequence, the lead time, the acknowledgement table and the checklist', () => {
    const t = flat(files['pemberitahuan-downtime-DT-2026-015']!);
    expect(t).toContain('PEMBERITAHUAN DOWNTIME TERENCANA');
    expect(pdfText(files['pemberitahuan-downtime-DT-2026-015']!, { layout: true })).toMatch(/Nomor: 800\/\s{4,}\/RSUD-MN\/SIMRS\/XII\/2026/);
    expect(t).toContain('6 Desember 2026 pukul 22.00 WIB');
    expect(t).toContain('7 Desember 2026 pukul 01.00 WIB');
    expect(t).toContain('5 hari sebelum downtime (minimal 3 hari)');
    expect(t).not.toContain('PERHATIAN');
    const layout = pdfText(files['pemberitahuan-downtime-DT-2026-015']!, { layout: true });
    expect(layout).toMatch(/Unit\s+Formulir\s+Jumlah\s+Nama penerima\s+Tanggal\s+Paraf/);
    expect(layout).toMatch(/7\s+Farmasi\/Apotek\s+Belum\s*\n/);
    expect(layout).toMatch(/4\s+Nomor kontak dibagikan ke semua unit\s+Tidak\s+Menunggu kartu kontak baru/);
  });

  it('remarks a lead time under the profile minimum, and prints the default checklist unticked', async () => {
    const file = join(dir, 'short.pdf');
    writeFileSync(file, await renderNoticePdf({ incident: sampleNoticeIncident, overrides: { noticeDate: '2026-12-05' } }, { profile, lang: 'id', generatedAt }));
    const t = flat(file);
    expect(t).toContain('1 hari sebelum downtime (minimal 3 hari)');
    expect(t).toContain('PERHATIAN: pemberitahuan kurang dari 3 hari sebelum downtime.');
    for (const item of ['Backup terakhir diverifikasi', 'Uji restore berhasil', 'Petugas TI jaga selama downtime', 'Nomor kontak dibagikan ke unit']) expect(t).toContain(item);
    expect(t).toContain('Seluruh layanan SIMRS');
    for (const u of profile.units) expect(t).toContain(u);
  });

  it('numbers and counts days as the office does', () => {
    expect(noticeNumber(profile, '2026-12-01')).toBe('800/\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/RSUD-MN/SIMRS/XII/2026');
    expect(noticeNumber(profile, '2026-12-01', '800/123/RSUD-MN/SIMRS/XII/2026')).toBe('800/123/RSUD-MN/SIMRS/XII/2026');
    expect(leadDays('2026-12-03', '2026-12-06T00:30:00+07:00', 'Asia/Jakarta')).toBe(3);
    // 23:30 UTC on the 5th is already the 6th in Jakarta.
    expect(leadDays('2026-12-03', '2026-12-05T23:30:00Z', 'Asia/Jakarta')).toBe(3);
  });
});

describe('Laporan Simulasi', () => {
  it('measures each step against the SOP target and the total against the sum of targets', () => {
    const sop = loadSopConfig('data/sop/spo-takeover-server.yaml');
    const { drill } = readDrillFile('data/contoh/simulasi-takeover.yaml', sop);
    const r = drillResults(drill, drillProcedure(sop, 'drill', 'id', 'Instalasi SIMRS'));
    expect(r.steps.map((s) => [s.minutes, s.target, s.pass])).toEqual([
      [4, 5, true],
      [9, 10, true],
      [4, 5, true],
      [8, 5, false],
      [9, 10, true],
      [4, 5, true],
    ]);
    expect(r).toMatchObject({ totalMinutes: 51, targetMinutes: 40, pass: false });
  });

  it('prints steps, pass/fail, totals, findings, actions and the attendance list with a signature column', () => {
    const t = flat(files['laporan-simulasi-2026-11-18']!);
    expect(t).toContain('LAPORAN SIMULASI TAKE OVER');
    expect(t).not.toMatch(/Simulasi Simulasi/i);
    expect(t).toMatch(/Kembalikan ke serverdb 5 09\.30 09\.38 8 Tidak lulus/);
    expect(t).toContain('51 menit terhadap target 40 menit');
    expect(t).toContain('Tidak lulus — 5/6 lulus');
    expect(t).toContain('Langkah 4 melewati target');
    expect(t).toMatch(/No Nama Peran Unit Tanda tangan/);
    expect(t).toContain('apt. Dewi Sartika, S.Farm. Pengamat Farmasi/Apotek');
  });
});

describe('training report and Daftar Hadir', () => {
  it('prints the session, participants per unit against the invitation, the material and the attendance list', () => {
    const file = files['laporan-pelatihan-2026-11-11']!;
    expect(pdfPageCount(file)).toBe(2);
    const report = pdfText(file, { page: 1 }).replace(/\s+/g, ' ');
    expect(report).toContain('LAPORAN PELATIHAN');
    expect(report).toContain('Rabu, 11 November 2026');
    expect(report).toContain('13.30 s.d. 15.30');
    expect(report).toMatch(/Pendaftaran 3 2 67 %/);
    expect(report).toMatch(/Jumlah 11 10 91 %/);
    expect(report).toContain('Entri ulang setelah pulih');
    const list = pdfText(file, { page: 2 }).replace(/\s+/g, ' ');
    expect(list).toContain('DAFTAR HADIR');
    expect(list).toMatch(/No Nama Jabatan Unit Tanda tangan/);
    expect(list).toContain('Yusnita, A.Md. Petugas Pendaftaran Pendaftaran');
    expect(list).toContain('Melati Kasir Kasir');
  });
});
