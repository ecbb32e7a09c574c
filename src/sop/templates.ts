// The SPO's prose comes from Handlebars templates in templates/sop/<name>.<lang>.hbs, so a hospital
// rewords PENGERTIAN or TUJUAN without touching code. Strict mode: a misspelt {{field}} fails loudly
// instead of printing an empty hole in an accreditation document.
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, UserError } from '../errors.js';
import type { Lang } from '../types.js';

export const TEMPLATE_NAMES = ['pengertian', 'tujuan', 'kebijakan', 'respons', 'takeover', 'failback', 'drill', 'unit-terkait', 'dokumen-terkait'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Rendering is pure: a compiled template is a function of its context. */
export type SopTemplates = Record<TemplateName, (context: object) => string>;

/** templates/sop of this package: from src/sop (tests) and dist/sop (the built CLI) alike. */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/sop/', import.meta.url));

export function compileSopTemplates(sources: Record<TemplateName, string>, origin = 'templates/sop'): SopTemplates {
  const out = {} as SopTemplates;
  for (const name of TEMPLATE_NAMES) {
    const compiled = Handlebars.compile(sources[name], { strict: true, noEscape: true });
    out[name] = (context) => {
      try {
        return compiled(context);
      } catch (err) {
        throw new UserError(`Template ${origin}/${name}: ${(err as Error).message}`);
      }
    };
  }
  return out;
}

export function loadSopTemplates(lang: Lang, dir: string = DEFAULT_TEMPLATE_DIR): SopTemplates {
  const sources = {} as Record<TemplateName, string>;
  for (const name of TEMPLATE_NAMES) {
    const file = join(dir, `${name}.${lang}.hbs`);
    try {
      sources[name] = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UserError(`Template SPO tidak dapat dibaca: ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { exitCode: ExitCode.io });
    }
  }
  return compileSopTemplates(sources, dir);
}
