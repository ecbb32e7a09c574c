// Which SPO configs a folder holds, and the title and number of each for the report's "Langkah
// rinci". Kept apart from config.ts: the report reads every SPO on each run, and with an unchanged
// file the validated title and number come from the result cache (util/result-cache.ts) without
// building the SPO schemas at all; config.ts (zod, the schemas) is loaded only for a file that
// changed, and then validates the whole file exactly as `downtime sop` does.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigBytes, readConfigBytes } from '../../config.js';
import { ExitCode, UserError } from '../../errors.js';
import { resolveConfigPath } from '../../paths.js';
import { cachedForFileAsync } from '../../util/result-cache.js';
import { fileProblem } from '../kit/file-problem.js';
import { COMMON } from '../../wording/common.js';
import { SOP } from '../../wording/sop.js';

/** The SPO config files of a folder (sorted, .yaml/.yml/.json), or the one file named. */
export function sopConfigFiles(path: string): string[] {
  const resolved = resolveConfigPath(path);
  let isDir: boolean;
  try {
    isDir = statSync(resolved).isDirectory();
  } catch (err) {
    throw new UserError(SOP().config.unreadable(path, fileProblem(err)), { exitCode: ExitCode.io });
  }
  if (!isDir) return [path];
  const files = readdirSync(resolved)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => join(resolved, f));
  if (!files.length) throw new UserError(SOP().config.emptyFolder(path), { exitCode: ExitCode.io });
  return files;
}

type SopRef = { title: string; number: string };

/**
 * Title and number of every SOP the report cites. A broken or missing config must not stop a
 * report: it is reported through `warn` and left out of "Langkah rinci".
 */
export async function readSopRefs(path: string, warn: (message: string) => void): Promise<SopRef[]> {
  const out: SopRef[] = [];
  let files: string[];
  try {
    files = sopConfigFiles(path);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    warn(`${COMMON().warning}: ${SOP().config.refsUnreadable(err.message)}`);
    return out;
  }
  for (const file of files) {
    try {
      const { bytes, resolved } = readConfigBytes(file);
      const ref = await cachedForFileAsync<SopRef | null>('sop-ref', resolved, bytes, async () => {
        const { parseAnySopConfig } = await import('./config.js');
        const { document } = parseAnySopConfig(parseConfigBytes(bytes, file), file).config;
        return document.title && document.number ? { title: document.title, number: document.number } : null;
      });
      if (ref) out.push(ref);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      warn(`${COMMON().warning}: ${SOP().config.refUnreadable(err.message.split('\n')[0] ?? '')}`);
    }
  }
  return out;
}
