// An import, start to end: plan every file (streaming its rows into a staging area), refuse if any
// row is invalid, then apply everything in one store transaction. The command layer only prints.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readSync } from 'node:fs';
import { assertRegularFile } from '../util/fs.js';
import { withStoreErrors } from '../store/store-errors.js';
import { ExitCode, UserError } from '../errors.js';
import type { Issue } from '../types.js';
import type { Rules } from '../classify/rules.js';
import type { NormaliseContext } from '../normalise/normalise.js';
import { openStore, type NewIncident, type Store } from '../store/store.js';
import { FilePlanner, type FilePlan } from './plan.js';
import { Staging } from './staging.js';

export interface ImportOptions {
  files: string[];
  dbPath: string;
  nctx: NormaliseContext;
  rules: Rules;
  table?: string | undefined;
  query?: string | undefined;
  skipInvalid: boolean;
  dryRun: boolean;
  /** Called with rows read so far, per file. */
  onProgress?: (file: string, rows: number) => void;
  onFileDone?: (file: string) => void;
  now: Date;
}

export type FileSummary =
  | { file: string; sha256: string; status: 'already-imported'; batchId: number | null; importedAt: string | null; added: 0 }
  | {
      file: string;
      sha256: string;
      status: 'imported' | 'dry-run';
      source: string;
      batchId: number | null;
      rowsRead: number;
      added: number;
      duplicates: number;
      invalidRows: number;
      skippedInvalid: number;
      sheets: FilePlan['sheets'];
      incidents?: Omit<NewIncident, 'fingerprint' | 'untilMs'>[];
    };

/** The `import --json` contract. */
export interface ImportSummary {
  dryRun: boolean;
  added: number;
  files: FileSummary[];
  issues: Issue[];
}

function isSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, 16, 0);
    return head.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
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

export async function runImport(o: ImportOptions): Promise<ImportSummary> {
  const { readSource } = await import('../sources/index.js');
  // Plan against the existing store opened read-only: a refused import must not even create it.
  const existing: Store | null = existsSync(o.dbPath) ? openStore(o.dbPath, { readonly: true }) : null;
  const staging = new Staging();
  try {
    const files: (FileSummary | FilePlan)[] = [];
    const plans: FilePlan[] = [];
    for (const file of o.files) {
      assertRegularFile(file);
      const sha256 = await sha256File(file);
      // One SQLite file can hold several logs: what was read from it is part of the batch's identity.
      const selector = isSqlite(file) ? (o.table != null ? `table:${o.table}` : o.query != null ? `query:${o.query}` : '') : '';
      const stored = existing?.batchBySha(sha256, selector);
      if (stored || plans.some((p) => p.sha256 === sha256 && p.selector === selector)) {
        files.push({ file, sha256, status: 'already-imported', batchId: stored?.id ?? null, importedAt: stored?.importedAt ?? null, added: 0 });
        continue;
      }
      const planner = new FilePlanner({ file, sha256, selector, batch: plans.length }, o.nctx, o.rules, staging, (fp) => existing?.hasFingerprint(fp) ?? false);
      const read = await readSource(file, {
        table: o.table,
        query: o.query,
        onRow: (row) => planner.add(row),
        onProgress: (n) => o.onProgress?.(file, n),
      });
      o.onFileDone?.(file);
      const plan = planner.finish({ sourceKind: read.kind, issues: read.issues, sheets: read.sheets.map((s) => ({ sheet: s.sheet, rows: s.rows, recognised: s.recognised })) });
      plans.push(plan);
      files.push(plan);
    }
    existing?.close();
    staging.seal();

    const issues = plans.flatMap((p) => p.issues);
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length && !o.skipInvalid) {
      const rows = new Set(errors.map((e) => `${e.file}\u0000${e.sheet}\u0000${e.row}`)).size;
      throw new UserError(
        `Impor dibatalkan: ${errors.length} galat pada ${rows} baris. Tidak ada yang ditulis ke basis data. ` +
          'Perbaiki baris berikut, atau gunakan --skip-invalid untuk mengimpor baris yang valid saja.',
        { issues, exitCode: ExitCode.input },
      );
    }

    const applied = new Map<number, { batchId: number; added: number }>();
    if (!o.dryRun && plans.length) {
      const store = openStore(o.dbPath);
      try {
        const importedAt = o.now.toISOString();
        const results = withStoreErrors(o.dbPath, () => store.applyStaged(
          staging.path,
          plans.map((p) => ({
            batch: {
              file: p.file,
              sha256: p.sha256,
              selector: p.selector,
              importedAt,
              sourceKind: p.sourceKind,
              rowsRead: p.rowsRead,
              duplicates: p.duplicates,
              skipped: p.invalidRows,
              warnings: p.issues.filter((i) => i.severity === 'warning').length,
            },
            staged: p.batch,
          })),
        ));
        plans.forEach((p, i) => applied.set(p.batch, results[i]!));
      } finally {
        store.close();
      }
    }

    const summaries: FileSummary[] = files.map((f) => {
      if ('status' in f) return f;
      const a = applied.get(f.batch);
      return {
        file: f.file,
        sha256: f.sha256,
        status: o.dryRun ? 'dry-run' : 'imported',
        source: f.sourceKind,
        batchId: a?.batchId ?? null,
        rowsRead: f.rowsRead,
        added: o.dryRun ? f.toAdd : (a?.added ?? 0),
        duplicates: f.duplicates + (o.dryRun || !a ? 0 : f.toAdd - a.added),
        invalidRows: f.invalidRows,
        skippedInvalid: o.skipInvalid ? f.invalidRows : 0,
        sheets: f.sheets,
        ...(o.dryRun ? { incidents: [...staging.incidents(f.batch)].map(({ fingerprint: _f, untilMs: _u, ...rest }) => rest) } : {}),
      };
    });
    return { dryRun: o.dryRun, added: summaries.reduce((s, f) => s + f.added, 0), files: summaries, issues };
  } finally {
    existing?.close();
    staging.close();
  }
}
