// Each BIFF8 record type and each container guard, on workbooks built byte by byte.
import { describe, expect, it } from 'vitest';
import { ContinuedReader, XlsFormatError, decodeRk, readSst } from '../../src/sources/biff.js';
import { CfbError, openCompoundFile } from '../../src/sources/cfb.js';
import { parseXls } from '../../src/sources/xls-reader.js';
import type { ScanRow } from '../../src/sources/table.js';
import type { Workbook } from '../../src/sources/workbook.js';
import {
  boolerr,
  bof,
  compoundFile,
  eof,
  f64,
  format,
  formula,
  label,
  labelSst,
  number,
  rec,
  rk,
  specialResult,
  u16,
  u32,
  ustr,
  workbookStream,
  xf,
  type SheetSpec,
} from './xls-build.js';

const xls = (globals: Buffer[], sheets: SheetSpec[], version?: number): Workbook => parseXls(compoundFile({ Workbook: workbookStream(globals, sheets, version) }));

async function rowsOf(wb: Workbook, i = 0): Promise<ScanRow[]> {
  const out: ScanRow[] = [];
  for await (const r of wb.sheets[i]!.rows()) out.push(r);
  return out;
}

function failure(f: () => unknown): XlsFormatError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(XlsFormatError);
    return err as XlsFormatError;
  }
  throw new Error('expected an XlsFormatError');
}

/** SST + CONTINUE records from a list of chunks (the SST body first). */
const sstRecords = (chunks: Buffer[]): Buffer[] => chunks.map((c, i) => rec(i === 0 ? 0x00fc : 0x003c, c));

describe('SST and CONTINUE', () => {
  it('a string split across CONTINUE switches from 8-bit to 16-bit at the fresh flag byte', () => {
    const first = Buffer.concat([u32(2), u32(2), u16(7), Buffer.from([0]), Buffer.from('Gen', 'latin1')]);
    const second = Buffer.concat([Buffer.from([1]), Buffer.from('set±', 'utf16le'), ustr('kedua')]);
    expect(readSst([first, second])).toEqual(['Genset±', 'kedua']);
  });

  it('a string starting a CONTINUE has no extra flag byte; a header ending a record does', () => {
    const a = Buffer.concat([u32(2), u32(2), ustr('satu')]);
    const b = Buffer.concat([u16(3), Buffer.from([0])]);
    const c = Buffer.concat([Buffer.from([1]), Buffer.from('dua', 'utf16le')]);
    expect(readSst([a, Buffer.concat([b]), c])).toEqual(['satu', 'dua']);
  });

  it('rich-text runs and phonetic data are skipped, also when they cross a CONTINUE', () => {
    // flags: 8-bit, fExtSt (4) + fRichSt (8); 2 runs (8 bytes), 6 bytes of phonetic data.
    const head = Buffer.concat([u32(2), u32(2), u16(4), Buffer.from([0x0c]), u16(2), u32(6), Buffer.from('kaya', 'latin1'), Buffer.alloc(5, 0xaa)]);
    const rest = Buffer.concat([Buffer.alloc(3, 0xbb), Buffer.alloc(6, 0xcc), ustr('biasa')]);
    expect(readSst([head, rest])).toEqual(['kaya', 'biasa']);
  });

  it('does not trust the declared count, refuses strings over 32,767 characters and truncated text', () => {
    expect(readSst([Buffer.concat([u32(0), u32(1_000_000), ustr('hanya satu')])])).toEqual(['hanya satu']);
    expect(failure(() => readSst([Buffer.concat([u32(1), u32(1), u16(40_000), Buffer.from([0]), Buffer.alloc(100)])])).message).toMatch(/32\.767/);
    expect(failure(() => readSst([Buffer.concat([u32(1), u32(1), u16(50), Buffer.from([0]), Buffer.from('pendek')])])).kind).toBe('damaged');
  });

  it('a long SST string across CONTINUE records reads back whole through LABELSST', async () => {
    const text = 'ą'.repeat(5000) + 'z'.repeat(9000);
    const body = Buffer.concat([u16(text.length), Buffer.from([1]), Buffer.from(text, 'utf16le')]);
    // 8,224 bytes of data per record as Excel writes; splitting the 16-bit characters on even bytes.
    const chunks: Buffer[] = [Buffer.concat([u32(1), u32(1), body.subarray(0, 8215)])];
    let rest = body.subarray(8215);
    while (rest.length) {
      const take = Math.min(8222, rest.length);
      chunks.push(Buffer.concat([Buffer.from([1]), rest.subarray(0, take)]));
      rest = rest.subarray(take);
    }
    const wb = xls(sstRecords(chunks), [{ name: 'S', records: [labelSst(0, 0, 0)] }]);
    expect((await rowsOf(wb))[0]!.cells[0]!.value).toBe(text);
  });

  it('ContinuedReader.skip and chars refuse to run past the data', () => {
    expect(() => new ContinuedReader([Buffer.alloc(2)]).skipBytes(3)).toThrow(XlsFormatError);
    expect(() => new ContinuedReader([Buffer.from([1, 0])]).chars(3, false)).toThrow(XlsFormatError);
  });
});

