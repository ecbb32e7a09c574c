// The SPO's prose comes from templates/sop/<name>.<lang>.hbs through the documents kit's strict
// loader, so a hospital rewords PENGERTIAN or TUJUAN without touching code.
import { join } from 'node:path';
import type { Lang } from '../../types.js';
import { compileTemplate, loadTemplates, TEMPLATES_ROOT, type Template } from '../kit/templates.js';

export const TEMPLATE_NAMES = ['pengertian', 'tujuan', 'kebijakan', 'respons', 'takeover', 'failback', 'drill', 'unit-terkait', 'dokumen-terkait'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export type SopTemplates = Record<TemplateName, Template>;

export const DEFAULT_TEMPLATE_DIR = join(TEMPLATES_ROOT, 'sop');

/** Templates from sources in memory (tests vary one template this way). */
export function compileSopTemplates(sources: Record<TemplateName, string>, origin = 'templates/sop'): SopTemplates {
  const out = {} as SopTemplates;
  for (const name of TEMPLATE_NAMES) out[name] = compileTemplate(sources[name], `${origin}/${name}`);
  return out;
}

export function loadSopTemplates(lang: Lang, dir: string = DEFAULT_TEMPLATE_DIR): SopTemplates {
  return loadTemplates(dir, TEMPLATE_NAMES, lang);
}
