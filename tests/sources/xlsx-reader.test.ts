// The .xlsx reader on committed fixtures (exceljs, LibreOffice, hand-patched) read back cell by
// cell, on hand-written XML for what generators rarely write, and on hostile files.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { UserError } from '../../src/errors.js';
import { readSource } from '../../src/sources/index.js';
import { openXlsxWorkbook, type XlsxReadOptions } from '../../src/sources/xlsx-reader.js';
import { DEFAULT_INFLATE_LIMITS } from '../../src/sources/zip.js';
import { makeTempDir } from '../helpers/build-files.js';
import { dumpWorkbook, minimalParts, patchDeclaredSize, writeBytes, writeZip, type MinimalSheet } from './xlsx-minimal.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());
const fixture = (name: string): string => `tests/fixtures/xlsx/${name}`;
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

async function dump(path: string, opts?: XlsxReadOptions) {
  return dumpWorkbook(await openXlsxWorkbook(path, path, undefined, opts));
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return (err as UserError).message;
}

let n = 0;
function minimal(sheets: MinimalSheet[], o?: Parameters<typeof minimalParts>[1]): string {
  return writeZip(tmp.path(`m${++n}.xlsx`), minimalParts(sheets, o));
}

describe('xlsx reader: the month-per-sheet workbook', () => {
  for (const name of ['months-exceljs.xlsx', 'months-libreoffice.xlsx', 'months-prefixed.xlsx']) {
    it(`${name}: 12 sheets in order, every cell`, async () => {
      const sheets = await dump(fixture(name));
      expect(sheets.map((s) => s.name)).toEqual(MONTHS);
      sheets.forEach((s, i) => {
        expect(s.state).toBe('visible');
        expect(s.merges).toEqual([{ top: 1, bottom: 1, left: 1, right: 6 }]);
        expect(s.cells).toMatchObject({
          A1: `LOG DOWNTIME SIMRS — ${MONTHS[i]!.toUpperCase()} 2023`,
          A3: 'No',
          F3: 'Penyebab',
          A4: 1,
          B4: `${new Date(Date.UTC(2023, i, 3 + i)).toISOString()}|dd/mm/yyyy`,
          E4: `Server SIMRS ${MONTHS[i]} & jaringan <lt. ${i + 1}> "down"`,
          F4: i % 2 ? 'Listrik padam' : 'ISP putus\nmenunggu teknisi',
        });
        // exceljs and LibreOffice store 8:00 as 0.333… with different digits; the format survives.
        expect(String(s.cells.C4)).toMatch(/^0\.\d+\|hh:mm$/);
        expect(Number(String(s.cells.C4).split('|')[0]) * 24).toBeCloseTo(8 + i, 6);
        expect(String(s.cells.D4)).toMatch(new RegExp(`^${15 + i}\\|0 ?"? ?menit"?$`));
        expect(Object.keys(s.cells)).toHaveLength(13);
      });
    });
  }

  it('the prefixed file really has prefixes and cells without r=, and reads like the LibreOffice one', async () => {
    const { execFileSync } = await import('node:child_process');
    const xml = execFileSync('unzip', ['-p', fixture('months-prefixed.xlsx'), 'xl/worksheets/sheet2.xml'], { encoding: 'utf8' });
    expect(xml).toContain('<x:c s="1" t="s">');
    expect(xml).toMatch(/<x:row (?![^>]*\br=)/);
    expect(await dump(fixture('months-prefixed.xlsx'))).toEqual(await dump(fixture('months-libreoffice.xlsx')));
  });

  it('imports one incident per month', async () => {
    for (const name of ['months-exceljs.xlsx', 'months-libreoffice.xlsx']) {
      const r = await readSource(fixture(name));
      expect(r.rows.map((x) => x.source.sheet)).toEqual(MONTHS);
      expect(r.rows.map((x) => x.cells.title?.value)).toEqual(MONTHS.map((m, i) => `Server SIMRS ${m} & jaringan <lt. ${i + 1}> "down"`));
    }
  });
});