describe('cell records', () => {
  it('LABELSST, LABEL (8- and 16-bit), RSTRING, NUMBER, BOOLERR, blank text left out', async () => {
    const sst = rec(0x00fc, u32(2), u32(2), ustr('dari SST'), ustr('   '));
    const rstring = rec(0x00d6, u16(2), u16(0), u16(0), ustr('kaya'), u16(1), u32(0));
    const wb = xls([sst], [{ name: 'S', records: [labelSst(0, 0, 0), labelSst(0, 1, 1), label(0, 2, 'Café'), label(0, 3, '服务器'), number(1, 0, -2.5), boolerr(1, 1, 1, false), boolerr(1, 2, 0, false), boolerr(1, 3, 0x2a, true), boolerr(1, 4, 0x07, true), rstring] }]);
    expect(await rowsOf(wb)).toEqual([
      { row: 1, cells: [{ col: 1, value: 'dari SST' }, { col: 3, value: 'Café' }, { col: 4, value: '服务器' }] },
      {
        row: 2,
        cells: [
          { col: 1, value: -2.5 },
          { col: 2, value: true },
          { col: 3, value: false },
          { col: 4, value: null, error: '#N/A' },
          { col: 5, value: null, error: '#DIV/0!' },
        ],
      },
      { row: 3, cells: [{ col: 1, value: 'kaya' }] },
    ]);
  });

  it('RK: integers, integers/100, doubles, doubles/100; MULRK spreads over columns', async () => {
    const dbl = (n: number) => f64(n).readUInt32LE(4) & 0xfffffffc;
    expect(decodeRk((42 << 2) | 2)).toBe(42);
    expect(decodeRk((-7 << 2) | 2)).toBe(-7);
    expect(decodeRk((1234 << 2) | 3)).toBe(12.34);
    expect(decodeRk(dbl(0.5))).toBe(0.5);
    expect(decodeRk(dbl(1.25) | 1)).toBe(0.0125);
    const mulrk = rec(0x00bd, u16(3), u16(1), u16(0), u32((1 << 2) | 2), u16(0), u32((2 << 2) | 2), u16(0), u32(dbl(3.5)), u16(3));
    const wb = xls([], [{ name: 'S', records: [rk(0, 0, (99 << 2) | 2), mulrk] }]);
    expect(await rowsOf(wb)).toEqual([
      { row: 1, cells: [{ col: 1, value: 99 }] },
      { row: 4, cells: [{ col: 2, value: 1 }, { col: 3, value: 2 }, { col: 4, value: 3.5 }] },
    ]);
  });

  it('FORMULA: cached number, string from the STRING record after it, boolean, error, empty string', async () => {
    const string = rec(0x0207, ustr('hasil teks'));
    const recs = [formula(0, 0, f64(42)), formula(0, 1, specialResult(0)), rec(0x04bc, Buffer.alloc(8)), string, formula(0, 2, specialResult(1, 1)), formula(0, 3, specialResult(2, 0x17)), formula(0, 4, specialResult(3))];
    // A STRING without a formula before it belongs to nothing.
    recs.push(rec(0x0207, ustr('yatim')));
    const wb = xls([], [{ name: 'S', records: recs }]);
    expect(await rowsOf(wb)).toEqual([{ row: 1, cells: [{ col: 1, value: 42 }, { col: 2, value: 'hasil teks' }, { col: 3, value: true }, { col: 4, value: null, error: '#REF!' }] }]);
  });

  it('FORMAT + XF: custom and built-in formats decide Date, time fraction or number; DATEMODE 1904', async () => {
    const globals = [rec(0x0022, u16(0)), format(164, 'd mmmm yyyy'), format(165, 'General'), xf(0), xf(164), xf(14), xf(20), xf(46), xf(165), xf(4)];
    const cells = [number(0, 0, 44835, 1), number(0, 1, 44835, 2), number(0, 2, 0.4375, 3), number(0, 3, 1.09375, 4), number(0, 4, 7, 5), number(0, 5, 7, 6), number(0, 6, 7, 0)];
    const wb = xls(globals, [{ name: 'S', records: cells }]);
    expect(wb.date1904).toBe(false);
    expect((await rowsOf(wb))[0]!.cells).toEqual([
      { col: 1, value: new Date(Date.UTC(2022, 9, 1)), numFmt: 'd mmmm yyyy' },
      { col: 2, value: new Date(Date.UTC(2022, 9, 1)), numFmt: 'mm-dd-yy' },
      { col: 3, value: 0.4375, numFmt: 'h:mm' },
      { col: 4, value: 1.09375, numFmt: '[h]:mm:ss' },
      { col: 5, value: 7 },
      { col: 6, value: 7, numFmt: '#,##0.00' },
      { col: 7, value: 7 },
    ]);
    const mac = xls([rec(0x0022, u16(1)), xf(14)], [{ name: 'S', records: [number(0, 0, 43373, 0)] }]);
    expect(mac.date1904).toBe(true);
    expect((await rowsOf(mac))[0]!.cells[0]!.value).toEqual(new Date(Date.UTC(2022, 9, 1)));
  });

  it('MERGEDCELLS ranges are 1-based; a chart embedded in the sheet is skipped', async () => {
    const merged = rec(0x00e5, u16(2), u16(1), u16(3), u16(2), u16(2), u16(0), u16(0), u16(0), u16(4));
    const chart = Buffer.concat([bof(0x20), number(9, 9, 1), eof()]);
    const wb = xls([], [{ name: 'S', records: [merged, number(0, 0, 1), chart, number(1, 0, 2)] }]);
    expect(await wb.sheets[0]!.merges()).toEqual([
      { top: 2, bottom: 4, left: 3, right: 3 },
      { top: 1, bottom: 1, left: 1, right: 5 },
    ]);
    expect(await rowsOf(wb)).toEqual([
      { row: 1, cells: [{ col: 1, value: 1 }] },
      { row: 2, cells: [{ col: 1, value: 2 }] },
    ]);
  });
});

