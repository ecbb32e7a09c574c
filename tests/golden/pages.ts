// Renders the documents whose pages are kept as reviewed images (tests/golden/*.png): the report
// for a month and a year, the SPO and the four record-cycle forms, through the built CLI as a user runs it, each page as a
// 60 dpi PNG. Used by pages.test.ts; `GOLDEN_UPDATE=1 npx vitest run tests/golden` replaces the
// stored pages (look at every page you re-approve before committing it).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, tempDir } from '../helpers/cli.js';

export const GOLDEN_DIR = fileURLToPath(new URL('.', import.meta.url));
const SAMPLE = 'data/log-downtime-rsud-m-natsir.xlsx';
const AT = '2026-11-25T09:00:00+07:00';
const FORMS_AT = '2026-12-10T09:00:00+07:00';

/** Golden stem → PDF written by scripts/render-forms-sample.mjs. */
const FORMS: [string, string][] = [
  ['form-evaluation', 'formulir-evaluasi-DT-2026-014.pdf'],
  ['form-notice', 'pemberitahuan-downtime-DT-2026-015.pdf'],
  ['form-drill', 'laporan-simulasi-2026-11-18.pdf'],
  ['form-training', 'laporan-pelatihan-2026-11-11.pdf'],
];

export interface RenderedDoc {
  /** Stem of the page images: `<name>-<page>.png`. */
  name: string;
  pages: string[];
}

function run(args: string[]): void {
  const r = runCli(args);
  if (r.code !== 0) throw new Error(`downtime ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
}

/** pdftoppm's page images of `pdf`, named `<name>-1.png`, `<name>-2.png`, … in page order. */
function pages(pdf: string, root: string, name: string): string[] {
  const dir = join(root, name);
  mkdirSync(dir);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(dir, name)]);
  const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
  // pdftoppm pads page numbers (-01, -1) depending on the count: sort numerically, rename plainly.
  const num = (f: string): number => Number(/-(\d+)\.png$/.exec(f)![1]);
  return files.sort((a, b) => num(a) - num(b)).map((f) => join(dir, f));
}

export function renderDocuments(): RenderedDoc[] {
  const dir = tempDir('downtime-golden-');
  const db = join(dir, 'store.sqlite');
  run(['import', SAMPLE, '--db', db]);
  const out = join(dir, 'out');
  run(['report', '--db', db, '--month', '2022-10', '--format', 'pdf', '--out', out, '--generated-at', AT]);
  run(['report', '--db', db, '--year', '2022', '--format', 'pdf', '--out', out, '--generated-at', AT]);
  run(['sop', '--format', 'pdf', '--out', out, '--generated-at', AT]);
  // The record-cycle forms from the samples, through the script `npm run demo` uses.
  // Dated after the sample incident (5 Dec 2026), as an evaluation is; the script's default date.
  execFileSync(process.execPath, ['scripts/render-forms-sample.mjs', out], { env: { ...process.env, GENERATED_AT: FORMS_AT } });
  const img = join(dir, 'img');
  mkdirSync(img);
  return [
    { name: 'report-2022-10', pages: pages(join(out, 'laporan-downtime-2022-10.pdf'), img, 'report-2022-10') },
    { name: 'report-2022', pages: pages(join(out, 'laporan-downtime-2022.pdf'), img, 'report-2022') },
    { name: 'sop', pages: pages(join(out, 'spo-takeover-server.pdf'), img, 'sop') },
    ...FORMS.map(([name, file]) => ({ name, pages: pages(join(out, file), img, name) })),
    { name: 'sop-unit', pages: pages(join(out, 'spo-penanganan-downtime-unit.pdf'), img, 'sop-unit') },
  ];
}

export const goldenFile = (name: string, page: number): string => join(GOLDEN_DIR, `${name}-${page}.png`);

/** Replaces the stored pages with `docs` (GOLDEN_UPDATE=1 npx vitest run tests/golden). */
export function updateGolden(docs: RenderedDoc[]): void {
  for (const f of readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.png'))) rmSync(join(GOLDEN_DIR, f));
  for (const d of docs) d.pages.forEach((p, i) => copyFileSync(p, goldenFile(d.name, i + 1)));
}
