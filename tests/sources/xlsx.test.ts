import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { readSource } from '../../src/sources/index.js';
import { ExitCode, UserError } from '../../src/errors.js';
import { SEED_FOLLOW_1A, SEED_FOLLOW_1B, addSeedSheet, excelDate, makeTempDir, writeXlsx } from '../helpers/build-files.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function expectUserError(p: Promise<unknown>, pattern: RegExp): Promise<UserError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).message).toMatch(pattern);
  return err as UserError;
}

describe('xlsx: the RSUD M. Natsir log', () => {
  it('reads 5 incidents in two sections and folds the continuation row', async () => {
    const file = await writeXlsx(tmp.path('natsir.xlsx'), (wb) => addSeedSheet(wb));
    const progress: number[] = [];
    const r = await readSource(file, { onProgress: (n) => progress.push(n) });
    expect(r.kind).toBe('xlsx');
    expect(r.file).toBe(file);
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(5);
    expect(r.rows.map((x) => x.sectionKind)).toEqual(['unplanned', 'unplanned', 'unplanned', 'planned', 'planned']);
    expect(r.rows[0]!.sectionTitle).toBe('1. Laporan Downtime Tidak Terencana');
    expect(r.rows[3]!.sectionTitle).toBe('2. Laporan Downtime Terencana');
    expect(r.rows.map((x) => x.source.row)).toEqual([15, 17, 18, 22, 23]);
    const first = r.rows[0]!;
    expect(first.source).toEqual({ file, sheet: 'Log Downtime', row: 15 });
    expect(first.cells.no).toEqual({ value: 1, column: 'A', header: 'No' });
    expect(first.cells.title?.value).toBe('ISP cinox dan indihome down');
    expect(first.cells.date).toEqual({ value: '1 oktober 2022', column: 'C', header: 'Waktu Kejadian' });
    expect(first.cells.duration?.value).toBe('1 jam');
    expect(first.cells.followUp?.value).toBe(`${SEED_FOLLOW_1A} ${SEED_FOLLOW_1B}`);
    expect(first.cells.followUp?.column).toBe('F');
    expect(r.rows[2]!.cells.date?.value).toBe('10 November');
    expect(r.rows[3]!.cells.date?.value).toBe('Juni 2021');
    expect(r.sheets).toMatchObject([
      {
        sheet: 'Log Downtime',
        rows: 5,
        headerRow: 14,
        recognised: true,
        columns: { no: 'No', title: 'Kejadian Downtime', date: 'Waktu Kejadian', duration: 'Lama', cause: 'Penyebab', followUp: 'Tindak Lanjut' },
      },
    ]);
    expect(r.sheets[0]!.mapping!.map((m) => [m.column, m.field, m.rule])).toEqual([
      ['A', 'no', 'nama kolom dikenal'],
      ['B', 'title', 'nama kolom dikenal'],
      ['C', 'date', 'nama kolom dikenal'],
      ['D', 'duration', 'nama kolom dikenal'],
      ['E', 'cause', 'nama kolom dikenal'],
      ['F', 'followUp', 'nama kolom dikenal'],
    ]);
    expect(progress).toHaveLength(1);
    expect(progress[0]).toBeGreaterThan(15);
  });

  it('a signature block under the table is ignored with a warning, not appended', async () => {
    const file = await writeXlsx(tmp.path('natsir-ttd.xlsx'), (wb) => {
      const ws = addSeedSheet(wb);
      ws.addRow([]);
      ws.addRow([null, 'Mengetahui,', null, null, null, 'Solok, 30 November 2022']);
      ws.addRow([null, 'Kepala Instalasi SIMRS', null, null, null, 'Petugas TI']);
      ws.addRow([]);
      ws.addRow([null, 'dr. Contoh', null, null, null, 'Budi']);
    });
    const r = await readSource(file);
    expect(r.rows).toHaveLength(5);
    expect(r.rows[4]!.cells.followUp?.value).not.toMatch(/Solok|Petugas/);
    // one note where the block starts, then one count of the rows skipped under it
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([
      [25, 'B'],
      [null, null],
    ]);
    expect(r.issues[0]!.message).toMatch(/blok tanda tangan/);
    expect(r.issues[1]!.message).toBe('2 baris di bawah blok tanda tangan dilewati (bukan data)');
    expect(r.issues.every((i) => i.severity === 'warning')).toBe(true);
  });
});

