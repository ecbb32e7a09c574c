// Schema v4 on a v3 store, corrections that survive `import --replace`, and the store API the
// document commands will use (actions due before their incident are refused).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { openStore } from '../../src/store/store.js';
import { recordEvaluation } from '../../src/store/record-api.js';
import { setup } from './helpers.js';

/** A store exactly as schema v3 made it (release before the cycle), with one imported incident. */
function v3Store(path: string): void {
  const db = new Database(path);
  db.exec(`
CREATE TABLE batches (id INTEGER PRIMARY KEY, file TEXT NOT NULL, sha256 TEXT NOT NULL, selector TEXT NOT NULL DEFAULT '', imported_at TEXT NOT NULL,
  source_kind TEXT NOT NULL, rows_read INTEGER NOT NULL, added INTEGER NOT NULL, duplicates INTEGER NOT NULL, skipped INTEGER NOT NULL,
  warnings INTEGER NOT NULL, mapping TEXT);
CREATE INDEX batches_sha ON batches(sha256);
CREATE TABLE incidents (id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES batches(id), identity TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('planned', 'unplanned')), kind_reason TEXT NOT NULL, title TEXT NOT NULL, start TEXT NOT NULL, "end" TEXT,
  precision TEXT NOT NULL CHECK (precision IN ('month', 'day', 'minute')), start_ms INTEGER NOT NULL, end_ms INTEGER, until_ms INTEGER,
  duration_minutes REAL, cause TEXT NOT NULL, follow_up TEXT NOT NULL, pic TEXT, unit TEXT, category TEXT NOT NULL, category_reason TEXT NOT NULL,
  scope TEXT NOT NULL CHECK (scope IN ('internal', 'external')), source_file TEXT NOT NULL, source_sheet TEXT, source_row INTEGER NOT NULL,
  warnings TEXT NOT NULL, extra TEXT NOT NULL DEFAULT '{}');
CREATE INDEX incidents_start ON incidents(start_ms);
CREATE INDEX incidents_identity ON incidents(identity);
CREATE INDEX incidents_batch ON incidents(batch_id);
INSERT INTO batches VALUES (1, 'log.xlsx', 'abc', '', '2023-09-01T00:00:00.000Z', 'xlsx', 1, 1, 0, 0, 0, NULL);
INSERT INTO incidents VALUES (1, 1, 'id1', 'unplanned', 'kata kunci', 'Server mati', '2023-08-01T08:00:00+07:00', '2023-08-01T09:00:00+07:00',
  'minute', ${Date.parse('2023-08-01T01:00:00Z')}, ${Date.parse('2023-08-01T02:00:00Z')}, ${Date.parse('2023-08-01T02:00:00Z')}, 60, 'Listrik', '', NULL, NULL,
  'power', 'kata kunci', 'internal', 'log.xlsx', 'Log', 2, '[]', '{}');
PRAGMA user_version = 3;`);
  db.close();
}

describe('schema v4', () => {
  it('migrates a v3 store in place: rows kept, incidents not voided, cycle tables and labels present', () => {
    const t = setup();
    v3Store(t.db);
    const listed = t.json('list');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: 1, title: 'Server mati', durationMinutes: 60, voided: false });
    const db = new Database(t.db, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['incident_events', 'corrections', 'attestations', 'evaluations', 'actions', 'drills', 'trainings', 'notices']));
    db.close();
    // The migrated incident takes a timeline note, and undo then refuses, naming it.
    t.ok('note', '1', 'Unit diberi tahu', '--type', 'informed', '--at', '2023-08-01T08:10');
    const r = t.run('undo', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 catatan linimasa \(tabel incident_events, insiden 1\)/);
  });
});

