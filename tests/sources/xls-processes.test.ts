// Each .xls fixture read in 10 separate processes, two at a time, must give identical output —
// the same as in this process. (exceljs' streaming reader is not deterministic on multi-sheet
// workbooks under load, see shared/LIBRARIES.md; this guards the .xls reader against the same.)
// The children run the built reader: `npm test` builds first; alone, run `npm run build` before.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeProgress } from '../../src/sources/progress.js';
import { scanWorkbook } from '../../src/sources/scan-workbook.js';
import { openXlsWorkbook } from '../../src/sources/xls-reader.js';
import type { Workbook } from '../../src/sources/workbook.js';

const DIST = resolve('dist/sources');
const FIXTURES = ['monthly', 'lookup', 'types'];

interface Deps {
  openXlsWorkbook: typeof openXlsWorkbook;
  scanWorkbook: typeof scanWorkbook;
  makeProgress: typeof makeProgress;
}

/** The whole workbook and the incidents the table scanner finds in it, as one JSON text. */
async function dump(path: string, d: Deps): Promise<string> {
  const wb: Workbook = d.openXlsWorkbook(path, path);
  const sheets = [];
  for (const s of wb.sheets) {
    const rows = [];
    for await (const r of s.rows()) rows.push(r);
    sheets.push({ name: s.name, state: s.state, merges: await s.merges(), rows });
  }
  const incidents = await d.scanWorkbook(d.openXlsWorkbook(path, path), { file: path }, d.makeProgress(undefined)).then(
    (r) => ({ rows: r.rows, issues: r.issues, sheets: r.sheets }),
    (e: unknown) => ({ refused: (e as Error).message }),
  );
  return JSON.stringify({ date1904: wb.date1904, sheets, incidents });
}

// The child runs this very function (type annotations are erased by the transform) on dist/.
const CHILD = `
const [dist, path] = process.argv.slice(1);
const deps = { ...(await import(dist + '/xls-reader.js')), ...(await import(dist + '/scan-workbook.js')), ...(await import(dist + '/progress.js')) };
${dump.toString()}
process.stdout.write(await dump(path, deps));
`;

function child(path: string): Promise<string> {
  return new Promise((res, rej) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', CHILD, pathToFileURL(DIST).href, path],
      { maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => (err ? rej(new Error(`${err.message}\n${stderr}`)) : res(stdout)),
    );
  });
}

describe('the same output in every process', () => {
  it.each(FIXTURES)('%s.xls read in 10 processes, two at a time', async (name) => {
    expect(existsSync(`${DIST}/xls-reader.js`), 'dist/ is missing: run npm run build').toBe(true);
    const path = `tests/fixtures/xls/${name}.xls`;
    const here = await dump(path, { openXlsWorkbook, scanWorkbook, makeProgress });
    const outputs: string[] = [];
    for (let i = 0; i < 10; i += 2) outputs.push(...(await Promise.all([child(path), child(path)])));
    expect(outputs).toHaveLength(10);
    for (const out of outputs) expect(out).toBe(here);
    expect(JSON.parse(here).sheets.length).toBeGreaterThan(0);
  });
});
