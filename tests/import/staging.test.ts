// The staging file's identity lookup (hashes in memory, rows on disk): the first planned row of an
// identity is found across batches and after the table grows; colliding hashes never give a wrong
// row; the incidents come back in order.
import { describe, expect, it } from 'vitest';
import { IdentitySet, Staging } from '../../src/import/staging.js';
import type { NewIncident } from '../../src/store/incident-row.js';

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

describe('IdentitySet', () => {
  it('keeps the first seq of each hash and survives growth', () => {
    const set = new IdentitySet();
    for (let i = 0; i < 50_000; i++) set.add(`x${i}`, i);
    for (let i = 0; i < 50_000; i++) set.add(`x${i}`, i + 1_000_000);
    for (let i = 0; i < 50_000; i += 1234) expect(set.first(`x${i}`)).toBe(i);
    expect(set.first('y')).toBeNull();
  });
});
