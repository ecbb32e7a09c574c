import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileHash, runCli, tempDir } from '../helpers/cli.js';

const SAMPLE = 'data/log-downtime-rsud-m-natsir.xlsx';

async function workbook(path: string, rows: unknown[][], sheet = 'Log'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  return path;
}

const HEADER = ['No', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Lama', 'Kejadian', 'Penyebab', 'Tindak Lanjut'];

describe('downtime import / list / stats on the seed log', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = tempDir();
    db = join(dir, 'store.sqlite');
  });

  it('imports the sample log: 3 unplanned, 2 planned, with provenance and reasons', () => {
    const r = runCli(['import', SAMPLE, '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.added).toBe(5);
    expect(out.files[0]).toMatchObject({ file: SAMPLE, status: 'imported', source: 'xlsx', added: 5, invalidRows: 0 });
    expect(out.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    const list = JSON.parse(runCli(['list', '--db', db, '--json']).stdout);
    expect(list).toHaveLength(5);
    const byTitle = Object.fromEntries(list.map((i: { title: string }) => [i.title, i]));
    expect(byTitle['ISP cinox dan indihome down']).toMatchObject({
      kind: 'unplanned',
      start: '2022-10-01',
      end: null,
      durationMinutes: 60,
      category: 'network',
      source: { file: SAMPLE, sheet: 'Log Downtime' },
    });
    // the follow-up that spilled into a continuation row belongs to incident 1
    expect(byTitle['ISP cinox dan indihome down'].followUp).toMatch(/disebabkan oleh\s+isp, maka Tindakan/);
    expect(byTitle['ISP cinox dan indihome down'].kindReason).toContain('Tidak Terencana');
    expect(byTitle['BPJS down']).toMatchObject({ kind: 'unplanned', category: 'external', scope: 'external' });
    expect(byTitle['Listrik Mati']).toMatchObject({ kind: 'unplanned', start: '2022-11-10', durationMinutes: 30, category: 'power' });
    expect(byTitle['Listrik Mati'].warnings.join(' ')).toContain('2022');
    expect(byTitle['Pemasangan perubahan bridging LIS']).toMatchObject({ kind: 'planned', start: '2021-06', durationMinutes: 15 });
    expect(byTitle['Pemasangan V-claim V2']).toMatchObject({ kind: 'planned', start: '2022-03-18', durationMinutes: 30 });
    for (const i of list) expect(typeof i.source.row).toBe('number');
  });

  it('importing the same content again adds nothing', () => {
    const before = fileHash(db);
    const copy = join(dir, 'salinan.xlsx');
    copyFileSync(SAMPLE, copy);
    const r = runCli(['import', copy, '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, files: [{ status: 'already-imported' }] });
    expect(fileHash(db)).toBe(before);
  });

  it('stats --json follows the accounting method', () => {
    const r = runCli(['stats', '--db', db, '--year', '2022', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    const T = 365 * 1440;
    expect(s).toMatchObject({ from: '2022-01-01', to: '2022-12-31', periodMinutes: T, unplanned: { count: 3, minutes: 210 }, planned: { count: 1, minutes: 30 } });
    expect(s.availabilityPercent).toBeCloseTo(((T - 30 - 210) / (T - 30)) * 100, 9);
    expect(s.totalAvailabilityPercent).toBeCloseTo(((T - 30 - 210) / T) * 100, 9);
    expect(s.mttrMinutes).toBe(70);
    const oct = JSON.parse(runCli(['stats', '--db', db, '--month', '2022-10', '--json']).stdout);
    expect(oct).toMatchObject({ periodMinutes: 44640, unplanned: { count: 2, minutes: 180 }, planned: { count: 0, minutes: 0 } });
  });

  it('prints readable tables in Indonesian and English', () => {
    const id = runCli(['stats', '--db', db, '--month', '2022-10']);
    expect(id.stdout).toContain('Ketersediaan di luar terencana');
    expect(id.stdout).toMatch(/99,59 %/);
    const en = runCli(['stats', '--db', db, '--month', '2022-10', '--lang', 'en']);
    expect(en.stdout).toContain('Availability excl. planned');
    expect(en.stdout).toMatch(/99\.59 %/);
    const list = runCli(['list', '--db', db, '--quarter', '2022-Q4']);
    expect(list.stdout).toContain('1 Oktober 2022');
    expect(list.stdout).toContain('3 insiden');
  });

  it('list filters by period and kind', () => {
    const planned = JSON.parse(runCli(['list', '--db', db, '--year', '2021', '--kind', 'planned', '--json']).stdout);
    expect(planned.map((i: { title: string }) => i.title)).toEqual(['Pemasangan perubahan bridging LIS']);
  });
});

describe('refusals leave the store exactly as it was', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = tempDir();
    db = join(dir, 'store.sqlite');
    expect(runCli(['import', SAMPLE, '--db', db]).code).toBe(0);
  });

  async function expectRefused(file: string, pattern: RegExp, extra: string[] = []) {
    const before = fileHash(db);
    const r = runCli(['import', file, '--db', db, ...extra]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(fileHash(db)).toBe(before);
    return r;
  }

  it('an invalid row: every problem listed with file, sheet, row, column, value; nothing written', async () => {
    const f = await workbook(join(dir, 'buruk.xlsx'), [
      HEADER,
      [1, '01/02/2022', '08.00', '09.00', '1 jam', 'Server mati', 'UPS rusak', 'Ganti UPS'],
      [2, '31 Februari 2022', '08.00', '09.00', '1 jam', 'Switch mati', '', ''],
      [3, 'kemarin sore', '', '', '1 jam', 'Internet putus', '', ''],
      [4, '03/02/2022', '', '', '-30 menit', 'BPJS down', '', ''],
    ]);
    const r = await expectRefused(f, /buruk\.xlsx/);
    expect(r.stderr).toContain('Tidak ada yang ditulis');
    expect(r.stderr).toMatch(/sheet "Log", baris 3, kolom B \(Tanggal\) \("31 Februari 2022"\)/);
    expect(r.stderr).toMatch(/baris 4, kolom B \(Tanggal\) \("kemarin sore"\)/);
    expect(r.stderr).toMatch(/baris 5, kolom E \(Lama\) \("-30 menit"\): .*negatif/);
  });

  it('--skip-invalid imports the valid rows and lists the others', async () => {
    const f = await workbook(join(dir, 'sebagian.xlsx'), [
      HEADER,
      [1, '01/02/2022', '08.00', '09.00', '1 jam', 'Server mati', 'UPS rusak', 'Ganti UPS'],
      [2, '31 Februari 2022', '08.00', '09.00', '1 jam', 'Switch mati', '', ''],
    ]);
    const r = runCli(['import', f, '--db', db, '--skip-invalid', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ added: 1, files: [{ invalidRows: 1, skippedInvalid: 1 }] });
    expect(out.issues.some((i: { severity: string; row: number }) => i.severity === 'error' && i.row === 3)).toBe(true);
  });

  it('--dry-run shows what would be added and writes nothing', async () => {
    const f = await workbook(join(dir, 'uji.xlsx'), [HEADER, [1, '05/03/2022', '08.00', '08.45', '', 'Internet putus', 'ISP', '']]);
    const before = fileHash(db);
    const r = runCli(['import', f, '--db', db, '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ dryRun: true, added: 1, files: [{ status: 'dry-run' }] });
    expect(out.files[0].incidents[0]).toMatchObject({ title: 'Internet putus', durationMinutes: 45, start: '2022-03-05T08:00:00+07:00' });
    expect(fileHash(db)).toBe(before);
  });

  it('a truncated workbook', async () => {
    const bytes = readFileSync(SAMPLE);
    const f = join(dir, 'terpotong.xlsx');
    writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(f, /terpotong\.xlsx/);
  });

  it('a text file with a spreadsheet name', async () => {
    const f = join(dir, 'palsu.xlsx');
    writeFileSync(f, 'ini bukan spreadsheet\n');
    await expectRefused(f, /palsu\.xlsx/);
  });

  it('an empty workbook', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const f = join(dir, 'kosong.xlsx');
    await wb.xlsx.writeFile(f);
    await expectRefused(f, /kosong\.xlsx/);
  });

  it('a missing file is an I/O error (exit 3)', () => {
    const r = runCli(['import', join(dir, 'tidak-ada.xlsx'), '--db', db]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('tidak ditemukan');
  });

  it('a refused import does not create a store that did not exist', async () => {
    const fresh = join(dir, 'baru.sqlite');
    const f = await workbook(join(dir, 'buruk2.xlsx'), [HEADER, [1, 'kemarin sore', '', '', '1 jam', 'X', '', '']]);
    expect(runCli(['import', f, '--db', fresh]).code).toBe(1);
    expect(fileHash(fresh)).toBe('absent');
  });
});

describe('other sources', () => {
  it('imports a semicolon CSV with BOM (the sample 2023 log) and a SQLite table', () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const csv = runCli(['import', 'data/contoh-log-2023.csv', '--db', db, '--json']);
    expect(csv.code).toBe(0);
    expect(JSON.parse(csv.stdout).added).toBe(12);

    const src = join(dir, 'lama.db');
    const sdb = new Database(src);
    sdb.exec('CREATE TABLE downtime (tanggal TEXT, mulai TEXT, selesai TEXT, kejadian TEXT, penyebab TEXT, jenis TEXT)');
    sdb.prepare('INSERT INTO downtime VALUES (?,?,?,?,?,?)').run('2023-09-01', '08:00', '08:30', 'Server aplikasi hang', 'Memori penuh', 'Tidak Terencana');
    sdb.close();
    const r = runCli(['import', src, '--table', 'downtime', '--db', db, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).added).toBe(1);
    const list = JSON.parse(runCli(['list', '--db', db, '--month', '2023-09', '--json']).stdout);
    expect(list[0]).toMatchObject({ title: 'Server aplikasi hang', start: '2023-09-01T08:00:00+07:00', durationMinutes: 30, source: { sheet: 'downtime', row: 1 } });
  });
});

describe('import options and contracts', () => {
  it('one SQLite file with two logs: each table is its own batch; a bad table is refused', () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const src = join(dir, 'simrs.db');
    const sdb = new Database(src);
    for (const t of ['log2022', 'log2023']) {
      sdb.exec(`CREATE TABLE ${t} (tanggal TEXT, mulai TEXT, selesai TEXT, kejadian TEXT)`);
    }
    sdb.prepare('INSERT INTO log2022 VALUES (?,?,?,?)').run('2022-09-01', '08:00', '08:30', 'Server hang');
    sdb.prepare('INSERT INTO log2023 VALUES (?,?,?,?)').run('2023-09-01', '09:00', '09:45', 'Switch mati');
    sdb.close();
    expect(JSON.parse(runCli(['import', src, '--table', 'log2022', '--db', db, '--json']).stdout).added).toBe(1);
    expect(JSON.parse(runCli(['import', src, '--table', 'log2023', '--db', db, '--json']).stdout).added).toBe(1);
    expect(JSON.parse(runCli(['import', src, '--table', 'log2023', '--db', db, '--json']).stdout).files[0].status).toBe('already-imported');
    const bad = runCli(['import', src, '--table', 'tidak_ada', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('tidak_ada');
  });

  it('--year must be a year', () => {
    const r = runCli(['import', 'data/contoh-log-2023.csv', '--year', 'abc', '--db', join(tempDir(), 'y.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--year');
  });

  it('--json: a refusal is JSON on stdout too, with every issue', async () => {
    const dir = tempDir();
    const f = await workbook(join(dir, 'buruk.xlsx'), [HEADER, [1, 'kemarin sore', '', '', '1 jam', 'X', '', '']]);
    const r = runCli(['import', f, '--db', join(dir, 'j.sqlite'), '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ refused: true, added: 0 });
    expect(out.issues[0]).toMatchObject({ severity: 'error', row: 2, column: 'B (Tanggal)', value: 'kemarin sore' });
  });

  it('CSV issues name the column by its header once', () => {
    const dir = tempDir();
    const f = join(dir, 'log.csv');
    writeFileSync(f, 'Tanggal;Kejadian;Lama\n31 Februari 2022;Server mati;1 jam\n');
    const r = runCli(['import', f, '--db', join(dir, 'c.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('baris 2, kolom Tanggal ("31 Februari 2022")');
  });
});

