// What SQLite and the file system can say about the store, turned into messages a user can act on.
// Everything here is the environment (a lock, a full disk, a permission), never a bug: no stack.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { errnoWords } from '../util/fs.js';
import { STORE } from '../wording/store.js';

/**
 * How long a command waits for another command that holds the store's lock before giving up.
 * Long enough for an import of 100,000 rows to commit (about 1 s here), short enough that a
 * stuck process is reported rather than waited for. `DOWNTIME_BUSY_TIMEOUT_MS` overrides it
 * (tests use a short wait).
 */
export const BUSY_TIMEOUT_MS = 10_000;

export function busyTimeoutMs(): number {
  const env = process.env.DOWNTIME_BUSY_TIMEOUT_MS;
  const n = env ? Number(env) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : BUSY_TIMEOUT_MS;
}

/** SQLite's extended code (`SQLITE_BUSY_SNAPSHOT`) or errno (`EACCES`), if the error has one. */
export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function isReadonlyRollback(err: unknown): boolean {
  return errorCode(err) === 'SQLITE_READONLY_ROLLBACK';
}

/**
 * The UserError for an environment failure on the store at `path`, or null when `err` is not one
 * (a real bug, or a file that is not a store: the caller decides).
 */
export function storeEnvironmentError(path: string, err: unknown): UserError | null {
  const code = errorCode(err);
  // SQLite says what happened in words; an errno (EACCES …) is said in words too, not as its code.
  const detail = errnoWords(err);
  const W = STORE();
  const seconds = Math.round(busyTimeoutMs() / 100) / 10;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new UserError(W.busy(path, seconds), { exitCode: ExitCode.io });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new UserError(W.diskFull(path, detail, dirname(path)), { exitCode: ExitCode.io });
  }
  // SQLite cannot open a folder either, and says only "unable to open database file".
  if (code.startsWith('SQLITE_CANTOPEN') && isFolder(path)) return new UserError(W.isFolder(path), { exitCode: ExitCode.io });
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_CANTOPEN')) {
    return new UserError(W.readOnly(path, detail, dirname(path)), { exitCode: ExitCode.io });
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new UserError(W.ioError(path, detail), { exitCode: ExitCode.io });
  }
  return null;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Runs `fn` against the store, turning environment failures into UserErrors; bugs pass through. */
export function withStoreErrors<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw storeEnvironmentError(path, err) ?? err;
  }
}

/** The same for async work (streaming output). */
export async function withStoreErrorsAsync<T>(path: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw storeEnvironmentError(path, err) ?? err;
  }
}
