// A day book: the date written once, alone on its row, above the day's incidents ("Senin, 4 Maret
// 2024", often merged across the table), and no date column, or an empty one. Built as clerks
// type it (an Excel date merged over the row, text dates in a CSV), read back from the store.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.js';
import { clock, utc, writeCsv } from './logs.js';
import { importOk, issues } from './run.js';

describe('date rows of a day book', () => {
  it('an Excel day book: a merged date row over each day, no date column', async () => {
    const file = join(tempDir(), 'Buku Harian SIMRS.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Maret');
    ws.addRow(['No', 'Jam Mulai', 'Jam Selesai', 'Kejadian', 'Petugas']);
    const day = (d: Date) => {
      const r = ws.addRow([d]);
      r.getCell(1).numFmt = 'dddd, d mmmm yyyy';
      ws.mergeCells(r.number, 1, r.number, 5);
    };
    const inc = (no: number, a: Date, b: Date, title: string) => {
      const r = ws.addRow([no, a, b, title, 'Rina']);
      r.getCell(2).numFmt = 'hh:mm';
      r.getCell(3).numFmt = 'hh:mm';
    };
    day(utc(2024, 3, 4));
    inc(1, clock(8, 0), clock(8, 30), 'Server SIMRS down');
    inc(2, clock(10, 0), clock(10, 15), 'Printer antrian error');
    day(utc(2024, 3, 5));
    inc(3, clock(13, 0), clock(13, 40), 'Jaringan putus di IGD');
    await wb.xlsx.writeFile(file);

    const imp = importOk(file);
    expect(imp.list.map((i) => [i.start, i.end, i.title])).toEqual([
      ['2024-03-04T08:00:00+07:00', '2024-03-04T08:30:00+07:00', 'Server SIMRS down'],
      ['2024-03-04T10:00:00+07:00', '2024-03-04T10:15:00+07:00', 'Printer antrian error'],
      ['2024-03-05T13:00:00+07:00', '2024-03-05T13:40:00+07:00', 'Jaringan putus di IGD'],
    ]);
    expect(issues(imp.out, /2 baris tanggal \(tanggal saja di barisnya\) menjadi tanggal kejadian di bawahnya/)).toHaveLength(1);
    expect(issues(imp.out, /tanggal kosong|tanpa keterangan/)).toEqual([]);
  });

  it('a CSV with US date rows: the order is proved by "3/14/2024" and applies to "3/5/2024" too', () => {
    const file = writeCsv(join(tempDir(), 'daybook.csv'), [
      'No,Start,End,Event',
      '3/5/2024,,,',
      '1,08:00,08:30,EMR slow',
      '3/14/2024,,,',
      '2,22:00,23:10,Core switch reboot',
    ]);
    const imp = importOk(file);
    expect(imp.list.map((i) => [i.start, i.title])).toEqual([
      ['2024-03-05T08:00:00+07:00', 'EMR slow'],
      ['2024-03-14T22:00:00+07:00', 'Core switch reboot'],
    ]);
  });

  it('with a date column: a date row covers the rows below that leave it empty, until a row has its own', () => {
    const file = writeCsv(join(tempDir(), 'log.csv'), [
      'No;Tanggal;Jam Mulai;Jam Selesai;Kejadian',
      ';Senin, 4 Maret 2024;;;',
      '1;;08.00;08.30;Server down',
      '2;;10.00;10.15;Printer error',
      '3;06/03/2024;13.00;13.40;Jaringan putus',
      '4;;15.00;15.20;UPS alarm',
    ]);
    const imp = importOk(file);
    expect(imp.list.map((i) => [i.start.slice(0, 10), i.title])).toEqual([
      ['2024-03-04', 'Server down'],
      ['2024-03-04', 'Printer error'],
      ['2024-03-06', 'Jaringan putus'],
      // the row above's own date, as before (said as taken from the row above)
      ['2024-03-06', 'UPS alarm'],
    ]);
  });
});
