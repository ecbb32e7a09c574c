// An import killed at any moment (SIGKILL, or Ctrl-C = SIGINT) must be invisible: every command
// works afterwards and sees the store exactly as before the import, or exactly as after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { tempDir } from '../helpers/cli.js';
import { cli, run, writeLog } from './helpers.js';

const ROWS = 2000;
let dir: string;
let tmp: string;
let env: Record<string, string>;
let base: string;
let logB: string;
let before: string;
let after: string;
let fullImportMs: number;

function listJson(db: string): string {
  const r = run(['list', '--db', db, '--json'], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

function stagingDirs(): string[] {
  return readdirSync(tmp).filter((n) => n.startsWith('downtime-import-'));
}

beforeAll(() => {
  dir = tempDir('downtime-store-kill-');
  tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  env = { TMPDIR: tmp };
  base = join(dir, 'base.sqlite');
  expect(run(['import', writeLog(join(dir, 'a.csv'), ROWS, 'A'), '--db', base], env).code).toBe(0);
  logB = writeLog(join(dir, 'b.csv'), ROWS, 'B', 2010);
  before = listJson(base);
  const done = join(dir, 'done.sqlite');
  copyFileSync(base, done);
  const t0 = Date.now();
  expect(run(['import', logB, '--db', done], env).code).toBe(0);
  fullImportMs = Date.now() - t0;
  after = listJson(done);
  expect(JSON.parse(after)).toHaveLength(2 * ROWS);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `import b.csv` on `db` and kills it with `signal` `delayMs` after start, or after the journal appears. */
function killImport(db: string, signal: NodeJS.Signals, at: { delayMs: number; afterJournal?: boolean }): Promise<string> {
  return new Promise((resolve) => {
    const child = cli(['import', logB, '--db', db], env);
    let outcome = 'completed';
    const kill = () => {
      if (child.exitCode == null && child.signalCode == null) {
        child.kill(signal);
        outcome = `killed (${signal})`;
      }
    };
    let poll: NodeJS.Timeout | null = null;
    if (at.afterJournal) {
      poll = setInterval(() => {
        if (existsSync(`${db}-journal`)) {
          clearInterval(poll!);
          poll = null;
          setTimeout(kill, at.delayMs);
        }
      }, 1);
    } else {
      setTimeout(kill, at.delayMs);
    }
    child.on('close', () => {
      if (poll) clearInterval(poll);
      resolve(outcome);
    });
  });
}

/** After the interruption: the first command run differs by point, so each one is shown to recover. */
function checkAfterInterruption(db: string, first: 'list' | 'stats' | 'import'): void {
  if (first === 'stats' || first === 'list') {
    const r = run([first, '--db', db], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
  if (first !== 'import') expect([before, after]).toContain(listJson(db));
  const imp = run(['import', logB, '--db', db, '--json'], env);
  expect(imp.stderr).toBe('');
  expect(imp.code).toBe(0);
  expect(listJson(db)).toBe(after);
  // the killed import's staging folder was removed by the next import
  expect(stagingDirs()).toEqual([]);
}

describe('an import killed at many points', () => {
  const points: { signal: NodeJS.Signals; fraction?: number; journalDelayMs?: number }[] = [
    ...[0.1, 0.3, 0.5, 0.65, 0.8, 0.9, 1.0].map((fraction) => ({ signal: 'SIGKILL' as const, fraction })),
    ...[0.2, 0.6, 0.85, 0.95].map((fraction) => ({ signal: 'SIGINT' as const, fraction })),
    ...[0, 2].map((journalDelayMs) => ({ signal: 'SIGKILL' as const, journalDelayMs })),
    { signal: 'SIGINT' as const, journalDelayMs: 0 },
  ];
  const firsts = ['list', 'stats', 'import'] as const;

  it(`leaves every command working and the data as before or after (${points.length} points)`, async () => {
    const outcomes: string[] = [];
    for (const [n, p] of points.entries()) {
      const db = join(dir, `kill-${n}.sqlite`);
      // The machine's load changes how long an import takes: a timed point whose import finished
      // first is tried again earlier (a completed import is checked too), so each point is a kill.
      let delayMs = Math.round((p.fraction ?? 0) * fullImportMs);
      let outcome = 'completed';
      for (let attempt = 0; attempt < 5 && outcome === 'completed'; attempt++) {
        copyFileSync(base, db);
        rmSync(`${db}-journal`, { force: true });
        outcome = await killImport(db, p.signal, p.journalDelayMs != null ? { delayMs: p.journalDelayMs, afterJournal: true } : { delayMs });
        if (outcome === 'completed') expect(listJson(db)).toBe(after);
        delayMs = Math.round(delayMs * 0.6);
      }
      outcomes.push(`${n}: ${outcome}${existsSync(`${db}-journal`) ? ', journal left' : ''}`);
      checkAfterInterruption(db, firsts[n % firsts.length]!);
    }
    // most points must really have interrupted the import, or the test proves nothing
    expect(outcomes.filter((o) => o.includes('killed')).length, outcomes.join('\n')).toBeGreaterThanOrEqual(10);
  }, 400_000);

  it('rolls back a hot journal (a write killed after pages reached the file) for list, stats, report and import', () => {
    for (const command of ['list', 'stats', 'report', 'import'] as const) {
      const db = join(dir, `hot-${command}.sqlite`);
      copyFileSync(base, db);
      // A writer whose cache spills changed pages into the store mid-transaction, then dies.
      const child = spawnSync(
        process.execPath,
        ['-e', "const D=require('better-sqlite3');const db=new D(process.argv[1]);db.pragma('cache_size=2');db.exec('BEGIN');" +
          "db.prepare(\"UPDATE incidents SET title = title || ' rusak'\").run();process.kill(process.pid,'SIGKILL')", db],
        { cwd: process.cwd() },
      );
      expect(child.signal).toBe('SIGKILL');
      expect(existsSync(`${db}-journal`)).toBe(true);
      // what every command met before: a read-only connection cannot roll it back
      const ro = new Database(db, { readonly: true });
      expect(() => ro.prepare('SELECT count(*) FROM incidents').get()).toThrow(/readonly/);
      ro.close();

      const args =
        command === 'report'
          ? ['report', '--db', db, '--year', '2000', '--format', 'xlsx', '--out', join(dir, `out-${command}`)]
          : command === 'import'
            ? ['import', logB, '--db', db]
            : [command, '--db', db];
      const r = run(args, env);
      expect(r.stderr).not.toMatch(/readonly|valid|Kesalahan internal/);
      expect(r.code).toBe(0);
      expect(listJson(db)).toBe(command === 'import' ? after : before);
    }
  }, 120_000);
});
