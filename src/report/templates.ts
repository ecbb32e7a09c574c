// The prose of the report (purpose, response steps, take-over in brief, method) comes from
// Handlebars templates in templates/report/, so a hospital can reword it without touching code.
// Strict mode: a misspelt {{variable}} is an error naming the file, not a silently empty sentence.
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, UserError } from '../errors.js';
import type { ReportModel } from './model.js';

/** templates/report next to src/ and dist/ (both are one level below the package root). */
export const DEFAULT_TEMPLATES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates', 'report');

export const TEMPLATE_NAMES = ['purpose', 'response', 'takeover', 'method', 'closing'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export type ReportTexts = Record<TemplateName, string>;

/** A block of rendered prose: a paragraph, or a list item with its label ("1.", "a.", "-"). */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'item'; label: string; text: string };

/** What the templates may use; documented in templates/report/README.md. */
export function templateContext(model: ReportModel): Record<string, unknown> {
  return {
    hospital: model.hospital,
    sopNumber: model.sopNumber,
    title: model.title,
    periodTitle: model.periodTitle,
    generatedLong: model.generatedLong,
    method: model.method,
    targetPercent: model.stats.targetPercent,
  };
}

const compiled = new Map<string, Handlebars.TemplateDelegate>();

function compile(file: string): Handlebars.TemplateDelegate {
  let t = compiled.get(file);
  if (t) return t;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`Templat laporan tidak dapat dibaca: ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, {
      exitCode: ExitCode.io,
    });
  }
  // noEscape: the output is plain text for the PDF and the workbook, never HTML.
  t = Handlebars.compile(source, { strict: true, noEscape: true });
  compiled.set(file, t);
  return t;
}

export function renderReportTexts(model: ReportModel, dir: string = DEFAULT_TEMPLATES_DIR): ReportTexts {
  const context = templateContext(model);
  const out = {} as ReportTexts;
  for (const name of TEMPLATE_NAMES) {
    const file = join(dir, `${name}.${model.lang}.hbs`);
    try {
      out[name] = compile(file)(context).trim();
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(`Templat laporan ${file}: ${(err as Error).message}`);
    }
  }
  return out;
}

/** Splits rendered prose into paragraphs and list items ("1. …", "a. …", "- …"). */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d{1,2}\.|[a-z]\.|[-•])\s+(.*)$/.exec(line);
    blocks.push(m ? { kind: 'item', label: m[1] === '-' ? '•' : m[1]!, text: m[2]! } : { kind: 'paragraph', text: line });
  }
  return blocks;
}
