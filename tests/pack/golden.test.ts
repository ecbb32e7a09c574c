// Reviewed page images of the pack's own documents — the cover and index, the action register —
// made from the test store (fixture.ts) and its revised SOPs at a fixed date. Stored in tests/golden/pack/, apart from
// the pages tests/golden/pages.ts replaces wholesale. Re-approve on purpose only:
// GOLDEN_UPDATE=1 npx vitest run tests/pack/golden.test.ts, then look at every changed page.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { comparePages } from '../golden/compare.js';
import { packStore, revisedSops } from './fixture.js';

const DIR = fileURLToPath(new URL('../golden/pack/', import.meta.url));
const MAX_RATIO = 0.001;
const DOCS: [string, string][] = [
  ['pack-index', '00-sampul-dan-indeks.pdf'],
  ['pack-register', '13.1c-evaluasi-laporan/register-tindak-lanjut-2023.pdf'],
];

let pages: { name: string; files: string[] }[];
beforeAll(() => {
  const t = packStore();
  // The SOPs revised after the store's evaluation and drill: the index lists both revisions with their cause.
  const sops = revisedSops(t.dir).flatMap((p) => ['--sop', p]);
  t.ok('pack', '--year', '2023', '--out', t.out, '--generated-at', '2024-01-15T09:00:00+07:00', ...sops);
  const img = join(t.dir, 'img');
  mkdirSync(img);
  pages = DOCS.map(([name, file]) => {
    execFileSync('pdftoppm', ['-png', '-r', '60', join(t.out, file), join(img, name)]);
    const num = (f: string) => Number(/-(\d+)\.png$/.exec(f)![1]);
    return { name, files: readdirSync(img).filter((f) => f.startsWith(`${name}-`)).sort((a, b) => num(a) - num(b)).map((f) => join(img, f)) };
  });
  if (process.env.GOLDEN_UPDATE === '1') {
    mkdirSync(DIR, { recursive: true });
    for (const f of readdirSync(DIR)) rmSync(join(DIR, f));
    for (const p of pages) p.files.forEach((f, i) => copyFileSync(f, join(DIR, `${p.name}-${i + 1}.png`)));
  }
}, 120_000);

describe('pack golden pages', () => {
  it('renders the cover and index and the register as approved', () => {
    const failures: string[] = [];
    for (const p of pages) {
      const stored = readdirSync(DIR).filter((f) => new RegExp(`^${p.name}-\\d+\\.png$`).test(f));
      if (stored.length !== p.files.length) failures.push(`${p.name}: ${p.files.length} pages, ${stored.length} approved`);
      p.files.forEach((f, i) => {
        const golden = join(DIR, `${p.name}-${i + 1}.png`);
        if (!existsSync(golden)) return void failures.push(`${p.name} page ${i + 1}: no golden image`);
        const d = comparePages(f, golden);
        if (!d.sameSize || d.ratio > MAX_RATIO) failures.push(`${p.name} page ${i + 1}: ${d.sameSize ? `${d.differing} pixels differ` : 'size differs'} — see ${f}`);
      });
    }
    expect(failures).toEqual([]);
  });
});
