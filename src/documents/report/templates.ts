// The prose of the report (purpose, response steps, take-over in brief, method) comes from
// Handlebars templates in templates/report/, so a hospital can reword it without touching code.
// Loaded through the documents kit (strict mode, compiled once per process).
import { join } from 'node:path';
import { loadTemplates, TEMPLATES_ROOT } from '../kit/templates.js';
import type { ReportModel } from './model.js';

export const DEFAULT_TEMPLATES_DIR = join(TEMPLATES_ROOT, 'report');

export const TEMPLATE_NAMES = ['purpose', 'response', 'takeover', 'method', 'closing'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export type ReportTexts = Record<TemplateName, string>;

/** What the templates may use; documented in templates/report/README.md. */
export function templateContext(model: ReportModel): Record<string, unknown> {
  return {
    hospital: model.hospital,
    sopNumber: model.sopNumber,
    sops: model.sops,
    standard: model.standard,
    documentNumber: model.documentNumber,
    title: model.title,
    periodTitle: model.periodTitle,
    generatedLong: model.generatedLong,
    method: model.method,
    targetPercent: model.stats.targetPercent,
  };
}

export function renderReportTexts(model: ReportModel, dir: string = DEFAULT_TEMPLATES_DIR): ReportTexts {
  const context = templateContext(model);
  const templates = loadTemplates(dir, TEMPLATE_NAMES, model.lang);
  const out = {} as ReportTexts;
  for (const name of TEMPLATE_NAMES) out[name] = templates[name](context).trim();
  return out;
}
