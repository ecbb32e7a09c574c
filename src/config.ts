// Reading and validating every configuration file (profile, classification rules, SOP) the same
// way: YAML or JSON in, a zod schema, and errors that name the field in one notation
// (`procedures.takeover.steps[0].host`) — the notation the SOP linter uses too.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ExitCode, UserError } from './errors.js';
import { resolveConfigPath } from './paths.js';
import { errnoWords } from './util/fs.js';
import { GENERAL } from './wording/general.js';
import { language, type Lang } from './wording/lang.js';

// zod's own messages ("expected one of …") in the language people read, like everything else; the
// schemas' custom messages (NIP, time zone, IPv4) come from the wording tables at parse time.
const ZOD_LOCALES: Record<Lang, () => z.core.$ZodConfig> = { id: z.locales.id, en: z.locales.en };
let zodLang: Lang | null = null;

/** Sets zod's locale to the process language before a parse (the CLI may have changed it). */
export function useZodLanguage(): void {
  const lang = language();
  if (zodLang === lang) return;
  z.config(ZOD_LOCALES[lang]());
  zodLang = lang;
}
useZodLanguage();

/** `a.b[0].c`; the root is "(akar)" / "(root)". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || GENERAL().config.root;
}

/** One line per zod issue: `  field.path: message`, under a heading that names the file. */
export function describeZodError(file: string, error: z.ZodError, what = GENERAL().config.what): string {
  const lines = error.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`);
  return `${GENERAL().config.invalid(what, file)}\n${lines.join('\n')}`;
}

export function readConfigFile(path: string): unknown {
  return parseConfigBytes(readConfigBytes(path).bytes, path);
}

/**
 * A configuration file's bytes and the path they were read from (a default file is looked up as
 * resolveConfigPath does); unreadable: a UserError.
 */
export function readConfigBytes(path: string): { bytes: Buffer; resolved: string } {
  const resolved = resolveConfigPath(path);
  try {
    return { bytes: readFileSync(resolved), resolved };
  } catch (err) {
    throw new UserError(GENERAL().config.cannotRead(path, errnoWords(err)), { exitCode: ExitCode.io });
  }
}

/** The YAML (or JSON) in `bytes`, read from `path`; not YAML: a UserError naming the file. */
export function parseConfigBytes(bytes: Buffer, path: string): unknown {
  try {
    return parseYaml(bytes.toString('utf8'));
  } catch (err) {
    throw new UserError(GENERAL().config.notYaml(path, (err as Error).message));
  }
}

/** Validates parsed data against a schema; a mistake becomes a UserError listing every field. */
export function parseConfig<S extends z.ZodType>(schema: S, data: unknown, file: string, what = GENERAL().config.what): z.output<S> {
  useZodLanguage();
  const result = schema.safeParse(data);
  if (!result.success) throw new UserError(describeZodError(file, result.error, what));
  return result.data;
}
