// The folder named by --out, checked before anything is rendered: a regular file or /dev/null there
// used to surface as ENOTDIR from deep inside the atomic write, with a stack.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ExitCode, UserError } from '../../errors.js';
import type { Lang } from '../../types.js';

/** Throws a UserError unless `dir` is a folder or can be created as one (every existing ancestor is a folder). */
export function checkOutDir(dir: string, lang: Lang): void {
  let at = dir;
  for (;;) {
    let st: ReturnType<typeof statSync> | undefined;
    try {
      st = statSync(at, { throwIfNoEntry: false });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      // A file further up: found, and named, on the way up.
      if (code === 'ENOTDIR') st = undefined;
      else throw new UserError(lang === 'id' ? `--out ${dir}: folder keluaran tidak dapat diperiksa (${code})` : `--out ${dir}: the output folder cannot be checked (${code})`, { exitCode: ExitCode.io });
    }
    if (st) {
      if (st.isDirectory()) return;
      const what = st.isFile() ? (lang === 'id' ? 'sebuah berkas' : 'a file') : lang === 'id' ? 'sebuah perangkat atau berkas khusus' : 'a device or special file';
      const msg =
        at === dir
          ? lang === 'id'
            ? `--out ${dir}: ${what}, bukan folder. --out menerima folder tempat berkas ditulis, mis. --out output`
            : `--out ${dir}: ${what}, not a folder. --out takes the folder to write into, e.g. --out output`
          : lang === 'id'
            ? `--out ${dir}: ${at} adalah ${what}, bukan folder, jadi folder keluaran tidak dapat dibuat di bawahnya`
            : `--out ${dir}: ${at} is ${what}, not a folder, so the output folder cannot be created under it`;
      throw new UserError(msg);
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
export function partialSet(err: unknown, done: string[], failed: string, notStarted: number, lang: Lang): unknown {
  if (!(err instanceof UserError) || done.length === 0) return err;
  const id = lang === 'id';
  const lines = [
    err.message,
    id ? `Sudah ditulis lengkap (${done.length}):` : `Written completely (${done.length}):`,
    ...done.map((f) => `  ${f}`),
    id ? `Tidak ditulis: ${failed}${notStarted > 0 ? ` dan ${notStarted} berkas berikutnya` : ''}. Betulkan penyebabnya (mis. disk penuh) lalu jalankan perintah ini lagi.` : `Not written: ${failed}${notStarted > 0 ? ` and ${notStarted} further files` : ''}. Fix the cause (e.g. a full disk) and run the command again.`,
  ];
  return new UserError(lines.join('\n'), { exitCode: err.exitCode });
}
