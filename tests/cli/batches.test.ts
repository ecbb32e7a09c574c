// Identity, batches and second chances: rows of one file are never duplicates of each other, an
// import that adds nothing leaves no batch, and one import can be listed, undone or replaced.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileHash, runCli, tempDir } from '../helpers/cli.js';

const HEADER = ['No', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Kejadian', 'Penyebab', 'Unit'];

async function workbook(path: string, rows: unknown[][], sheet = 'Log'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  return path;
}

function json(args: string[]) {
  const r = runCli([...args, '--json']);
  if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

interface Listed {
  id: number;
  title: string;
  cause: string;
  unit: string | null;
  batchId: number;
  source: { file: string; sheet: string | null; row: number };
}

const list = (db: string): Listed[] => json(['list', '--db', db]);

describe('row identity', () => {
  it('two rows of one file with the same kind, times and title are two incidents, even when identical', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const f = await workbook(join(dir, 'log.xlsx'), [
      [1, '01/02/2022', '08.00', '09.00', 'Komputer mati', 'Listrik padam', 'Farmasi'],
      [2, '01/02/2022', '08.00', '09.00', 'Komputer mati', 'Listrik padam', 'Radiologi'],
      [3, '01/02/2022', '08.00', '09.00', 'Komputer mati', 'Listrik padam', 'Radiologi'],
    ]);
    const out = json(['import', f, '--db', db]);
    expect(out.added).toBe(3);
    expect(out.files[0].duplicates).toBe(0);
    const identical = out.issues.filter((i: { message: string }) => /sama persis dengan baris 3/.test(i.message));
    expect(identical).toHaveLength(1);
    expect(identical[0]).toMatchObject({ severity: 'warning', row: 4 });
    const stored = list(db);
    expect(stored.map((i) => i.unit)).toEqual(['Farmasi', 'Radiologi', 'Radiologi']);
    expect(stored.map((i) => i.source.row)).toEqual([2, 3, 4]);
  });

  it('the same row from another file is reported with both locations and not added again', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const jan = await workbook(join(dir, 'januari.xlsx'), [[1, '03/01/2022', '10.00', '10.30', 'Internet putus', 'ISP', 'IGD']]);
    // the same entry copied into the yearly file, under another number and at another row
    const year = await workbook(
      join(dir, 'tahunan.xlsx'),
      [
        [1, '02/01/2022', '07.00', '07.15', 'Switch hang', 'Switch lantai 2', 'Poli'],
        [7, '03/01/2022', '10.00', '10.30', 'Internet  putus', 'ISP', 'IGD'],
      ],
      'Rekap',
    );
    expect(json(['import', jan, '--db', db]).added).toBe(1);
    const out = json(['import', year, '--db', db]);
    expect(out).toMatchObject({ added: 1, files: [{ added: 1, duplicates: 1 }] });
    const dup = out.issues.find((i: { message: string }) => i.message.includes('sudah diimpor dari'));
    expect(dup).toMatchObject({ severity: 'warning', file: year, sheet: 'Rekap', row: 3 });
    expect(dup.message).toContain(`${jan}, sheet "Log", baris 2 (impor #1)`);
    expect(list(db).map((i) => i.title).sort()).toEqual(['Internet putus', 'Switch hang']);

    // the text output counts them and groups the warning
    const again = await workbook(join(dir, 'tahunan-2.xlsx'), [[9, '03/01/2022', '10.00', '10.30', 'Internet putus', 'ISP', 'IGD']]);
    const r = runCli(['import', again, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 insiden ditambahkan, 1 baris sudah diimpor dari berkas lain, dilewati');
    expect(r.stdout).toContain('tidak dicatat sebagai impor');
  });
});

describe('an import that adds nothing records no batch', () => {
  it('so the same file can be imported again once the cause is fixed', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    await workbook(join(dir, 'awal.xlsx'), [[1, '01/03/2023', '08.00', '08.30', 'Server hang', 'Memori penuh', 'SIMRS']]);
    expect(json(['import', join(dir, 'awal.xlsx'), '--db', db]).added).toBe(1);
    // dates without a year: every row invalid; --skip-invalid imports nothing
    const f = await workbook(join(dir, 'tanpa-tahun.xlsx'), [
      [1, '10 November', '08.00', '09.00', 'Server mati', 'UPS rusak', 'SIMRS'],
      [2, '11 November', '08.00', '08.20', 'Switch mati', 'Switch rusak', 'SIMRS'],
    ]);
    const before = fileHash(db);
    const first = json(['import', f, '--db', db, '--skip-invalid']);
    expect(first).toMatchObject({ added: 0, files: [{ status: 'imported', batchId: null, added: 0 }] });
    expect(fileHash(db)).toBe(before);
    expect(json(['batches', '--db', db])).toHaveLength(1);
    // the fix: the year given on the command line; same content, same SHA-256
    const second = json(['import', f, '--db', db, '--year', '2022']);
    expect(second).toMatchObject({ added: 2, files: [{ status: 'imported', added: 2 }] });
    expect(json(['batches', '--db', db]).map((b: { added: number }) => b.added)).toEqual([1, 2]);
  });
});

describe('batches and undo', () => {
  async function store() {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const a = await workbook(join(dir, 'a.xlsx'), [
      [1, '01/02/2022', '08.00', '09.00', 'Server mati', 'UPS rusak', 'SIMRS'],
      [2, '02/02/2022', '08.00', '08.30', 'BPJS down', 'Server BPJS', 'Pendaftaran'],
    ]);
    const b = await workbook(join(dir, 'b.xlsx'), [
      [1, '05/02/2022', '10.00', '10.45', 'Internet putus', 'ISP', 'IGD'],
      [2, '06/02/2022', '10.00', '10.05', 'Printer macet', 'Kertas', 'Farmasi'],
      [3, '07/02/2022', '13.00', '14.00', 'Jaringan lambat', 'Switch', 'Poli'],
    ]);
    const c = await workbook(join(dir, 'c.xlsx'), [[1, '09/02/2022', '09.00', '09.10', 'SIMRS hang', 'Memori', 'Rawat Inap']]);
    for (const f of [a, b, c]) json(['import', f, '--db', db]);
    return { dir, db, a, b, c };
  }

  it('batches lists every import with its SHA-256, local time, counts and mapping', async () => {
    const { db, a, b } = await store();
    const rows = json(['batches', '--db', db]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: 1, file: a, rowsRead: 2, added: 2, source: 'xlsx' });
    expect(rows[1]).toMatchObject({ id: 2, file: b, rowsRead: 3, added: 3 });
    expect(rows[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].importedAt).toMatch(/Z$/);
    expect(rows[0].importedAtLocal).toMatch(/^\d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB$/);
    expect(rows[0].mapping[0]).toMatchObject({ sheet: 'Log', headerRow: 1 });
    expect(Object.keys(rows[0].mapping[0].columns)).toEqual(expect.arrayContaining(['date', 'start', 'end', 'title', 'unit']));

    const text = runCli(['batches', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('a.xlsx');
    expect(text.stdout).toContain(rows[0].sha256.slice(0, 12));
    expect(text.stdout).toContain(rows[0].importedAtLocal);
    expect(text.stdout).toMatch(/Log#1 /);
    expect(text.stdout).toContain('3 impor, 6 insiden');
  });

  it('undo removes exactly that import, in one go, and the file can be imported again', async () => {
    const { db, b } = await store();
    const before = list(db);
    const dry = runCli(['undo', '2', '--db', db, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('3 insiden akan dihapus');
    expect(list(db)).toEqual(before);

    const r = runCli(['undo', '2', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Impor #2');
    expect(r.stdout).toContain('3 insiden dihapus');
    expect(r.stdout).toContain('Internet putus');
    const after = list(db);
    expect(after).toEqual(before.filter((i) => i.batchId !== 2));
    expect(json(['batches', '--db', db]).map((x: { id: number }) => x.id)).toEqual([1, 3]);
    expect(json(['import', b, '--db', db]).added).toBe(3);
  });

  it('undo of an unknown or malformed batch is a user error', async () => {
    const { db } = await store();
    const before = fileHash(db);
    for (const id of ['99', 'abc']) {
      const r = runCli(['undo', id, '--db', db]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/Impor #99 tidak ada|tidak valid/);
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
    expect(fileHash(db)).toBe(before);
  });

  it('undo and replace refuse while another table still refers to the incidents', async () => {
    const { db, a } = await store();
    const sdb = new Database(db);
    // what a later issue adds (evaluations, corrections): a table referring to incidents.id
    sdb.exec('CREATE TABLE evaluasi_uji (id INTEGER PRIMARY KEY, incident_id INTEGER NOT NULL REFERENCES incidents(id), catatan TEXT)');
    const target = sdb.prepare('SELECT id FROM incidents WHERE batch_id = 1 ORDER BY id LIMIT 1').pluck().get() as number;
    sdb.prepare('INSERT INTO evaluasi_uji (incident_id, catatan) VALUES (?, ?)').run(target, 'RCA selesai');
    sdb.close();
    const before = fileHash(db);
    for (const dry of [[], ['--dry-run']]) {
      const r = runCli(['undo', '1', '--db', db, ...dry]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('evaluasi_uji');
      expect(r.stderr).toContain(`insiden ${target}`);
    }
    await workbook(a, [[1, '01/02/2022', '08.00', '09.30', 'Server mati', 'UPS rusak', 'SIMRS']]);
    const rep = runCli(['import', a, '--replace', '--db', db]);
    expect(rep.code).toBe(1);
    expect(rep.stderr).toContain('Penggantian impor ditolak');
    expect(rep.stderr).toContain('evaluasi_uji');
    expect(fileHash(db)).toBe(before);
    // another import, with nothing attached, can still be undone
    expect(runCli(['undo', '2', '--db', db]).code).toBe(0);
  });
});

describe('import --replace: the clerk fixed the Excel', () => {
  const V1 = [
    [1, '01/02/2022', '08.00', '09.00', 'Server mati', 'UPS rusak', 'SIMRS'],
    [2, '02/02/2022', '08.00', '08.30', 'BPJS down', 'Server BPJS', 'Pendaftaran'],
    [3, '03/02/2022', '11.00', '11.20', 'Printer macet', 'Kertas', 'Farmasi'],
    [4, '04/02/2022', '13.00', '14.00', 'Jaringan lambat', 'Switch', 'Poli'],
  ];
  // row 1 corrected (end time), row 3 deleted (so row 4 moves up), a new row appended
  const V2 = [
    [1, '01/02/2022', '08.00', '09.30', 'Server mati', 'UPS rusak', 'SIMRS'],
    [2, '02/02/2022', '08.00', '08.30', 'BPJS down', 'Server BPJS', 'Pendaftaran'],
    [3, '04/02/2022', '13.00', '14.00', 'Jaringan lambat', 'Switch', 'Poli'],
    [4, '05/02/2022', '07.00', '07.10', 'Wifi putus', 'Access point', 'IGD'],
  ];

  it('replaces that import in one transaction and says what was added, removed and changed', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const other = await workbook(join(dir, 'lain.xlsx'), [[1, '20/01/2022', '09.00', '09.10', 'SIMRS hang', 'Memori', 'Rawat Inap']]);
    json(['import', other, '--db', db]);
    const f = await workbook(join(dir, 'log-feb.xlsx'), V1);
    json(['import', f, '--db', db]);
    const otherBefore = list(db).filter((i) => i.batchId === 1);

    await workbook(f, V2);
    const dry = json(['import', f, '--db', db, '--replace', '--dry-run']);
    expect(dry.files[0].replaced).toMatchObject({ batchId: 2, unchanged: 2, added: 1, removed: 1, changed: 1 });
    expect(json(['batches', '--db', db])).toHaveLength(2);

    const r = runCli(['import', f, '--db', db, '--replace']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/menggantikan impor #2 \(.*log-feb\.xlsx, \d+ \w+ \d{4} \d{2}\.\d{2} WIB\): 1 baris baru, 1 dihapus, 1 diubah, 2 tetap/);
    expect(r.stdout).toContain('baru: "Wifi putus"');
    expect(r.stdout).toContain('dihapus: "Printer macet"');
    expect(r.stdout).toContain('diubah: "Server mati"');

    const stored = list(db);
    expect(stored.filter((i) => i.batchId === 1)).toEqual(otherBefore);
    const feb = stored.filter((i) => i.batchId !== 1);
    expect(feb.map((i) => i.title)).toEqual(['Server mati', 'BPJS down', 'Jaringan lambat', 'Wifi putus']);
    const batches = json(['batches', '--db', db]);
    expect(batches.map((b: { id: number; added: number }) => [b.id, b.added])).toEqual([[1, 1], [3, 4]]);
    const serverMati = json(['list', '--db', db, '--month', '2022-02']).find((i: Listed) => i.title === 'Server mati');
    expect(serverMati.durationMinutes).toBe(90);
  });

  it('without --replace, a corrected version is refused with the --replace hint; a grown log only adds its new rows', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const f = await workbook(join(dir, 'log-feb.xlsx'), V1);
    json(['import', f, '--db', db]);
    await workbook(f, V2);
    const before = fileHash(db);
    const r = runCli(['import', f, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('versi baru dari impor #1');
    expect(r.stderr).toContain('--replace');
    expect(fileHash(db)).toBe(before);

    // the same log, grown by one row: nothing of the old import is missing
    await workbook(f, [...V1, [5, '05/02/2022', '07.00', '07.10', 'Wifi putus', 'Access point', 'IGD']]);
    const grown = json(['import', f, '--db', db]);
    expect(grown).toMatchObject({ added: 1, files: [{ duplicates: 4 }] });

    // another month's export under the same name, in another folder: a separate log, with a note
    mkdirSync(join(dir, 'maret'));
    const march = await workbook(join(dir, 'maret', 'log-feb.xlsx'), [[1, '01/03/2022', '08.00', '08.05', 'Listrik kedip', 'PLN', 'Lab']]);
    const m = json(['import', march, '--db', db]);
    expect(m.added).toBe(1);
    expect(m.files[0].sameName).toMatchObject({ batchId: 2 });
    expect(m.issues.some((i: { message: string }) => i.message.includes('--replace'))).toBe(true);
  });

  it('--replace without an earlier import of that name is a user error', async () => {
    const dir = tempDir();
    const f = await workbook(join(dir, 'baru.xlsx'), V1);
    const r = runCli(['import', f, '--replace', '--db', join(dir, 's.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('belum ada');
  });
});

describe('messages people read', () => {
  it('"already imported" names the batch and the local time, not a UTC instant', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const f = await workbook(join(dir, 'log.xlsx'), [[1, '01/02/2022', '08.00', '09.00', 'Server mati', 'UPS rusak', 'SIMRS']]);
    json(['import', f, '--db', db]);
    const r = runCli(['import', f, '--db', db]);
    expect(r.stdout).toMatch(/sudah pernah diimpor \(impor #1, \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB\)/);
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('a refused corrected version names the local time and a --replace line that pastes with spaces in the path', async () => {
    const dir = tempDir();
    const db = join(dir, 's.sqlite');
    const f = await workbook(join(dir, 'Log Feb.xlsx'), [
      [1, '01/02/2022', '08.00', '09.00', 'Server mati', 'UPS rusak', 'SIMRS'],
      [2, '02/02/2022', '08.00', '08.30', 'BPJS down', 'Server BPJS', 'Pendaftaran'],
    ]);
    json(['import', f, '--db', db]);
    await workbook(f, [[1, '01/02/2022', '08.00', '09.00', 'Server mati', 'UPS rusak', 'SIMRS']]);
    const r = runCli(['import', f, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/versi baru dari impor #1 \(.*Log Feb\.xlsx, \d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB\)/);
    expect(r.stderr).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(r.stderr).toContain(`downtime import ${JSON.stringify(f)} --replace`);
  });

  it('a refusal lists errors before warnings and ends with a count per kind of problem', async () => {
    const dir = tempDir();
    // a valid row first (its "kind guessed" warning comes first in file order), then three bad dates
    const rows: unknown[][] = [[1, '01/02/2022', '08.00', '09.00', 'Server mati', 'UPS rusak', 'SIMRS']];
    for (let i = 2; i <= 4; i++) rows.push([i, 'kemarin sore', '08.00', '09.00', `Kejadian ${i}`, '', '']);
    const f = await workbook(join(dir, 'buruk.xlsx'), rows);
    const r = runCli(['import', f, '--db', join(dir, 's.sqlite')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    const firstWarning = lines.findIndex((l) => l.includes('PERINGATAN'));
    const lastError = lines.map((l) => l.includes('GALAT')).lastIndexOf(true);
    expect(lastError).toBeGreaterThan(0);
    if (firstWarning >= 0) expect(firstWarning).toBeGreaterThan(lastError);
    expect(r.stderr).toContain('Ringkasan masalah:');
    expect(r.stderr).toMatch(/\n\s+3× galat: [^\n]+, kolom B \(Tanggal\)\n/);
    expect(r.stderr).toMatch(/\n\s+1× peringatan: Jenis ditebak/);
  });
});

describe('migration from schema v2', () => {
  it('keeps every incident and batch, ids included, and the store takes new imports', async () => {
    const dir = tempDir();
    const db = join(dir, 'v2.sqlite');
    const old = new Database(db);
    // the v2 schema exactly as the previous release created it
    old.exec(`CREATE TABLE IF NOT EXISTS batches (
  id            INTEGER PRIMARY KEY,
  file          TEXT NOT NULL,
  sha256        TEXT NOT NULL,
  -- what was read from the file: '' for a spreadsheet, 'table:X' or 'query:…' for SQLite
  selector      TEXT NOT NULL DEFAULT '',
  imported_at   TEXT NOT NULL,
  source_kind   TEXT NOT NULL,
  rows_read     INTEGER NOT NULL,
  added         INTEGER NOT NULL,
  duplicates    INTEGER NOT NULL,
  skipped       INTEGER NOT NULL,
  warnings      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS batches_sha ON batches(sha256);

CREATE TABLE IF NOT EXISTS incidents (
  id               INTEGER PRIMARY KEY,
  batch_id         INTEGER NOT NULL REFERENCES batches(id),
  fingerprint      TEXT NOT NULL UNIQUE,
  kind             TEXT NOT NULL CHECK (kind IN ('planned', 'unplanned')),
  kind_reason      TEXT NOT NULL,
  title            TEXT NOT NULL,
  start            TEXT NOT NULL,
  "end"            TEXT,
  precision        TEXT NOT NULL CHECK (precision IN ('month', 'day', 'minute')),
  start_ms         INTEGER NOT NULL,
  end_ms           INTEGER,
  -- end of the time span the incident may touch, for range queries; NULL = ongoing
  until_ms         INTEGER,
  duration_minutes REAL,
  cause            TEXT NOT NULL,
  follow_up        TEXT NOT NULL,
  pic              TEXT,
  category         TEXT NOT NULL,
  category_reason  TEXT NOT NULL,
  scope            TEXT NOT NULL CHECK (scope IN ('internal', 'external')),
  source_file      TEXT NOT NULL,
  source_sheet     TEXT,
  source_row       INTEGER NOT NULL,
  warnings         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incidents_start ON incidents(start_ms);`);
    old.pragma('user_version = 2');
    old.prepare(`INSERT INTO batches (id, file, sha256, selector, imported_at, source_kind, rows_read, added, duplicates, skipped, warnings)
      VALUES (1, 'lama.xlsx', 'aa', '', '2025-01-01T01:00:00.000Z', 'xlsx', 3, 2, 0, 0, 0),
             (2, 'kosong.xlsx', 'bb', '', '2025-01-02T01:00:00.000Z', 'xlsx', 1, 0, 1, 0, 0)`).run();
    const ins = old.prepare(`INSERT INTO incidents (id, batch_id, fingerprint, kind, kind_reason, title, start, "end", precision, start_ms, end_ms,
      until_ms, duration_minutes, cause, follow_up, pic, category, category_reason, scope, source_file, source_sheet, source_row, warnings)
      VALUES (?, 1, ?, 'unplanned', 'r', ?, '2024-05-01', NULL, 'day', ?, NULL, ?, 60, 'c', 'f', NULL, 'other', 'r', 'internal', 'lama.xlsx', 'Log', ?, '[]')`);
    ins.run(7, 'fp-a', 'Server mati', 1714496400000, 1714582800000, 2);
    ins.run(9, 'fp-b', 'Server mati', 1714496400000, 1714582800000, 3);
    old.close();

    const stored = list(db);
    expect(stored.map((i) => [i.id, i.title, i.source.row, i.unit])).toEqual([
      [7, 'Server mati', 2, null],
      [9, 'Server mati', 3, null],
    ]);
    expect(stored[0]).toMatchObject({ extra: {}, batchId: 1 });
    const check = new Database(db, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(4);
    expect(check.prepare('SELECT identity FROM incidents ORDER BY id').pluck().all()).toEqual(['v2:fp-a', 'v2:fp-b']);
    check.close();
    expect(json(['batches', '--db', db]).map((b: { id: number; mapping: unknown }) => [b.id, b.mapping])).toEqual([[1, null], [2, null]]);
    // a batch a v2 store recorded for an import that added nothing no longer blocks its file
    const f = await workbook(join(dir, 'baru.xlsx'), [[1, '01/02/2022', '08.00', '09.00', 'Server mati', 'UPS rusak', 'SIMRS']]);
    expect(json(['import', f, '--db', db]).added).toBe(1);
    expect(runCli(['undo', '1', '--db', db]).code).toBe(0);
    expect(list(db).map((i) => i.title)).toEqual(['Server mati']);
  });
});
