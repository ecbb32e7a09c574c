// Pixel comparison of page images with a small tolerance: anti-aliasing and font rasterising may
// differ by a few grey levels between poppler builds; a moved line, a changed word or a missing
// logo changes thousands of pixels.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';

export interface PageDiff {
  sameSize: boolean;
  width: number;
  height: number;
  /** Pixels whose grey level differs by more than `threshold`. */
  differing: number;
  ratio: number;
}

const grey = (d: Buffer, i: number): number => 0.299 * d[i]! + 0.587 * d[i + 1]! + 0.114 * d[i + 2]!;

export function comparePages(actualFile: string, expectedFile: string, threshold = 48): PageDiff {
  const a = PNG.sync.read(readFileSync(actualFile));
  const e = PNG.sync.read(readFileSync(expectedFile));
  if (a.width !== e.width || a.height !== e.height) return { sameSize: false, width: a.width, height: a.height, differing: Infinity, ratio: 1 };
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) if (Math.abs(grey(a.data, i) - grey(e.data, i)) > threshold) differing++;
  return { sameSize: true, width: a.width, height: a.height, differing, ratio: differing / (a.width * a.height) };
}
