// Sampul dan indeks: the hospital, the period, the edition of the standard; per element of MRMIK
// 13.1 (and MRMIK 3) its wording, the evidence type the 2024 instrument asks, and the files in the
// folder with their pages and first page in the combined PDF; the readiness findings; what the
// coordinator still brings; the manifest (file, pages, SHA-256).
import { F } from '../documents/kit/pdf-base.js';
import { FormDoc, signatoryColumn, type FormOptions } from '../documents/forms/form-doc.js';
import type { Lang } from '../types.js';
import { ELEMENT_DIR, ELEMENTS, EVIDENCE_WORDS } from './elements.js';
import { ELEMENT_KEYS, type ElementKey, type Finding, type ManifestEntry } from './types.js';

export interface SopRevisionNote {
  sop: string;
  file: string | null;
  revision: string;
  date: string;
  change: string;
}

export interface IndexInput {
  periodTitle: string;
  citation: string;
  /** The documents of the folder (not this index, not the combined PDF), in pack order. */
  entries: ManifestEntry[];
  combinedFile: string;
  findings: Finding[];
  /** SOP revisions dated in the period: the proof that lessons changed the procedure (13.1 c). */
  revisions: SopRevisionNote[];
}

const LABELS = {
  id: {
    title: 'Paket Bukti Akreditasi',
    subtitle: 'MRMIK 13.1 — Waktu Henti (Downtime) Sistem Data',
    hospital: 'Rumah sakit',
    unit: 'Unit pengelola',
    period: 'Periode',
    standard: 'Standar',
    combined: 'Berkas gabungan',
    combinedNote: 'semua dokumen dalam satu PDF/A dengan penanda (bookmark) per elemen dan per dokumen',
    map: 'A. Peta Elemen Penilaian dan Berkas',
    evidence: 'Jenis bukti',
    folder: 'Folder',
    cols: { no: 'No', doc: 'Dokumen', file: 'Berkas', pages: 'Hlm.', from: 'Hlm. gabungan' },
    noFiles: 'Belum ada berkas untuk elemen ini dalam periode ini.',
    interview: 'W (wawancara): staf unit pelayanan dan petugas TI menjelaskan perannya dalam prosedur downtime; disiapkan koordinator, bukan berkas.',
    revisions: 'Revisi SPO dalam periode (perbaikan sesudah evaluasi):',
    revision: (r: SopRevisionNote) => `${r.sop} revisi ${r.revision} (${r.date}): ${r.change}${r.file ? ` — lihat rekaman historis perubahan di ${r.file}` : ''}`,
    identity: 'Identitas dokumen (MRMIK 3): setiap dokumen memuat judul, nomor, tanggal terbit, revisi, jumlah halaman dan yang mengesahkan di kaki halamannya.',
    readiness: 'B. Pemeriksaan Kesiapan',
    ready: 'Tidak ada kekurangan yang ditemukan dari data.',
    notReady: (n: number) => `${n} kekurangan ditemukan dari data:`,
    bring: 'C. Yang Masih Disiapkan Koordinator',
    bringItems: [
      'Tanda tangan basah (atau TTE) dan stempel pada setiap dokumen; nomor surat dari bagian umum.',
      'Peraturan/SK Direktur tentang kebijakan pengelolaan SIMRS dan penanganan downtime (regulasi 13.1 a).',
      'TOR, undangan dan materi pelatihan (bukti pelatihan 13.1 b selain laporan dan daftar hadir).',
      'Bukti wawancara: staf yang siap menjelaskan perannya saat downtime (W pada 13.1 b).',
    ],
    manifest: 'D. Manifes Berkas',
    mcols: { file: 'Berkas', element: 'Elemen', pages: 'Hlm.', sha: 'SHA-256' },
    manifestNote: 'Sampul ini, berkas gabungan dan manifest.json sendiri tercatat di manifest.json.',
    made: 'Disusun oleh,',
  },
  en: {
    title: 'Accreditation Evidence Pack',
    subtitle: 'MRMIK 13.1 — Downtime of the Data Systems',
    hospital: 'Hospital',
    unit: 'Unit',
    period: 'Period',
    standard: 'Standard',
    combined: 'Combined file',
    combinedNote: 'every document in one PDF/A with bookmarks per element and per document',
    map: 'A. Elements and Files',
    evidence: 'Evidence',
    folder: 'Folder',
    cols: { no: 'No', doc: 'Document', file: 'File', pages: 'Pp.', from: 'Combined p.' },
    noFiles: 'No file for this element in this period yet.',
    interview: 'W (interview): service-unit and IT staff explain their role in the downtime procedure; prepared by the coordinator, not a file.',
    revisions: 'SOP revisions in the period (improvements after evaluation):',
    revision: (r: SopRevisionNote) => `${r.sop} revision ${r.revision} (${r.date}): ${r.change}${r.file ? ` — see the revision history in ${r.file}` : ''}`,
    identity: 'Document identity (MRMIK 3): every document carries its title, number, issue date, revision, page count and approver in its footer.',
    readiness: 'B. Readiness Check',
    ready: 'Nothing missing found in the data.',
    notReady: (n: number) => `${n} gaps found in the data:`,
    bring: 'C. What the Coordinator Still Brings',
    bringItems: [
      'Wet signatures (or electronic signatures) and stamps on every document; letter numbers from the general office.',
      "The director's regulation/decree on SIMRS management and downtime handling (regulation of 13.1 a).",
      'Training TOR, invitation and material (training evidence of 13.1 b besides the report and attendance list).',
      'Interview evidence: staff ready to explain their role during downtime (W of 13.1 b).',
    ],
    manifest: 'D. File Manifest',
    mcols: { file: 'File', element: 'Element', pages: 'Pp.', sha: 'SHA-256' },
    manifestNote: 'This cover, the combined file and manifest.json itself are listed in manifest.json.',
    made: 'Prepared by,',
  },
} satisfies Record<Lang, unknown>;

