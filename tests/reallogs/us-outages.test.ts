// Public power-outage tables from a US utility as CSV: month-first dates, a separate restored date,
// decided on the first row, decided only by a later row, or never decided at all.
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { outageAmbiguous, outageDecided, outageLateDecision, writeCsv } from './logs.js';
import { brief, importOk, issues } from './run.js';

const at = (s: string) => `${s}:00+07:00`;
const u = (unit: string, cause: string) => ({ title: `${unit}: ${cause}`, unit, kind: 'unplanned' });

describe('US power-outage CSV (month-first)', () => {
  it('"6/21/2019" in the first row makes both date columns month-first; "12/3/2019" is 3 December', () => {
    const r = importOk(outageDecided(`${tempDir()}/outages-2019.csv`));
    expect(r.list.map(brief)).toEqual([
      { start: at('2019-06-21T10:54'), end: at('2019-06-21T14:30'), durationMinutes: 216, ...u('Maple County', 'Severe thunderstorm') },
      { start: at('2019-12-03T07:05'), end: at('2019-12-04T01:15'), durationMinutes: 1090, ...u('Oak Township', 'Equipment failure at substation') },
      { start: at('2019-08-14T16:20'), end: at('2019-08-14T16:55'), durationMinutes: 35, ...u('Cedar Heights', 'Vehicle struck pole') },
    ]);
    expect(r.list[0]!.extra).toEqual({ 'Customers Affected': '12,450' });
    expect(issues(r.out, /dua arah/)).toEqual([]);
  });

  it('first rows that read both ways (6/5/2019) wait for the row that decides (6/21/2019): no silent swap', () => {
    const r = importOk(outageLateDecision(`${tempDir()}/outages-late.csv`));
    expect(r.list.map(brief)).toEqual([
      { start: at('2019-06-05T09:00'), end: at('2019-06-05T11:30'), durationMinutes: 150, ...u('Maple County', 'Tree contact with line') },
      { start: at('2019-07-01T13:15'), end: at('2019-07-02T02:45'), durationMinutes: 810, ...u('Oak Township', 'Windstorm') },
      { start: at('2019-06-21T10:54'), end: at('2019-06-21T14:30'), durationMinutes: 216, ...u('Cedar Heights', 'Severe thunderstorm') },
    ]);
    const m = r.out.files[0].sheets[0].mapping;
    expect(m.find((x: { header: string }) => x.header === 'Start Date').dateOrder).toEqual({ order: 'mdy', reason: 'nilai "6/21/2019"' });
  });

  it('a column that stays ambiguous is read day-first with one warning naming it; --date-order mdy reads it month-first', () => {
    const file = outageAmbiguous(`${tempDir()}/outages-ambiguous.csv`);
    const dayFirst = importOk(file);
    expect(dayFirst.list.map((i) => i.start)).toEqual([at('2019-05-06T09:00'), at('2019-03-07T13:15'), at('2019-02-11T08:00')]);
    const warned = issues(dayFirst.out, /bisa dibaca dua arah/);
    expect(warned.map((w) => w.column)).toEqual(['Start Date', 'Date Restored']);
    for (const w of warned) expect(w.message).toContain('--date-order mdy');

    const r = importOk(file, ['--date-order', 'mdy']);
    expect(r.list.map(brief)).toEqual([
      { start: at('2019-06-05T09:00'), end: at('2019-06-05T11:30'), durationMinutes: 150, ...u('Maple County', 'Tree contact with line') },
      { start: at('2019-07-03T13:15'), end: at('2019-07-03T15:45'), durationMinutes: 150, ...u('Oak Township', 'Windstorm') },
      { start: at('2019-11-02T08:00'), end: at('2019-11-02T08:40'), durationMinutes: 40, ...u('Cedar Heights', 'Animal contact') },
    ]);
    expect(issues(r.out, /dua arah/)).toEqual([]);
  });

  it('inspect says the order per column and its ready line carries --date-order mdy when it was decided so', () => {
    const r = runCli(['inspect', outageLateDecision(`${tempDir()}/o.csv`)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('urutan bulan/hari/tahun: nilai "6/21/2019"');
    expect(r.stdout).toMatch(/--map "[^"]*" --date-order mdy\s*$/);
  });

  it('a restored-date column that reads both ways follows the start-date column of the same file (6/30 → 7/1)', () => {
    const file = writeCsv(`${tempDir()}/outages-month-end.csv`, [
      'Start Date,Start Time,Date Restored,Time Restored,Area,Customers Affected,Cause',
      '6/30/2019,22:10,7/1/2019,3:20,Maple County,5400,Windstorm',
      '8/5/2019,9:00,8/5/2019,9:45,Oak Township,120,Animal contact',
    ]);
    const r = importOk(file);
    expect(r.list.map(brief)).toEqual([
      { start: '2019-06-30T22:10:00+07:00', end: '2019-07-01T03:20:00+07:00', durationMinutes: 310, title: 'Maple County: Windstorm', unit: 'Maple County', kind: 'unplanned' },
      { start: '2019-08-05T09:00:00+07:00', end: '2019-08-05T09:45:00+07:00', durationMinutes: 45, title: 'Oak Township: Animal contact', unit: 'Oak Township', kind: 'unplanned' },
    ]);
  });
});
