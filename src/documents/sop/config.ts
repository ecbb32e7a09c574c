// Parsing a take-over config: field paths in the notation the linter uses too
// (`procedures.takeover.steps[0].host`), see src/config.ts.
import { parseConfig, readConfigFile } from '../../config.js';
import { sopConfigSchema, type SopConfig } from './schema.js';

export const DEFAULT_SOP_CONFIG = 'data/sop-takeover.yaml';

export function parseSopConfig(data: unknown, file: string): SopConfig {
  return parseConfig(sopConfigSchema, data, file, 'Konfigurasi SPO');
}

export function loadSopConfig(path: string = DEFAULT_SOP_CONFIG): SopConfig {
  return parseSopConfig(readConfigFile(path), path);
}