describe('xlsx: layouts', () => {
  it('header on row 7 under letterhead rows, English headers, real Date and time cells', async () => {
    const file = await writeXlsx(tmp.path('english.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Downtime');
      ws.addRow(['GENERAL HOSPITAL']);
      ws.addRow(['IT Department']);
      ws.addRow([]);
      ws.addRow(['Downtime log 2023']);
      ws.addRow([]);
      ws.addRow(['printed 2023-12-31']);
      ws.addRow(['#', 'Date', 'Start', 'End', 'Duration', 'Description', 'Root Cause', 'Action', 'Type', 'PIC']);
      const r = ws.addRow([1, excelDate(2023, 3, 2), 0.4375, 0.46875, 45, 'Internet down', 'ISP fibre cut', 'Called ISP', 'Unplanned', 'Andi']);
      r.getCell(2).numFmt = 'dd/mm/yyyy';
      r.getCell(3).numFmt = 'h:mm';
      r.getCell(4).numFmt = 'h:mm';
      r.getCell(5).numFmt = '0 "min"';
      const r2 = ws.addRow([2, excelDate(2023, 3, 5, 22, 15), null, null, 0.0625, 'DB vacuum', 'Maintenance', 'Notified wards', 'Planned', 'Rudi']);
      r2.getCell(2).numFmt = 'dd/mm/yyyy hh:mm';
      r2.getCell(5).numFmt = '[h]:mm';
    });
    const r = await readSource(file);
    expect(r.sheets[0]!.headerRow).toBe(7);
    expect(r.rows).toHaveLength(2);
    const a = r.rows[0]!;
    expect(a.source.row).toBe(8);
    expect(a.cells.no?.value).toBe(1);
    expect(a.cells.date?.value).toEqual(new Date(Date.UTC(2023, 2, 2)));
    expect(a.cells.date?.numFmt).toBe('dd/mm/yyyy');
    expect(a.cells.start).toEqual({ value: 0.4375, column: 'C', numFmt: 'h:mm', header: 'Start' });
    expect(a.cells.end?.value).toBe(0.46875);
    expect(a.cells.duration).toMatchObject({ value: 45, numFmt: '0 "min"' });
    expect(a.cells.kind?.value).toBe('Unplanned');
    expect(a.cells.pic?.value).toBe('Andi');
    expect(a.sectionKind).toBeNull();
    const b = r.rows[1]!;
    expect(b.cells.date?.value).toEqual(new Date(Date.UTC(2023, 2, 5, 22, 15)));
    expect(b.cells.duration).toMatchObject({ value: 0.0625, numFmt: '[h]:mm' });
  });

  it('reads every sheet; a sheet without a table is a warning, an empty one is only listed', async () => {
    const file = await writeXlsx(tmp.path('months.xlsx'), (wb) => {
      for (const [name, day] of [['Januari', 9], ['Februari', 4]] as const) {
        const ws = wb.addWorksheet(name);
        ws.addRow([`Log downtime ${name} 2023`]);
        ws.addRow(['No', 'Tanggal', 'Kejadian', 'Lama']);
        ws.addRow([1, `${day}/01/2023`, `Gangguan ${name}`, '1 jam']);
        ws.addRow([2, `${day + 1}/01/2023`, `Gangguan lagi ${name}`, '2 jam']);
      }
      const notes = wb.addWorksheet('Catatan');
      notes.addRow(['Rekap dibuat oleh Instalasi SIMRS']);
      notes.addRow(['Total', 4]);
      wb.addWorksheet('Sheet3');
    });
    const r = await readSource(file);
    expect(r.rows.map((x) => `${x.source.sheet}:${x.source.row}`)).toEqual(['Januari:3', 'Januari:4', 'Februari:3', 'Februari:4']);
    expect(r.sheets.map((s) => [s.sheet, s.recognised, s.rows])).toEqual([
      ['Januari', true, 2],
      ['Februari', true, 2],
      ['Catatan', false, 0],
      ['Sheet3', false, 0],
    ]);
    // 9/01 and 10/01 read both ways: one warning per sheet naming the column, day-first used
    expect(r.issues.map((i) => [i.sheet, i.column])).toEqual([
      ['Januari', 'B'],
      ['Februari', 'B'],
      ['Catatan', null],
    ]);
    expect(r.issues[0]!.message).toMatch(/^semua tanggalnya bisa dibaca dua arah; dibaca hari\/bulan\/tahun/);
    expect(r.issues[2]).toMatchObject({ severity: 'warning', sheet: 'Catatan', row: null });
    expect(r.issues[2]!.message).toMatch(/^tidak ada tabel log yang dikenali/);
  });

  it('merged cells: a date merged over two incidents is inherited with a warning; merged No/title spill is one incident', async () => {
    const file = await writeXlsx(tmp.path('merged.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Okt');
      ws.addRow(['No', 'Tanggal', 'Kejadian', 'Penyebab', 'Tindak Lanjut']); // 1
      ws.addRow([1, excelDate(2022, 10, 1), 'ISP down', 'Kabel putus', 'Hubungi ISP']); // 2
      ws.addRow([2, null, 'BPJS down', 'Server BPJS', 'Hubungi BPJS']); // 3: date merged B2:B3
      ws.addRow([null, null, 'Aplikasi lambat', 'Disk penuh', 'Hapus log']); // 4: No+date merged A3:A4? no: see below
      ws.addRow([3, excelDate(2022, 10, 5), 'Listrik mati', 'UPS rusak', 'Ganti baterai']); // 5
      ws.addRow([null, null, null, null, 'lalu uji genset']); // 6: A5:D6 merged, one incident
      ws.getCell('B2').numFmt = 'd mmmm yyyy';
      ws.getCell('B5').numFmt = 'd mmmm yyyy';
      ws.mergeCells('B2:B4');
      ws.mergeCells('A5:A6');
      ws.mergeCells('B5:B6');
      ws.mergeCells('C5:C6');
      ws.mergeCells('D5:D6');
    });
    const r = await readSource(file);
    expect(r.rows.map((x) => [x.source.row, x.cells.title?.value])).toEqual([
      [2, 'ISP down'],
      [3, 'BPJS down'],
      [4, 'Aplikasi lambat'],
      [5, 'Listrik mati'],
    ]);
    const oct1 = new Date(Date.UTC(2022, 9, 1));
    expect(r.rows[1]!.cells.date).toEqual({ value: oct1, column: 'B', numFmt: 'd mmmm yyyy', header: 'Tanggal' });
    expect(r.rows[2]!.cells.date?.value).toEqual(oct1);
    expect(r.rows[3]!.cells.followUp?.value).toBe('Ganti baterai lalu uji genset');
    expect(r.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [3, 'B', 'tanggal diambil dari baris di atas (sel gabungan)'],
      [4, 'B', 'tanggal diambil dari baris di atas (sel gabungan)'],
    ]);
  });

  it('a two-line header ("Waktu" over "Mulai | Selesai") and template rows numbered but empty', async () => {
    const file = await writeXlsx(tmp.path('twoline.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Log');
      ws.addRow(['No', 'Tanggal', 'Waktu', null, 'Kejadian', 'Keterangan']);
      ws.addRow([null, null, 'Mulai', 'Selesai', null, null]);
      ws.mergeCells('C1:D1');
      ws.addRow([1, '2/1/2023', '08.00', '09.00', 'Server hang', 'restart']);
      ws.addRow([2]);
      ws.addRow([3]);
    });
    const r = await readSource(file);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.cells.start?.value).toBe('08.00');
    expect(r.rows[0]!.cells.end?.value).toBe('09.00');
    expect(r.rows[0]!.cells.date?.value).toBe('2/1/2023');
    expect(r.sheets[0]!.columns).toEqual({ no: 'No', date: 'Tanggal', start: 'Waktu Mulai', end: 'Selesai', title: 'Kejadian' });
    // "Keterangan" next to "Kejadian" is kept as an extra column, quietly
    expect(r.rows[0]!.extra).toEqual({ Keterangan: 'restart' });
    expect(r.rows[0]!.cells.date?.dateOrder).toBe('dmy');
    expect(r.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^semua tanggalnya bisa dibaca dua arah/)]);
  });

  it('formulas give their result, errors become null with a warning, rich text and hyperlinks their text', async () => {
    const file = await writeXlsx(tmp.path('values.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Log');
      ws.addRow(['No', 'Tanggal', 'Kejadian', 'Lama', 'Tindak Lanjut']);
      ws.addRow([1, { formula: 'DATE(2022,10,1)', result: excelDate(2022, 10, 1) }, { richText: [{ text: 'Server ', font: { bold: true } }, { text: 'down' }] }, { formula: '1/0', result: { error: '#DIV/0!' } }, { text: 'tiket 12', hyperlink: 'https://helpdesk/12' }]);
      ws.getCell('B2').numFmt = 'dd/mm/yyyy';
      ws.addRow([2, '2022-10-02', '=HYPERLINK("x")', '@menit', '+ restart']);
      // A shared formula: the rows below the first come back as {formula: '', result}.
      ws.addRow([3, { formula: 'DATE(2022,10,3)', result: 44837, shareType: 'shared', ref: 'B4:B5' }, 'Lambat']);
      ws.addRow([4, { sharedFormula: 'B4', result: 44838 }, 'Lambat lagi']);
      ws.getCell('B4').numFmt = 'dd/mm/yyyy';
      ws.getCell('B5').numFmt = 'dd/mm/yyyy';
    });
    const r = await readSource(file);
    const [a, b] = r.rows;
    expect(r.rows).toHaveLength(4);
    expect(a!.cells.date?.value).toEqual(new Date(Date.UTC(2022, 9, 1)));
    expect(a!.cells.title?.value).toBe('Server down');
    expect(a!.cells.duration).toBeUndefined();
    expect(a!.cells.followUp?.value).toBe('tiket 12');
    expect(r.issues).toHaveLength(1);
    // The error Excel shows (#DIV/0!), not the formula: our reader reads the cached <v> of a t="e" cell.
    expect(r.issues[0]).toMatchObject({ row: 2, column: 'D', value: '#DIV/0!' });
    expect(b!.cells.title?.value).toBe('=HYPERLINK("x")');
    expect(b!.cells.duration?.value).toBe('@menit');
    expect(b!.cells.followUp?.value).toBe('+ restart');
    expect(r.rows.slice(2).map((x) => x.cells.date?.value)).toEqual([new Date(Date.UTC(2022, 9, 3)), new Date(Date.UTC(2022, 9, 4))]);
  });
});

