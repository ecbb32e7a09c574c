// Sampul dan indeks: the hospital, the period, the edition of the standard; per element of MRMIK
// 13.1 (and MRMIK 3) its wording, the evidence type the 2024 instrument asks, and the files in the
// folder with their pages and first page in the combined PDF; the readiness findings; what the
// coordinator still brings; the manifest (file, pages, SHA-256).
import { F } from '../documents/kit/pdf-base.js';
import { FormDoc, signatoryColumn, type FormOptions } from '../documents/forms/form-doc.js';
import type { Lang } from '../types.js';
import type { RevisionCause } from '../documents/sop/schema.js';
import { formatDateLong } from '../format.js';
import { ELEMENT_DIR, ELEMENTS } from './elements.js';
import { PACK } from '../wording/pack.js';
import { ELEMENT_KEYS, type ElementKey, type Finding, type ManifestEntry } from './types.js';

export interface SopRevisionNote {
  sop: string;
  file: string | null;
  revision: string;
  date: string;
  change: string;
  /** What the revision's history entry says caused it (`cause`), if it says. */
  cause: RevisionCause | null;
  /** Files of the folder the cause names (evaluation form, drill report), as paths in the folder. */
  evidence: string[];
}

export interface IndexInput {
  periodTitle: string;
  citation: string;
  /** The documents of the folder (not this index, not the combined PDF), in pack order. */
  entries: ManifestEntry[];
  combinedFile: string;
  findings: Finding[];
  /** SOP revisions of the period (revisions.ts): the proof that lessons changed the procedure (13.1 c). */
  revisions: SopRevisionNote[];
}

export const indexTitle = (lang: Lang) => PACK.in(lang).index.title;

export const elementCode = (key: ElementKey | 'pack') => (key === 'pack' ? '–' : ELEMENTS[key].code);

/** One SOP revision with its cause and the files (and combined pages) the cause points at. */
export function revisionLine(r: SopRevisionNote, entries: readonly ManifestEntry[], lang: Lang): string {
  const L = PACK.in(lang).index;
  const date = formatDateLong(r.date, lang);
  if (!r.cause) return L.revision(r.sop, r.revision, date, r.change, r.file);
  const cause = [...(r.cause.incident != null ? [L.causeIncident(r.cause.incident)] : []), ...(r.cause.actions.length ? [L.causeActions(r.cause.actions)] : [])].join(L.causeAnd);
  const evidence = r.evidence.map((file) => L.evidenceAt(file, entries.find((e) => e.file === file)?.combinedFrom ?? null));
  return L.revisionCaused(r.sop, r.revision, date, cause, r.change, evidence, r.file);
}

export async function renderIndexPdf(input: IndexInput, opts: FormOptions): Promise<Buffer> {
  const { lang, profile } = opts;
  const W = PACK.in(lang);
  const L = W.index;
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
    const evidence = el.evidence.map((e) => `${e} (${W.evidence[e]})`).join(' + ');
    const caption = `${el.code} — ${W.elements[key].holds}`;
    if (key === 'mrmik-3') {
      f.heading(`${el.code} — ${L.evidence}: ${evidence}`);
      f.paragraph(L.identity);
      continue;
    }
    f.heading(caption);
    f.paragraph(`${W.elements[key].text}  ${L.evidence}: ${evidence}.`, { font: F.italic });
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
      for (const r of input.revisions) f.prose(`- ${revisionLine(r, input.entries, lang)}`);
    }
  }

  // The heading and its "n gaps" line stay with the table's header and first rows (a page once
  // ended on "10 kekurangan ditemukan dari data:" with the table on the next).
  if (input.findings.length) f.ensure(170);
  f.heading(L.readiness);
  if (!input.findings.length) f.paragraph(L.ready);
  else {
    f.paragraph(L.notReady(input.findings.length));
    f.table(
      [
        { header: L.cols.no, share: 0.05, align: 'center' },
        { header: L.mcols.element, share: 0.15 },
        { header: L.gap, share: 0.8 },
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
