// `downtime report`: the official letterhead report (PDF/A-1b) and the accreditation workbook for a
// period, from the store. All but the builder's needs are imported inside the handler so `--help` stays fast.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { join, resolve } from 'node:path';
import { DEFAULT_SOP_DIR } from '../documents/sop/default-paths.js';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../util/fs.js';
import { checkOutDir, partialSet } from '../documents/kit/out-dir.js';
import type { Lang, Period } from '../types.js';
import type { ReportModel } from '../documents/report/model.js';
import type { ReportTexts } from '../documents/report/templates.js';
import { language } from '../wording/lang.js';
import { withLangOption, withPeriodOptions, withProfileOption, type LangArgs, type PeriodArgs } from './options.js';
import { parseFormats, parseIsoInstant } from './option-values.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface ReportArgs extends PeriodArgs, LangArgs {
  db?: string;
  profile: string;
  format: string;
  out: string;
  generatedAt?: string;
  eachMonth: boolean;
  signDate: string;
  sop: string;
  json: boolean;
}

/** `--sign-date`: the date beside the signatures, per report period. */
export function signDateFor(value: string, period: Period, today: string): string {
  const v = value.trim();
  if (v === 'today') return today;
  // A month signed while it is still running is dated today, never in the future.
  if (v === 'end-of-period') return period.to < today ? period.to : today;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseIsoInstant('--sign-date', v) : null;
  if (!d) throw new UserError(COMMANDS().report.signDate(value));
  return v;
}


