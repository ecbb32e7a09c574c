// Where the shipped files live, so `npx downtime` works from any directory.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_DB_PATH = 'data/downtime.sqlite';

/** `--db PATH`, else `$DOWNTIME_DB`, else data/downtime.sqlite. */
export function resolveDbPath(db: string | undefined): string {
  return resolve(db ?? process.env.DOWNTIME_DB ?? DEFAULT_DB_PATH);
}

/** The package root: src/ and dist/ are both one level below it. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SHIPPED = new Set(['data/profil-rs.yaml', 'data/aturan-klasifikasi.yaml', 'data/sop', 'data/sop/spo-takeover-server.yaml', 'data/sop/spo-penanganan-downtime-unit.yaml']);

/**
 * A default configuration file (`data/profil-rs.yaml` …) is looked up in the current directory
 * first — a hospital keeps its own copy there — and then in the package.
 */
export function resolveConfigPath(path: string): string {
  if (isAbsolute(path) || existsSync(path) || !SHIPPED.has(path.replace(/\\/g, '/'))) return path;
  const shipped = resolve(PACKAGE_ROOT, path);
  return existsSync(shipped) ? shipped : path;
}