const HEADER = ['No', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Kejadian', 'Penyebab'];
async function workbook(path: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Log');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('corrections and import --replace', () => {
  it('a correction of an imported row is re-applied when the replacing version brings the same row back', async () => {
    const t = setup();
    const dir1 = join(t.dir, 'v1');
    const dir2 = join(t.dir, 'v2');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir1);
    mkdirSync(dir2);
    await workbook(join(dir1, 'log.xlsx'), [
      [1, '01/08/2023', '08.00', '09.00', 'Server SIMRS mati', 'Listrik padam'],
      [2, '02/08/2023', '10.00', '10.30', 'Internet putus', 'ISP gangguan'],
    ]);
    t.ok('import', join(dir1, 'log.xlsx'));
    t.ok('edit', '1', '--kind', 'planned', '--cause', 'Pemadaman terjadwal PLN', '--reason', 'Ada surat PLN', '--by', 'Budi');
    // The new version corrects row 3 only; row 2 (the corrected incident) is unchanged.
    await workbook(join(dir2, 'log.xlsx'), [
      [1, '01/08/2023', '08.00', '09.00', 'Server SIMRS mati', 'Listrik padam'],
      [2, '02/08/2023', '10.00', '10.45', 'Internet putus', 'ISP gangguan'],
    ]);
    t.ok('import', join(dir2, 'log.xlsx'), '--replace');
    const list = t.json('list');
    const server = list.find((i: { title: string }) => i.title === 'Server SIMRS mati');
    expect(server).toMatchObject({ kind: 'planned', cause: 'Pemadaman terjadwal PLN', batchId: 2 });
    expect(list.find((i: { title: string }) => i.title === 'Internet putus').durationMinutes).toBe(45);
    const shown = t.json('show', String(server.id));
    expect(shown.corrections.map((c: { field: string; oldValue: string }) => [c.field, c.oldValue])).toEqual([['kind', 'unplanned'], ['cause', 'Listrik padam']]);
    expect(shown.corrections.every((c: { incidentId: number }) => c.incidentId === server.id)).toBe(true);
  });

  it('a replace that drops a corrected row is refused and names the correction', async () => {
    const t = setup();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(t.dir, 'a'));
    mkdirSync(join(t.dir, 'b'));
    await workbook(join(t.dir, 'a', 'log.xlsx'), [[1, '01/08/2023', '08.00', '09.00', 'Server SIMRS mati', 'Listrik padam'], [2, '02/08/2023', '10.00', '10.30', 'Internet putus', 'ISP']]);
    t.ok('import', join(t.dir, 'a', 'log.xlsx'));
    t.ok('edit', '1', '--kind', 'planned', '--reason', 'Ada surat');
    await workbook(join(t.dir, 'b', 'log.xlsx'), [[1, '01/08/2023', '08.00', '09.15', 'Server SIMRS mati', 'Listrik padam'], [2, '02/08/2023', '10.00', '10.30', 'Internet putus', 'ISP']]);
    const before = t.ok('list', '--json');
    const r = t.run('import', join(t.dir, 'b', 'log.xlsx'), '--replace');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 koreksi \(tabel corrections, insiden 1\)/);
    expect(t.ok('list', '--json')).toBe(before);
  });
});

describe('store API for the document commands', () => {
  it('stores an evaluation with its actions in one transaction; a due date before the incident is refused', () => {
    const t = setup();
    t.ok('open', 'UPS rusak', '--at', '2025-03-10T07:00');
    t.ok('close', '1', '--at', '2025-03-10T08:00');
    const store = openStore(t.db);
    try {
      const base = { incidentId: 1, document: { rootCause: 'Baterai UPS habis' }, fallbackUsed: true, rootCause: 'Baterai UPS habis', unitsAffected: 3, reconciled: true, createdAt: '2025-03-11T09:00:00+07:00', by: 'Budi' };
      expect(() => recordEvaluation(store, base, [{ action: 'Ganti baterai', pic: 'IPSRS', due: '2025-03-01' }], 'Asia/Jakarta')).toThrow(/actions\[0\]\.due 2025-03-01 lebih awal/);
      expect(store.cycle.evaluation(1)).toBeNull();
      expect(store.cycle.actions()).toHaveLength(0);
      recordEvaluation(store, base, [{ action: 'Ganti baterai UPS', pic: 'IPSRS', due: '2025-03-20' }], 'Asia/Jakarta');
    } finally {
      store.close();
    }
    expect(t.json('show', '1').evaluation).toMatchObject({ rootCause: 'Baterai UPS habis', reconciled: true });
    expect(t.json('actions', '--open')).toMatchObject([{ id: 1, action: 'Ganti baterai UPS', status: 'open', overdue: true }]);
    t.ok('action', 'done', '1', '--evidence', 'BA serah terima 18/03/2025');
    expect(t.json('actions', '--open')).toEqual([]);
    expect(t.json('actions')[0]).toMatchObject({ status: 'done', evidence: 'BA serah terima 18/03/2025' });
    const r = t.run('undo', '1');
    expect(r.code).toBe(1);
  });
});
