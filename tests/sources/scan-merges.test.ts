import { describe, expect, it } from 'vitest';
import { scanMerges } from '../../src/sources/zip.js';

async function* chunked(text: string, cuts: number[]): AsyncGenerator<Buffer> {
  const buf = Buffer.from(text, 'latin1');
  let at = 0;
  for (const c of [...cuts, buf.length]) {
    yield buf.subarray(at, c);
    at = c;
  }
}

const rows = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('');
const sheet = `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData><mergeCells count="2"><mergeCell ref="A2:A5"/><x:mergeCell ref="$B$7:C9"/></mergeCells></worksheet>`;
const expected = [
  { top: 2, bottom: 5, left: 1, right: 1 },
  { top: 7, bottom: 9, left: 2, right: 3 },
];

describe('scanMerges', () => {
  it('finds the merged ranges wherever the chunks are cut, also in chunks of cell data only', async () => {
    for (let cut = 1; cut < sheet.length; cut++) {
      expect(await scanMerges(chunked(sheet, [cut])), `cut at ${cut}`).toEqual(expected);
    }
    // many small chunks: most of them hold neither a declaration nor a merge
    const cuts = Array.from({ length: Math.floor(sheet.length / 7) }, (_, i) => (i + 1) * 7);
    expect(await scanMerges(chunked(sheet, cuts))).toEqual(expected);
  });

  it('refuses a DOCTYPE or ENTITY declaration wherever the chunks are cut', async () => {
    for (const decl of ['<!DOCTYPE x [<!ENTITY a "b">]>', '<!entity a "b">']) {
      const text = `<?xml version="1.0"?>${decl}<worksheet><sheetData>${rows}</sheetData></worksheet>`;
      const at = text.indexOf('<!');
      for (let cut = at - 2; cut <= at + 10; cut++) {
        await expect(scanMerges(chunked(text, [cut])), `cut at ${cut}`).rejects.toThrow();
      }
    }
  });

  it('finds nothing in a sheet without merges', async () => {
    expect(await scanMerges(chunked(`<worksheet><sheetData>${rows}</sheetData></worksheet>`, [50, 120, 300]))).toEqual([]);
  });
});
