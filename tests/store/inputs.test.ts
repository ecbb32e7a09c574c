// Inputs that never end: a FIFO, /dev/zero, a folder, a recursive --query without an end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, fileHash, tempDir } from '../helpers/cli.js';
import { writeSqlite } from '../helpers/build-files.js';
import { readSqlite } from '../../src/sources/sqlite.js';
import { readSource } from '../../src/sources/index.js';
import { makeProgress } from '../../src/sources/progress.js';
import { UserError } from '../../src/errors.js';

let dir: string;
beforeAll(() => {
  dir = tempDir('downtime-store-inputs-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI with a hard stop: an input that hangs fails the test instead of stalling the suite. */
function importOf(file: string, extra: string[] = []) {
  const db = join(dir, 'store.sqlite');
  const r = spawnSync(process.execPath, [CLI, 'import', file, '--db', db, ...extra], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, DOWNTIME_DB: '' } });
  return { code: r.status, signal: r.signal, stderr: r.stderr, db };
}

describe('import refuses what is not a regular file, before opening it', () => {
  it('a FIFO', () => {
    const fifo = join(dir, 'log.csv');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = importOf(fifo);
    expect(r.signal).toBeNull();
    expect(r.stderr).toBe(`${fifo}: bukan berkas biasa — ini sebuah FIFO (pipa bernama). Sebutkan berkas log yang tersimpan di disk (.xlsx, .xls, .csv atau SQLite).\n`);
    expect(r.code).toBe(3);
    expect(fileHash(r.db)).toBe('absent');
  });

  it('/dev/zero', () => {
    const r = importOf('/dev/zero');
    expect(r.signal).toBeNull();
    expect(r.stderr).toContain('/dev/zero: bukan berkas biasa — ini sebuah perangkat karakter');
    expect(r.code).toBe(3);
  });

  it('a folder', () => {
    const folder = join(dir, 'logs.xlsx');
    mkdirSync(folder);
    const r = importOf(folder);
    expect(r.stderr).toContain(`${folder}: bukan berkas biasa — ini sebuah folder`);
    expect(r.code).toBe(3);
  });

  it('readSource refuses them too (the reader API on its own)', async () => {
    await expect(readSource('/dev/zero')).rejects.toThrow(/bukan berkas biasa/);
  });
});

describe('a runaway --query on a SQLite source is bounded', () => {
  const RUNAWAY =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS no, 'Server down' AS kejadian, '2022-10-01' AS tanggal FROM n";

  it('by rows read, with a message naming the query', () => {
    const file = writeSqlite(join(dir, 'lama.db'), (db) => db.exec('CREATE TABLE t (x)'));
    let err: unknown;
    try {
      readSqlite(file, file, { query: RUNAWAY, maxRows: 5000 }, makeProgress(undefined));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain(`${file}: kueri --query menghasilkan lebih dari 5.000 baris; pembacaan dihentikan.`);
  });

  it('by time', () => {
    const file = writeSqlite(join(dir, 'lama2.db'), (db) => db.exec('CREATE TABLE t (x)'));
    expect(() => readSqlite(file, file, { query: RUNAWAY, maxMs: 200 }, makeProgress(undefined))).toThrow(/kueri --query berjalan lebih dari 0,2 detik \(\d+ baris\); pembacaan dihentikan/);
  });
});
