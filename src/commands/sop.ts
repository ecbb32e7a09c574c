// `downtime sop`: lint the take-over config, then write the SPO as PDF/A-1b and/or DOCX. Lint
// errors stop everything before a byte is written (exit 4); warnings are printed and also listed in
// the document. The linter, templates, pdfkit and docx are imported inside the handler so `--help`
// stays fast.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { join, resolve } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { loadProfile } from '../profile.js';
import { DEFAULT_SOP_CONFIG } from '../documents/sop/config.js';
import type { LintResult } from '../documents/sop/lint.js';
import type { Lang } from '../types.js';
import { writeFileAtomic } from '../util/fs.js';
import { checkOutDir, partialSet } from '../documents/kit/out-dir.js';
import { withLangOption, withProfileOption } from './options.js';
import { parseFormats, parseIsoInstant } from './option-values.js';

interface SopArgs {
  config: string;
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
  return lang === 'id' ? `${r.errors.length} galat, ${r.warnings.length} peringatan` : `${r.errors.length} errors, ${r.warnings.length} warnings`;
}

export const sopCommand: CommandModule<object, SopArgs> = {
  command: 'sop',
  describe: commandDescription('sop'),
  builder: (y) =>
    withLangOption(withProfileOption(y))
      .option('config', { type: 'string', default: DEFAULT_SOP_CONFIG, describe: 'Konfigurasi take over (YAML/JSON)' })
      .option('check', { type: 'boolean', default: false, describe: 'Hanya periksa konfigurasi (exit 4 bila ada galat)' })
      .option('format', { type: 'string', default: 'pdf,docx', describe: 'Format keluaran: pdf, docx atau pdf,docx' })
      .option('out', { type: 'string', default: 'output', describe: 'Folder keluaran' })
      .option('generated-at', { type: 'string', describe: 'Waktu pembuatan (ISO) untuk keluaran yang dapat direproduksi' })
      .option('json', { type: 'boolean', default: false, describe: 'Keluaran JSON di stdout' })
      .example('$0 sop --check', 'Periksa data/sop-takeover.yaml')
      .example('$0 sop --format pdf --out output/', 'Tulis output/spo-takeover-server.pdf')
      .example('$0 sop --config data/sop-rs-lain.yaml --lang en', 'SPO dalam bahasa Inggris') as never,
  handler: async (argv) => {
    const lang = argv.lang;
    const formats = parseFormats(argv.format, FORMATS);
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    // The linter, the model and the templates (handlebars) load here, not when yargs lists the commands.
    const [{ loadSopConfig }, { formatFinding, lintSop }, { buildSopModel }, { loadSopTemplates }, { loadLogo }] = await Promise.all([
      import('../documents/sop/config.js'),
      import('../documents/sop/lint.js'),
      import('../documents/sop/model.js'),
      import('../documents/sop/templates.js'),
      import('../documents/kit/logo.js'),
    ]);
    const config = loadSopConfig(argv.config);
    const profile = loadProfile(argv.profile);
    const approver = config.document.approvedBy ?? profile.signatories.acknowledgedBy ?? null;
    const result = lintSop({ config, approver, lang });
    const lines = result.findings.map((f) => formatFinding(f, lang));

    if (argv.check) {
      if (argv.json) process.stdout.write(`${JSON.stringify({ ok: result.errors.length === 0, errors: result.errors, warnings: result.warnings }, null, 2)}\n`);
      else process.stdout.write(lines.map((l) => `${l}\n`).join('') + `${argv.config}: ${summary(result, lang)}\n`);
      if (result.errors.length) throw new UserError(`${argv.config}: ${summary(result, lang)}`, { exitCode: ExitCode.lint });
      return;
    }

    for (const l of lines) process.stderr.write(`${l}\n`);
    if (result.errors.length) {
      const msg = lang === 'id' ? 'SPO tidak dibuat; betulkan galat di atas lalu jalankan lagi (downtime sop --check)' : 'SOP not written; fix the errors above and run again (downtime sop --check)';
      throw new UserError(`${argv.config}: ${summary(result, lang)}. ${msg}`, { exitCode: ExitCode.lint });
    }

    const outDir = resolve(argv.out);
    checkOutDir(outDir, lang);
    const logo = loadLogo(profile.logoPath);
    const model = buildSopModel({ config, profile, lang, templates: loadSopTemplates(lang), warnings: result.warnings, logo });
    const base = lang === 'id' ? model.fileBase : `${model.fileBase}-en`;
    // Render every format before writing any, so a failure leaves no half set of files.
    const files: Array<{ path: string; data: Buffer }> = [];
    for (const format of formats) {
      if (format === 'pdf') {
        const { renderSopPdf } = await import('../documents/sop/pdf.js');
        files.push({ path: join(outDir, `${base}.pdf`), data: await renderSopPdf(model, generatedAt) });
      } else {
        const { renderSopDocx } = await import('../documents/sop/docx.js');
        files.push({ path: join(outDir, `${base}.docx`), data: await renderSopDocx(model, generatedAt) });
      }
    }
    files.forEach((f, i) => {
      try {
        writeFileAtomic(f.path, f.data);
      } catch (err) {
        throw partialSet(err, files.slice(0, i).map((w) => w.path), f.path, files.length - i - 1, lang);
      }
    });
    if (argv.json) process.stdout.write(`${JSON.stringify({ files: files.map((f) => f.path), warnings: result.warnings }, null, 2)}\n`);
    else for (const f of files) process.stdout.write(`${lang === 'id' ? 'Ditulis' : 'Written'}: ${f.path}\n`);
  },
};