describe('xlsx reader: fixtures', () => {
  it('hidden and very hidden sheets keep their state; the import skips them with a note, --sheet picks one', async () => {
    const sheets = await dump(fixture('hidden-lookup.xlsx'));
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ['Log', 'visible'],
      ['Daftar', 'hidden'],
      ['Rahasia', 'veryHidden'],
    ]);
    expect(sheets[1]!.cells).toEqual({ A1: 'Jenis', A2: 'Terencana', A3: 'Tidak Terencana' });
    const r = await readSource(fixture('hidden-lookup.xlsx'));
    expect(r.rows.map((x) => x.cells.title?.value)).toEqual(['Printer antrean macet', 'Update SIMRS versi 5']);
    expect(r.issues.map((i) => i.sheet)).toEqual(['Daftar', 'Rahasia']);
    const only = await readSource(fixture('hidden-lookup.xlsx'), { sheets: ['rahasia'] });
    expect(only.rows.map((x) => [x.source.sheet, x.cells.title?.value])).toEqual([['Rahasia', 'Coretan']]);
  });

  it('rich text runs are joined and phonetic runs never are', async () => {
    const [s] = await dump(fixture('rich-phonetic.xlsx'));
    expect(s!.cells).toEqual({ A1: 'No', B1: 'Kejadian', C1: 'Penyebab', A2: 1, B2: 'Server SIMRS mati', C2: 'Gangguan 東京', A3: 2, B3: 'Jaringan putus' });
  });

  it('the 1904 date system', async () => {
    const wb = await openXlsxWorkbook(fixture('date1904.xlsx'), 'date1904.xlsx');
    expect(wb.date1904).toBe(true);
    const [s] = await dumpWorkbook(wb);
    expect(s!.cells.B2).toBe('2009-03-14T09:30:00.000Z|dd/mm/yyyy hh:mm');
    expect(s!.cells.C2).toBe('0.375|h:mm');
  });

  it('errors, formulas with and without a cached value, string results, booleans', async () => {
    const [s] = await dump(fixture('errors-formulas.xlsx'));
    expect(s!.cells).toEqual({
      A1: 'No', B1: 'Tanggal', C1: 'Kejadian', D1: 'Lama', E1: 'Selesai', F1: 'Catatan',
      A2: 1, B2: '2023-07-01T00:00:00.000Z|dd/mm/yyyy', C2: 'Server down', D2: '!#DIV/0!', E2: true, F2: '!#N/A',
      A3: 2, B3: '=B2+1|dd/mm/yyyy', C3: 'Tanpa hasil', D3: '!#REF!', E3: false, F3: 'No',
    });
  });
});

