import type { CommandModule } from 'yargs';
import { UserError, formatIssues } from '../errors.js';
import { resolveDbPath, withProfileOption } from './options.js';
import { loadProfile } from '../profile.js';
import { loadRules, DEFAULT_RULES_PATH } from '../classify/rules.js';
import { runImport } from '../import/run.js';
import { createProgress, type Progress } from '../util/progress.js';
import { resolveReadOptions, unusedMappingIssues, withReadOptions, type ReadArgs } from './read-options.js';
import { describeSheets } from './sheet-report.js';
import { formatInstant } from '../format.js';

interface ImportArgs extends ReadArgs {
  files: string[];
  db?: string;
  profile: string;
  rules: string;
  year?: number;
  table?: string;
  query?: string;
  'skip-invalid': boolean;
  'dry-run': boolean;
  replace: boolean;
  json: boolean;
}

export const importCommand: CommandModule<object, ImportArgs> = {
  command: 'import <files..>',
  describe: 'Impor log downtime dari .xlsx, .xls, .csv atau SQLite ke basis data',
  builder: (y) =>
    withReadOptions(withProfileOption(y))
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'Berkas log' })
      .option('rules', { type: 'string', default: DEFAULT_RULES_PATH, describe: 'Aturan klasifikasi (kata kunci)' })
      .option('year', { type: 'number', describe: 'Tahun untuk tanggal tanpa tahun ("10 November")' })
      .option('table', { type: 'string', describe: 'SQLite: nama tabel sumber' })
      .option('query', { type: 'string', describe: 'SQLite: kueri SELECT sumber' })
      .option('skip-invalid', { type: 'boolean', default: false, describe: 'Impor baris yang valid, daftar baris yang tidak' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Tampilkan apa yang akan ditambahkan tanpa menulis' })
      .option('replace', {
        type: 'boolean',
        default: false,
        describe: 'Versi perbaikan: gantikan impor sebelumnya dari berkas bernama sama (satu transaksi)',
      })
      .option('json', { type: 'boolean', default: false, describe: 'Keluaran JSON di stdout' })
      .example('$0 import data/log-downtime-rsud-m-natsir.xlsx', 'Impor log Excel contoh')
      .example('$0 import log-2023.csv --year 2023 --dry-run', 'Periksa dulu, tanpa menulis')
      .example('$0 import simrs-lama.db --table downtime', 'Impor dari tabel SQLite')
      .example('$0 import log-isp.xlsx --map "title=Keterangan,end=Jam Up"', 'Tentukan arti kolom yang tidak tertebak')
      .example('$0 import outage.csv --date-order mdy', 'Tanggal format AS (bulan/hari/tahun)')
      .example('$0 import log-2023.xlsx --replace --dry-run', 'Periksa apa yang berubah pada versi perbaikan') as never,
  handler: async (argv) => {
    if (argv.year != null && !(Number.isInteger(argv.year) && argv.year >= 1900 && argv.year <= 2099)) {
      throw new UserError(`--year harus tahun empat digit (1900–2099), mis. --year 2023`);
    }
    const profile = loadProfile(argv.profile);
    const rules = loadRules(argv.rules);
    const dbPath = resolveDbPath(argv.db);
    const read = resolveReadOptions(argv);
    let progress: Progress | null = null;
    const summary = await runImport({
      files: argv.files,
      dbPath,
      nctx: { timeZone: profile.hospital.timeZone, defaultYear: argv.year ?? null },
      rules,
      table: argv.table,
      query: argv.query,
      read: read.choices,
      skipInvalid: argv['skip-invalid'],
      dryRun: argv['dry-run'],
      replace: argv.replace,
      now: new Date(),
      onProgress: (file, n) => {
        progress ??= createProgress(!argv.json, `Membaca ${file}`);
        progress.update(n);
      },
      onFileDone: () => {
        progress?.stop();
        progress = null;
      },
    }).catch((err: unknown) => {
      // With --json a refusal is JSON too, so a script gets the issues it has to show.
      if (argv.json && err instanceof UserError) {
        process.stdout.write(`${JSON.stringify({ refused: true, message: err.message, added: 0, issues: err.issues }, null, 2)}\n`);
      }
      throw err;
    });
    // The mapping applies to every file named; an entry no header of any of them matched is reported once.
    summary.issues.unshift(...unusedMappingIssues(read, argv.files.length === 1 ? argv.files[0]! : argv.files.join(', ')));
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    for (const line of formatIssues(summary.issues)) process.stderr.write(`${line}\n`);
    const dry = argv['dry-run'];
    const zone = profile.hospital.timeZone;
    for (const f of summary.files) {
      if (f.status === 'already-imported') {
        const when = f.importedAt ? ` (impor #${f.batchId}, ${formatInstant(f.importedAt, zone)})` : ' (dalam perintah ini)';
        process.stdout.write(`${f.file}: isi berkas sudah pernah diimpor${when}; tidak ada yang ditambahkan.\n`);
        continue;
      }
      process.stdout.write(`${f.file}: cara membaca kolom —\n${describeSheets(f.sheets).join('\n')}\n`);
      const parts = [`${f.rowsRead} baris dibaca`, `${f.added} insiden ${dry ? 'akan ditambahkan' : 'ditambahkan'}`];
      if (f.duplicates) parts.push(`${f.duplicates} baris sudah diimpor dari berkas lain, dilewati`);
      if (f.skippedInvalid) parts.push(`${f.skippedInvalid} baris tidak valid dilewati`);
      process.stdout.write(`${f.file}: ${parts.join(', ')}.\n`);
      if (f.replaced) {
        const r = f.replaced;
        const verb = dry ? 'akan menggantikan' : 'menggantikan';
        process.stdout.write(
          `  ${verb} impor #${r.batchId} (${r.file}, ${formatInstant(r.importedAt, zone)}): ` +
            `${r.added} baris baru, ${r.removed} dihapus, ${r.changed} diubah, ${r.unchanged} tetap.\n`,
        );
        const show = (label: string, xs: string[]) => xs.length && process.stdout.write(`    ${label}: ${xs.map((x) => `"${x}"`).join(', ')}\n`);
        show('baru', r.examples.added);
        show('dihapus', r.examples.removed);
        show('diubah', r.examples.changed);
      }
      if (f.added === 0 && !dry) process.stdout.write('  Tidak ada yang ditambahkan, jadi tidak dicatat sebagai impor: berkas ini bisa diimpor lagi setelah diperbaiki.\n');
    }
    const warnings = summary.issues.filter((i) => i.severity === 'warning').length;
    if (warnings) process.stdout.write(`${warnings} peringatan (lihat di atas; juga tersimpan pada tiap insiden).\n`);
    process.stdout.write(dry ? 'Uji coba (--dry-run): basis data tidak diubah.\n' : `Basis data: ${dbPath}\n`);
  },
};
