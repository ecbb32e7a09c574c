// Failure records of a computing centre: dotted, underscored and camelCase headers, full date-times
// in the start and end columns, no date column and no title column.
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { hpcCamel, hpcDotted } from './logs.js';
import { brief, importOk, issues } from './run.js';

const at = (s: string) => `${s}:00+07:00`;

describe('computing-centre failure records', () => {
  it('EVENT.BEGIN.TIME / EVENT.END.TIME with ISO date-times; node_id is the unit, failure_type the cause, EVENT.ID the number', () => {
    const r = importOk(hpcDotted(`${tempDir()}/failures-2004.csv`));
    expect(r.list.map(brief)).toEqual([
      { start: at('2004-03-15T13:22'), end: at('2004-03-15T17:05'), durationMinutes: 223, title: 'n0342: Hardware: memory DIMM', unit: 'n0342', kind: 'unplanned' },
      { start: at('2004-03-16T02:10'), end: at('2004-03-16T02:48'), durationMinutes: 38, title: 'n0017: Software: kernel panic', unit: 'n0017', kind: 'unplanned' },
      // the same node failing the same way again, overnight
      { start: at('2004-03-18T23:30'), end: at('2004-03-19T08:00'), durationMinutes: 510, title: 'n0342: Hardware: memory DIMM', unit: 'n0342', kind: 'unplanned' },
    ]);
    expect(r.out.files[0].sheets[0].columns).toEqual({ no: 'EVENT.ID', unit: 'node_id', cause: 'failure_type', start: 'EVENT.BEGIN.TIME', end: 'EVENT.END.TIME' });
    expect(r.list.map((i) => i.cause)).toEqual(['Hardware: memory DIMM', 'Software: kernel panic', 'Hardware: memory DIMM']);
    expect(issues(r.out, /tidak ada kolom judul kejadian; judul disusun dari kolom "node_id" \+ "failure_type"/)).toHaveLength(1);
    // said once for the sheet, not again on every row; each incident keeps how its title was made
    expect(issues(r.out, /judul kejadian kosong/)).toEqual([]);
    expect(r.list.map((i) => i.warnings.filter((w) => /judul kejadian kosong; disusun dari Unit\/Layanan \+ Penyebab/.test(w)).length)).toEqual([1, 1, 1]);
    expect(issues(r.out, /jenis tidak dikenali/)).toEqual([]);
  });

  it('timeDown / timeUp with US date-times and seconds', () => {
    const r = importOk(hpcCamel(`${tempDir()}/failures-2005.csv`));
    expect(r.list.map(brief)).toEqual([
      { start: at('2005-03-15T13:22'), end: at('2005-03-15T14:02'), durationMinutes: 40, title: 'n1201: Network: NIC failure', unit: 'n1201', kind: 'unplanned' },
      { start: at('2005-03-16T06:00'), end: at('2005-03-16T09:30'), durationMinutes: 210, title: 'n0888: Facilities: power outage', unit: 'n0888', kind: 'unplanned' },
    ]);
    expect(r.out.files[0].sheets[0].columns).toMatchObject({ start: 'timeDown', end: 'timeUp' });
  });
});
