// An Uptime Kuma database imported as incidents. The test builds kuma.db with the tables and columns
// Uptime Kuma itself creates (louislam/uptime-kuma db/knex_init_db.js: monitor, heartbeat with
// important, monitor_id, status, msg, time, ping, duration, down_count; time in UTC).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { mergeHeartbeats } from '../../src/sources/kuma.js';
import { setup } from './helpers.js';

function kumaDb(path: string, beats: [monitor: number, status: number, time: string, msg?: string][]): string {
  const db = new Database(path);
  db.exec(`
CREATE TABLE user (id INTEGER PRIMARY KEY AUTOINCREMENT, username VARCHAR(255) NOT NULL UNIQUE, password VARCHAR(255), active BOOLEAN NOT NULL DEFAULT 1, timezone VARCHAR(150));
CREATE TABLE monitor (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(150), active BOOLEAN NOT NULL DEFAULT 1,
  user_id INTEGER REFERENCES user(id) ON DELETE SET NULL ON UPDATE CASCADE, interval INTEGER NOT NULL DEFAULT 20, url TEXT, type VARCHAR(20),
  weight INTEGER DEFAULT 2000, hostname VARCHAR(255), port INTEGER, created_date DATETIME NOT NULL DEFAULT (DATETIME('now')), keyword VARCHAR(255),
  maxretries INTEGER NOT NULL DEFAULT 0, ignore_tls BOOLEAN NOT NULL DEFAULT 0, upside_down BOOLEAN NOT NULL DEFAULT 0);
CREATE TABLE heartbeat (id INTEGER PRIMARY KEY AUTOINCREMENT, important BOOLEAN NOT NULL DEFAULT 0,
  monitor_id INTEGER NOT NULL REFERENCES monitor(id) ON DELETE CASCADE ON UPDATE CASCADE, status SMALLINT NOT NULL, msg TEXT,
  time DATETIME NOT NULL, ping INTEGER, duration INTEGER NOT NULL DEFAULT 0, down_count INTEGER NOT NULL DEFAULT 0);
CREATE INDEX monitor_time_index ON heartbeat (monitor_id, time);
CREATE INDEX monitor_important_time_index ON heartbeat (monitor_id, important, time);
CREATE TABLE maintenance (id INTEGER PRIMARY KEY AUTOINCREMENT, title VARCHAR(150) NOT NULL, description TEXT NOT NULL, active BOOLEAN NOT NULL DEFAULT 1);
INSERT INTO monitor (id, name, type, url) VALUES (1, 'SIMRS Web', 'http', 'http://simrs.local'), (2, 'Bridging BPJS', 'http', 'https://apijkn.bpjs-kesehatan.go.id');`);
  const insert = db.prepare('INSERT INTO heartbeat (monitor_id, status, msg, time, ping, duration, important) VALUES (?, ?, ?, ?, ?, 60, ?)');
  const last = new Map<number, number>();
  for (const [m, status, time, msg] of beats) {
    insert.run(m, status, msg ?? '', time, status === 1 ? 42 : null, last.get(m) === status ? 0 : 1);
    last.set(m, status);
  }
  db.close();
  return path;
}

const BEATS: [number, number, string, string?][] = [
  [1, 1, '2023-08-01 00:58:00.120'],
  [1, 0, '2023-08-01 01:00:00.123', 'connect ECONNREFUSED 10.0.0.5:80'],
  [1, 2, '2023-08-01 01:01:00.001', 'retrying'],
  [1, 0, '2023-08-01 01:02:00.456', 'connect ECONNREFUSED 10.0.0.5:80'],
  [1, 1, '2023-08-01 01:45:00.000', '200 - OK'],
  [1, 3, '2023-08-05 15:00:00.000', 'Maintenance'],
  [1, 3, '2023-08-05 15:01:00.000', 'Maintenance'],
  [1, 1, '2023-08-05 16:00:00.000', '200 - OK'],
  [2, 1, '2023-08-10 02:00:00.000', '200 - OK'],
  [2, 0, '2023-08-10 03:30:00.000', 'timeout of 48000ms exceeded'],
];

describe('Uptime Kuma source', () => {
  it('merges down runs per monitor (pending does not end them) and maintenance runs', () => {
    const beats = BEATS.map(([monitor_id, status, time, msg], i) => ({ id: i + 1, monitor_id, status, time, msg: msg ?? null }));
    const names = new Map([[1, 'SIMRS Web'], [2, 'Bridging BPJS']]);
    expect(mergeHeartbeats(beats, names).map((o) => [o.monitor, o.kind, new Date(o.startMs).toISOString(), o.endMs && new Date(o.endMs).toISOString()])).toEqual([
      ['SIMRS Web', 'unplanned', '2023-08-01T01:00:00.123Z', '2023-08-01T01:45:00.000Z'],
      ['SIMRS Web', 'planned', '2023-08-05T15:00:00.000Z', '2023-08-05T16:00:00.000Z'],
      ['Bridging BPJS', 'unplanned', '2023-08-10T03:30:00.000Z', null],
    ]);
  });

  it('downtime import kuma.db: outages in hospital time, monitor name as unit, maintenance planned, a run still down ongoing', () => {
    const t = setup();
    const file = kumaDb(join(t.dir, 'kuma.db'), BEATS);
    const out = t.json('import', file);
    expect(out.added).toBe(3);
    const list = t.json('list');
    expect(list.map((i: Record<string, unknown>) => [i.title, i.kind, i.unit, i.start, i.end, i.cause])).toEqual([
      ['SIMRS Web tidak dapat diakses', 'unplanned', 'SIMRS Web', '2023-08-01T08:00:00+07:00', '2023-08-01T08:45:00+07:00', 'connect ECONNREFUSED 10.0.0.5:80'],
      ['Pemeliharaan terjadwal SIMRS Web', 'planned', 'SIMRS Web', '2023-08-05T22:00:00+07:00', '2023-08-05T23:00:00+07:00', 'Maintenance'],
      ['Bridging BPJS tidak dapat diakses', 'unplanned', 'Bridging BPJS', '2023-08-10T10:30:00+07:00', null, 'timeout of 48000ms exceeded'],
    ]);
    expect(list[0].source).toMatchObject({ sheet: 'heartbeat', row: 2 });
    // The same kuma.db again adds nothing.
    expect(t.json('import', file).added).toBe(0);
    const stats = t.json('stats', '--month', '2023-08', '--now', '2023-08-10T11:30:00+07:00');
    expect(stats.ongoing).toBe(1);
    expect(stats.planned.minutes).toBe(60);
    expect(stats.unplanned.minutes).toBeCloseTo(45 + 60, 0);
  });
});
