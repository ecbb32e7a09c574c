// Parsing a take-over config: zod issues become one line each with the field path in the same
// notation the linter uses (`procedures.takeover.steps[0].host`), so users learn one way to read them.
import type { z } from 'zod';
import { UserError } from '../errors.js';
import { readConfigFile } from '../profile.js';
import { sopConfigSchema, type SopConfig } from './schema.js';

export const DEFAULT_SOP_CONFIG = 'data/sop-takeover.yaml';

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(akar)';
}

export function describeSopConfigError(file: string, error: z.ZodError): string {
  const lines = error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`);
  return `Konfigurasi SPO tidak valid: ${file}\n${lines.join('\n')}`;
}

export function parseSopConfig(data: unknown, file: string): SopConfig {
  const result = sopConfigSchema.safeParse(data);
  if (!result.success) throw new UserError(describeSopConfigError(file, result.error));
  return result.data;
}

export function loadSopConfig(path: string = DEFAULT_SOP_CONFIG): SopConfig {
  return parseSopConfig(readConfigFile(path), path);
}