describe('workbook globals', () => {
  it('BOUNDSHEET: names (8- and 16-bit), visible/hidden/veryHidden, chart sheets left out', () => {
    const wb = xls([], [
      { name: 'Januari', records: [] },
      { name: 'Pilihan', state: 1, records: [] },
      { name: 'Kode', state: 2, records: [] },
      { name: 'Grafik', kind: 2, records: [] },
      { name: 'Ağustos–Okt', records: [] },
    ]);
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Januari', 'visible'],
      ['Pilihan', 'hidden'],
      ['Kode', 'veryHidden'],
      ['Ağustos–Okt', 'visible'],
    ]);
  });

  it('BIFF5, FILEPASS and a "Book" stream are unsupported; a bad BOF, a missing EOF and bad SST indexes are damage', async () => {
    expect(failure(() => xls([], [], 0x0500))).toMatchObject({ kind: 'unsupported', message: expect.stringMatching(/Excel 5\/95/) });
    expect(failure(() => xls([rec(0x002f, u16(1), Buffer.alloc(52))], []))).toMatchObject({ kind: 'unsupported', message: expect.stringMatching(/kata sandi/) });
    expect(failure(() => parseXls(compoundFile({ Book: workbookStream([], [], 0x0500) })))).toMatchObject({ kind: 'unsupported', message: expect.stringMatching(/BIFF5/) });
    expect(failure(() => parseXls(compoundFile({ Workbook: number(0, 0, 1) }))).kind).toBe('damaged');
    expect(failure(() => parseXls(compoundFile({ Workbook: bof(5) }))).message).toMatch(/tanpa catatan EOF/);
    expect(failure(() => parseXls(compoundFile({ WordDocument: Buffer.alloc(600) }))).message).toMatch(/tidak ada stream Workbook/);
    const wb = xls([rec(0x00fc, u32(1), u32(1), ustr('a'))], [{ name: 'Log', records: [labelSst(0, 0, 5)] }]);
    await expect(rowsOf(wb)).rejects.toMatchObject({ kind: 'damaged', message: expect.stringMatching(/^sheet "Log": sel merujuk teks ke-5/) });
    const truncated = workbookStream([], [{ name: 'S', records: [number(0, 0, 1)] }]);
    // Sheets are read when the scanner reaches them: a cut sheet fails there, naming the sheet.
    const cut = parseXls(compoundFile({ Workbook: truncated.subarray(0, truncated.length - 10) }));
    await expect(rowsOf(cut)).rejects.toMatchObject({ kind: 'damaged', message: expect.stringMatching(/^sheet "S": catatan BIFF 0x203 terpotong/) });
    expect(failure(() => parseXls(compoundFile({ Workbook: truncated.subarray(0, 30) }))).kind).toBe('damaged');
  });
});

