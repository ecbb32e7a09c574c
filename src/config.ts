// Reading and validating every configuration file (profile, classification rules, SOP) the same
// way: YAML or JSON in, a zod schema, and errors that name the field in one notation
// (`procedures.takeover.steps[0].host`) — the notation the SOP linter uses too.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ExitCode, UserError } from './errors.js';
import { resolveConfigPath } from './paths.js';

// zod's own messages ("expected one of …") in Indonesian, like everything else users read; the
// schemas' custom messages (NIP, time zone, IPv4) already are.
z.config(z.locales.id());

/** `a.b[0].c`; the root is "(akar)". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(akar)';
}

/** One line per zod issue: `  field.path: message`, under a heading that names the file. */
export function describeZodError(file: string, error: z.ZodError, what = 'Konfigurasi'): string {
  const lines = error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`);
  return `${what} tidak valid: ${file}\n${lines.join('\n')}`;
}

export function readConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(resolveConfigPath(path), 'utf8');
  } catch (err) {
    throw new UserError(`Berkas konfigurasi tidak dapat dibaca: ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, {
      exitCode: ExitCode.io,
    });
  }
  try {
    return parseYaml(text);
  } catch (err) {
    throw new UserError(`Berkas konfigurasi bukan YAML/JSON yang valid: ${path}: ${(err as Error).message}`);
  }
}

/** Validates parsed data against a schema; a mistake becomes a UserError listing every field. */
export function parseConfig<S extends z.ZodType>(schema: S, data: unknown, file: string, what = 'Konfigurasi'): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new UserError(describeZodError(file, result.error, what));
  return result.data;
}
