// What a user does with an unknown log: `inspect`, then `import` with `--map` where a header is
// truly ambiguous, or a saved `--mapping FILE.yaml`; `--sheet` and `--date-order` through the CLI.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { factoryWorkbook, writeCsv } from './logs.js';
import { brief, freshDb, importOk } from './run.js';

/** "Apa yang terjadi" (what happened) is the description; "Catatan" a weak title that stays an extra column. */
function ambiguousLog(path: string, rows = 7): string {
  return writeCsv(path, [
    'Tgl,Mulai,Kembali Normal,Menit,Apa yang terjadi,Catatan',
    '03/07/2023,08:00,08:40,40,Server SIMRS mati,cek UPS',
    '04/07/2023,09:10,09:30,20,Printer SEP error,-',
    '10/07/2023,13:00,13:15,15,Jaringan poli anak putus,kabel dicabut',
    '11/07/2023,07:00,07:30,30,Listrik padam,genset telat',
    '12/07/2023,22:00,22:40,40,Backup database terjadwal,-',
    '13/07/2023,10:00,10:05,5,SIMRS lambat,',
    '14/07/2023,11:00,11:20,20,Bridging BPJS error,',
  ].slice(0, rows + 1));
}
const TITLES = ['Server SIMRS mati', 'Printer SEP error', 'Jaringan poli anak putus', 'Listrik padam', 'Backup database terjadwal', 'SIMRS lambat', 'Bridging BPJS error'];