const FORMATS = ['pdf', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

/**
 * The PDF worker thread the bundled `report` starts before the command line is compiled
 * (scripts/bundle-shims/pdf-offload.cjs), found under a global symbol: it lays out a period's PDF
 * while this thread writes the workbook. `render` answers null, or a promise of null, whenever the
 * PDF must be rendered here after all; without the runner (tests, the ES module bundle) there is none.
 */
interface PdfWorker {
  render(model: ReportModel, texts: ReportTexts, lang: Lang): Promise<Buffer | null> | null;
}
const pdfWorker = (): PdfWorker | undefined => (globalThis as Record<symbol, PdfWorker | undefined>)[Symbol.for('simrs-downtime.report-pdf-worker')];

/** A promise's outcome, kept until the files are written in the order of --format. */
const settle = <T>(p: Promise<T>): Promise<() => T> =>
  p.then(
    (v) => () => v,
    (err: unknown) => () => {
      throw err;
    },
  );

export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report',
  describe: commandDescription('report'),
  builder: (y) =>
    withLangOption(withPeriodOptions(withProfileOption(y)))
      .option('format', { type: 'string', default: 'pdf,xlsx', describe: COMMAND_HELP().report.format })
      .option('out', { type: 'string', default: 'output', describe: COMMAND_HELP().shared.out })
      .option('generated-at', { type: 'string', describe: COMMAND_HELP().shared.createdAt })
      .option('each-month', { type: 'boolean', default: false, describe: COMMAND_HELP().report.eachMonth })
      .option('sign-date', { type: 'string', default: 'end-of-period', describe: COMMAND_HELP().report.signDate })
      .option('sop', { type: 'string', default: DEFAULT_SOP_DIR, describe: COMMAND_HELP().report.sop })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().report.json })
      .example(exampleList(COMMAND_HELP().report.examples)) as never,
  handler: async (argv) => {
    // Loaded here, not at the top: `report --help` needs none of zod, yaml, luxon, better-sqlite3.
    // (checkIncidentLimit below reads the store once, streaming, before anything is loaded.)
    const [{ loadProfile, sampleProfileWarning }, { DateTime }, { monthsOf }, { computeStats }, { createProgress }, { loadIncidents }] = await Promise.all([
      import('../profile.js'),
      import('luxon'),
      import('../period.js'),
      import('../metrics/compute.js'),
      import('../util/progress.js'),
      import('./query.js'),
    ]);
    const formats = parseFormats(argv.format, FORMATS);
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    if (argv.eachMonth && argv.year == null && argv.quarter == null) {
      throw new UserError(COMMANDS().report.eachMonth);
    }
    const profile = loadProfile(argv.profile);
    const sampleWarning = sampleProfileWarning(profile);
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);
    const timeZone = profile.hospital.timeZone;
    const today = DateTime.fromJSDate(generatedAt, { zone: timeZone }).toISODate() ?? '';
    signDateFor(argv.signDate, { to: today } as Period, today);
    const { readSopRefs } = await import('../documents/sop/files.js');
    const sops = await readSopRefs(argv.sop, (msg) => process.stderr.write(`${msg}\n`));
    // The report is "as of" its date: incidents not yet recovered are counted up to it.
    const now = generatedAt;
    await (await import('./report-limit.js')).checkIncidentLimit(argv.db, argv, profile, now, argv.lang);
    const { period, incidents, attestedMonths, events, notices } = loadIncidents(argv.db, argv, profile, now);
    const periods: Period[] = argv.eachMonth ? [...monthsOf(period, timeZone).map((m) => m.period), period] : [period];
    const { loadLogo } = await import('../documents/kit/logo.js');
    const logo = formats.includes('pdf') ? loadLogo(profile.logoPath) : null;
    const { buildReportModel } = await import('../documents/report/model.js');
    const { renderReportTexts } = await import('../documents/report/templates.js');
    const worker = formats.includes('pdf') ? pdfWorker() : undefined;
    const pdfModule = () => import('../documents/report/pdf.js');
    const xlsxModule = () => import('../documents/report/workbook.js');
    // With a PDF worker this thread loads pdfkit only when the worker cannot do a PDF after all, and
    // exceljs once the first PDF is on its way (the worker is waiting for it meanwhile).
    if (!worker && formats.includes('pdf')) await pdfModule();
    if (!worker && formats.includes('xlsx')) await xlsxModule();
    const renderPdfHere = async (model: ReportModel, texts: ReportTexts): Promise<Buffer> => (await pdfModule()).renderReportPdf(model, texts);
    const renderXlsx = async (model: ReportModel, texts: ReportTexts): Promise<Buffer> => (await xlsxModule()).renderReportWorkbook(model, texts);
    const outDir = resolve(argv.out);
    checkOutDir(outDir, argv.lang);
    const written: { file: string; format: Format; period: string }[] = [];
    const progress = createProgress(argv.eachMonth && !argv.json, COMMANDS().report.progress, periods.length * formats.length);
    try {
      for (const p of periods) {
        const stats = computeStats(incidents, p, { timeZone, now, targetPercent: profile.availabilityTarget, attestedMonths, events, notices, noticeMinimumDays: profile.notice.minimumDays });
        const signDate = signDateFor(argv.signDate, p, today);
        const model = buildReportModel({ incidents, stats, period: p, profile, lang: argv.lang, generatedAt, now, logo, signDate, sops });
        if (model.noData) process.stderr.write(`${COMMANDS().report.noData(model.periodTitle, p.from, p.to)}\n`);
        const texts = renderReportTexts(model);
        // The PDF on the worker and, meanwhile, the workbook here; written in turn as before, and an
        // error in either surfaces where it did (a failed PDF is rendered here again, for its error).
        const remotePdf = worker?.render(model, texts, language()) ?? null;
        const earlyXlsx = remotePdf && formats.includes('xlsx') ? settle(renderXlsx(model, texts)) : null;
        for (const format of formats) {
          const data =
            format === 'pdf'
              ? ((await remotePdf) ?? (await renderPdfHere(model, texts)))
              : earlyXlsx
                ? (await earlyXlsx)()
                : await renderXlsx(model, texts);
          const file = join(outDir, `${model.fileStem}.${format}`);
          try {
            writeFileAtomic(file, data);
          } catch (err) {
            throw partialSet(err, written.map((w) => w.file), file, periods.length * formats.length - written.length - 1, argv.lang);
          }
          written.push({ file, format, period: p.label });
          progress.update(written.length);
        }
      }
    } finally {
      progress.stop();
    }
    if (argv.json) {
      process.stdout.write(`${JSON.stringify({ files: written }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${written.map((w) => COMMANDS().shared.written(w.file)).join('\n')}\n`);
  },
};
