// `downtime sop`: lint every SPO config in data/sop/ (or the one --config names), then write each
// SPO as PDF/A-1b and/or DOCX. Lint errors stop everything before a byte is written (exit 4);
// findings are printed on the terminal, never in the signed document. The linter, templates, pdfkit and docx are imported inside the handler so `--help`
// stays fast.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { basename, join, resolve } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { DEFAULT_SOP_DIR } from '../documents/sop/default-paths.js';
import type { LintResult } from '../documents/sop/lint.js';
import type { Lang } from '../types.js';
import { writeFileAtomic } from '../util/fs.js';
import { checkOutDir, partialSet } from '../documents/kit/out-dir.js';
import { withLangOption, withProfileOption } from './options.js';
import { parseFormats, parseIsoInstant } from './option-values.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface SopArgs {
  config?: string;
  check: boolean;
  format: string;
  out: string;
  lang: Lang;
  profile: string;
  generatedAt?: string;
  json: boolean;
}

const FORMATS = ['pdf', 'docx'] as const;
type Format = (typeof FORMATS)[number];

function summary(r: LintResult, lang: Lang): string {
  return COMMANDS.in(lang).sop.summary(r.errors.length, r.warnings.length);
}

export const sopCommand: CommandModule<object, SopArgs> = {
  command: 'sop',
  describe: commandDescription('sop'),
  builder: (y) =>
    withLangOption(withProfileOption(y))
      .option('config', { type: 'string', describe: COMMAND_HELP().sop.config(DEFAULT_SOP_DIR) })
      .option('check', { type: 'boolean', default: false, describe: COMMAND_HELP().sop.check })
      .option('format', { type: 'string', default: 'pdf,docx', describe: COMMAND_HELP().sop.format })
      .option('out', { type: 'string', default: 'output', describe: COMMAND_HELP().shared.out })
      .option('generated-at', { type: 'string', describe: COMMAND_HELP().sop.generatedAt })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.json })
      .example([['$0 sop --check', COMMAND_HELP().sop.checkExample(DEFAULT_SOP_DIR)], ...exampleList(COMMAND_HELP().sop.examples)]) as never,
  handler: async (argv) => {
    const { loadProfile, sampleProfileWarning } = await import('../profile.js');
    const lang = argv.lang;
    const formats = parseFormats(argv.format, FORMATS);
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    // The linter, the model and the templates (handlebars) load here, not when yargs lists the commands.
    const [{ loadAnySopConfig }, { sopConfigFiles }, { formatFinding, lintSop, lintUnitSop }, { buildSopModel }, { buildUnitSopModel }, { loadSopTemplates }, { loadLogo }] = await Promise.all([
      import('../documents/sop/config.js'),
      import('../documents/sop/files.js'),
      import('../documents/sop/lint.js'),
      import('../documents/sop/model.js'),
      import('../documents/sop/unit-model.js'),
      import('../documents/sop/templates.js'),
      import('../documents/kit/logo.js'),
    ]);
    const source = argv.config ?? DEFAULT_SOP_DIR;
    const configs = sopConfigFiles(source).map((f) => loadAnySopConfig(f));
    const profile = loadProfile(argv.profile);
    const single = configs.length === 1;
    const name = (file: string): string => (single && argv.config ? argv.config : basename(file));
    const linted = configs.map((c) => {
      const approver = c.config.document.approvedBy ?? profile.signatories.acknowledgedBy ?? null;
      const result = c.kind === 'units' ? lintUnitSop({ config: c.config, approver }) : lintSop({ config: c.config, approver });
      return { c, result, lines: result.findings.map((f) => `${single ? '' : `${name(c.file)}: `}${formatFinding(f, lang)}`) };
    });
    const failed = linted.filter((l) => l.result.errors.length);
    const failure = (): UserError => {
      const what = failed.map((l) => `${name(l.c.file)}: ${summary(l.result, lang)}`).join('; ');
      return new UserError(what, { exitCode: ExitCode.lint });
    };

    if (argv.check) {
      if (argv.json) {
        const one = (l: (typeof linted)[number]): object => ({ ok: l.result.errors.length === 0, errors: l.result.errors, warnings: l.result.warnings });
        const body = single ? one(linted[0]!) : { ok: failed.length === 0, configs: linted.map((l) => ({ file: name(l.c.file), ...one(l) })) };
        process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
      } else for (const l of linted) process.stdout.write(l.lines.map((x) => `${x}\n`).join('') + `${name(l.c.file)}: ${summary(l.result, lang)}\n`);
      if (failed.length) throw failure();
      return;
    }

    // Lint findings go to the terminal only: the signed SOP carries the config's own cautions.
    for (const l of linted) for (const x of l.lines) process.stderr.write(`${x}\n`);
    if (failed.length) {
      const msg = COMMANDS.in(lang).sop.notWritten;
      const err = failure();
      throw new UserError(`${err.message}. ${msg}`, { exitCode: ExitCode.lint });
    }
    const sampleWarning = sampleProfileWarning(profile);
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);

    const outDir = resolve(argv.out);
    checkOutDir(outDir, lang);
    const logo = loadLogo(profile.logoPath);
    const templates = loadSopTemplates(lang);
    // Render every document in every format before writing any, so a failure leaves no half set of files.
    const files: Array<{ path: string; data: Buffer }> = [];
    const bases = new Set<string>();
    for (const { c } of linted) {
      const model = c.kind === 'units' ? buildUnitSopModel({ config: c.config, profile, lang, templates, logo }) : buildSopModel({ config: c.config, profile, lang, templates, logo });
      const base = lang === 'id' ? model.fileBase : `${model.fileBase}-en`;
      if (bases.has(base)) throw new UserError(COMMANDS.in(lang).sop.fileNameTaken(name(c.file), model.fileBase, source));
      bases.add(base);
      for (const format of formats) {
        if (format === 'pdf') {
          const { renderSopPdf } = await import('../documents/sop/pdf.js');
          files.push({ path: join(outDir, `${base}.pdf`), data: await renderSopPdf(model, generatedAt) });
        } else {
          const { renderSopDocx } = await import('../documents/sop/docx.js');
          files.push({ path: join(outDir, `${base}.docx`), data: await renderSopDocx(model, generatedAt) });
        }
      }
    }
    files.forEach((f, i) => {
      try {
        writeFileAtomic(f.path, f.data);
      } catch (err) {
        throw partialSet(err, files.slice(0, i).map((w) => w.path), f.path, files.length - i - 1, lang);
      }
    });
    const warnings = linted.flatMap((l) => l.result.warnings.map((w) => (single ? w : { file: name(l.c.file), ...w })));
    if (argv.json) process.stdout.write(`${JSON.stringify({ files: files.map((f) => f.path), warnings }, null, 2)}
`);
    else for (const f of files) process.stdout.write(`${COMMANDS.in(lang).shared.written(f.path)}\n`);
  },
};
