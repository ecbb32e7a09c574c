import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ExitCode, UserError } from '../errors.js';

/**
 * `mkdir -p`, one level at a time: Node 20's `mkdirSync(…, { recursive: true })` spins forever on
 * some paths it cannot create (e.g. under /proc) instead of failing.
 */
export function ensureDir(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureDir(parent);
  try {
    mkdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/**
 * Writes a file atomically: a temporary file in the same directory, then rename, so an interrupted
 * run never leaves a half-written document under the final name.
 */
export function writeFileAtomic(path: string, data: Buffer | Uint8Array | string): void {
  const dir = dirname(path);
  try {
    ensureDir(dir);
  } catch (err) {
    throw new UserError(`Folder keluaran tidak dapat dibuat: ${dir} (${(err as Error).message})`, { exitCode: ExitCode.io });
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    // The temporary file may not exist (ENOTDIR, ENAMETOOLONG): cleaning up must not hide the cause.
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* nothing was created */
    }
    throw new UserError(`Berkas tidak dapat ditulis: ${path} (${(err as Error).message})`, { exitCode: ExitCode.io });
  }
}
