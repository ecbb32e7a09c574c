// `downtime pack` on a store the test builds (fixture.ts): the folder, the manifest against the
// files, the combined PDF/A (Preflight, outline, pages where the index says), the index text,
// the readiness findings against the data, and --strict.
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { pdfPageCount, pdfText, preflight } from '../helpers/pdf.js';
import { packStore, revisedSops } from './fixture.js';

const AT = '2024-01-15T09:00:00+07:00';

interface Entry {
  file: string;
  element: string;
  title: string;
  pages: number | null;
  sha256: string;
  bytes: number;
  combinedFrom?: number;
}
interface Manifest {
  period: { label: string };
  standard: string;
  files: Entry[];
  readiness: { code: string; element: string; message: string }[];
}

let t: ReturnType<typeof packStore>;
let manifest: Manifest;
let stdout: string;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

beforeAll(() => {
  t = packStore();
  const r = t.run('pack', '--year', '2023', '--out', t.out, '--generated-at', AT, '--json');
  if (r.code !== 0) throw new Error(r.stderr);
  manifest = JSON.parse(r.stdout) as Manifest;
  stdout = t.ok('pack', '--year', '2023', '--out', t.out, '--generated-at', AT);
}, 120_000);

describe('downtime pack', () => {
  it('writes every document of the period into its element folder, and nothing the manifest does not list', () => {
    const files = walk(t.out).map((f) => relative(t.out, f)).sort();
    expect(files).toEqual([...manifest.files.map((e) => e.file), 'manifest.json'].sort());
    expect(files).toEqual(
      expect.arrayContaining([
        '00-sampul-dan-indeks.pdf',
        'paket-akreditasi-2023.pdf',
        '13.1a-regulasi-spo/spo-takeover-server.pdf',
        '13.1b-pelatihan-simulasi/laporan-simulasi-2023-06-15-1.pdf',
        '13.1b-pelatihan-simulasi/laporan-pelatihan-2023-02-10-1.pdf',
        '13.1c-evaluasi-laporan/laporan-downtime-2023.pdf',
        '13.1c-evaluasi-laporan/laporan-downtime-2023.xlsx',
        '13.1c-evaluasi-laporan/formulir-evaluasi-1.pdf',
        '13.1c-evaluasi-laporan/pemberitahuan-downtime-3.pdf',
        '13.1c-evaluasi-laporan/register-tindak-lanjut-2023.pdf',
        '13.1c-evaluasi-laporan/register-tindak-lanjut-2023.xlsx',
      ]),
    );
    for (let m = 1; m <= 12; m++) expect(files).toContain(`13.1c-evaluasi-laporan/laporan-downtime-2023-${String(m).padStart(2, '0')}.pdf`);
    // Incident 2 has no evaluation: no form is invented for it.
    expect(files.some((f) => f.includes('formulir-evaluasi-2'))).toBe(false);
    expect(manifest.standard).toMatch(/1596\/2024/);
  });

  it('has a manifest whose SHA-256, size and pages are those of the files', () => {
    for (const e of manifest.files) {
      const data = readFileSync(join(t.out, e.file));
      expect(e.sha256, e.file).toBe(createHash('sha256').update(data).digest('hex'));
      expect(e.bytes, e.file).toBe(data.length);
      if (e.file.endsWith('.pdf')) expect(e.pages, e.file).toBe(pdfPageCount(join(t.out, e.file)));
      else expect(e.pages, e.file).toBeNull();
    }
  });

  it('makes the same bytes again for the same data and date, replacing the last pack in place', () => {
    const again = JSON.parse(readFileSync(join(t.out, 'manifest.json'), 'utf8')) as Manifest;
    expect(again.files.map((e) => [e.file, e.sha256])).toEqual(manifest.files.map((e) => [e.file, e.sha256]));
  });

  it('combines every PDF into one valid PDF/A-1b, each document starting on the page the index gives', () => {
    const combined = join(t.out, 'paket-akreditasi-2023.pdf');
    const v = preflight(combined);
    expect(v.valid, v.output).toBe(true);
    const inCombined = manifest.files.filter((e) => e.combinedFrom != null);
    expect(inCombined.map((e) => e.file)).not.toContain('13.1c-evaluasi-laporan/laporan-downtime-2023.xlsx');
    const total = inCombined.reduce((n, e) => n + e.pages!, 0);
    expect(pdfPageCount(combined)).toBe(total);
    for (const e of inCombined) {
      // The same page drawn from the same content stream extracts to the same text.
      expect(pdfText(combined, { page: e.combinedFrom! }), e.file).toBe(pdfText(join(t.out, e.file), { page: 1 }));
      expect(pdfText(combined, { page: e.combinedFrom! + e.pages! - 1 }), e.file).toBe(pdfText(join(t.out, e.file), { page: e.pages! }));
    }
  });

  it('bookmarks the index, each element and each document under its element, pointing at its first page', async () => {
    const doc = await PDFDocument.load(readFileSync(join(t.out, 'paket-akreditasi-2023.pdf')));
    const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    interface Mark {
      title: string;
      page: number;
      children: Mark[];
    }
    const read = (first: PDFDict | undefined): Mark[] => {
      const out: Mark[] = [];
      for (let n = first; n; n = n.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        const title = (n.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText();
        const dest = n.lookup(PDFName.of('Dest'), PDFArray);
        out.push({ title, page: pageIndex.get((dest.get(0) as PDFRef).toString())!, children: read(n.lookupMaybe(PDFName.of('First'), PDFDict)) });
      }
      return out;
    };
    const tree = read(outlines.lookupMaybe(PDFName.of('First'), PDFDict));
    expect(tree.map((n) => n.title)).toEqual([
      'Paket Bukti Akreditasi',
      expect.stringMatching(/^MRMIK 13\.1 a — /),
      expect.stringMatching(/^MRMIK 13\.1 b — /),
      expect.stringMatching(/^MRMIK 13\.1 c — /),
    ]);
    expect(tree[0]!.page).toBe(1);
    const byElement = { 'mrmik-13.1a': tree[1]!, 'mrmik-13.1b': tree[2]!, 'mrmik-13.1c': tree[3]! } as const;
    for (const [key, node] of Object.entries(byElement)) {
      const docs = manifest.files.filter((e) => e.element === key && e.combinedFrom != null);
      expect(node.children.map((c) => [c.title, c.page]), key).toEqual(docs.map((e) => [e.title, e.combinedFrom]));
      expect(node.page).toBe(docs[0]!.combinedFrom);
    }
  });

  it('the index maps every element to its files, with the edition, the findings and what the coordinator brings', () => {
    const text = pdfText(join(t.out, '00-sampul-dan-indeks.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('KMK HK.01.07/MENKES/1596/2024');
    expect(text).toContain('RSUD MOHAMMAD NATSIR');
    expect(text).toContain('Tahun 2023');
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    const a = at('MRMIK 13.1 a —');
    const b = at('MRMIK 13.1 b —');
    const c = at('MRMIK 13.1 c —');
    const m3 = at('MRMIK 3 —');
    expect(a < b && b < c && c < m3).toBe(true);
    // Each document's file name appears in its own element's section of the map (spaces removed:
    // a long name wraps inside its table cell).
    const compact = text.replace(/\s+/g, '');
    const [ca, cb, cc, c3] = ['MRMIK13.1a—', 'MRMIK13.1b—', 'MRMIK13.1c—', 'MRMIK3—'].map((h) => compact.indexOf(h)) as [number, number, number, number];
    for (const e of manifest.files.filter((x) => x.element !== 'pack')) {
      const name = e.file.slice(e.file.lastIndexOf('/') + 1);
      const [from, to] = ({ 'mrmik-13.1a': [ca, cb], 'mrmik-13.1b': [cb, cc], 'mrmik-13.1c': [cc, c3] } as Record<string, [number, number]>)[e.element]!;
      const i = compact.indexOf(name, from);
      expect(i > from && i < to, `${name} under ${e.element}`).toBe(true);
    }
    expect(text).toMatch(/Jenis bukti: R \(regulasi\)/);
    expect(text).toMatch(/Jenis bukti: D \(dokumen\) \+ W \(wawancara\)/);
    expect(text).toContain('Insiden 2 (2023-04-10, "Jaringan ke BPJS putus") tidak terencana dan belum dievaluasi');
    expect(text).toMatch(/Peraturan\/SK Direktur/);
    expect(text).toMatch(/TOR, undangan/);
    // The manifest section prints each document's hash.
    for (const e of manifest.files.filter((x) => x.element !== 'pack')) expect(text, e.file).toContain(e.sha256);
  });

  it('writes the action register as a workbook: one row per action, real due dates, status today', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(t.out, '13.1c-evaluasi-laporan/register-tindak-lanjut-2023.xlsx'));
    const ws = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    ws.eachRow((r, n) => {
      if (n > 4) rows.push((r.values as unknown[]).slice(1));
    });
    expect(rows.map((r) => [r[3], r[4], r[6]])).toEqual([
      ['Ganti baterai UPS ruang server', 'IPSRS', 'Selesai'],
      ['Uji beban UPS tiap enam bulan', 'Instalasi SIMRS', 'Lewat batas'],
      ['Perbarui daftar kontak di SPO', 'Kepala Instalasi SIMRS', 'Selesai'],
    ]);
    expect(rows[1]![5]).toEqual(new Date(Date.UTC(2023, 3, 30)));
    expect(rows[0]![1]).toBe('SIMRS tidak bisa diakses: listrik padam');
    expect(rows[2]![8]).toBe('Simulasi 15 Juni 2023');
    expect(ws.pageSetup.orientation).toBe('landscape');
    const pdf = pdfText(join(t.out, '13.1c-evaluasi-laporan/register-tindak-lanjut-2023.pdf')).replace(/\s+/g, ' ');
    expect(pdf).toContain('2 selesai, 0 terbuka, 1 lewat batas waktu');
  });

  it('finds what the data is missing, and only that', () => {
    const codes = (code: string) => manifest.readiness.filter((f) => f.code === code).map((f) => f.message);
    // January is attested, March–May have incidents; the other months have nothing.
    const noData = codes('month-no-data').map((m) => m.split(':')[0]);
    expect(noData).toEqual(['Februari 2023', 'Juni 2023', 'Juli 2023', 'Agustus 2023', 'September 2023', 'Oktober 2023', 'November 2023', 'Desember 2023']);
    expect(codes('unplanned-without-evaluation')).toEqual([expect.stringMatching(/^Insiden 2 /)]);
    expect(codes('overdue-action')).toEqual([expect.stringMatching(/^Tindak lanjut 2 .*Uji beban UPS.*30 April 2023/)]);
    expect(codes('open-action')).toEqual([]);
    expect(codes('no-drill-12-months')).toEqual([]);
    expect(codes('no-training')).toEqual([]);
    expect(codes('sop-review-due')).toEqual([]);
    // The drill's action 3 "Perbarui daftar kontak di SPO" is done; the sample SOPs' history does not cite it.
    expect(codes('sop-revision-not-cited')).toEqual([expect.stringMatching(/^Tindak lanjut #3 \(simulasi\) "Perbarui daftar kontak di SPO" selesai dan merevisi SPO, tetapi riwayat revisi SPO tidak menyebutnya/)]);
    expect(codes('sop-revision-cause-invalid')).toEqual([]);
    expect(stdout).toContain('Kesiapan: 11 kekurangan');
    expect(stdout).toContain('[unplanned-without-evaluation] Insiden 2');
  });

  it('--strict exits 5 with the pack written; a period with nothing missing exits 0', () => {
    const out = join(t.dir, 'strict');
    const r = t.run('pack', '--year', '2023', '--out', out, '--generated-at', AT, '--strict');
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/belum siap: 11 kekurangan/);
    expect(readdirSync(out)).toContain('paket-akreditasi-2023.pdf');

    // June 2023: attested nil, the drill's action done and cited by the take-over SOP's revision 02,
    // a drill and a training within 12 months.
    t.ok('attest', '--month', '2023-06', '--none', '--by', 'Andi');
    const sops = revisedSops(t.dir).flatMap((p) => ['--sop', p]);
    const june = t.run('pack', '--month', '2023-06', '--out', join(t.dir, 'june'), '--generated-at', '2023-07-01T09:00:00+07:00', '--strict', ...sops);
    // the only thing said on stderr: the sample profile is in use (as for every document)
    expect(june.stderr.replace(/^PERINGATAN: .*profil CONTOH.*\n/m, '')).toBe('');
    expect(june.code).toBe(0);
    expect(june.stdout).toContain('Kesiapan: tidak ada kekurangan yang ditemukan.');
    // Later the SOPs (both issued 25 November 2022: take-over and units) are due for review.
    const late = t.run('pack', '--month', '2023-06', '--out', join(t.dir, 'late'), '--generated-at', '2025-12-01T09:00:00+07:00', '--strict', '--json', ...sops);
    expect(late.code).toBe(5);
    const findings = (JSON.parse(late.stdout) as Manifest).readiness.map((f) => f.code);
    expect(findings).toEqual(['sop-review-due', 'sop-review-due']);
  });

  it('names an SOP with lint errors or a history without its current revision, and leaves the bad SOP out', () => {
    const yaml = readFileSync('data/sop/spo-takeover-server.yaml', 'utf8')
      .replace('revision: "01"\n  issuedOn', 'revision: "02"\n  issuedOn')
      .replace('address: 192.168.20.222', 'address: 192.168.20.221');
    const sop = join(t.dir, 'spo-salah.yaml');
    writeFileSync(sop, yaml);
    const out = join(t.dir, 'bad-sop');
    const r = t.run('pack', '--month', '2023-06', '--out', out, '--generated-at', '2023-07-01T09:00:00+07:00', '--sop', sop, '--json');
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout) as Manifest;
    const sopFindings = m.readiness.filter((f) => f.element === 'mrmik-13.1a');
    expect(sopFindings.map((f) => f.code)).toEqual(['sop-history-lacks-revision', 'sop-lint-error']);
    expect(sopFindings[0]!.message).toMatch(/revisi 02/);
    expect(sopFindings[1]!.message).toMatch(/spo-salah\.yaml: GALAT same-address/);
    expect(m.files.filter((e) => e.element === 'mrmik-13.1a')).toEqual([]);
    expect(pdfText(join(out, '00-sampul-dan-indeks.pdf')).replace(/\s+/g, ' ')).toContain('Belum ada berkas untuk elemen ini');
  });

  it('lists each SOP revision with its cause and the files it points at, and checks the cause against the store', () => {
    const dir = join(t.dir, 'revised');
    const sops = revisedSops(t.dir).flatMap((p) => ['--sop', p]);
    const r = t.run('pack', '--year', '2023', '--out', dir, '--generated-at', AT, '--json', ...sops);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as Manifest;
    expect(m.readiness.filter((f) => f.code.startsWith('sop-revision'))).toEqual([]);
    const from = (file: string) => m.files.find((e) => e.file === file)!.combinedFrom!;
    // (The file name after the last cut wraps in its line: "downtime-" ends a line.)
    const text = pdfText(join(dir, '00-sampul-dan-indeks.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain(
      `SPO Penanganan Downtime SIMRS di Unit Pelayanan revisi 01 (20 Maret 2023) akibat evaluasi insiden #1: Entri ulang farmasi diverifikasi apoteker — lihat 13.1c-evaluasi-laporan/formulir-evaluasi-1.pdf (hlm. ${from('13.1c-evaluasi-laporan/formulir-evaluasi-1.pdf')} berkas gabungan); rekaman historis perubahan di 13.1a-regulasi-spo/spo-penanganan-downtime`,
    );
    expect(text).toContain(
      `SPO Pengambilalihan (Take Over) Server Basis Data SIMRS revisi 02 (20 Juni 2023) akibat tindak lanjut #3: Daftar kontak diperbarui — lihat 13.1b-pelatihan-simulasi/laporan-simulasi-2023-06-15-1.pdf (hlm. ${from('13.1b-pelatihan-simulasi/laporan-simulasi-2023-06-15-1.pdf')} berkas gabungan)`,
    );
    // The register's workbook copy is named in Indonesian in the Indonesian index.
    expect(m.files.find((e) => e.file.endsWith('register-tindak-lanjut-2023.xlsx'))!.title).toBe('Register Tindak Lanjut Downtime — Tahun 2023 (buku kerja)');

    // Causes the store cannot back: incident 2 has no evaluation; action 2 is open; action 9 does not exist.
    const bad = revisedSops(join(t.dir, 'revised'), { unitCause: '{ incident: 2 }', takeoverCause: '{ action: [2, 9] }' }).flatMap((p) => ['--sop', p]);
    const b = t.run('pack', '--year', '2023', '--out', join(t.dir, 'bad-cause'), '--generated-at', AT, '--json', ...bad);
    const findings = (JSON.parse(b.stdout) as Manifest).readiness.filter((f) => f.code.startsWith('sop-revision')).map((f) => `${f.code}: ${f.message}`);
    expect(findings).toEqual([
      'sop-revision-cause-invalid: SPO Penanganan Downtime SIMRS di Unit Pelayanan (010/RSUD-MN/SIMRS/XI/2022) revisi 01 menyebut evaluasi insiden #2 sebagai penyebabnya, tetapi insiden 2 belum dievaluasi (downtime evaluate 2 --file …)',
      'sop-revision-cause-invalid: SPO Pengambilalihan (Take Over) Server Basis Data SIMRS (009/RSUD-MN/SIMRS/XI/2022) revisi 02 menyebut tindak lanjut #2 "Uji beban UPS tiap enam bulan", tetapi tindak lanjut itu belum selesai (downtime action done 2 --evidence "SPO revisi 02")',
      'sop-revision-cause-invalid: SPO Pengambilalihan (Take Over) Server Basis Data SIMRS (009/RSUD-MN/SIMRS/XI/2022) revisi 02 menyebut tindak lanjut #9 sebagai penyebabnya, tetapi tindak lanjut #9 tidak ada (lihat downtime actions)',
      expect.stringMatching(/^sop-revision-not-cited: Tindak lanjut #3 /),
    ]);
  });
});
