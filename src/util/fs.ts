import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
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

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'sebuah folder';
  if (st.isFIFO()) return 'sebuah FIFO (pipa bernama)';
  if (st.isCharacterDevice()) return 'sebuah perangkat karakter (seperti /dev/zero)';
  if (st.isBlockDevice()) return 'sebuah perangkat blok';
  if (st.isSocket()) return 'sebuah soket';
  return 'bukan berkas biasa';
}

/**
 * Refuses anything but a regular file (after symlinks), before it is opened: reading a FIFO or
 * /dev/zero never ends, and a folder fails deep inside a reader.
 */
export function assertRegularFile(path: string): void {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'berkas tidak ditemukan' : `berkas tidak dapat dibaca (${code ?? (err as Error).message})`;
    throw new UserError(`${path}: ${why}`, { exitCode: ExitCode.io });
  }
  if (!st.isFile()) {
    throw new UserError(`${path}: bukan berkas biasa — ini ${kindOf(st)}. Sebutkan berkas log yang tersimpan di disk (.xlsx, .xls, .csv atau SQLite).`, {
      exitCode: ExitCode.io,
    });
  }
}