describe('xlsx reader: hand-written XML', () => {
  it('entities, CDATA, single quotes, self-closing and r-less cells, rows without r, t="d", inline strings, whitespace', async () => {
    const file = minimal(
      [
        {
          name: 'A &amp; B',
          xml:
            `<row r="2"><c r="B2" t='inlineStr'><is><t xml:space="preserve">  Tom &amp; Jerry&#10;baris&#x32; &lt;x&gt; &quot;q&quot; &apos;a&apos; </t></is></c><c r="C2"/><c t="s"><v>0</v></c></row>\n` +
            `<row>\n  <c   t = "s"  r = "A3" ><v>1</v></c>\n  <c><v>  2.5 </v></c><c r="E3" t="d" s="1"><v>2023-10-01T10:30:00</v></c><c t="d" s="2"><v>2023-10-01T10:30:00Z</v></c></row>` +
            `<row r="5"><c r="A5" t="str"><v><![CDATA[a <b> & c]]></v></c><c r="B5" t="b"><v>1</v></c><c r="C5"><f>SUM(A1:A2)</f></c><c r="D5"><f t="shared" si="0"/></c><c r="E5" t="e"><v>#VALUE!</v></c></row>` +
            `<!-- a comment with <c r="Z9"><v>9</v></c> --><row r="6"/><mergeCells count="1"><mergeCell ref="$A$5:A6"/></mergeCells>`,
        },
      ],
      {
        shared: ['<t>eins</t>', '<r><t>zw</t></r><r><rPr><b/></rPr><t>ei</t></r><rPh sb="0" eb="1"><t>ツヴァイ</t></rPh>'],
        styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy&quot; pukul &quot;hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="20"/></cellXfs>',
      },
    );
    const wb = await openXlsxWorkbook(file, file);
    const rows = [];
    for await (const r of wb.sheets[0]!.rows()) rows.push(r);
    expect(wb.sheets[0]!.name).toBe('A & B');
    expect(rows.map((r) => r.row)).toEqual([2, 3, 5, 6]);
    expect(rows[0]!.cells).toEqual([
      { col: 2, value: 'Tom & Jerry\nbaris2 <x> "q" \'a\'' },
      { col: 4, value: 'eins' },
    ]);
    expect(rows[1]!.cells).toEqual([
      { col: 1, value: 'zwei' },
      { col: 2, value: 2.5 },
      { col: 5, value: new Date(Date.UTC(2023, 9, 1, 10, 30)), numFmt: 'dd/mm/yyyy" pukul "hh:mm' },
      // A full date-time shown with a time format stays a serial, as a number cell would.
      { col: 6, value: 45200.4375, numFmt: 'h:mm' },
    ]);
    expect(rows[2]!.cells).toEqual([
      { col: 1, value: 'a <b> & c' },
      { col: 2, value: true },
      { col: 3, value: '=SUM(A1:A2)' },
      { col: 5, value: null, error: '#VALUE!' },
    ]);
    expect(rows[3]!.cells).toEqual([]);
    expect(await wb.sheets[0]!.merges()).toEqual([{ top: 5, bottom: 6, left: 1, right: 1 }]);
  });

  it('finds the workbook through _rels/.rels, with absolute and ../ targets, in any entry order', async () => {
    const parts = minimalParts([{ name: 'Log', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], { shared: ['<t>halo</t>'] });
    const moved: Record<string, string> = {};
    // The worksheet first, the workbook last and somewhere else.
    moved['data/sheets/s1.xml'] = parts['xl/worksheets/sheet1.xml']!;
    moved['xl/sharedStrings.xml'] = parts['xl/sharedStrings.xml']!;
    moved['_rels/.rels'] = parts['_rels/.rels']!.replace('Target="xl/workbook.xml"', 'Target="/main/book.xml"');
    moved['main/_rels/book.xml.rels'] = parts['xl/_rels/workbook.xml.rels']!.replace('worksheets/sheet1.xml', '../data/sheets/s1.xml').replace('Target="sharedStrings.xml"', 'Target="/xl/sharedStrings.xml"');
    moved['main/book.xml'] = parts['xl/workbook.xml']!;
    moved['xl/workbook.xml'] = parts['xl/workbook.xml']!.replace('name="Log"', 'name="Decoy"');
    const file = writeZip(tmp.path('moved.xlsx'), moved);
    expect(await dump(file)).toEqual([{ name: 'Log', state: 'visible', merges: [], cells: { A1: 'halo' } }]);
  });
});

describe('xlsx reader: hostile files are refused early', () => {
  const rows = (count: number): string => Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');

  it('a DOCTYPE / ENTITY declaration (entity bomb) in a worksheet or in the shared strings', async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    const file = minimal([{ name: 'Log', xml: bomb, raw: true }]);
    expect(await refusal(readSource(file))).toMatch(/m\d+\.xlsx: sheet "Log" \(bagian "xl\/worksheets\/sheet1\.xml"\) berisi deklarasi <!DOCTYPE>\/<!ENTITY>.*entity bomb/);
    const parts = minimalParts([{ name: 'Log', xml: '' }]);
    parts['xl/sharedStrings.xml'] = parts['xl/sharedStrings.xml']!.replace('<sst', '<!DOCTYPE sst [<!ENTITY a "b">]><sst');
    const file2 = writeZip(tmp.path('ss-bomb.xlsx'), parts);
    expect(await refusal(readSource(file2))).toMatch(/ss-bomb\.xlsx: bagian "xl\/sharedStrings\.xml" berisi deklarasi/);
  });

  it('a text longer than Excel can hold, inline or shared', async () => {
    const long = 'x'.repeat(32_768);
    const file = minimal([{ name: 'Log', xml: `<row r="7"><c r="B7" t="inlineStr"><is><t>${long}</t></is></c></row>` }]);
    expect(await refusal(readSource(file))).toMatch(/sheet "Log" \(bagian "xl\/worksheets\/sheet1\.xml"\), sel B7: teks lebih dari 32\.767 karakter, batas Excel .*Excel sendiri tidak dapat menyimpannya.*tidak dibuat oleh aplikasi spreadsheet/);
    const file2 = minimal([{ name: 'Log', xml: '' }], { shared: ['<t>ok</t>', `<r><t>${long.slice(0, 20_000)}</t></r><r><t>${long.slice(20_000)}</t></r>`] });
    expect(await refusal(readSource(file2))).toMatch(/bagian "xl\/sharedStrings\.xml", teks bersama ke-2: teks lebih dari 32\.767/);
    // Exactly Excel's limit is fine.
    const file3 = minimal([{ name: 'Log', xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>${long.slice(1)}</t></is></c></row>` }]);
    expect(((await dump(file3))[0]!.cells.A1 as string).length).toBe(32_767);
  });

  it('an entry that inflates past the per-entry limit, even when its declared size lies', async () => {
    const file = minimal([{ name: 'Log', xml: rows(20_000) }]);
    const limits = { ...DEFAULT_INFLATE_LIMITS, entryBytes: 200_000 };
    expect(await refusal(dump(file, { limits }))).toMatch(/bagian "xl\/worksheets\/sheet1\.xml" di dalam berkas \.xlsx menyatakan ukuran .* lebih dari batas/);
    const liar = writeBytes(tmp.path('liar.xlsx'), patchDeclaredSize(readFileSync(file), 'xl/worksheets/sheet1.xml', 1000));
    expect(await refusal(dump(liar, { limits }))).toMatch(/liar\.xlsx: bagian "xl\/worksheets\/sheet1\.xml" di dalam berkas \.xlsx lebih dari 0 MB setelah dibuka/);
    expect((await dump(file))[0]!.cells.A20000).toBe(1);
  });

  it('a high compression ratio (zip bomb) and the total of all entries', async () => {
    const file = minimal([{ name: 'Log', xml: `<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>${' '.repeat(3_000_000)}` }]);
    expect(await refusal(dump(file, { limits: { ...DEFAULT_INFLATE_LIMITS, ratioFromBytes: 1_000_000 } }))).toMatch(/terkompresi tidak wajar \(lebih dari 200:1, ciri "zip bomb"\)/);
    expect((await dump(file))[0]!.cells.A1).toBe('a');
    const two = minimal([
      { name: 'A', xml: rows(3000) },
      { name: 'B', xml: rows(3000) },
    ]);
    const limits = { ...DEFAULT_INFLATE_LIMITS, totalBytes: 200_000 };
    expect(await refusal(dump(two, { limits }))).toMatch(/bagian "xl\/worksheets\/sheet2\.xml" .* membuat isi seluruh berkas lebih dari/);
  });

  it('a sheet whose part is missing, and a shared string index out of range', async () => {
    const parts = minimalParts([{ name: 'Log', xml: '' }]);
    delete parts['xl/worksheets/sheet1.xml'];
    expect(await refusal(readSource(writeZip(tmp.path('nosheet.xlsx'), parts)))).toMatch(/nosheet\.xlsx: .*isi sheet "Log" tidak ada di dalam arsip/);
    const file = minimal([{ name: 'Log', xml: '<row r="3"><c r="A3" t="s"><v>5</v></c></row>' }]);
    expect(await refusal(readSource(file))).toMatch(/sheet "Log", baris 3: teks bersama nomor 5 tidak ada/);
  });
});
