// `report` runs the CommonJS bundle through a V8 code cache (scripts/bundle-shims/run-cached.cjs),
// every other command the ES module bundle: both must write the same documents, and a damaged
// cache must only cost the time to compile again.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../helpers/cli.js';

const CJS = resolve('dist/bundle-cjs');
const run = (entry: string, args: string[]) => spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8' });

describe('report through the code-cached CommonJS bundle', () => {
  it('writes the same PDF and workbook as the ES module bundle, with a damaged cache too', async () => {
    const dir = tempDir('downtime-code-cache-');
    const db = join(dir, 'store.sqlite');
    const { buildStore } = (await import(pathToFileURL(resolve('scripts/bench-report.mjs')).href)) as { buildStore: (db: string) => Promise<void> };
    await buildStore(db);
    const args = (out: string) => ['report', '--db', db, '--month', '2023-03', '--out', join(dir, out), '--generated-at', '2026-11-25T09:00:00+07:00'];
    const files = ['laporan-downtime-2023-03.pdf', 'laporan-downtime-2023-03.xlsx'];

    const esm = run('dist/bundle/cli.js', args('esm'));
    expect(esm.status, esm.stderr).toBe(0);
    const first = run('dist/cli.js', args('cjs-1'));
    expect(first.status, first.stderr).toBe(0);
    // A successful run leaves a cache beside the bundle (this run's, or a parallel test's).
    const caches = readdirSync(CJS).filter((f) => f.endsWith('.v8cache'));
    expect(caches.length).toBeGreaterThan(0);
    const second = run('dist/cli.js', args('cjs-2'));
    expect(second.status, second.stderr).toBe(0);
    for (const c of caches) writeFileSync(join(CJS, c), Buffer.from('not a V8 code cache'));
    const damaged = run('dist/cli.js', args('cjs-3'));
    expect(damaged.status, damaged.stderr).toBe(0);
    expect(damaged.stdout).toBe(second.stdout.replaceAll('cjs-2', 'cjs-3'));

    for (const out of ['cjs-1', 'cjs-2', 'cjs-3']) {
      for (const f of files) {
        expect(existsSync(join(dir, out, f)), `${out}/${f}`).toBe(true);
        expect(readFileSync(join(dir, out, f)).equals(readFileSync(join(dir, 'esm', f))), `${out}/${f}`).toBe(true);
      }
    }
  });

  it('a failed report neither crashes the runner nor changes the exit code', () => {
    const r = run('dist/cli.js', ['report', '--db', join(tempDir('downtime-code-cache-'), 'none.sqlite'), '--month', '2023-03']);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('Basis data belum ada');
    expect(r.stderr).not.toContain('    at ');
  });
});
