// `import` and `inspect` run the CommonJS bundle through a V8 code cache of their own
// (scripts/bundle-shims/run-cached.cjs): they must print and store what the ES module bundle does,
// keep their caches apart from the report's, and a damaged cache must only cost a compile.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/cli.js';

const CJS = resolve('dist/bundle-cjs');
const SAMPLE = resolve('data/log-downtime-rsud-m-natsir.xlsx');
const run = (entry: string, args: string[]) => spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', env: { ...process.env, DOWNTIME_DB: '' } });

/** The stored incidents, every column but the batch's import time. */
function stored(db: string): unknown[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT i.*, b.file, b.sha256, b.rows_read, b.added, b.mapping FROM incidents i JOIN batches b ON b.id = i.batch_id ORDER BY i.id').all();
  } finally {
    d.close();
  }
}

describe('import and inspect through the code-cached CommonJS bundle', () => {
  it('store and print what the ES module bundle does, with a damaged cache too', () => {
    const dir = tempDir('downtime-import-cache-');
    const importArgs = (db: string) => ['import', SAMPLE, '--db', join(dir, db), '--json'];
    const esm = run('dist/bundle/cli.js', importArgs('esm.sqlite'));
    expect(esm.status, esm.stderr).toBe(0);
    const runs = ['cjs-1', 'cjs-2'].map((name) => run('dist/cli.js', importArgs(`${name}.sqlite`)));
    for (const r of runs) expect(r.status, r.stderr).toBe(0);
    // A successful run leaves the import's own cache beside the bundle (this run's or a parallel test's).
    expect(readdirSync(CJS).some((f) => f.endsWith('.import.v8cache'))).toBe(true);
    for (const c of readdirSync(CJS).filter((f) => f.endsWith('.import.v8cache'))) writeFileSync(join(CJS, c), Buffer.from('not a V8 code cache'));
    const damaged = run('dist/cli.js', importArgs('cjs-3.sqlite'));
    expect(damaged.status, damaged.stderr).toBe(0);

    const want = JSON.parse(esm.stdout) as { added: number; files: { sha256: string }[] };
    expect(want.added).toBe(5);
    for (const [r, name] of [...runs.map((x, i) => [x, `cjs-${i + 1}`] as const), [damaged, 'cjs-3'] as const]) {
      expect(r.stdout.replaceAll(`${name}.sqlite`, 'esm.sqlite')).toBe(esm.stdout);
      expect(stored(join(dir, `${name}.sqlite`))).toEqual(stored(join(dir, 'esm.sqlite')));
    }

    const inspectEsm = run('dist/bundle/cli.js', ['inspect', SAMPLE, '--json']);
    const inspectCjs = run('dist/cli.js', ['inspect', SAMPLE, '--json']);
    expect(inspectEsm.status, inspectEsm.stderr).toBe(0);
    expect(inspectCjs.status, inspectCjs.stderr).toBe(0);
    expect(inspectCjs.stdout).toBe(inspectEsm.stdout);
    expect(readdirSync(CJS).some((f) => f.endsWith('.inspect.v8cache'))).toBe(true);
  });

  it('a refused import keeps its exit code and message', () => {
    const dir = tempDir('downtime-import-cache-');
    const bad = join(dir, 'kosong.csv');
    writeFileSync(bad, 'Tanggal;Kejadian\n32/13/2023;Server mati\n');
    const esm = run('dist/bundle/cli.js', ['import', bad, '--db', join(dir, 'a.sqlite')]);
    const cjs = run('dist/cli.js', ['import', bad, '--db', join(dir, 'a.sqlite')]);
    expect(cjs.status).toBe(esm.status);
    expect(cjs.status).not.toBe(0);
    expect(cjs.stderr).toBe(esm.stderr);
    expect(cjs.stderr).not.toContain('    at ');
  });
});