describe('xlsx: refusals', () => {
  it('a truncated workbook (cut in half) is a UserError, not a stack trace', async () => {
    const good = await writeXlsx(tmp.path('good.xlsx'), (wb) => addSeedSheet(wb));
    const bytes = readFileSync(good);
    const cut = tmp.path('cut.xlsx');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await expectUserError(readSource(cut), /cut\.xlsx: berkas Excel rusak atau terpotong/);
    expect(err.exitCode).toBe(ExitCode.input);
  });

  it('damaged compressed data inside a complete zip is a UserError', async () => {
    const good = readFileSync(tmp.path('good.xlsx'));
    const bad = Buffer.from(good);
    // Scramble the middle of the file (inside the deflated entries) but keep the directory.
    for (let i = 200; i < Math.min(bad.length - 2000, 4000); i++) bad[i] = (bad[i]! * 7 + 13) & 0xff;
    const p = tmp.path('scrambled.xlsx');
    writeFileSync(p, bad);
    await expectUserError(readSource(p), /scrambled\.xlsx: .*(rusak|tidak dapat dibaca|tidak dikenali|kosong)/);
  });

  it('a text file named .xlsx', async () => {
    const p = tmp.path('log.xlsx');
    writeFileSync(p, 'No;Tanggal;Kejadian\n1;1/10/2022;ISP down\n');
    await expectUserError(readSource(p), /log\.xlsx: bukan berkas Excel \.xlsx yang valid \(isi berkas berupa teks\) — simpan ulang dari Excel sebagai 'Excel Workbook \(\.xlsx\)'/);
  });

  it('an empty workbook: no sheets, or sheets without any cell', async () => {
    const none = await writeXlsx(tmp.path('nosheet.xlsx'), () => undefined);
    await expectUserError(readSource(none), /nosheet\.xlsx: buku kerja kosong/);
    const blank = await writeXlsx(tmp.path('blank.xlsx'), (wb) => {
      wb.addWorksheet('Sheet1');
      wb.addWorksheet('Sheet2');
    });
    await expectUserError(readSource(blank), /blank\.xlsx: buku kerja kosong/);
  });

  it('no sheet with a log table: UserError carrying the per-sheet warnings', async () => {
    const p = await writeXlsx(tmp.path('notable.xlsx'), (wb) => {
      wb.addWorksheet('Rekap').addRow(['Bulan', 'Jumlah']);
    });
    const err = await expectUserError(readSource(p), /tidak ada tabel log downtime yang dikenali di sheet mana pun \("Rekap"\)/);
    expect(err.issues).toHaveLength(1);
  });

  it('an .xls whose OLE2 header is zeros is damaged: what to do, no stack', async () => {
    const p = tmp.path('lama.xls');
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    writeFileSync(p, cfb);
    const err = await expectUserError(
      readSource(p, { findSoffice: () => null }),
      /^.*lama\.xls: berkas \.xls rusak atau terpotong \(kepala berkas OLE2 rusak \(urutan bita\)\)\. Salin ulang berkas aslinya, atau buka di Excel lalu Simpan Sebagai \.xlsx, kemudian impor berkas \.xlsx itu\.$/,
    );
    expect(err.exitCode).toBe(ExitCode.input);
  });

  it('a password-protected workbook says so', async () => {
    const p = tmp.path('rahasia.xlsx');
    const cfb = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from('EncryptedPackage', 'utf16le').copy(cfb, 1100);
    writeFileSync(p, cfb);
    await expectUserError(readSource(p), /rahasia\.xlsx: berkas Excel dilindungi kata sandi/);
  });
});
