// An import, start to end: plan every file (streaming its rows into a staging area), refuse if any
// row is invalid, then apply everything in one store transaction. The command layer only prints.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, openSync, readSync } from 'node:fs';
import { assertRegularFile, errnoWords } from '../util/fs.js';
import { READER } from '../wording/reader.js';
import { withStoreErrors } from '../store/store-errors.js';
import { ExitCode, UserError } from '../errors.js';
import type { Issue } from '../types.js';
import type { ReadChoices } from '../sources/mapping.js';
import type { Rules } from '../classify/rules.js';
import type { NormaliseContext } from '../normalise/normalise.js';
import { formatInstant } from '../format.js';
import { fileName, openStore, type BatchRecord, type NewIncident, type Store } from '../store/store.js';
import { FilePlanner, type FilePlan } from './plan.js';
import { comparable, diffVersions } from './diff.js';
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
  /** How to read the logs: the user's column mapping, date order, sheets. */
  read?: ReadChoices;
  /** Each file replaces the earlier import of a file with the same name (a corrected version). */
  replace?: boolean;
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
      /** `--replace`: what the new version changes against the import it replaced. */
      replaced?: ReplaceSummary;
      /** An earlier import of a file with the same name that shares no row with this one. */
      sameName?: { batchId: number; importedAt: string };
      incidents?: Omit<NewIncident, 'identity' | 'untilMs'>[];
    };

export interface ReplaceSummary {
  batchId: number;
  file: string;
  importedAt: string;
  unchanged: number;
  added: number;
  removed: number;
  changed: number;
  /** A few titles of each, for the user to check: changed as "old → new". */
  examples: { added: string[]; removed: string[]; changed: string[] };
}

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
        reject(new UserError(READER().run.unreadable(path, errnoWords(err)), { exitCode: ExitCode.io })),
      );
  });
}

/** The one earlier import `--replace` replaces: same file name (and SQLite selector). */
function pickReplaced(file: string, named: BatchRecord[]): BatchRecord {
  if (named.length === 1) return named[0]!;
  const exact = named.filter((b) => b.file === file);
  if (exact.length === 1) return exact[0]!;
  if (!named.length) {
    throw new UserError(READER().run.replaceNothing(file, fileName(file)));
  }
  throw new UserError(READER().run.replaceWhich(file, named.length, fileName(file), named.map((b) => `#${b.id} (${b.file})`).join(', ')));
}

/**
 * A file named like an earlier import, with other content, and no --replace. If it shares rows
 * with that import and some of that import's rows are missing from it, it is a corrected version:
 * importing it beside the old one would count every corrected incident twice, so it is refused
 * with the --replace hint. If it only adds rows (a log that grew), the new rows are imported and
 * the old ones reported as already imported. If it shares no row, it is another log that happens
 * to have the same name (every month's export called downtime.xlsx): imported, with a note
 * (returned, so the caller adds it).
 */
function checkSameName(file: string, named: BatchRecord[], hits: Map<number, Set<string>>, store: Store, timeZone: string): BatchRecord | null {
  for (const b of named) {
    const shared = hits.get(b.id);
    if (!shared?.size) continue;
    const missing = store.batchIncidents(b.id).filter((i) => !shared.has(i.identity)).length;
    if (missing) {
      throw new UserError(READER().run.newVersion(file, b.id, b.file, formatInstant(b.importedAt, timeZone), shared.size, missing));
    }
    return null;
  }
  return named.at(-1) ?? null;
}

