// Parsing SPO configs: field paths in the notation the linter uses too
// (`procedures.takeover.steps[0].host`), see src/config.ts. data/sop/ holds the hospital's SOPs as a
// set, one YAML per SPO: the server take-over and the service units' downtime procedure.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig, readConfigFile } from '../../config.js';
import { ExitCode, UserError } from '../../errors.js';
import { resolveConfigPath } from '../../paths.js';
import { sopConfigSchema, type SopConfig } from './schema.js';
import { unitSopConfigSchema, type UnitSopConfig } from './unit-schema.js';
import { fileProblem } from '../kit/file-problem.js';
import { COMMON } from '../../wording/common.js';
import { SOP } from '../../wording/sop.js';

import { DEFAULT_SOP_CONFIG, DEFAULT_SOP_DIR } from './default-paths.js';
export { DEFAULT_SOP_CONFIG, DEFAULT_SOP_DIR };

export type AnySopConfig = { kind: 'takeover'; file: string; config: SopConfig } | { kind: 'units'; file: string; config: UnitSopConfig };

export function parseSopConfig(data: unknown, file: string): SopConfig {
  return parseConfig(sopConfigSchema, data, file, SOP().config.what);
}

export function loadSopConfig(path: string = DEFAULT_SOP_CONFIG): SopConfig {
  return parseSopConfig(readConfigFile(path), path);
}

/** Either kind of SPO config, told apart by `kind: units`. */
export function parseAnySopConfig(data: unknown, file: string): AnySopConfig {
  const kind = data && typeof data === 'object' && 'kind' in data ? (data as { kind: unknown }).kind : undefined;
  if (kind === 'units') return { kind, file, config: parseConfig(unitSopConfigSchema, data, file, SOP().config.what) };
  return { kind: 'takeover', file, config: parseSopConfig(data, file) };
}

export function loadAnySopConfig(path: string): AnySopConfig {
  return parseAnySopConfig(readConfigFile(path), path);
}

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

/**
 * Title and number of every SOP the report cites. A broken or missing config must not stop a
 * report: it is reported through `warn` and left out of "Langkah rinci".
 */
export function readSopRefs(path: string, warn: (message: string) => void): { title: string; number: string }[] {
  const out: { title: string; number: string }[] = [];
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
      const { document } = loadAnySopConfig(file).config;
      if (document.title && document.number) out.push({ title: document.title, number: document.number });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      warn(`${COMMON().warning}: ${SOP().config.refUnreadable(err.message.split('\n')[0] ?? '')}`);
    }
  }
  return out;
}
