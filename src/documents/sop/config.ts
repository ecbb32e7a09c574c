// Parsing SPO configs: field paths in the notation the linter uses too
// (`procedures.takeover.steps[0].host`), see src/config.ts. data/sop/ holds the hospital's SOPs as a
// set, one YAML per SPO: the server take-over and the service units' downtime procedure.
import { parseConfig, readConfigFile } from '../../config.js';
import { sopConfigSchema, type SopConfig } from './schema.js';
import { unitSopConfigSchema, type UnitSopConfig } from './unit-schema.js';
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

