// Prose of the forms from templates/forms/<name>.<lang>.hbs through the kit's strict loader, so a
// hospital rewords a paragraph without touching code (templates/forms/README.md lists the context).
import { join } from 'node:path';
import { loadTemplates, TEMPLATES_ROOT } from '../kit/templates.js';
import type { Lang } from '../../types.js';

export const FORMS_TEMPLATES_DIR = join(TEMPLATES_ROOT, 'forms');

const NAMES = ['notice-intro', 'notice-closing', 'drill-intro', 'training-intro'] as const;
export type FormTemplateName = (typeof NAMES)[number];

export function formText(name: FormTemplateName, lang: Lang, context: object, dir: string = FORMS_TEMPLATES_DIR): string {
  return loadTemplates(dir, NAMES, lang)[name](context).trim();
}
