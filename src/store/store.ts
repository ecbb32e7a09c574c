// The incident store: one SQLite file, opened by every command through openStore().
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ensureDir } from '../util/fs.js';
import { basename, dirname } from 'node:path';
import type { Category, Incident, Kind, Precision, Scope } from '../types.js';
import { ExitCode, UserError } from '../errors.js';
import { MIGRATIONS, SCHEMA, SCHEMA_VERSION } from './schema.js';
import { STAGED_TO_STORE } from '../import/staging.js';
import { busyTimeoutMs, errorCode, isReadonlyRollback, storeEnvironmentError } from './store-errors.js';

/** An incident ready to insert: everything but the ids. */
export type NewIncident = Omit<Incident, 'id' | 'batchId'> & { fingerprint: string; untilMs: number | null };

export interface NewBatch {
  file: string;
  sha256: string;
  /** '' for a spreadsheet; 'table:X' or 'query:…' for a SQLite source. */
  selector: string;
  importedAt: string;
  sourceKind: string;
  rowsRead: number;
  duplicates: number;
  skipped: number;
  warnings: number;
}

export interface BatchRecord extends NewBatch {
  id: number;
  added: number;
}

interface IncidentRow {
  id: number;
  batch_id: number;
  kind: Kind;
  kind_reason: string;
  title: string;
  start: string;
  end: string | null;
  precision: Precision;
  start_ms: number;
  end_ms: number | null;
  duration_minutes: number | null;
  cause: string;
  follow_up: string;
  pic: string | null;
  category: Category;
  category_reason: string;
  scope: Scope;
  source_file: string;
  source_sheet: string | null;
  source_row: number;
  warnings: string;
}

function toIncident(r: IncidentRow): Incident {
  return {
    id: r.id,
    kind: r.kind,
    kindReason: r.kind_reason,
    title: r.title,
    start: r.start,
    end: r.end,
    precision: r.precision,
    startMs: r.start_ms,
    endMs: r.end_ms,
    durationMinutes: r.duration_minutes,
    cause: r.cause,
    followUp: r.follow_up,
    pic: r.pic,
    category: r.category,
    categoryReason: r.category_reason,
    scope: r.scope,
    source: { file: r.source_file, sheet: r.source_sheet, row: r.source_row },
    batchId: r.batch_id,
    warnings: JSON.parse(r.warnings) as string[],
  };
}

export class Store {
  constructor(readonly db: Database.Database, readonly path: string) {}

  /** Incidents that may touch [fromMs, toMs), ordered by start; all incidents without a range. */
  listIncidents(range?: { fromMs: number; toMs: number }): Incident[] {
    const rows = range
      ? this.db
          .prepare<[number, number], IncidentRow>(
            'SELECT * FROM incidents WHERE start_ms < ? AND (until_ms IS NULL OR until_ms > ?) ORDER BY start_ms, id',
          )
          .all(range.toMs, range.fromMs)
      : this.db.prepare<[], IncidentRow>('SELECT * FROM incidents ORDER BY start_ms, id').all();
    return rows.map(toIncident);
  }

  /** Earliest and latest incident start (UTC ms), or null for an empty store. */
  startSpan(): { min: number; max: number } | null {
    const r = this.db.prepare('SELECT min(start_ms) AS min, max(start_ms) AS max FROM incidents').get() as { min: number | null; max: number | null };
    return r.min == null || r.max == null ? null : { min: r.min, max: r.max };
  }

  /** The batch that already imported this content (and, for SQLite, this table or query). */
  batchBySha(sha256: string, selector = ''): BatchRecord | null {
    const r = this.db.prepare('SELECT * FROM batches WHERE sha256 = ? AND selector = ? ORDER BY id LIMIT 1').get(sha256, selector) as
      | Record<string, unknown>
      | undefined;
    if (!r) return null;
    return {
      id: r.id as number,
      file: r.file as string,
      sha256: r.sha256 as string,
      selector: r.selector as string,
      importedAt: r.imported_at as string,
      sourceKind: r.source_kind as string,
      rowsRead: r.rows_read as number,
      added: r.added as number,
      duplicates: r.duplicates as number,
      skipped: r.skipped as number,
      warnings: r.warnings as number,
    };
  }

  private hasStmt: Database.Statement<[string], { one: number }> | null = null;

  /** Whether an incident with this fingerprint is stored (indexed lookup, statement cached). */
  hasFingerprint(fingerprint: string): boolean {
    this.hasStmt ??= this.db.prepare<[string], { one: number }>('SELECT 1 AS one FROM incidents WHERE fingerprint = ?');
    return this.hasStmt.get(fingerprint) !== undefined;
  }

