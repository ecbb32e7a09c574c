// One strict Handlebars loader for every document's prose: templates/<document>/<name>.<lang>.hbs
// on the package root, so a hospital rewords a paragraph without touching code. Strict mode: a
// misspelt {{field}} is an error naming the file instead of an empty hole in an official document.
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitCode, UserError } from '../../errors.js';
import { KIT } from '../../wording/kit.js';
import { fileProblem } from './file-problem.js';

/** templates/ of this package: src/documents/kit (tests) and dist/documents/kit (the built CLI) are both three levels below the root. */
export const TEMPLATES_ROOT = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** Rendering is pure: a compiled template is a function of its context. */
export type Template = (context: object) => string;

/** Compiles one source; a failure while rendering becomes a UserError naming `origin`. */
export function compileTemplate(source: string, origin: string): Template {
  // noEscape: the output is plain text for PDF, DOCX and XLSX, never HTML.
  const compiled = Handlebars.compile(source, { strict: true, noEscape: true });
  return (context) => {
    try {
      return compiled(context);
    } catch (err) {
      throw new UserError(KIT().template.failed(origin, (err as Error).message));
    }
  };
}

const compiled = new Map<string, Template>();

/**
 * Reads and compiles `<dir>/<name>.<lang>.hbs` for every name; an unreadable file is exit 3.
 * Compiled once per file and process: `report --each-month` renders the same texts 13 times.
 */
export function loadTemplates<N extends string>(dir: string, names: readonly N[], lang: string): Record<N, Template> {
  const out = {} as Record<N, Template>;
  for (const name of names) {
    const file = join(dir, `${name}.${lang}.hbs`);
    const cached = compiled.get(file);
    if (cached) {
      out[name] = cached;
      continue;
    }
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UserError(KIT().template.unreadable(file, fileProblem(err)), { exitCode: ExitCode.io });
    }
    out[name] = compileTemplate(source, file);
    compiled.set(file, out[name]);
  }
  return out;
}