describe('OLE2 container guards', () => {
  const stream = Buffer.alloc(2000, 7);
  it('reads a stream back byte for byte', () => {
    expect(openCompoundFile(compoundFile({ Workbook: stream })).stream('workbook')).toEqual(stream);
  });

  it('a FAT cycle, a huge declared size, a directory cycle, a cut file: CfbError, quickly and without big allocations', () => {
    // Sector 2 is the stream's first: point its chain back at itself.
    expect(() => openCompoundFile(compoundFile({ Workbook: stream }, { fat: [[3, 2]] })).stream('Workbook')).toThrow(/melingkar/);
    expect(() => openCompoundFile(compoundFile({ Workbook: stream }, { size: { Workbook: 0xfffffff0 } })).stream('Workbook')).toThrow(/melebihi ukuran berkas/);
    expect(() => openCompoundFile(compoundFile({ Workbook: stream, Other: stream }, { dirCycle: true }))).toThrow(/melingkar/);
    const whole = compoundFile({ Workbook: stream });
    expect(() => openCompoundFile(whole.subarray(0, 1200)).stream('Workbook')).toThrow(CfbError);
    expect(() => openCompoundFile(whole.subarray(0, 100))).toThrow(/terpotong/);
    const badFatCount = Buffer.from(whole);
    badFatCount.writeUInt32LE(0x7fffffff, 0x2c);
    expect(() => openCompoundFile(badFatCount)).toThrow(/melebihi ukuran berkas/);
    const badShift = Buffer.from(whole);
    badShift.writeUInt16LE(30, 0x1e);
    expect(() => openCompoundFile(badShift)).toThrow(/ukuran sektor/);
    expect(() => openCompoundFile(Buffer.concat([Buffer.from('not ole2'), Buffer.alloc(600)]))).toThrow(/tanda tangan/);
  });
});
