// exceljs' streaming reader gave different sheets from run to run. Ours must not: each multi-sheet
// fixture is read in 10 separate Node processes, two at a time, and every output must be the same.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
const DUMP = 'tests/fixtures/xlsx/dump.mjs';

describe('xlsx reader: the same output in every process', () => {
  it('built reader is there (npm test builds it first)', () => {
    expect(existsSync('dist/sources/xlsx-reader.js')).toBe(true);
  });

  for (const name of ['months-exceljs.xlsx', 'months-libreoffice.xlsx', 'months-prefixed.xlsx', 'hidden-lookup.xlsx']) {
    it(`${name}: 10 processes, 2 in parallel`, async () => {
      const file = `tests/fixtures/xlsx/${name}`;
      const outputs: string[] = [];
      for (let i = 0; i < 5; i++) {
        const pair = await Promise.all([run(process.execPath, [DUMP, file]), run(process.execPath, [DUMP, file])]);
        outputs.push(...pair.map((p) => p.stdout));
      }
      const first = JSON.parse(outputs[0]!) as { sheets: { name: string; rows: unknown[] }[] };
      expect(first.sheets.length).toBeGreaterThanOrEqual(3);
      expect(first.sheets.every((s) => s.rows.length > 0)).toBe(true);
      expect(JSON.stringify(first)).not.toContain('[object Object]');
      for (const o of outputs) expect(o).toBe(outputs[0]);
    });
  }
});
