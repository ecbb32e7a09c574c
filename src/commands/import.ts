import type { CommandModule } from 'yargs';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { ExitCode, UserError, formatIssues } from '../errors.js';
import { resolveDbPath, withProfileOption } from './options.js';
import { loadProfile } from '../profile.js';
import { loadRules, DEFAULT_RULES_PATH } from '../classify/rules.js';
import { openStore, type Store } from '../store/store.js';
import { planFile, type FilePlan } from '../import/plan.js';
import { createProgress } from '../util/progress.js';
import type { Issue } from '../types.js';

interface ImportArgs {
  files: string[];
  db?: string;
  profile: string;
  rules: string;
  year?: number;
  table?: string;
  query?: string;
  'skip-invalid': boolean;
  'dry-run': boolean;
  json: boolean;
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => h.update(c))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', (err: NodeJS.ErrnoException) =>
        reject(new UserError(`${path}: berkas tidak dapat dibaca (${err.code ?? err.message})`, { exitCode: ExitCode.io })),
      );
  });
}

type FileOutcome =
  | { status: 'already-imported'; file: string; sha256: string; batchId: number; importedAt: string }
  | { status: 'planned'; plan: FilePlan };

function summaryJson(outcomes: FileOutcome[], applied: Map<string, { batchId: number; added: number }>, dryRun: boolean, skipInvalid: boolean) {
  const files = outcomes.map((o) => {
    if (o.status === 'already-imported') {
      return { file: o.file, sha256: o.sha256, status: o.status, batchId: o.batchId, importedAt: o.importedAt, added: 0 };
    }
    const p = o.plan;
    const a = applied.get(p.sha256);
    return {
      file: p.file,
      sha256: p.sha256,
      status: dryRun ? 'dry-run' : 'imported',
      source: p.sourceKind,
      batchId: a?.batchId ?? null,
      rowsRead: p.rowsRead,
      added: dryRun ? p.incidents.length : (a?.added ?? 0),
      duplicates: p.duplicates + (dryRun ? 0 : p.incidents.length - (a?.added ?? 0)),
      invalidRows: p.invalidRows,
      skippedInvalid: skipInvalid ? p.invalidRows : 0,
      sheets: p.sheets,
      incidents: dryRun ? p.incidents.map(({ fingerprint: _f, untilMs: _u, ...rest }) => rest) : undefined,
    };
  });
  const issues = outcomes.flatMap((o) => (o.status === 'planned' ? o.plan.issues : []));
  return { dryRun, added: files.reduce((s, f) => s + f.added, 0), files, issues };
}

