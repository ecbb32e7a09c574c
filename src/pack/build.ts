// Assembles the pack from rendered documents: each into its element's folder, the action register,
// the manifest, the cover and index (rendered until its own page count is stable, because the
// combined PDF's page numbers it prints start after it), and the combined PDF/A. Returns the files
// to write; nothing is written here.
import { createHash } from 'node:crypto';
import type { FormOptions } from '../documents/forms/form-doc.js';
import { combinePdf, pageCount } from './combine.js';
import { ELEMENT_DIR, ELEMENTS } from './elements.js';
import { indexTitle, renderIndexPdf, type SopRevisionNote } from './index-doc.js';
import { ELEMENT_KEYS, type ElementKey, type Finding, type ManifestEntry } from './types.js';
import type { Rendered } from './sources.js';
import { PACK } from '../wording/pack.js';

export interface PackFile {
  file: string;
  data: Buffer;
}

export interface BuiltPack {
  files: PackFile[];
  manifest: ManifestEntry[];
  combinedFile: string;
  indexFile: string;
}

export interface BuildInput {
  label: string;
  periodTitle: string;
  citation: string;
  docs: Rendered[];
  findings: Finding[];
  revisions: SopRevisionNote[];
  opts: FormOptions;
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const isPdf = (name: string) => name.toLowerCase().endsWith('.pdf');

export const INDEX_FILE = '00-sampul-dan-indeks.pdf';
export const combinedName = (label: string) => `paket-akreditasi-${label}.pdf`;

/** Element order, then the order the sources gave. */
function ordered(docs: Rendered[]): Rendered[] {
  const rank = (k: ElementKey) => ELEMENT_KEYS.indexOf(k);
  return docs.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d.element) - rank(b.d.element) || a.i - b.i).map((x) => x.d);
}

export async function buildPack(input: BuildInput): Promise<BuiltPack> {
  const docs = ordered(input.docs);
  const path = (d: Rendered) => (ELEMENT_DIR[d.element] ? `${ELEMENT_DIR[d.element]}/${d.name}` : d.name);
  const entries: ManifestEntry[] = [];
  for (const d of docs) {
    entries.push({ file: path(d), element: d.element, title: d.title, pages: isPdf(d.name) ? await pageCount(d.data) : null, sha256: sha256(d.data), bytes: d.data.length });
  }
  const combinedFile = combinedName(input.label);

  // The combined PDF: the index first, then every PDF in element order.
  const numberFrom = (indexPages: number) => {
    let next = indexPages + 1;
    docs.forEach((d, i) => {
      const e = entries[i]!;
      if (d.combine && e.pages != null) {
        e.combinedFrom = next;
        next += e.pages;
      } else delete e.combinedFrom;
    });
  };
  let indexPages = 1;
  let index: Buffer = Buffer.alloc(0);
  for (let round = 0; round < 4; round++) {
    numberFrom(indexPages);
    index = await renderIndexPdf({ periodTitle: input.periodTitle, citation: input.citation, entries, combinedFile, findings: input.findings, revisions: input.revisions }, input.opts);
    const n = await pageCount(index);
    if (n === indexPages) break;
    indexPages = n;
  }

  const { lang, profile, generatedAt } = input.opts;
  const title = `${indexTitle(lang)} MRMIK 13.1 — ${input.periodTitle}`;
  const combined = await combinePdf({
    front: [{ title: indexTitle(lang), pdf: index }],
    groups: ELEMENT_KEYS.filter((k) => k !== 'mrmik-3').map((k) => ({
      title: `${ELEMENTS[k].code} — ${PACK.in(lang).elements[k].holds}`,
      parts: docs.filter((d) => d.element === k && d.combine).map((d) => ({ title: d.title, pdf: d.data })),
    })),
    meta: { title, author: `${profile.hospital.unit} ${profile.hospital.name}`, subject: `${title} — ${profile.hospital.shortName}`, generatedAt },
  });

  const files: PackFile[] = [{ file: INDEX_FILE, data: index }, ...docs.map((d) => ({ file: path(d), data: d.data })), { file: combinedFile, data: combined }];
  const manifest: ManifestEntry[] = [
    { file: INDEX_FILE, element: 'pack', title: indexTitle(lang), pages: indexPages, sha256: sha256(index), bytes: index.length, combinedFrom: 1 },
    ...entries,
    { file: combinedFile, element: 'pack', title, pages: await pageCount(combined), sha256: sha256(combined), bytes: combined.length },
  ];
  return { files, manifest, combinedFile, indexFile: INDEX_FILE };
}
