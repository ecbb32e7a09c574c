// The bundled `report` lays out its PDFs on a worker thread while it writes the workbook
// (scripts/bundle-shims/pdf-offload.cjs, pdf-worker.mjs). The worker is only a faster way to the
// same bytes: with it (DOWNTIME_PDF_WORKER=1), without it (=0), through the ES module bundle (never
// a worker), with a broken worker bundle or a damaged worker cache, the documents are the same,
// and a report that fails before or after the worker started ends with its own exit code.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../helpers/cli.js';

// DOWNTIME_PDF_WORKER=1: the worker whatever the machine's load (by itself it runs only with a core free).
const run = (entry: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [entry, ...args], { encoding: 'utf8', env: { ...process.env, DOWNTIME_DB: '', DOWNTIME_PDF_WORKER: '1', ...env }, timeout: 60_000 });

async function benchStore(dir: string): Promise<string> {
  const db = join(dir, 'store.sqlite');
  const { buildStore } = (await import(pathToFileURL(resolve('scripts/bench-report.mjs')).href)) as { buildStore: (db: string) => Promise<void> };
  await buildStore(db);
  return db;
}

/** Every file of `a` equals the same file of `b` (and there is at least one). */
function sameFiles(a: string, b: string): void {
  const names = readdirSync(a).sort();
  expect(names.length).toBeGreaterThan(0);
  expect(readdirSync(b).sort()).toEqual(names);
  for (const n of names) expect(readFileSync(join(a, n)).equals(readFileSync(join(b, n))), n).toBe(true);
}

/** The bundled command line copied into its own package folder, to be damaged without harming dist/. */
function copyOfBundle(dir: string): string {
  const pkg = join(dir, 'pkg');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  cpSync(resolve('dist/cli.js'), join(pkg, 'dist/cli.js'));
  cpSync(resolve('dist/bundle-cjs'), join(pkg, 'dist/bundle-cjs'), { recursive: true });
  cpSync(resolve('package.json'), join(pkg, 'package.json'));
  for (const d of ['node_modules', 'templates', 'data']) symlinkSync(resolve(d), join(pkg, d));
  return pkg;
}

describe('report with its PDF on a worker thread', () => {
  it('writes the same documents with the worker, without it and through the ES module bundle, in both languages and every --format order', async () => {
    const dir = tempDir('downtime-pdf-worker-');
    const db = await benchStore(dir);
    const common = ['--db', db, '--generated-at', '2026-11-25T09:00:00+07:00'];
    const cases: Array<[string, string[]]> = [
      ['month', ['report', '--month', '2023-03', ...common]],
      ['english', ['--lang', 'en', 'report', '--month', '2023-03', ...common]],
      ['xlsx-first', ['report', '--month', '2023-02', '--format', 'xlsx,pdf', ...common]],
      ['each-month', ['report', '--quarter', '2023-Q1', '--each-month', ...common]],
    ];
    for (const [name, args] of cases) {
      const out = (how: string) => ['--out', join(dir, name, how)];
      const esm = run('dist/bundle/cli.js', [...args, ...out('esm')]);
      expect(esm.status, esm.stderr).toBe(0);
      const worker = run('dist/cli.js', [...args, ...out('worker')]);
      expect(worker.status, worker.stderr).toBe(0);
      expect(worker.stderr).toBe(esm.stderr);
      const here = run('dist/cli.js', [...args, ...out('here')], { DOWNTIME_PDF_WORKER: '0' });
      expect(here.status, here.stderr).toBe(0);
      sameFiles(join(dir, name, 'esm'), join(dir, name, 'worker'));
      sameFiles(join(dir, name, 'esm'), join(dir, name, 'here'));
    }
  });

  it('renders on the main thread when the worker bundle is broken, and ignores a damaged worker cache', async () => {
    const dir = tempDir('downtime-pdf-worker-');
    const db = await benchStore(dir);
    const pkg = copyOfBundle(dir);
    const args = (out: string) => ['report', '--db', db, '--month', '2023-03', '--generated-at', '2026-11-25T09:00:00+07:00', '--out', join(dir, out)];
    const good = run(join(pkg, 'dist/cli.js'), args('good'));
    expect(good.status, good.stderr).toBe(0);
    const caches = readdirSync(join(pkg, 'dist/bundle-cjs')).filter((f) => f.startsWith('pdf-worker.') && f.endsWith('.v8cache'));
    expect(caches.length).toBe(1);
    writeFileSync(join(pkg, 'dist/bundle-cjs', caches[0]!), Buffer.from('not a V8 code cache'));
    const damagedCache = run(join(pkg, 'dist/cli.js'), args('damaged-cache'));
    expect(damagedCache.status, damagedCache.stderr).toBe(0);
    writeFileSync(join(pkg, 'dist/bundle-cjs/pdf-worker.cjs'), 'throw new Error("broken worker bundle");');
    const broken = run(join(pkg, 'dist/cli.js'), args('broken'));
    expect(broken.status, broken.stderr).toBe(0);
    expect(broken.stderr).toBe(good.stderr);
    expect(broken.stdout).toBe(good.stdout.replaceAll(join(dir, 'good'), join(dir, 'broken')));
    sameFiles(join(dir, 'good'), join(dir, 'damaged-cache'));
    sameFiles(join(dir, 'good'), join(dir, 'broken'));
  });

  it('a report refused before or after the worker started ends with its own exit code, without waiting for it', () => {
    const refused = run('dist/cli.js', ['report', '--bogus']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('bogus');
    const noStore = run('dist/cli.js', ['report', '--db', join(tempDir('downtime-pdf-worker-'), 'none.sqlite'), '--month', '2023-03']);
    expect(noStore.status).toBe(3);
    expect(noStore.stderr).not.toContain('    at ');
  });

  it('sends only models a structured clone carries unchanged', () => {
    const { plainData } = createRequire(import.meta.url)(resolve('dist/bundle-cjs/pdf-offload.cjs')) as { plainData: (v: unknown, logo?: unknown) => boolean };
    const logo = Buffer.from([1, 2, 3]);
    const shared = { a: 1 };
    const model = { title: 'x', when: new Date(0), rows: [{ n: 1, s: null, u: undefined }], shared: [shared, shared], letterhead: { logo: { data: logo, type: 'png' } } };
    expect(plainData(model, logo)).toBe(true);
    class Row {
      n = 1;
    }
    const withGetter = Object.defineProperty({}, 'x', { get: () => 1, enumerable: true });
    for (const bad of [{ f: () => 1 }, { r: new Row() }, { m: new Map() }, { b: Buffer.from('x') }, { o: Object.create(null) }, { [Symbol('s')]: 1 }, withGetter, { big: 1n }]) {
      expect(plainData({ ...model, bad }, logo), String(Object.keys(bad))).toBe(false);
    }
    expect(existsSync(resolve('dist/bundle-cjs/pdf-worker.cjs'))).toBe(true);
  });
});
