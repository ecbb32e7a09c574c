// `downtime report`: the official letterhead report (PDF/A-1b) and the accreditation workbook for a
// period, from the store. pdfkit and exceljs are imported inside the handler so `--help` stays fast.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { join, resolve } from 'node:path';
import { loadProfile, sampleProfileWarning } from '../profile.js';
import { DateTime } from 'luxon';
import { DEFAULT_SOP_DIR } from '../documents/sop/config.js';
import { UserError } from '../errors.js';
import { monthsOf } from '../period.js';
import { computeStats } from '../metrics/compute.js';
import { writeFileAtomic } from '../util/fs.js';
import { checkOutDir, partialSet } from '../documents/kit/out-dir.js';
import { createProgress } from '../util/progress.js';
import type { Period } from '../types.js';
import { withLangOption, withPeriodOptions, withProfileOption, type LangArgs, type PeriodArgs } from './options.js';
import { loadIncidents } from './query.js';
import { parseFormats, parseIsoInstant } from './option-values.js';

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
  if (!d) throw new UserError(`--sign-date ${value}: pilih end-of-period, today atau tanggal YYYY-MM-DD (contoh: --sign-date 2023-01-05)`);
  return v;
}

const FORMATS = ['pdf', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report',
  describe: commandDescription('report'),
  builder: (y) =>
    withLangOption(withPeriodOptions(withProfileOption(y)))
      .option('format', { type: 'string', default: 'pdf,xlsx', describe: 'Berkas yang ditulis: pdf, xlsx atau pdf,xlsx' })
      .option('out', { type: 'string', default: 'output', describe: 'Folder keluaran' })
      .option('generated-at', { type: 'string', describe: 'Tanggal pembuatan (ISO) untuk keluaran yang dapat diulang; bawaan: sekarang' })
      .option('each-month', { type: 'boolean', default: false, describe: 'Dengan --year/--quarter: satu laporan per bulan plus laporan seluruh periode' })
      .option('sign-date', { type: 'string', default: 'end-of-period', describe: 'Tanggal tanda tangan: end-of-period (akhir periode, paling lambat hari ini), today, atau YYYY-MM-DD; dengan --each-month berlaku per bulan' })
      .option('sop', { type: 'string', default: DEFAULT_SOP_DIR, describe: 'Folder (atau berkas) konfigurasi SPO yang dikutip "Langkah rinci"' })
      .option('json', { type: 'boolean', default: false, describe: 'Cetak daftar berkas yang ditulis sebagai JSON di stdout' })
      .example('$0 report --month 2022-10', 'Laporan Oktober 2022: output/laporan-downtime-2022-10.pdf dan .xlsx')
      .example('$0 report --year 2022 --each-month', 'Dua belas laporan bulanan plus laporan tahunan 2022')
      .example('$0 report --quarter 2022-Q4 --format pdf --lang en', 'Laporan triwulan IV dalam bahasa Inggris, PDF saja') as never,
  handler: async (argv) => {
    const formats = parseFormats(argv.format, FORMATS);
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    if (argv.eachMonth && argv.year == null && argv.quarter == null) {
      throw new UserError('--each-month hanya bersama --year atau --quarter (contoh: downtime report --year 2022 --each-month)');
    }
    const profile = loadProfile(argv.profile);
    const sampleWarning = sampleProfileWarning(profile);
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);
    const timeZone = profile.hospital.timeZone;
    const today = DateTime.fromJSDate(generatedAt, { zone: timeZone }).toISODate() ?? '';
    signDateFor(argv.signDate, { to: today } as Period, today);
    const { readSopRefs } = await import('../documents/sop/config.js');
    const sops = readSopRefs(argv.sop, (msg) => process.stderr.write(`${msg}\n`));
    // The report is "as of" its date: incidents not yet recovered are counted up to it.
    const now = generatedAt;
    const { period, incidents, attestedMonths, events, notices } = loadIncidents(argv.db, argv, profile, now);
    const periods: Period[] = argv.eachMonth ? [...monthsOf(period, timeZone).map((m) => m.period), period] : [period];
    const { loadLogo } = await import('../documents/kit/logo.js');
    const logo = formats.includes('pdf') ? loadLogo(profile.logoPath) : null;
    const { buildReportModel } = await import('../documents/report/model.js');
    const { renderReportTexts } = await import('../documents/report/templates.js');
    const pdf = formats.includes('pdf') ? await import('../documents/report/pdf.js') : null;
    const xlsx = formats.includes('xlsx') ? await import('../documents/report/workbook.js') : null;
    const outDir = resolve(argv.out);
    checkOutDir(outDir, argv.lang);
    const written: { file: string; format: Format; period: string }[] = [];
    const progress = createProgress(argv.eachMonth && !argv.json, 'Laporan', periods.length * formats.length);
    try {
      for (const p of periods) {
        const stats = computeStats(incidents, p, { timeZone, now, targetPercent: profile.availabilityTarget, attestedMonths, events, notices, noticeMinimumDays: profile.notice.minimumDays });
        const signDate = signDateFor(argv.signDate, p, today);
        const model = buildReportModel({ incidents, stats, period: p, profile, lang: argv.lang, generatedAt, now, logo, signDate, sops });
        if (model.noData) process.stderr.write(`PERINGATAN: tidak ada data downtime untuk ${model.periodTitle} (${p.from} s.d. ${p.to}); laporan menyatakannya di halaman pertama. Periksa periode dan impor log-nya.\n`);
        const texts = renderReportTexts(model);
        for (const format of formats) {
          const data = format === 'pdf' ? await pdf!.renderReportPdf(model, texts) : await xlsx!.renderReportWorkbook(model, texts);
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
    process.stdout.write(`${written.map((w) => `${argv.lang === 'en' ? 'Written' : 'Ditulis'}: ${w.file}`).join('\n')}\n`);
  },
};