export const importCommand: CommandModule<object, ImportArgs> = {
  command: 'import <files..>',
  describe: 'Impor log downtime dari .xlsx, .xls, .csv atau SQLite ke basis data',
  builder: (y) =>
    withProfileOption(y)
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'Berkas log' })
      .option('rules', { type: 'string', default: DEFAULT_RULES_PATH, describe: 'Aturan klasifikasi (kata kunci)' })
      .option('year', { type: 'number', describe: 'Tahun untuk tanggal tanpa tahun ("10 November")' })
      .option('table', { type: 'string', describe: 'SQLite: nama tabel sumber' })
      .option('query', { type: 'string', describe: 'SQLite: kueri SELECT sumber' })
      .option('skip-invalid', { type: 'boolean', default: false, describe: 'Impor baris yang valid, daftar baris yang tidak' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Tampilkan apa yang akan ditambahkan tanpa menulis' })
      .option('json', { type: 'boolean', default: false, describe: 'Keluaran JSON di stdout' })
      .example('$0 import data/log-downtime-rsud-m-natsir.xlsx', 'Impor log Excel contoh')
      .example('$0 import log-2023.csv --year 2023 --dry-run', 'Periksa dulu, tanpa menulis')
      .example('$0 import simrs-lama.db --table downtime', 'Impor dari tabel SQLite') as never,
  handler: async (argv) => {
    const profile = loadProfile(argv.profile);
    const rules = loadRules(argv.rules);
    const dbPath = resolveDbPath(argv.db);
    const { readSource } = await import('../sources/index.js');
    // Plan against the existing store opened read-only: a refused import must not even create it.
    const existing: Store | null = existsSync(dbPath) ? openStore(dbPath, { readonly: true }) : null;
    const outcomes: FileOutcome[] = [];
    const seen = new Set<string>();
    try {
      for (const file of argv.files) {
        if (!existsSync(file)) throw new UserError(`${file}: berkas tidak ditemukan`, { exitCode: ExitCode.io });
        const sha256 = await sha256File(file);
        const stored = existing?.batchBySha(sha256);
        const sameInThisRun = outcomes.some((o) => o.status === 'planned' && o.plan.sha256 === sha256);
        if (stored || sameInThisRun) {
          outcomes.push({ status: 'already-imported', file, sha256, batchId: stored?.id ?? 0, importedAt: stored?.importedAt ?? '' });
          continue;
        }
        const progress = createProgress(!argv.json, `Membaca ${file}`);
        const read = await readSource(file, { table: argv.table, query: argv.query, onProgress: (n) => progress.update(n) });
        progress.stop();
        const plan = planFile(
          { file, sha256, sourceKind: read.kind, rows: read.rows, readIssues: read.issues, sheets: read.sheets.map((s) => ({ sheet: s.sheet, rows: s.rows, recognised: s.recognised })) },
          { timeZone: profile.hospital.timeZone, defaultYear: argv.year ?? null },
          rules,
          (fp) => existing?.existingFingerprints([fp]).size === 1,
          seen,
        );
        outcomes.push({ status: 'planned', plan });
      }
    } finally {
      existing?.close();
    }

    const plans = outcomes.flatMap((o) => (o.status === 'planned' ? [o.plan] : []));
    const allIssues: Issue[] = plans.flatMap((p) => p.issues);
    const errors = allIssues.filter((i) => i.severity === 'error');
    if (errors.length && !argv['skip-invalid']) {
      throw new UserError(
        `Impor dibatalkan: ${errors.length} galat pada ${new Set(errors.map((e) => `${e.file}:${e.sheet}:${e.row}`)).size} baris. ` +
          'Tidak ada yang ditulis ke basis data. Perbaiki baris berikut, atau gunakan --skip-invalid untuk mengimpor baris yang valid saja.',
        { issues: allIssues, exitCode: ExitCode.input },
      );
    }

    const applied = new Map<string, { batchId: number; added: number }>();
    if (!argv['dry-run'] && plans.length) {
      const store = openStore(dbPath);
      try {
        const importedAt = new Date().toISOString();
        const results = store.applyImport(
          plans.map((p) => ({
            batch: {
              file: p.file,
              sha256: p.sha256,
              importedAt,
              sourceKind: p.sourceKind,
              rowsRead: p.rowsRead,
              duplicates: p.duplicates,
              skipped: p.invalidRows,
              warnings: p.issues.filter((i) => i.severity === 'warning').length,
            },
            incidents: p.incidents,
          })),
        );
        plans.forEach((p, i) => applied.set(p.sha256, results[i]!));
      } finally {
        store.close();
      }
    }

    const summary = summaryJson(outcomes, applied, argv['dry-run'], argv['skip-invalid']);
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    for (const line of formatIssues(allIssues)) process.stderr.write(`${line}\n`);
    for (const f of summary.files) {
      if (f.status === 'already-imported') {
        process.stdout.write(`${f.file}: isi berkas sudah pernah diimpor${'importedAt' in f && f.importedAt ? ` (${f.importedAt})` : ''}; tidak ada yang ditambahkan.\n`);
        continue;
      }
      const parts = [`${'rowsRead' in f ? f.rowsRead : 0} baris dibaca`, `${f.added} insiden ${argv['dry-run'] ? 'akan ditambahkan' : 'ditambahkan'}`];
      if ('duplicates' in f && f.duplicates) parts.push(`${f.duplicates} duplikat dilewati`);
      if ('skippedInvalid' in f && f.skippedInvalid) parts.push(`${f.skippedInvalid} baris tidak valid dilewati`);
      process.stdout.write(`${f.file}: ${parts.join(', ')}.\n`);
    }
    const warnings = allIssues.length - errors.length;
    if (warnings) process.stdout.write(`${warnings} peringatan (lihat di atas; juga tersimpan pada tiap insiden).\n`);
    if (argv['dry-run']) process.stdout.write('Uji coba (--dry-run): basis data tidak diubah.\n');
    else process.stdout.write(`Basis data: ${dbPath}\n`);
  },
};