  /**
   * Applies a staged plan (see import/staging.ts) in ONE transaction: each batch row, then its
   * incidents copied by a single INSERT … SELECT inside SQLite. Stored fingerprints are skipped.
   */
  applyStaged(stagingPath: string, batches: { batch: NewBatch; staged: number }[]): { batchId: number; added: number }[] {
    const insertBatch = this.db.prepare(
      `INSERT INTO batches (file, sha256, selector, imported_at, source_kind, rows_read, added, duplicates, skipped, warnings)
       VALUES (@file, @sha256, @selector, @importedAt, @sourceKind, @rowsRead, 0, @duplicates, @skipped, @warnings)`,
    );
    const cols = Object.entries(STAGED_TO_STORE);
    const setAdded = this.db.prepare('UPDATE batches SET added = ?, duplicates = duplicates + ? WHERE id = ?');
    this.db.prepare('ATTACH DATABASE ? AS staging').run(stagingPath);
    try {
      const copy = this.db.prepare(
        `INSERT OR IGNORE INTO incidents (batch_id, ${cols.map(([column]) => column).join(', ')})
         SELECT ?, ${cols.map(([, expr]) => expr).join(', ')} FROM staging.staged WHERE batch = ? ORDER BY seq`,
      );
      const count = this.db.prepare('SELECT count(*) AS n FROM staging.staged WHERE batch = ?');
      return this.db.transaction(() =>
        batches.map(({ batch, staged }) => {
          const batchId = Number(insertBatch.run(batch).lastInsertRowid);
          const added = copy.run(batchId, staged).changes;
          const offered = (count.get(staged) as { n: number }).n;
          setAdded.run(added, offered - added, batchId);
          return { batchId, added };
        }),
      ).immediate();
    } finally {
      this.db.exec('DETACH DATABASE staging');
    }
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Opens (and, unless read-only, creates) the store. A read-only open of a missing store is a user
 * mistake with a hint, not a crash. Every open waits up to busyTimeoutMs() for another writer, and
 * a store from a newer release is refused by every command, read-only opens too.
 *
 * The store stays in SQLite's rollback-journal mode (one file to copy, works on any file system).
 * A killed import then leaves a hot `-journal` that only a writable connection can roll back: a
 * read-only open that meets one rolls it back through a brief writable open and opens again.
 */
export function openStore(path: string, opts: { readonly?: boolean } = {}): Store {
  if (opts.readonly && !existsSync(path)) {
    throw new UserError(`Basis data belum ada: ${path}\nImpor log terlebih dahulu: downtime import <berkas.xlsx> --db ${path}`, {
      exitCode: ExitCode.io,
    });
  }
  try {
    return openStoreOnce(path, opts);
  } catch (err) {
    if (!opts.readonly || !isReadonlyRollback(err)) throw err;
    rollBackHotJournal(path);
    return openStoreOnce(path, opts);
  }
}

/** A writable open makes SQLite roll back the hot journal an interrupted write left behind. */
function rollBackHotJournal(path: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true, timeout: busyTimeoutMs() });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (err) {
    const env = storeEnvironmentError(path, err);
    if (env && errorCode(err).startsWith('SQLITE_BUSY')) throw env;
    throw new UserError(
      `${path}: penulisan sebelumnya terputus dan harus dibatalkan (berkas ${basename(path)}-journal), tetapi basis data tidak dapat ditulis ` +
        `(${(err as Error).message}). Data lama masih utuh: beri izin tulis pada berkas dan folder ${dirname(path)}, lalu jalankan perintah ini lagi.`,
      { exitCode: ExitCode.io },
    );
  } finally {
    db?.close();
  }
}

function openStoreOnce(path: string, opts: { readonly?: boolean }): Store {
  let db: Database.Database;
  try {
    if (!opts.readonly) ensureDir(dirname(path));
    db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly, timeout: busyTimeoutMs() });
  } catch (err) {
    throw (
      storeEnvironmentError(path, err) ??
      new UserError(`Basis data tidak dapat dibuka: ${path} (${(err as Error).message})`, { exitCode: ExitCode.io })
    );
  }
  try {
    if (!opts.readonly) {
      db.pragma('foreign_keys = ON');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw newerSchema(path, version);
      // IMMEDIATE: take the write lock first, so a second writer waits instead of deadlocking.
      db.transaction(() => {
        for (let v = version; v > 0 && v < SCHEMA_VERSION; v++) if (MIGRATIONS[v]) db.exec(MIGRATIONS[v]!);
        db.exec(SCHEMA);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }).immediate();
    } else {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw newerSchema(path, version);
      db.prepare('SELECT 1 FROM incidents LIMIT 1').get();
      if (version > 0 && version < SCHEMA_VERSION) {
        // A store from an older release: upgrade it once (a writable open migrates), then read.
        db.close();
        openStore(path).close();
        return openStore(path, opts);
      }
    }
  } catch (err) {
    db.close();
    if (err instanceof UserError || isReadonlyRollback(err)) throw err;
    throw (
      storeEnvironmentError(path, err) ??
      new UserError(`${path}: bukan basis data simrs-downtime yang valid (${(err as Error).message})`, { exitCode: ExitCode.input })
    );
  }
  return new Store(db, path);
}

function newerSchema(path: string, version: number): UserError {
  return new UserError(
    `${path}: dibuat oleh versi simrs-downtime yang lebih baru (skema ${version}, versi ini mengenal skema ${SCHEMA_VERSION}); perbarui alat ini. Basis data tidak diubah.`,
  );
}

/**
 * Incidents one at a time, in the order of Store.listIncidents, for output that must not hold a
 * whole store in memory (`list --json` on a million incidents). The connection is busy until the
 * iteration ends.
 */
export function* iterateIncidents(store: Store, range?: { fromMs: number; toMs: number }): IterableIterator<Incident> {
  const rows = range
    ? store.db
        .prepare<[number, number], IncidentRow>(
          'SELECT * FROM incidents WHERE start_ms < ? AND (until_ms IS NULL OR until_ms > ?) ORDER BY start_ms, id',
        )
        .iterate(range.toMs, range.fromMs)
    : store.db.prepare<[], IncidentRow>('SELECT * FROM incidents ORDER BY start_ms, id').iterate();
  for (const r of rows) yield toIncident(r);
}