export const indexTitle = (lang: Lang) => LABELS[lang].title;

export const elementCode = (key: ElementKey | 'pack') => (key === 'pack' ? '–' : ELEMENTS[key].code);

export async function renderIndexPdf(input: IndexInput, opts: FormOptions): Promise<Buffer> {
  const { lang, profile } = opts;
  const L = LABELS[lang];
  const f = new FormDoc(opts, L.title);
  f.heading1(L.title, [L.subtitle, input.periodTitle]);
  f.fields([
    { label: L.hospital, value: profile.hospital.name, bold: true },
    { label: L.unit, value: profile.hospital.unit },
    { label: L.period, value: input.periodTitle },
    { label: L.standard, value: input.citation },
    { label: L.combined, value: `${input.combinedFile} (${L.combinedNote})` },
  ]);

  f.heading(L.map);
  for (const key of ELEMENT_KEYS) {
    const el = ELEMENTS[key];
    const evidence = el.evidence.map((e) => `${e} (${EVIDENCE_WORDS[lang][e]})`).join(' + ');
    const caption = `${el.code} — ${el.holds[lang]}`;
    if (key === 'mrmik-3') {
      f.heading(`${el.code} — ${L.evidence}: ${evidence}`);
      f.paragraph(L.identity);
      continue;
    }
    f.heading(caption);
    f.paragraph(`${el.text[lang]}  ${L.evidence}: ${evidence}.`, { font: F.italic });
    f.paragraph(`${L.folder}: ${ELEMENT_DIR[key]}/`);
    const files = input.entries.filter((e) => e.element === key);
    if (!files.length) f.empty(L.noFiles);
    else
      f.table(
        [
          { header: L.cols.no, share: 0.05, align: 'center' },
          { header: L.cols.doc, share: 0.45 },
          { header: L.cols.file, share: 0.32 },
          { header: L.cols.pages, share: 0.07, align: 'right' },
          { header: L.cols.from, share: 0.11, align: 'right' },
        ],
        files.map((e, i) => [String(i + 1), e.title, e.file.slice(e.file.lastIndexOf('/') + 1), e.pages == null ? '–' : String(e.pages), e.combinedFrom == null ? '–' : String(e.combinedFrom)]),
      );
    if (el.evidence.includes('W')) f.paragraph(L.interview);
    if (key === 'mrmik-13.1c' && input.revisions.length) {
      f.paragraph(L.revisions, { font: F.bold });
      for (const r of input.revisions) f.prose(`- ${L.revision(r)}`);
    }
  }

  f.heading(L.readiness);
  if (!input.findings.length) f.paragraph(L.ready);
  else {
    f.paragraph(L.notReady(input.findings.length));
    f.table(
      [
        { header: L.cols.no, share: 0.05, align: 'center' },
        { header: L.mcols.element, share: 0.15 },
        { header: lang === 'id' ? 'Kekurangan' : 'Gap', share: 0.8 },
      ],
      input.findings.map((x, i) => [String(i + 1), ELEMENTS[x.element].code, x.message]),
    );
  }

  f.heading(L.bring);
  f.prose(L.bringItems.map((b, i) => `${i + 1}. ${b}`).join('\n'));
  // Signed after what the coordinator brings: the manifest below is an appendix, and a signature
  // after a long hash table would often stand alone on the last page.
  f.signatures([signatoryColumn(profile.signatories.preparedBy, L.made)], f.placeAndDate());

  f.table(
    [
      // The hash column fits 64 Cousine characters at 6.5 pt on one line.
      { header: L.mcols.file, share: 0.3 },
      { header: L.mcols.element, share: 0.1 },
      { header: L.mcols.pages, share: 0.05, align: 'right' },
      { header: L.mcols.sha, share: 0.55 },
    ],
    input.entries.map((e) => [e.file, elementCode(e.element), e.pages == null ? '–' : String(e.pages), { text: e.sha256, font: F.mono }]),
    { heading: L.manifest, fontSize: 6.5 },
  );
  f.paragraph(L.manifestNote, { font: F.italic });
  return f.finish({});
}
