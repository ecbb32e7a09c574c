import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readSource } from '../../src/sources/index.js';
import { makeTempDir, writeSqlite } from '../helpers/build-files.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

let single: string;
let multi: string;

beforeAll(() => {
  single = writeSqlite(tmp.path('simrs-lama.db'), (db) => {
    db.exec(`CREATE TABLE downtime (id INTEGER PRIMARY KEY, tgl TEXT, uraian TEXT, penyebab TEXT, durasi INTEGER, jenis TEXT, foto BLOB);
      INSERT INTO downtime (tgl, uraian, penyebab, durasi, jenis, foto) VALUES
        ('2023-01-09 08:30', 'SIMRS tidak bisa diakses', 'Switch mati', 105, 'Tidak Terencana', x'00ff'),
        ('2023-02-11 22:00', 'Vacuum database', 'Pemeliharaan', 90, 'Terencana', NULL);`);
  });
  multi = writeSqlite(tmp.path('multi.sqlite'), (db) => {
    db.exec(`CREATE TABLE "log downtime" (tanggal TEXT, kejadian TEXT, lama TEXT);
      INSERT INTO "log downtime" VALUES ('1/3/2023', 'Internet putus', '35 menit');
      CREATE TABLE users (name TEXT);
      CREATE TABLE catatan (isi TEXT, tgl_input TEXT);
      INSERT INTO catatan VALUES ('Listrik padam', '5/4/2023');`);
  });
});

describe('sqlite', () => {
  it('the only table is used; columns match by synonym; opened read-only', async () => {
    const before = createHash('sha256').update(readFileSync(single)).digest('hex');
    const progress: number[] = [];
    const r = await readSource(single, { onProgress: (n) => progress.push(n) });
    expect(r.kind).toBe('sqlite');
    expect(r.sheets).toMatchObject([
      { sheet: 'downtime', rows: 2, headerRow: null, recognised: true, columns: { no: 'id', date: 'tgl', title: 'uraian', cause: 'penyebab', duration: 'durasi', kind: 'jenis' } },
    ]);
    expect(r.rows.map((x) => x.source)).toEqual([
      { file: single, sheet: 'downtime', row: 1 },
      { file: single, sheet: 'downtime', row: 2 },
    ]);
    expect(r.rows[0]!.cells).toEqual({
      no: { value: 1, column: 'id', header: 'id' },
      date: { value: '2023-01-09 08:30', column: 'tgl', header: 'tgl', dateOrder: 'ymd' },
      title: { value: 'SIMRS tidak bisa diakses', column: 'uraian', header: 'uraian' },
      cause: { value: 'Switch mati', column: 'penyebab', header: 'penyebab' },
      duration: { value: 105, column: 'durasi', header: 'durasi' },
      kind: { value: 'Tidak Terencana', column: 'jenis', header: 'jenis' },
    });
    expect(progress).toEqual([2]);
    expect(createHash('sha256').update(readFileSync(single)).digest('hex')).toBe(before);
  });

  it('several tables: refuses and lists them', async () => {
    await expect(readSource(multi)).rejects.toThrow(/multi\.sqlite: basis data berisi 3 tabel \(catatan, log downtime, users\); pilih sumbernya dengan --table NAMA atau --query/);
  });

  it('--table picks one (quoted name, any case); an unknown name lists the tables', async () => {
    const r = await readSource(multi, { table: 'LOG DOWNTIME' });
    expect(r.sheets[0]!.sheet).toBe('log downtime');
    expect(r.rows[0]!.cells.title?.value).toBe('Internet putus');
    await expect(readSource(multi, { table: 'incidents' })).rejects.toThrow(/tabel "incidents" tidak ada\. Tabel yang ada: catatan, log downtime, users/);
    await expect(readSource(multi, { table: 'users' })).rejects.toThrow(/kolom tabel "users" tidak dikenali sebagai log downtime \(kolom: name\)/);
  });

  it('--query runs one SELECT; anything else is refused', async () => {
    const r = await readSource(multi, { query: 'SELECT isi AS kejadian, tgl_input AS tanggal FROM catatan;' });
    expect(r.sheets[0]!.sheet).toBe('query');
    expect(r.rows[0]!.cells).toEqual({
      title: { value: 'Listrik padam', column: 'kejadian', header: 'kejadian' },
      date: { value: '5/4/2023', column: 'tanggal', header: 'tanggal', dateOrder: 'dmy' },
    });
    // one row, 5/4 reads both ways: day-first, said once
    expect(r.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^semua tanggalnya bisa dibaca dua arah/)]);
    await expect(readSource(multi, { query: 'DELETE FROM catatan' })).rejects.toThrow(/--query harus berupa satu perintah SELECT/);
    await expect(readSource(multi, { query: 'SELECT 1; DROP TABLE catatan' })).rejects.toThrow(/hanya boleh berisi satu perintah SELECT/);
    await expect(readSource(multi, { query: 'SELECT nope FROM catatan' })).rejects.toThrow(/kueri tidak dapat dibaca: no such column: nope/);
    await expect(readSource(multi, { query: 'SELECT 1', table: 'catatan' })).rejects.toThrow(/bukan keduanya/);
  });
});
