// What a run worked out from a configuration file's bytes (the validated profile, an SPO's title
// and number), kept for the next run of the same build. `downtime report` reads the profile and
// every SPO config on each run: YAML parsing and zod validation of unchanged files, run cold, cost
// ≈ 40 ms of a 0.45 s monthly report. The bundled report (dist/bundle-cjs/run.cjs) switches the
// cache on, in its own folder next to its V8 code cache, with the build's hash as the version;
// everything else (tests, the ES module bundle, dist/ run directly) always computes.
//
// An entry is one file per kind and path, so editing a file replaces its entry instead of adding
// one. It holds a digest of (version, kind, the file's bytes) and the value (v8.serialize): a
// changed file, a new build or another kind never matches. Only successes are kept — a file that
// fails is parsed again every time, so its error is always reported as it is. A missing, broken
// or unwritable cache only means computing.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';

const KEY = Symbol.for('simrs-downtime.result-cache');

interface CacheSetup {
  dir: string;
  version: string;
}

const setup = (): CacheSetup | undefined => (globalThis as Record<symbol, CacheSetup | undefined>)[KEY];

/** `compute()`, or what it returned for the same bytes of `path` in an earlier run of this build. */
export function cachedForFile<T>(kind: string, path: string, bytes: Buffer, compute: () => T): T {
  const entry = lookUp<T>(kind, path, bytes);
  if (!entry || entry.hit) return entry ? entry.value : compute();
  const value = compute();
  store(entry.file, entry.digest, value);
  return value;
}

/** The same for a computation that has to load its code first (an `await import`). */
export async function cachedForFileAsync<T>(kind: string, path: string, bytes: Buffer, compute: () => Promise<T>): Promise<T> {
  const entry = lookUp<T>(kind, path, bytes);
  if (!entry || entry.hit) return entry ? entry.value : compute();
  const value = await compute();
  store(entry.file, entry.digest, value);
  return value;
}

type Entry<T> = { hit: true; value: T } | { hit: false; file: string; digest: Buffer };

/** Null when the cache is off; else the stored value, or where to store one. */
function lookUp<T>(kind: string, path: string, bytes: Buffer): Entry<T> | null {
  const cache = setup();
  if (!cache) return null;
  const digest = createHash('sha256').update(`${cache.version}\0${kind}\0`).update(bytes).digest();
  const file = join(cache.dir, `result-${kind}-${createHash('sha256').update(resolve(path)).digest('hex').slice(0, 16)}.v8`);
  try {
    const stored = readFileSync(file);
    if (stored.length > digest.length && stored.subarray(0, digest.length).equals(digest)) return { hit: true, value: deserialize(stored.subarray(digest.length)) as T };
  } catch {
    // no entry yet, or an unreadable one: computed by the caller
  }
  return { hit: false, file, digest };
}

function store(file: string, digest: Buffer, value: unknown): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([digest, serialize(value)]));
    renameSync(tmp, file); // whole or not at all, when two runs finish together
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // a read-only install: nothing was written
    }
  }
}
