// Why a file could not be read, in words a clerk reads ("berkas tidak ada") rather than the
// system's code ("ENOENT"); an unusual code is still named so it can be looked up.
import { KIT } from '../../wording/kit.js';

export function fileProblem(err: unknown): string {
  const W = KIT().fileProblem;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return W.missing;
    case 'EACCES':
    case 'EPERM':
      return W.denied;
    case 'EISDIR':
      return W.isFolder;
    case 'ENOTDIR':
      return W.notFolder;
    default:
      return code ? W.other(code) : (err as Error).message;
  }
}