describe('--map, --mapping, --sheet, --date-order and inspect', () => {
  let dir: string;
  let log: string;
  let short: string;
  beforeAll(() => {
    dir = tempDir();
    log = ambiguousLog(`${dir}/log-juli.csv`);
    short = ambiguousLog(`${dir}/log-juli-awal.csv`, 3);
  });

  it('"Apa yang terjadi" is guessed as the title ("Catatan" kept as an extra); --map title= says the same and is recorded', () => {
    const guessed = importOk(log);
    expect(guessed.list.map((i) => i.title)).toEqual(TITLES);
    expect(guessed.list[0]!.extra).toEqual({ Catatan: 'cek UPS' });
    const r = importOk(log, ['--map', 'title=Apa yang terjadi']);
    expect(r.list.map((i) => i.title)).toEqual(TITLES);
    expect(r.list[0]).toMatchObject({ start: '2023-07-03T08:00:00+07:00', end: '2023-07-03T08:40:00+07:00', durationMinutes: 40, extra: { Catatan: 'cek UPS' } });
    expect(r.list[1]!.extra).toEqual({});
    expect(r.out.files[0].sheets[0].columns).toMatchObject({ title: 'Apa yang terjadi', date: 'Tgl' });
    // the mapping used is recorded with the batch
    const b = runCli(['batches', '--db', r.db, '--json']);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain('Apa yang terjadi');
  });

  it('--map with a column letter; ignore= stops the guess but keeps the value as an extra column', () => {
    const r = importOk(log, ['--map', 'title=E,ignore=Catatan']);
    expect(r.list.map((i) => i.title)).toEqual(TITLES);
    expect(r.list[0]!.extra).toEqual({ Catatan: 'cek UPS' });
  });

  it('a saved --mapping FILE.yaml does the same, with dateOrder', () => {
    const yaml = `${dir}/pemetaan.yaml`;
    writeFileSync(yaml, 'columns:\n  title: Apa yang terjadi\n  ignore: [Catatan]\ndateOrder: mdy\n');
    // month first on the file's word: 03/07/2023 is 7 March
    const r = importOk(short, ['--mapping', yaml]);
    expect(r.list.map(brief)).toEqual([
      { start: '2023-03-07T08:00:00+07:00', end: '2023-03-07T08:40:00+07:00', durationMinutes: 40, title: 'Server SIMRS mati', unit: null, kind: 'unplanned' },
      { start: '2023-04-07T09:10:00+07:00', end: '2023-04-07T09:30:00+07:00', durationMinutes: 20, title: 'Printer SEP error', unit: null, kind: 'unplanned' },
      { start: '2023-10-07T13:00:00+07:00', end: '2023-10-07T13:15:00+07:00', durationMinutes: 15, title: 'Jaringan poli anak putus', unit: null, kind: 'unplanned' },
    ]);
    // on the full log, 13/07/2023 proves day-first: a forced mdy is refused row by row, not swapped
    const refused = runCli(['import', log, '--mapping', yaml, '--db', freshDb()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/baris 7, kolom Tgl \("13\/07\/2023"\)/);
  });

  it('a bad mapping file is refused with a message naming the key, and nothing is written', () => {
    const bad = `${dir}/salah.yaml`;
    writeFileSync(bad, 'columns:\n  judulx: Apa yang terjadi\n');
    const db = freshDb();
    const r = runCli(['import', log, '--mapping', bad, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('columns.judulx');
    expect(r.stderr).toContain('salah.yaml');
    expect(r.stderr).not.toMatch(/\n\s+at /);

    writeFileSync(bad, 'columns:\n  title: Apa yang terjadi\ndateorder: mdy\n');
    const r2 = runCli(['import', log, '--mapping', bad, '--db', db]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('dateorder');

    writeFileSync(bad, 'columns:\n  title: Apa yang terjadi\ndateOrder: usa\n');
    const r3 = runCli(['import', log, '--mapping', bad, '--db', db]);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toContain('dateOrder');
  });

  it('a bad --map and a bad --date-order are refused, naming what is wrong', () => {
    const r = runCli(['import', log, '--map', 'judulx=Apa yang terjadi', '--db', freshDb()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('judulx');
    const d = runCli(['import', log, '--date-order', 'usa', '--db', freshDb()]);
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('usa');
  });

  it('--date-order on a log whose dates all read both ways: warned day-first by default, dmy silences it, mdy reads 7 March', () => {
    const plain = importOk(short, ['--map', 'title=Apa yang terjadi']);
    expect(plain.list.map((i) => i.start.slice(0, 10))).toEqual(['2023-07-03', '2023-07-04', '2023-07-10']);
    expect(plain.out.issues.filter((i: { message: string }) => /dua arah/.test(i.message)).map((i: { column: string }) => i.column)).toEqual(['Tgl']);
    const dmy = importOk(short, ['--date-order', 'dmy', '--map', 'title=Apa yang terjadi']);
    expect(dmy.list.map((i) => i.start.slice(0, 10))).toEqual(['2023-07-03', '2023-07-04', '2023-07-10']);
    expect(dmy.out.issues.filter((i: { message: string }) => /dua arah/.test(i.message))).toEqual([]);
    const mdy = importOk(short, ['--date-order', 'mdy', '--map', 'title=Apa yang terjadi']);
    expect(mdy.list.map((i) => i.start.slice(0, 10))).toEqual(['2023-03-07', '2023-04-07', '2023-10-07']);
  });

  it('inspect prints the mapping with rules, five samples, the problems, and a --map line that imports the same incidents', () => {
    const r = runCli(['inspect', log, '--map', 'title=Apa yang terjadi']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"Apa yang terjadi"\s+→ Judul kejadian\s+\(ditentukan pengguna \(--map\)\)/);
    expect(r.stdout).toMatch(/"Kembali Normal"\s+→ Selesai\s+\(kata "normal" \(selesai\)\)/);
    expect(r.stdout).toMatch(/"Menit"\s+→ Lama\s+\(satuan "menit"/);
    expect(r.stdout.match(/^\s+baris \d+: /gm)).toHaveLength(5);
    expect(r.stdout).toContain('Masalah:');
    const line = /downtime import "([^"]+)" --map "([^"]+)"(?: --date-order (\w+))?\s*$/.exec(r.stdout);
    expect(line).not.toBeNull();
    const [, file, map, order] = line!;
    expect(file).toBe(log);
    const pasted = importOk(file!, ['--map', map!, ...(order ? ['--date-order', order] : [])]);
    const direct = importOk(log, ['--map', 'title=Apa yang terjadi']);
    expect(pasted.list.map(brief)).toEqual(direct.list.map(brief));
    expect(pasted.list.map((i) => i.title)).toEqual(TITLES);
  });

  it('inspect --json carries the same mapping and samples', () => {
    const r = runCli(['inspect', log, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(JSON.stringify(j)).toContain('Kembali Normal');
  });

  it('--sheet can pick a hidden sheet by name; an unknown sheet is refused naming it', async () => {
    const wb = await factoryWorkbook(`${dir}/factory.xlsx`);
    const r = runCli(['import', wb, '--sheet', 'Maret', '--db', freshDb()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Maret');
  });
});
