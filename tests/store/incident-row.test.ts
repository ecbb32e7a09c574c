// The incident row layout of store/incident-row.ts is the one the store's CREATE TABLE has (schema.ts
// keeps its text as shipped, so it is checked here rather than derived), and an incident comes back
// from the staging file and from the store exactly as it was planned.
import { describe, expect, it } from 'vitest';
import { useTempStore } from '../helpers/store.js';
import { CONTENT_COLUMN_NAMES, INCIDENT_COLUMNS, type NewIncident } from '../../src/store/incident-row.js';
import { Staging } from '../../src/import/staging.js';

const store = useTempStore('downtime-incident-row-');

const full: NewIncident = {
  identity: 'id-full',
  untilMs: 1_000_000 + 90 * 60_000,
  kind: 'unplanned',
  kindReason: 'kolom Jenis',
  title: 'SIMRS mati',
  start: '2023-01-02T08:00:00+07:00',
  end: '2023-01-02T09:30:00+07:00',
  precision: 'minute',
  startMs: 1_000_000,
  endMs: 1_000_000 + 90 * 60_000,
  durationMinutes: 90.5,
  cause: 'Listrik padam',
  followUp: 'Genset dinyalakan',
  pic: 'Budi',
  unit: 'IGD',
  category: 'power',
  categoryReason: 'kata "listrik"',
  scope: 'external',
  source: { file: '/data/log.xlsx', sheet: 'Januari', row: 17 },
  warnings: ['Jam selesai ditebak', 'kedua'],
  extra: { Keterangan: 'catatan "kutip"', Shift: 'pagi' },
};

const sparse: NewIncident = {
  ...full,
  identity: 'id-sparse',
  untilMs: null,
  kind: 'planned',
  end: null,
  precision: 'day',
  endMs: null,
  durationMinutes: null,
  pic: null,
  unit: null,
  scope: 'internal',
  source: { file: 'log.csv', sheet: null, row: 3 },
  warnings: [],
  extra: {},
};

describe('the incident row layout', () => {
  it('is the content part of the incidents table, in order, with its types and nullability', () => {
    const info = store().db.prepare('PRAGMA table_info(incidents)').all() as { name: string; type: string; notnull: number }[];
    const content = info.filter((c) => !['id', 'batch_id', 'voided', 'void_reason'].includes(c.name));
    expect(content.map((c) => c.name)).toEqual(CONTENT_COLUMN_NAMES);
    for (const c of content) {
      const mine = INCIDENT_COLUMNS[c.name as keyof typeof INCIDENT_COLUMNS];
      expect({ column: c.name, type: c.type, notNull: c.notnull === 1 }).toEqual({ column: c.name, type: mine.type, notNull: mine.notNull });
    }
    expect(info.map((c) => c.name)).toEqual(['id', 'batch_id', ...CONTENT_COLUMN_NAMES, 'voided', 'void_reason']);
  });

  it('brings a planned incident back unchanged from the staging file and from the store', () => {
    const staging = new Staging();
    try {
      staging.stage(0, full);
      staging.stage(0, sparse);
      staging.seal();
      expect([...staging.incidents(0)]).toEqual([full, sparse]);
      expect(staging.plannedAt('id-sparse')).toEqual({ batch: 0, file: 'log.csv', sheet: null, row: 3 });
      const batch = { file: 'log.csv', sha256: 'x', selector: '', importedAt: '2023-01-03T00:00:00Z', sourceKind: 'csv', rowsRead: 2, duplicates: 0, skipped: 0, warnings: 0, mapping: null };
      const [applied] = store().applyStaged(staging, [{ batch, staged: 0 }]);
      expect(applied?.added).toBe(2);
      const stored = store().batchIncidents(applied!.batchId);
      const strip = ({ identity: _i, untilMs: _u, ...rest }: NewIncident) => rest;
      expect(stored).toEqual([full, sparse].map((inc, n) => ({ id: stored[n]!.id, ...strip(inc), batchId: applied!.batchId, voided: false, voidReason: null, identity: inc.identity })));
      // numbers stay numbers in SQLite (the range queries compare start_ms/until_ms as integers)
      const types = store().db.prepare('SELECT typeof(start_ms) AS s, typeof(until_ms) AS u, typeof(source_row) AS r FROM incidents WHERE identity = ?').get('id-full');
      expect(types).toEqual({ s: 'integer', u: 'integer', r: 'integer' });
    } finally {
      staging.close();
    }
  });
});