export async function runImport(o: ImportOptions): Promise<ImportSummary> {
  const { readSource } = await import('../sources/index.js');
  // Plan against the existing store opened read-only: a refused import must not even create it.
  const existing: Store | null = existsSync(o.dbPath) ? openStore(o.dbPath, { readonly: true }) : null;
  const staging = new Staging();
  try {
    const files: (FileSummary | FilePlan)[] = [];
    const plans: FilePlan[] = [];
    const replaced = new Map<number, ReplaceSummary>();
    const sameNames = new Map<number, { batchId: number; importedAt: string }>();
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
      const named = existing?.batchesByName(file, selector) ?? [];
      const replaces = o.replace ? pickReplaced(file, named) : null;
      // Corrections are checked once the new version's rows are known (Store.applyStaged).
      if (replaces) existing!.refuseIfAttached(replaces.id, 'Penggantian impor', 'unknown');
      const planner = new FilePlanner(
        { file, sha256, selector, batch: plans.length },
        o.nctx,
        o.rules,
        staging,
        (identity) => existing?.identityLocation(identity, replaces?.id ?? 0) ?? null,
      );
      const read = await readSource(file, {
        table: o.table,
        query: o.query,
        onRow: (row) => planner.add(row),
        onProgress: (n) => o.onProgress?.(file, n),
        timeZone: o.nctx.timeZone,
        ...o.read,
      });
      o.onFileDone?.(file);
      const plan = planner.finish({
        sourceKind: read.kind,
        issues: read.issues,
        sheets: read.sheets,
        mapping: read.sheets,
      });
      if (replaces) {
        const diff = diffVersions(existing!.batchIncidents(replaces.id).map(comparable), [...staging.incidents(plan.batch)].map(comparable));
        if (plan.toAdd === 0) {
          throw new UserError(READER().run.replaceEmpty(file, replaces.id));
        }
        const few = (xs: { title: string }[]) => xs.slice(0, 3).map((x) => x.title);
        replaced.set(plan.batch, {
          batchId: replaces.id,
          file: replaces.file,
          importedAt: replaces.importedAt,
          unchanged: diff.unchanged,
          added: diff.added.length,
          removed: diff.removed.length,
          changed: diff.changed.length,
          examples: {
            added: few(diff.added),
            removed: few(diff.removed),
            changed: diff.changed.slice(0, 3).map((c) => (c.from.title === c.to.title ? c.to.title : `${c.from.title} → ${c.to.title}`)),
          },
        });
      } else if (named.length) {
        const sameName = checkSameName(file, named, planner.storedHits, existing!, o.nctx.timeZone);
        if (sameName) {
          sameNames.set(plan.batch, { batchId: sameName.id, importedAt: sameName.importedAt });
          plan.issues.push({
            severity: 'warning', file, sheet: null, row: null, column: null, value: null,
            message: READER().run.sameName(fileName(file), sameName.id),
          });
        }
      }
      plans.push(plan);
      files.push(plan);
    }
    existing?.close();
    staging.seal();

    const issues = plans.flatMap((p) => p.issues);
    const errors = issues.filter((i) => i.severity === 'error');
    if (errors.length && !o.skipInvalid) {
      const rows = new Set(errors.map((e) => `${e.file}\u0000${e.sheet}\u0000${e.row}`)).size;
      throw new UserError(READER().run.refused(errors.length, rows), { issues, exitCode: ExitCode.input });
    }

    const applied = new Map<number, { batchId: number; added: number } | null>();
    // Nothing to add: the store is not even opened for writing, so it stays byte for byte as it was.
    if (!o.dryRun && plans.some((p) => p.toAdd > 0)) {
      const store = openStore(o.dbPath);
      try {
        const importedAt = o.now.toISOString();
        const results = withStoreErrors(o.dbPath, () => store.applyStaged(
          staging,
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
              mapping: JSON.stringify(p.mapping),
            },
            staged: p.batch,
            replaces: replaced.get(p.batch)?.batchId,
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
        ...(replaced.has(f.batch) ? { replaced: replaced.get(f.batch)! } : {}),
        ...(sameNames.has(f.batch) ? { sameName: sameNames.get(f.batch)! } : {}),
        ...(o.dryRun ? { incidents: [...staging.incidents(f.batch)].map(({ identity: _i, untilMs: _u, ...rest }) => rest) } : {}),
      };
    });
    return { dryRun: o.dryRun, added: summaries.reduce((s, f) => s + f.added, 0), files: summaries, issues };
  } finally {
    existing?.close();
    staging.close();
  }
}
