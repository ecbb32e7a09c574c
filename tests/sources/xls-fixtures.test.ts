// The committed .xls fixtures (LibreOffice's BIFF8 export of workbooks exceljs wrote, see
// tests/fixtures/xls/make-fixtures.mjs) read back cell by cell against what was written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanText, numFmtKind, serialToDate } from '../../src/sources/cells.js';
import { openCompoundFile } from '../../src/sources/cfb.js';
import { openXlsWorkbook, parseXls } from '../../src/sources/xls-reader.js';
import type { ScanCell, ScanRow } from '../../src/sources/table.js';
import type { Workbook } from '../../src/sources/workbook.js';
import type { MergeRange } from '../../src/sources/zip.js';

const DIR = 'tests/fixtures/xls';

type Written = string | number | boolean | { date: string } | { error: string } | { formula: string; result?: Written };
interface WrittenSheet {
  name: string;
  state: string;
  merges: MergeRange[];
  cells: { row: number; col: number; value: Written; numFmt?: string }[];
}
const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<string, WrittenSheet[]>;

/** What the reader must hand over for a written value (the Workbook contract's conversions). */
function wanted(v: Written, numFmt: string | undefined): Omit<ScanCell, 'col' | 'numFmt'> {
  if (typeof v === 'string') return { value: cleanText(v) };
  if (typeof v === 'boolean') return { value: v };
  if (typeof v === 'number') return { value: numFmtKind(numFmt) === 'date' ? serialToDate(v, false) : v };
  if ('date' in v) return { value: new Date(v.date) };
  if ('error' in v) return { value: null, error: v.error };
  // exceljs leaves an empty-text result ('=""') out of the model.
  return wanted(v.result ?? '', numFmt);
}

async function rowsOf(wb: Workbook, i: number): Promise<ScanRow[]> {
  const out: ScanRow[] = [];
  for await (const r of wb.sheets[i]!.rows()) out.push(r);
  return out;
}

/** LibreOffice escapes spaces in format codes ('d\ mmmm\ yyyy'); Excel reads both alike. */
const unescape = (fmt: string | undefined) => fmt?.replace(/\\(.)/g, '$1');

describe.each(Object.keys(expected))('%s.xls', (name) => {
  const sheets = expected[name]!;
  const wb = openXlsWorkbook(`${DIR}/${name}.xls`, `${name}.xls`);

  it('has the sheets in order with their visibility (LibreOffice saves very hidden as hidden)', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(wb.sheets.map((s) => s.state)).toEqual(sheets.map((s) => (s.state === 'veryHidden' ? 'hidden' : s.state)));
    expect(wb.date1904).toBe(false);
  });

  it('merged ranges as written', async () => {
    for (const [i, s] of sheets.entries()) {
      const sortKey = (m: MergeRange) => `${m.top}:${m.left}`;
      const got = (await wb.sheets[i]!.merges()).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
      expect(got, s.name).toEqual([...s.merges].sort((a, b) => sortKey(a).localeCompare(sortKey(b))));
    }
  });

  it('every cell: value converted by its format, numFmt kept, nothing extra', async () => {
    for (const [i, s] of sheets.entries()) {
      const got = (await rowsOf(wb, i)).flatMap((r) => r.cells.map((c) => ({ row: r.row, ...c })));
      const want = s.cells
        .map((c) => ({ row: c.row, col: c.col, ...wanted(c.value, c.numFmt), ...(c.numFmt ? { numFmt: c.numFmt } : {}) }))
        .filter((c) => c.value !== null || c.error);
      expect(got.map((c) => ({ ...c, numFmt: unescape(c.numFmt) })), s.name).toEqual(want);
      for (const c of got) expect(numFmtKind(c.numFmt)).toBe(numFmtKind(s.cells.find((w) => w.row === c.row && w.col === c.col)?.numFmt));
    }
  });
});

describe('fixture details', () => {
  it('types.xls: its SST spans CONTINUE records and the long strings come back whole', async () => {
    const cfb = openCompoundFile(readFileSync(`${DIR}/types.xls`));
    const stream = cfb.stream('Workbook')!;
    let sst = -1;
    let continues = 0;
    for (let off = 0; off + 4 <= stream.length; off += 4 + stream.readUInt16LE(off + 2)) {
      const type = stream.readUInt16LE(off);
      if (type === 0x00fc) sst = off;
      else if (sst >= 0 && type === 0x003c) continues++;
      else if (sst >= 0) break;
    }
    expect(sst).toBeGreaterThan(0);
    expect(continues).toBeGreaterThanOrEqual(3);
    const rows = await rowsOf(openXlsWorkbook(`${DIR}/types.xls`, 'types.xls'), 0);
    const text = (label: string) => rows.find((r) => r.cells[0]?.value === label)?.cells[1]?.value;
    expect(String(text('teks panjang B')).length).toBeGreaterThan(8_224);
    expect(text('teks panjang C')).toMatch(/^長い説明：サーバー停止。.* selesai$/s);
  });

  it('types.xls: Latin-1 text is stored as 8-bit characters and decodes exactly', async () => {
    const text = 'Pasien Café Müller: suhu 38,5° ± 0,5; ruang Ñ';
    const stream = openCompoundFile(readFileSync(`${DIR}/types.xls`)).stream('Workbook')!;
    const len = Buffer.alloc(2);
    len.writeUInt16LE(text.length);
    expect(stream.indexOf(Buffer.concat([len, Buffer.from([0]), Buffer.from(text, 'latin1')]))).toBeGreaterThan(0);
    const rows = await rowsOf(openXlsWorkbook(`${DIR}/types.xls`, 'types.xls'), 0);
    expect(rows.find((r) => r.cells[0]?.value === 'teks 8-bit')?.cells[1]?.value).toBe(text);
  });

  it('a small stream comes out of the mini stream (SummaryInformation)', () => {
    const cfb = openCompoundFile(readFileSync(`${DIR}/lookup.xls`));
    const entry = cfb.entries.find((e) => e.name === '\u0005SummaryInformation')!;
    expect(entry.size).toBeLessThan(4096);
    const si = cfb.stream('\u0005SummaryInformation')!;
    expect(si).toHaveLength(entry.size);
    // A property set stream starts with its byte-order mark 0xFFFE.
    expect(si.readUInt16LE(0)).toBe(0xfffe);
  });

  it('a sheet marked very hidden in BOUNDSHEET reads as veryHidden', () => {
    const buf = readFileSync(`${DIR}/lookup.xls`);
    const at = buf.indexOf(Buffer.from([4, 0, ...Buffer.from('Kode', 'latin1')]));
    expect(at).toBeGreaterThan(0);
    expect(buf[at - 2]).toBe(1);
    buf[at - 2] = 2;
    expect(parseXls(buf).sheets.map((s) => s.state)).toEqual(['visible', 'hidden', 'veryHidden']);
  });
});
