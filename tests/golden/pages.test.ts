// The reviewed page images of the report (a month, a year) and the SPO (every page): a page that
// changes visibly fails here. Re-approve on purpose only: GOLDEN_UPDATE=1 npx vitest run
// tests/golden, then look at every changed page before committing it.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { comparePages } from './compare.js';
import { GOLDEN_DIR, goldenFile, renderDocuments, updateGolden, type RenderedDoc } from './pages.js';

/** At most this share of a page's pixels may differ (0.1 %: about 40 pixels of a 60 dpi A4 page). */
const MAX_RATIO = 0.001;

let docs: RenderedDoc[];
beforeAll(() => {
  docs = renderDocuments();
  if (process.env.GOLDEN_UPDATE === '1') updateGolden(docs);
}, 120_000);

describe('golden pages', () => {
  it('has as many pages as were approved, per document', () => {
    const stored = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.png'));
    for (const d of docs) expect(stored.filter((f) => new RegExp(`^${d.name}-\\d+\\.png$`).test(f)).length, d.name).toBe(d.pages.length);
  });

  it('renders every page as approved (within a small pixel tolerance)', () => {
    const failures: string[] = [];
    for (const d of docs)
      d.pages.forEach((p, i) => {
        const golden = goldenFile(d.name, i + 1);
        if (!existsSync(golden)) return void failures.push(`${d.name} page ${i + 1}: no golden image`);
        const diff = comparePages(p, golden);
        if (!diff.sameSize || diff.ratio > MAX_RATIO) failures.push(`${d.name} page ${i + 1}: ${diff.sameSize ? `${diff.differing} pixels (${(diff.ratio * 100).toFixed(2)} %) differ` : 'size differs'} — see ${p}`);
      });
    expect(failures).toEqual([]);
  });
});
