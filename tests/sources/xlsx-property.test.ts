// Generated workbooks written by exceljs, read by our reader and by an independent one (exceljs'
// in-memory reader, whose values go through the same convertExcelValue), compared cell by cell.
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { convertExcelValue } from '../../src/sources/cells.js';
import { openXlsxWorkbook } from '../../src/sources/xlsx-reader.js';
import { makeTempDir } from '../helpers/build-files.js';
import { rng } from '../helpers/rng.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const WORDS = ['Server', 'down', ' & ', '<b>', '"kutip"', "'apos'", 'é', '東京', '😀', '\n', 'baris\nkedua', '  spasi  ', 'A&amp;B', ';', '\t', 'Kejadian'];
const DATE_FMTS = ['dd/mm/yyyy', 'd mmmm yyyy', 'dd/mm/yyyy hh:mm', 'yyyy-mm-dd'];
const TIME_FMTS = ['h:mm', 'hh:mm:ss', '[h]:mm'];

type Cell = { value: ExcelJS.CellValue; numFmt?: string };

function genCell(r: () => number): Cell | null {
  const k = Math.floor(r() * 7);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  switch (k) {
    case 0:
      return null;
    case 1:
      return { value: Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(WORDS)).join('') };
    case 2:
      return { value: Math.round((r() - 0.3) * 1e6) / 100 };
    case 3:
      return { value: new Date(Date.UTC(2000 + Math.floor(r() * 40), Math.floor(r() * 12), 1 + Math.floor(r() * 28), Math.floor(r() * 24), Math.floor(r() * 60))), numFmt: pick(DATE_FMTS) };
    case 4:
      return { value: Math.floor(r() * 1440) / 1440, numFmt: pick(TIME_FMTS) };
    case 5:
      return { value: r() < 0.5 };
    default:
      return { value: Math.floor(r() * 1000), numFmt: pick(['0', '0.00', '#,##0', '0 "menit"']) };
  }
}

describe('xlsx reader = exceljs in-memory reader on generated workbooks', () => {
  it('20 workbooks: sheets, states, every cell', async () => {
    let compared = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      const wb = new ExcelJS.Workbook();
      const nSheets = 1 + Math.floor(r() * 5);
      for (let s = 0; s < nSheets; s++) {
        const state = r() < 0.2 ? 'hidden' : r() < 0.1 ? 'veryHidden' : 'visible';
        const ws = wb.addWorksheet(`S${s} ${['Okt', 'Nov & Des', 'Jan'][s % 3]}`, { state });
        for (let i = 1, n = Math.floor(r() * 25); i <= n; i++) {
          for (let c = 1; c <= 8; c++) {
            const cell = genCell(r);
            if (!cell) continue;
            const target = ws.getCell(i, c);
            target.value = cell.value;
            if (cell.numFmt) target.numFmt = cell.numFmt;
          }
        }
      }
      const file = tmp.path(`gen-${seed}.xlsx`);
      await wb.xlsx.writeFile(file);

      const theirs = new ExcelJS.Workbook();
      await theirs.xlsx.readFile(file);
      const expected: { name: string; state: string; cells: Record<string, unknown> }[] = [];
      theirs.eachSheet((ws) => {
        const cells: Record<string, unknown> = {};
        ws.eachRow((row, rn) =>
          row.eachCell((cell, cn) => {
            const fmt = typeof cell.numFmt === 'string' && cell.numFmt !== 'General' ? cell.numFmt : undefined;
            const conv = convertExcelValue(cell.value, fmt, false);
            if (conv.value !== null) cells[`${rn}:${cn}`] = [conv.value instanceof Date ? conv.value.toISOString() : conv.value, fmt ?? null];
          }),
        );
        expected.push({ name: ws.name, state: ws.state, cells });
      });

      const ours = await openXlsxWorkbook(file, file);
      const actual: typeof expected = [];
      for (const s of ours.sheets) {
        const cells: Record<string, unknown> = {};
        for await (const row of s.rows()) for (const c of row.cells) cells[`${row.row}:${c.col}`] = [c.value instanceof Date ? c.value.toISOString() : c.value, c.numFmt ?? null];
        actual.push({ name: s.name, state: s.state, cells });
        compared += Object.keys(cells).length;
      }
      expect(actual, `seed ${seed}`).toEqual(expected);
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
