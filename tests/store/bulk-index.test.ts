// A bulk import (as many rows as the store holds, or more) rebuilds the incidents' indexes after its
// copy instead of inserting into them row by row (Store.applyStaged): the store ends with the very
// indexes it had, every one of them in use, whether the import was bulk or not.
import { describe, expect, it } from 'vitest';
import { useTempStore } from '../helpers/store.js';
import { stageIncidents } from '../../src/import/staging.js';
import type { NewIncident } from '../../src/store/incident-row.js';

const store = useTempStore('downtime-bulk-index-');

function incident(n: number, file: string): NewIncident {
  const startMs = Date.UTC(2020, 0, 1) + n * 3_600_000;
  return {
    identity: `${file}-${n}`, untilMs: startMs + 600_000, kind: 'unplanned', kindReason: 'kolom Jenis', title: `Kejadian ${n}`,
    start: new Date(startMs).toISOString(), end: null, precision: 'minute', startMs, endMs: null, durationMinutes: 10,
    cause: '', followUp: '', pic: null, unit: null, category: 'power', categoryReason: '', scope: 'internal',
    source: { file, sheet: null, row: n + 2 }, warnings: [], extra: {},
  };
}

const indexes = () => store().db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' ORDER BY name").all();
const plan = (sql: string, ...args: unknown[]) => (store().db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('; ');

describe('the incidents indexes', () => {
  it('are the same, and used, after a bulk import and after a small one on top', () => {
    const fresh = indexes();
    expect(fresh).toHaveLength(3);
    const n = 12_000;
    expect(stageIncidents(store(), 'bulk.csv', 'csv', Array.from({ length: n }, (_, i) => incident(i, 'bulk.csv')))).toBe(n);
    expect(indexes()).toEqual(fresh);
    expect(stageIncidents(store(), 'small.csv', 'csv', Array.from({ length: 20 }, (_, i) => incident(i, 'small.csv')))).toBe(20);
    expect(indexes()).toEqual(fresh);
    expect(store().db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(plan('SELECT id FROM incidents WHERE identity = ?', 'x')).toContain('incidents_identity');
    expect(plan('SELECT id FROM incidents WHERE batch_id = ?', 1)).toContain('incidents_batch');
    expect(plan('SELECT id FROM incidents WHERE start_ms < ?', 1)).toContain('incidents_start');
    expect(store().identityLocation('bulk.csv-11999')).toEqual({ batchId: 1, file: 'bulk.csv', sheet: null, row: 12_001 });
    expect(store().batchIncidents(2).map((i) => i.source.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });
});
