import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ExitCode, UserError } from '../errors.js';
import { GENERAL } from '../wording/general.js';

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
    throw new UserError(GENERAL().fs.cannotCreateDir(dir, errnoWords(err)), { exitCode: ExitCode.io });
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
    throw new UserError(GENERAL().fs.cannotWrite(path, errnoWords(err)), { exitCode: ExitCode.io });
  }
}

function kindOf(st: Stats): string {
  const K = GENERAL().fs.kind;
  if (st.isDirectory()) return K.directory;
  if (st.isFIFO()) return K.fifo;
  if (st.isCharacterDevice()) return K.charDevice;
  if (st.isBlockDevice()) return K.blockDevice;
  if (st.isSocket()) return K.socket;
  return K.other;
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
    const why = code === 'ENOENT' || code === 'ENOTDIR' ? GENERAL().fs.notFound : GENERAL().fs.cannotRead(errnoWords(err));
    throw new UserError(`${path}: ${why}`, { exitCode: ExitCode.io });
  }
  if (!st.isFile()) {
    throw new UserError(GENERAL().fs.notRegular(path, kindOf(st)), { exitCode: ExitCode.io });
  }
}

/**
 * What a file-system error means, in words: "tidak ada izin" rather than "(EACCES)". An error
 * without a known code gives its own message, with Node's "ECODE: " prefix taken off.
 */
export function errnoWords(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const known = GENERAL().errno as Readonly<Record<string, string>>;
  if (code && Object.hasOwn(known, code)) return known[code]!;
  const message = (err as Error | null)?.message ?? String(err);
  return message.replace(/^E[A-Z]+: /, '');
}
