import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ExitCode, UserError } from '../errors.js';

/**
 * Writes a file atomically: a temporary file in the same directory, then rename, so an interrupted
 * run never leaves a half-written document under the final name.
 */
export function writeFileAtomic(path: string, data: Buffer | Uint8Array | string): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new UserError(`Folder keluaran tidak dapat dibuat: ${dir} (${(err as Error).message})`, { exitCode: ExitCode.io });
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new UserError(`Berkas tidak dapat ditulis: ${path} (${(err as Error).message})`, { exitCode: ExitCode.io });
  }
}
