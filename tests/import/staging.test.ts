// The staging file's identity lookup (hashes in memory, rows on disk): the first planned row of an
// identity is found across batches and after the table grows; colliding hashes never give a wrong
// row; the incidents come back in order.
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { IdentitySet, Staging } from '../../src/import/staging.js';
import type { NewIncident } from '../../src/store/incident-row.js';
import { openStore } from '../../src/store/store.js';
import { tempDir } from '../helpers/cli.js';

function incident(identity: string, row: number, file = 'log.csv'): NewIncident {
  return {
    identity,
    untilMs: null,
    kind: 'unplanned',
    kindReason: 'kolom Jenis',
    title: `Kejadian ${row}`,
    start: '2023-01-02T08:00:00+07:00',
    end: null,
    precision: 'minute',
    startMs: 1_000_000 + row,
    endMs: null,
    durationMinutes: null,
    cause: '',
    followUp: '',
    pic: null,
    unit: null,
    category: 'power',
    categoryReason: '',
    scope: 'internal',
    source: { file, sheet: null, row },
    warnings: [],
    extra: {},
  };
}

describe('Staging.plannedAt', () => {
  it('finds the first row of every identity, across batches and growth, and nothing else', () => {
    const s = new Staging();
    try {
      for (let i = 0; i < 20_000; i++) s.stage(0, incident(`id-${i}`, i + 2));
      // A later file repeats every tenth row of the first one.
      for (let i = 0; i < 20_000; i += 10) s.stage(1, incident(`id-${i}`, i + 5, 'other.csv'));
      for (let i = 0; i < 20_000; i += 997) expect(s.plannedAt(`id-${i}`)).toEqual({ batch: 0, file: 'log.csv', sheet: null, row: i + 2 });
      expect(s.plannedAt('id-20000')).toBeUndefined();
      expect(s.plannedAt('')).toBeUndefined();
      s.seal();
      const second = [...s.incidents(1)];
      expect(second).toHaveLength(2000);
      expect(second[3]).toEqual(incident('id-30', 35, 'other.csv'));
    } finally {
      s.close();
    }
  });

  it('confirms a hash hit against the stored identity: colliding hashes still give the right row', () => {
    const s = new Staging({ hash: (id) => [id.length, 7] });
    try {
      s.stage(0, incident('aa', 2));
      s.stage(0, incident('bb', 3));
      s.stage(2, incident('cc', 4));
      expect(s.plannedAt('aa')).toEqual({ batch: 0, file: 'log.csv', sheet: null, row: 2 });
      expect(s.plannedAt('bb')).toEqual({ batch: 0, file: 'log.csv', sheet: null, row: 3 });
      expect(s.plannedAt('cc')).toEqual({ batch: 2, file: 'log.csv', sheet: null, row: 4 });
      expect(s.plannedAt('dd')).toBeUndefined();
    } finally {
      s.close();
    }
  });
});

/** Every field its own value, none a default the staging file leaves out: a column bound out of order shows. */
function distinct(n: number, file: string): NewIncident {
  return {
    identity: `distinct-${n}`,
    untilMs: 3_000_000 + n,
    kind: 'planned',
    kindReason: `kind reason ${n}`,
    title: `title ${n}`,
    start: `2023-01-0${n}T08:00:00+07:00`,
    end: `2023-01-0${n}T09:00:00+07:00`,
    precision: 'minute',
    startMs: 1_000_000 + n,
    endMs: 2_000_000 + n,
    durationMinutes: 60.25 + n,
    cause: `cause ${n}`,
    followUp: `follow-up ${n}`,
    pic: `pic ${n}`,
    unit: `unit ${n}`,
    category: `category ${n}` as NewIncident['category'],
    categoryReason: `category reason ${n}`,
    scope: 'external',
    source: { file, sheet: `sheet ${n}`, row: 40 + n },
    warnings: [`warning ${n}`],
    extra: { [`column ${n}`]: `value ${n}` },
  };
}

describe('Staging, batches and values', () => {
  it('brings every field back, per batch in order, from the staging file and from the store', () => {
    const dir = tempDir('downtime-staging-');
    const store = openStore(join(dir, 'store.sqlite'));
    const s = new Staging();
    try {
      // batch 0 is staged in two runs around batch 1; its third row names another file than its first
      const a = [distinct(1, 'a.xlsx'), distinct(2, 'a.xlsx')];
      const b = [distinct(3, 'b.csv'), incident('plain', 7, 'b.csv')];
      const c = [distinct(4, 'other.xlsx'), incident('plain-2', 9, 'a.xlsx')];
      for (const i of a) s.stage(0, i);
      for (const i of b) s.stage(1, i);
      for (const i of c) s.stage(0, i);
      expect(s.plannedAt('distinct-4')).toEqual({ batch: 0, file: 'other.xlsx', sheet: 'sheet 4', row: 44 });
      expect(s.plannedAt('plain')).toEqual({ batch: 1, file: 'b.csv', sheet: null, row: 7 });
      s.seal();
      expect([...s.incidents(0)]).toEqual([...a, ...c]);
      expect([...s.incidents(1)]).toEqual(b);
      expect([...s.incidents(2)]).toEqual([]);
      const batch = (file: string) => ({ file, sha256: file, selector: '', importedAt: '2023-01-03T00:00:00Z', sourceKind: 'csv', rowsRead: 4, duplicates: 0, skipped: 0, warnings: 0, mapping: null });
      const applied = store.applyStaged(s, [{ batch: batch('b.csv'), staged: 1 }, { batch: batch('a.xlsx'), staged: 0 }, { batch: batch('none.csv'), staged: 2 }]);
      expect(applied.map((x) => x?.added ?? null)).toEqual([2, 4, null]);
      const back = (batchId: number) => store.batchIncidents(batchId).map(({ id: _i, batchId: _b, voided: _v, voidReason: _r, ...rest }) => rest);
      const strip = ({ untilMs: _u, ...rest }: NewIncident) => rest;
      expect(back(applied[0]!.batchId)).toEqual(b.map(strip));
      expect(back(applied[1]!.batchId)).toEqual([...a, ...c].map(strip));
      expect(store.db.prepare('SELECT until_ms FROM incidents WHERE identity = ?').pluck().get('distinct-3')).toBe(3_000_003);
    } finally {
      s.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('IdentitySet', () => {
  it('keeps the first seq of each hash and survives growth', () => {
    const set = new IdentitySet();
    for (let i = 0; i < 50_000; i++) set.add(`x${i}`, i);
    for (let i = 0; i < 50_000; i++) set.add(`x${i}`, i + 1_000_000);
    for (let i = 0; i < 50_000; i += 1234) expect(set.first(`x${i}`)).toBe(i);
    expect(set.first('y')).toBeNull();
  });
});
