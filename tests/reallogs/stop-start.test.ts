// Logs that name the machine's state, not the downtime: "Stop Time | Start Time" in a plant's
// register, "Jam Mati | Jam Mulai" in a genset log, a stop date and a start date for a stop over
// midnight. The machine starting again is the end of the downtime; read word by word, "Start" would
// be taken for the start and the real start kept aside. Built as clerks type them (Excel dates and
// times in the workbook, text in the CSV), read back from the store.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { clock, utc, writeCsv } from './logs.js';
import { brief, importOk, issues } from './run.js';
import { reinterpretRestart } from '../../src/sources/columns.js';

describe('reinterpretRestart: a plain start beside a stop is the end', () => {
  const cols = (...xs: [string, string | null, boolean?][]) => new Map(xs.map(([text, field, forced], i) => [i + 1, { text, field: field as never, forced }]));

  it('turns the plain start after a stop column into the end, and a start date into the end date', () => {
    expect(reinterpretRestart(cols(['Stop Time', 'start'], ['Start Time', 'start']))).toEqual([{ col: 2, field: 'end', stopText: 'Stop Time' }]);
    expect(reinterpretRestart(cols(['Jam Mati', 'start'], ['Jam Mulai', 'start']))).toEqual([{ col: 2, field: 'end', stopText: 'Jam Mati' }]);
    expect(reinterpretRestart(cols(['Stop Date', 'date'], ['Stop Time', 'start'], ['Start Date', 'date'], ['Start Time', 'start']))).toEqual([
      { col: 4, field: 'end', stopText: 'Stop Time' },
      { col: 3, field: 'endDate', stopText: 'Stop Date' },
    ]);
  });

  it('leaves ordinary logs, logs with an end column, the user mapping and a start before the stop alone', () => {
    expect(reinterpretRestart(cols(['Jam Mulai', 'start'], ['Jam Selesai', 'end']))).toEqual([]);
    expect(reinterpretRestart(cols(['Jam Down', 'start'], ['Jam Mulai', 'start'], ['Jam Up', 'end']))).toEqual([]);
    expect(reinterpretRestart(cols(['Stop Time', 'start'], ['Start Time', 'start', true]))).toEqual([]);
    expect(reinterpretRestart(cols(['Start Time', 'start'], ['Stop Time', 'start']))).toEqual([]);
    expect(reinterpretRestart(cols(['Waktu Padam', 'start'], ['Keterangan', 'title']))).toEqual([]);
  });
});

describe('stop / start registers imported', () => {
  it('a plant register in Excel: Stop Time starts the downtime, Start Time ends it (US dates)', async () => {
    const file = join(tempDir(), 'Press Shop Stops.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Stops');
    ws.addRow(['Date', 'Machine', 'Shift', 'Stop Time', 'Start Time', 'Downtime (min)', 'Reason', 'Action Taken']);
    const rows: [Date, string, string, Date, Date, number, string, string][] = [
      [utc(2024, 3, 14), 'Press 4', 'A', clock(6, 40), clock(7, 25), 45, 'Hydraulic leak', 'Replaced seal'],
      [utc(2024, 3, 14), 'Press 2', 'B', clock(14, 5), clock(14, 20), 15, 'Jammed die', 'Cleared die'],
      [utc(2024, 3, 15), 'CNC 1', 'C', clock(23, 30), clock(0, 45), 75, 'Planned maintenance', 'PM completed'],
    ];
    for (const r of rows) {
      const row = ws.addRow(r);
      row.getCell(1).numFmt = 'm/d/yyyy';
      row.getCell(4).numFmt = 'hh:mm';
      row.getCell(5).numFmt = 'hh:mm';
    }
    await wb.xlsx.writeFile(file);

    const imp = importOk(file);
    expect(imp.list.map(brief)).toEqual([
      { start: '2024-03-14T06:40:00+07:00', end: '2024-03-14T07:25:00+07:00', durationMinutes: 45, title: 'Press 4: Hydraulic leak', unit: 'Press 4', kind: 'unplanned' },
      { start: '2024-03-14T14:05:00+07:00', end: '2024-03-14T14:20:00+07:00', durationMinutes: 15, title: 'Press 2: Jammed die', unit: 'Press 2', kind: 'unplanned' },
      { start: '2024-03-15T23:30:00+07:00', end: '2024-03-16T00:45:00+07:00', durationMinutes: 75, title: 'CNC 1: Planned maintenance', unit: 'CNC 1', kind: 'planned' },
    ]);
    // Neither time is lost into the extra columns, and no column is reported as a second start.
    expect(imp.list.map((i) => i.extra)).toEqual([{ Shift: 'A' }, { Shift: 'B' }, { Shift: 'C' }]);
    expect(issues(imp.out, /sama-sama berarti/)).toEqual([]);
    const r = runCli(['inspect', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"Start Time"\s+→ Selesai\s+\(nama kolom dikenal; di samping kolom "Stop Time"/);
    expect(r.stdout).toContain('end=Start Time');
  });

  it('a genset log in Indonesian (Jam Mati, Jam Mulai) and a stop over midnight with dates of its own', () => {
    const dir = tempDir();
    const genset = writeCsv(join(dir, 'log-genset.csv'), [
      'Tanggal;Mesin;Jam Mati;Jam Mulai;Keterangan',
      '14/03/2024;Genset 1;06.40;07.25;Solar habis',
      '15/03/2024;Genset 2;22.10;23.00;Aki soak',
    ]);
    expect(importOk(genset).list.map((i) => [i.start, i.end, i.durationMinutes, i.title])).toEqual([
      ['2024-03-14T06:40:00+07:00', '2024-03-14T07:25:00+07:00', 45, 'Solar habis'],
      ['2024-03-15T22:10:00+07:00', '2024-03-15T23:00:00+07:00', 50, 'Aki soak'],
    ]);
    const dated = writeCsv(join(dir, 'stops.csv'), [
      'Machine,Stop Date,Stop Time,Start Date,Start Time,Reason',
      'Press 4,2024-03-14,23:40,2024-03-16,01:25,Hydraulic leak',
    ]);
    expect(importOk(dated).list.map((i) => [i.start, i.end, i.durationMinutes])).toEqual([['2024-03-14T23:40:00+07:00', '2024-03-16T01:25:00+07:00', 1545]]);
  });

  it('--map still decides: a user who says Start Time is the start gets it', () => {
    const file = writeCsv(join(tempDir(), 'stops.csv'), ['Date,Stop Time,Start Time,Reason', '2024-03-14,06:40,07:25,Hydraulic leak']);
    const imp = importOk(file, ['--map', 'start=Start Time']);
    expect(imp.list.map((i) => [i.start, i.end])).toEqual([['2024-03-14T07:25:00+07:00', null]]);
  });
});
