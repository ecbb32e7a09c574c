// The folder named by --out, checked before anything is rendered: a regular file or /dev/null there
// used to surface as ENOTDIR from deep inside the atomic write, with a stack.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ExitCode, UserError } from '../../errors.js';
import type { Lang } from '../../types.js';
import { KIT } from '../../wording/kit.js';
import { language } from '../../wording/lang.js';
import { fileProblem } from './file-problem.js';

/**
 * Throws a UserError unless `dir` is a folder or can be created as one (every existing ancestor is
 * a folder). The message is for the terminal: the process language unless told otherwise.
 */
export function checkOutDir(dir: string, lang: Lang = language()): void {
  const W = KIT.in(lang).outDir;
  let at = dir;
  for (;;) {
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(at, { throwIfNoEntry: false });
    } catch (err) {
      // A file further up: found, and named, on the way up.
      if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') st = undefined;
      else throw new UserError(W.cannotCheck(dir, fileProblem(err)), { exitCode: ExitCode.io });
    }
    if (st) {
      if (st.isDirectory()) return;
      const what = st.isFile() ? W.aFile : W.aDevice;
      throw new UserError(at === dir ? W.notFolder(dir, what) : W.ancestorNotFolder(dir, at, what));
    }
    const parent = dirname(at);
    if (parent === at) return;
    at = parent;
  }
}

/**
 * A write that failed part-way through a set (--each-month on a full disk): the message says which
 * files are complete (each was written whole, atomically) and which were not written, so the user
 * knows what to re-run. The files already written are kept.
 */
export function partialSet(err: unknown, done: string[], failed: string, notStarted: number, lang: Lang = language()): unknown {
  if (!(err instanceof UserError) || done.length === 0) return err;
  const W = KIT.in(lang).outDir;
  const lines = [err.message, W.written(done.length), ...done.map((f) => `  ${f}`), W.notWritten(failed, notStarted)];
  return new UserError(lines.join('\n'), { exitCode: err.exitCode });
}
