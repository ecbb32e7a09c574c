// Rows that are not data — and rows that only look like it — read through a real CSV file.
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/sources/index.js';
import { makeTempDir, writeText } from '../helpers/build-files.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

describe('table scanner: rows that are not data', () => {
  it('a signature block in the Tanggal column ends the table; a totals row is skipped; incident text starting like a position is kept', async () => {
    const file = writeText(tmp.path('ttd.csv'), [
      'No;Tanggal;Kejadian;Lama;Tindak Lanjut',
      '(1);(2);(3);(4);(5)',
      '1;02/01/2023;Kepala ruang IGD melapor SIMRS lambat;30 menit;Restart layanan',
      ';;;;Kepala ruang diberi tahu lewat telepon',
      '2;15/01/2023;Total blackout PLN;2 jam;Genset dinyalakan',
      'Jumlah;;;2 jam 30 menit;',
      ';Mengetahui,;;;Solok, 31 Januari 2023',
      ';Kepala Instalasi SIMRS;;;Petugas TI',
      ';dr. Contoh;;;Budi',
      ';NIP. 19800101 200501 1 001;;;',
      '3;20/01/2023;Baris sesudah tanda tangan;5 menit;',
    ]);
    const r = await readSource(file);
    expect(r.rows.map((x) => [x.source.row, x.cells.title?.value, x.cells.followUp?.value])).toEqual([
      [3, 'Kepala ruang IGD melapor SIMRS lambat', 'Restart layanan Kepala ruang diberi tahu lewat telepon'],
      [5, 'Total blackout PLN', 'Genset dinyalakan'],
    ]);
    expect(r.issues.map((i) => [i.row, i.message.slice(0, 40)])).toEqual([
      [2, 'baris nomor kolom ("(1) (2) (3) …") dile'],
      [6, 'baris jumlah/catatan di bawah tabel diab'],
      [7, 'blok tanda tangan/catatan di bawah tabel'],
      [null, '4 baris di bawah blok tanda tangan dilew'],
    ]);
  });

  it('a units row under the header sets the unit of bare numbers; "-" and "N/A" are empty; NIHIL is a note', async () => {
    const file = writeText(tmp.path('units.csv'), [
      'Tanggal,Kegiatan,Durasi,Petugas,Keterangan',
      ',,jam,,',
      '23/02/2023,Update SIMRS,1.5,-,N/A',
      '24/02/2023,NIHIL,,,',
    ]);
    const r = await readSource(file);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.cells.duration).toMatchObject({ value: '1.5', minutesPerUnit: 60 });
    expect(r.rows[0]!.cells.pic).toBeUndefined();
    expect(r.rows[0]!.extra).toEqual({});
    expect(r.sheets[0]!.mapping!.find((m) => m.field === 'duration')?.unit).toBe('jam');
    expect(r.issues.map((i) => i.message.slice(0, 30))).toEqual(['baris satuan di bawah judul ko', 'baris "nihil/tidak ada kejadia']);
  });

  it('month-first dates: rows wait until a value decides the column, then are read month-first', async () => {
    const file = writeText(tmp.path('us.csv'), [
      'Start Date,Start Time,Date Restored,Time Restored,Area,Cause',
      '6/5/2019,10:54,6/5/2019,12:04,North,Storm',
      '6/21/2019,08:00,6/22/2019,01:30,South,Vegetation',
    ]);
    const r = await readSource(file);
    expect(r.rows.map((x) => x.cells.date?.dateOrder)).toEqual(['mdy', 'mdy']);
    expect(r.sheets[0]!.mapping!.map((m) => [m.header, m.field])).toEqual([
      ['Start Date', 'date'],
      ['Start Time', 'start'],
      ['Date Restored', 'endDate'],
      ['Time Restored', 'end'],
      ['Area', 'unit'],
      ['Cause', 'cause'],
    ]);
    expect(r.issues.filter((i) => /urutan|dua arah/.test(i.message))).toEqual([]);
  });
});

describe('the user mapping', () => {
  it('remembers which entries matched a header, so a typo can be reported', async () => {
    const { toColumnMapping, unusedEntries } = await import('../../src/sources/mapping.js');
    const spec = { columns: [{ field: 'title' as const, column: 'Uraian Masalah' }, { field: 'end' as const, column: 'Jam Pulihh' }] };
    const mapping = toColumnMapping(spec);
    const file = writeText(tmp.path('map.csv'), ['Tanggal;Uraian Masalah;Jam Pulih', '23/02/2023;Server mati;10.00']);
    const r = await readSource(file, { mapping });
    expect(r.rows[0]!.cells.title?.value).toBe('Server mati');
    expect(unusedEntries(spec, mapping)).toEqual([{ field: 'end', column: 'Jam Pulihh' }]);
  });

  it('"Apa yang terjadi" is a description, not a start time', async () => {
    const { guessColumn } = await import('../../src/sources/columns.js');
    expect(guessColumn('Apa yang terjadi')?.field).toBe('title');
  });
});
