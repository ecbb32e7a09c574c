// A store written by a newer release is refused by every command, read-only ones too, untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileHash, tempDir } from '../helpers/cli.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { run, writeLog } from './helpers.js';

let dir: string;
let db: string;
let log: string;

beforeAll(() => {
  dir = tempDir('downtime-store-schema-');
  db = join(dir, 'store.sqlite');
  log = writeLog(join(dir, 'a.csv'), 50, 'A');
  expect(run(['import', log, '--db', db]).code).toBe(0);
  const raw = new Database(db);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a store from a newer schema', () => {
  it.each([
    ['list', () => ['list', '--db', db]],
    ['list --json', () => ['list', '--db', db, '--json']],
    ['stats', () => ['stats', '--db', db]],
    ['report', () => ['report', '--db', db, '--year', '2000', '--format', 'xlsx', '--out', join(dir, 'out')]],
    ['import', () => ['import', writeLog(join(dir, 'b.csv'), 50, 'B', 2010), '--db', db]],
  ])('is refused by %s', (_name, args) => {
    const hash = fileHash(db);
    const r = run(args());
    expect(r.stderr).toContain(`dibuat oleh versi simrs-downtime yang lebih baru (skema ${SCHEMA_VERSION + 1}`);
    expect(r.stderr).not.toContain('Kesalahan internal');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(1);
    expect(fileHash(db)).toBe(hash);
  });
});
