import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { readSource } from '../../src/sources/index.js';
import { detectDelimiter } from '../../src/sources/csv.js';
import { UserError } from '../../src/errors.js';
import { makeTempDir, writeText } from '../helpers/build-files.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

describe('csv', () => {
  it('semicolon CSV from Excel (Indonesian locale): BOM, CRLF, title lines above the header', async () => {
    const file = writeText(
      tmp.path('log-id.csv'),
      [
        'LOG DOWNTIME SIMRS;;;;',
        'RSUD Contoh;;;;',
        ';;;;',
        'No;Tanggal;Jam Mulai;Jam Selesai;Kejadian;Penyebab;Tindak Lanjut',
        '1;09/01/2023;08.30;10.15;SIMRS tidak dapat diakses;Switch mati;Ganti adaptor',
        ';;;;;;dan memberi tahu unit Rawat Jalan',
        '2;17/01/2023;22.00;02.15;Server database hang;Memori penuh;Restart PostgreSQL',
        '',
      ],
      { bom: true, crlf: true },
    );
    const r = await readSource(file);
    expect(r.kind).toBe('csv');
    expect(r.sheets).toMatchObject([
      {
        sheet: null,
        rows: 2,
        headerRow: 4,
        recognised: true,
        columns: { no: 'No', date: 'Tanggal', start: 'Jam Mulai', end: 'Jam Selesai', title: 'Kejadian', cause: 'Penyebab', followUp: 'Tindak Lanjut' },
      },
    ]);
    expect(r.rows.map((x) => x.source)).toEqual([
      { file, sheet: null, row: 5 },
      { file, sheet: null, row: 7 },
    ]);
    const a = r.rows[0]!;
    expect(a.cells.no).toEqual({ value: '1', column: 'No', header: 'No' });
    expect(a.cells.start?.value).toBe('08.30');
    expect(a.cells.followUp?.value).toBe('Ganti adaptor dan memberi tahu unit Rawat Jalan');
    expect(r.issues).toEqual([]);
  });

  it('comma CSV with quoted newlines: rows numbered by the line they start on', async () => {
    const file = writeText(tmp.path('log-en.csv'), [
      'No,Date,Description,Duration,Cause,Action',
      '1,2023-03-02,"Internet down,',
      'whole building",45 min,"ISP ""fibre"" cut",Called ISP',
      '2,2023-03-05,Vacuum,1 h,Maintenance,"Told wards',
      'and IGD"',
      '3,2023-03-09,Printer,5 min,Paper,Refill',
    ]);
    const r = await readSource(file);
    expect(r.rows.map((x) => x.source.row)).toEqual([2, 4, 6]);
    expect(r.rows[0]!.cells.title?.value).toBe('Internet down,\nwhole building');
    expect(r.rows[0]!.cells.cause?.value).toBe('ISP "fibre" cut');
    expect(r.rows[1]!.cells.followUp?.value).toBe('Told wards\nand IGD');
  });

  it('a typed =HYPERLINK(...) stays text, as do "+"/"-"/"@" values', async () => {
    const file = writeText(tmp.path('formula.csv'), [
      'Tanggal;Kejadian;Tindak Lanjut;Petugas',
      '1/2/2023;"=HYPERLINK(""http://helpdesk/1"";""Tiket 1"")";-restart;@andi',
    ]);
    const r = await readSource(file);
    expect(r.rows[0]!.cells.title?.value).toBe('=HYPERLINK("http://helpdesk/1";"Tiket 1")');
    expect(r.rows[0]!.cells.followUp?.value).toBe('-restart');
    expect(r.rows[0]!.cells.pic?.value).toBe('@andi');
  });

  it('tab-separated UTF-16 ("Unicode Text" from Excel) and an Excel "sep=" line', async () => {
    const utf16 = tmp.path('unicode.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tanggal\tKejadian\tLama\r\n3/3/2023\tJaringan lambat\t20 menit\r\n', 'utf16le')]));
    const a = await readSource(utf16);
    expect(a.rows[0]!.cells.title?.value).toBe('Jaringan lambat');
    expect(a.rows[0]!.source.row).toBe(2);

    const sep = writeText(tmp.path('sep.csv'), ['sep=|', 'Tanggal|Kejadian|Lama', '4/3/2023|Server mati|1 jam']);
    const b = await readSource(sep);
    expect(b.sheets[0]!.headerRow).toBe(2);
    expect(b.rows[0]!.cells.title?.value).toBe('Server mati');
  });

  it('Windows-1252 bytes are read with a warning', async () => {
    const p = tmp.path('ansi.csv');
    // 0xB1 "±", 0x96 "–" and 0x93/0x94 curly quotes as Excel on Windows writes them
    writeFileSync(p, Buffer.from('Tanggal;Jam;Kejadian\n1/3/2023;22.00 \x96 02.15;Server \xb1 \x93mati\x94\n', 'latin1'));
    const r = await readSource(p);
    expect(r.rows[0]!.cells.title?.value).toBe('Server ± “mati”');
    expect(r.rows[0]!.cells.start?.value).toBe('22.00 – 02.15');
    expect(r.issues[0]!.message).toMatch(/bukan UTF-8/);
  });

  it('detectDelimiter prefers the split that yields a header', () => {
    expect(detectDelimiter('No;Tanggal;Kejadian, catatan\n1;2/1/2023;a, b\n')).toBe(';');
    expect(detectDelimiter('No,Tanggal,Kejadian\n1,2/1/2023,a; b\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('an unclosed quote, or no table, is a UserError', async () => {
    const q = writeText(tmp.path('quote.csv'), ['Tanggal;Kejadian', '1/1/2023;"Server mati', '2/1/2023;x']);
    await expect(readSource(q)).rejects.toThrow(/quote\.csv: CSV tidak dapat dibaca.*tanda kutip/);
    const n = writeText(tmp.path('none.csv'), ['a;b;c', '1;2;3']);
    const err = await readSource(n).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/none\.csv: tidak ada tabel log downtime yang dikenali/);
    const empty = writeText(tmp.path('blank.csv'), ['', '  ', '']);
    await expect(readSource(empty)).rejects.toThrow(/blank\.csv: berkas CSV kosong/);
  });
});
