// The store's messages in English: the process language (--lang en / DOWNTIME_LANG=en) reaches
// them, in-process and through the CLI.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/cli.js';
import { openStore } from '../../src/store/store.js';
import { setLanguage } from '../../src/wording/lang.js';
import { run, writeLog } from './helpers.js';

let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir('downtime-store-en-');
  db = join(dir, 'store.sqlite');
  expect(run(['import', writeLog(join(dir, 'a.csv'), 20, 'A'), '--db', db]).code).toBe(0);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  setLanguage('id');
  delete process.env.DOWNTIME_BUSY_TIMEOUT_MS;
});

describe('store messages in English', () => {
  it('a store held by an exclusive lock of another connection: says so in English, in-process', () => {
    process.env.DOWNTIME_BUSY_TIMEOUT_MS = '100';
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      setLanguage('en');
      expect(() => openStore(db)).toThrow(`${db}: another command is writing to this database (waited 0.1 seconds). Wait for that command to finish`);
      setLanguage('id');
      expect(() => openStore(db)).toThrow(`${db}: perintah lain sedang menulis basis data ini (sudah ditunggu 0.1 detik)`);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('the same through the CLI with DOWNTIME_LANG=en and with --lang en', () => {
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      for (const [args, env] of [
        [['list', '--db', db], { DOWNTIME_LANG: 'en' }],
        [['list', '--db', db, '--lang', 'en'], {}],
      ] as const) {
        const r = run([...args], { DOWNTIME_BUSY_TIMEOUT_MS: '300', ...env });
        expect(r.stderr).toContain(`${db}: another command is writing to this database`);
        expect(r.stderr).not.toContain('perintah lain');
        expect(r.code).toBe(3);
      }
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('a missing store and a store from a newer release', () => {
    setLanguage('en');
    const missing = join(dir, 'none.sqlite');
    expect(() => openStore(missing, { readonly: true })).toThrow(`The database does not exist yet: ${missing}\nImport a log first: downtime import <file.xlsx> --db ${missing}`);
    const newer = join(dir, 'newer.sqlite');
    const raw = new Database(newer);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openStore(newer, { readonly: true })).toThrow(/newer\.sqlite: made by a newer version of simrs-downtime \(schema 99; this version knows schema \d+\); update this tool/);
  });

  it('a folder where the store should be: the reason in words, not as an errno code', () => {
    const folder = join(dir, 'folder.sqlite');
    mkdirSync(folder);
    setLanguage('en');
    let message = '';
    try {
      openStore(folder).close();
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(`${folder}: that is a folder, not a database file. Name the database file with --db, e.g. --db ${folder}/downtime.sqlite.`);
    expect(message).not.toMatch(/\(E[A-Z]+\)|E[A-Z]{3,}:/);
  });
});
