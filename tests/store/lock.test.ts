// Another command holding the store: wait for it (busy timeout), and only then say so plainly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileHash, tempDir } from '../helpers/cli.js';
import { run, runAsync, writeLog } from './helpers.js';

let dir: string;
let db: string;
let logB: string;
const SHORT = { DOWNTIME_BUSY_TIMEOUT_MS: '300' };

beforeAll(() => {
  dir = tempDir('downtime-store-lock-');
  db = join(dir, 'store.sqlite');
  expect(run(['import', writeLog(join(dir, 'a.csv'), 200, 'A'), '--db', db]).code).toBe(0);
  logB = writeLog(join(dir, 'b.csv'), 200, 'B', 2010);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a store locked by another writer', () => {
  it('list, stats, report and import wait, then give a UserError; the store is unchanged', () => {
    // hashed before locking: closing any descriptor of the file would drop this process's POSIX locks
    const hash = fileHash(db);
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      for (const args of [
        ['list', '--db', db, '--json'],
        ['stats', '--db', db],
        ['report', '--db', db, '--year', '2000', '--format', 'xlsx', '--out', join(dir, 'out')],
        ['import', logB, '--db', db],
      ]) {
        const r = run(args, SHORT);
        expect(r.stderr, args[0]).toContain('perintah lain sedang menulis basis data ini');
        expect(r.stderr).toContain(db);
        expect(r.stderr).not.toMatch(/Kesalahan internal|bukan basis data/);
        expect(r.code).toBe(3);
      }
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(fileHash(db)).toBe(hash);
    expect(run(['list', '--db', db], SHORT).code).toBe(0);
  });

  it('an import waits for a writer that finishes within the busy timeout', async () => {
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    const started = runAsync(['import', logB, '--db', db, '--json'], { DOWNTIME_BUSY_TIMEOUT_MS: '20000' });
    // release once the import has had time to reach the store (it then waits on the lock)
    await new Promise((r) => setTimeout(r, 1500));
    holder.exec('COMMIT');
    holder.close();
    const r = await started;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).added).toBe(200);
  }, 60_000);

  it('two imports at once both succeed (repeated), neither losing the other', async () => {
    for (let round = 0; round < 3; round++) {
      const store = join(dir, `pair-${round}.sqlite`);
      const c = writeLog(join(dir, `c${round}.csv`), 300, `C${round}`, 2020);
      const d = writeLog(join(dir, `d${round}.csv`), 300, `D${round}`, 2030);
      const [rc, rd] = await Promise.all([runAsync(['import', c, '--db', store]), runAsync(['import', d, '--db', store])]);
      expect(rc.stderr + rd.stderr).toBe('');
      expect([rc.code, rd.code]).toEqual([0, 0]);
      expect(JSON.parse(run(['list', '--db', store, '--json']).stdout)).toHaveLength(600);
    }
  }, 120_000);
});
