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
export type NewIncident = Omit<Incident, 'id' | 'batchId'> & { identity: string; untilMs: number | null };

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
  /** JSON of the read's per-sheet reports (header row, column → field): the mapping this import used. */
  mapping: string | null;
}

export interface BatchRecord extends NewBatch {
  id: number;
  added: number;
}

/** A stored incident with what an import needs to compare it with a new version of its file. */
export type StoredIncident = Incident & { identity: string };

/** Rows elsewhere in the store that refer to incidents: they must never disappear with them. */
export interface AttachedRecords {
  table: string;
  /** What the rows are, in the users' words (a registered label, else the table name). */
  label: string;
  count: number;
  incidentIds: number[];
}

/**
 * Tables that attach records to incidents (evaluations, corrections …) register their label here.
 * `attachedRecords` also finds any table with a foreign key to incidents that is not registered,
 * so a new table is protected even before someone names it.
 */
export const ATTACHED_TABLE_LABELS: Record<string, string> = {};

interface IncidentRow {
  id: number;
  batch_id: number;
  identity: string;
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
  unit: string | null;
  category: Category;
  category_reason: string;
  scope: Scope;
  source_file: string;
  source_sheet: string | null;
  source_row: number;
  warnings: string;
  extra: string;
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
    unit: r.unit,
    category: r.category,
    categoryReason: r.category_reason,
    scope: r.scope,
    source: { file: r.source_file, sheet: r.source_sheet, row: r.source_row },
    batchId: r.batch_id,
    warnings: JSON.parse(r.warnings) as string[],
    extra: JSON.parse(r.extra) as Record<string, string>,
  };
}

function toBatch(r: Record<string, unknown>): BatchRecord {
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
    mapping: (r.mapping as string | null) ?? null,
  };
}

/** The last path segment, for '/' and '\\' alike: a batch recorded on Windows is found on Linux. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
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

  /** One import's incidents in file order, with their identities. */
  batchIncidents(batchId: number): StoredIncident[] {
    return this.db
      .prepare<[number], IncidentRow>('SELECT * FROM incidents WHERE batch_id = ? ORDER BY id')
      .all(batchId)
      .map((r) => ({ ...toIncident(r), identity: r.identity }));
  }

  /** Earliest and latest incident start (UTC ms), or null for an empty store. */
  startSpan(): { min: number; max: number } | null {
    const r = this.db.prepare('SELECT min(start_ms) AS min, max(start_ms) AS max FROM incidents').get() as { min: number | null; max: number | null };
    return r.min == null || r.max == null ? null : { min: r.min, max: r.max };
  }

  /**
   * The batch that already imported this content (and, for SQLite, this table or query). A batch
   * that added nothing does not count: stores from before v3 recorded those, and they must not
   * block the file forever.
   */
  batchBySha(sha256: string, selector = ''): BatchRecord | null {
    const r = this.db.prepare('SELECT * FROM batches WHERE sha256 = ? AND selector = ? AND added > 0 ORDER BY id LIMIT 1').get(sha256, selector) as
      | Record<string, unknown>
      | undefined;
    return r ? toBatch(r) : null;
  }

  batchById(id: number): BatchRecord | null {
    const r = this.db.prepare('SELECT * FROM batches WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return r ? toBatch(r) : null;
  }

  /** Every import, oldest first. */
  listBatches(): BatchRecord[] {
    return (this.db.prepare('SELECT * FROM batches ORDER BY id').all() as Record<string, unknown>[]).map(toBatch);
  }

  /** Imports of a file with this name (last path segment) and selector, that added something. */
  batchesByName(path: string, selector = ''): BatchRecord[] {
    const name = fileName(path);
    return this.listBatches().filter((b) => b.added > 0 && b.selector === selector && fileName(b.file) === name);
  }

  private identityStmt: Database.Statement<[string, number], { batch_id: number; source_file: string; source_sheet: string | null; source_row: number }> | null = null;

  /**
   * Where a row with this identity is stored, if anywhere (indexed, statement cached). `exceptBatch`
   * is the batch an import is replacing: its rows are about to go.
   */
  identityLocation(identity: string, exceptBatch = 0): { batchId: number; file: string; sheet: string | null; row: number } | null {
    this.identityStmt ??= this.db.prepare('SELECT batch_id, source_file, source_sheet, source_row FROM incidents WHERE identity = ? AND batch_id <> ? ORDER BY id LIMIT 1');
    const r = this.identityStmt.get(identity, exceptBatch);
    return r ? { batchId: r.batch_id, file: r.source_file, sheet: r.source_sheet, row: r.source_row } : null;
  }

  /**
   * Records in other tables that refer to these incidents. Today no such table exists, so this
   * finds nothing; it is the one place undo and replace ask before deleting incidents. Any table
   * with a foreign key to incidents is checked (labels from ATTACHED_TABLE_LABELS).
   */
  attachedRecords(incidentIds: readonly number[]): AttachedRecords[] {
    if (!incidentIds.length) return [];
    const refs = this.db
      .prepare(
        `SELECT m.name AS tbl, f."from" AS col FROM sqlite_master m, pragma_foreign_key_list(m.name) f
         WHERE m.type = 'table' AND f."table" = 'incidents' ORDER BY m.name`,
      )
      .all() as { tbl: string; col: string }[];
    const ids = JSON.stringify(incidentIds);
    const out: AttachedRecords[] = [];
    for (const { tbl, col } of refs) {
      const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
      const hit = this.db
        .prepare(`SELECT DISTINCT ${q(col)} AS id FROM ${q(tbl)} WHERE ${q(col)} IN (SELECT value FROM json_each(?))`)
        .all(ids) as { id: number }[];
      const count = (this.db.prepare(`SELECT count(*) AS n FROM ${q(tbl)} WHERE ${q(col)} IN (SELECT value FROM json_each(?))`).get(ids) as { n: number }).n;
      if (count) out.push({ table: tbl, label: ATTACHED_TABLE_LABELS[tbl] ?? tbl, count, incidentIds: hit.map((h) => h.id) });
    }
    return out;
  }

  /** Throws the UserError undo and replace give when incidents still carry records elsewhere. */
  refuseIfAttached(batchId: number, what: string): void {
    const ids = this.db.prepare('SELECT id FROM incidents WHERE batch_id = ?').pluck().all(batchId) as number[];
    const attached = this.attachedRecords(ids);
    if (!attached.length) return;
    const list = attached.map((a) => `${a.count} ${a.label} (tabel ${a.table}, insiden ${a.incidentIds.slice(0, 5).join(', ')}${a.incidentIds.length > 5 ? ', …' : ''})`);
    throw new UserError(
      `${what} ditolak: insiden impor #${batchId} masih dirujuk oleh catatan lain: ${list.join('; ')}. ` +
        'Catatan itu tidak dihapus diam-diam; pindahkan atau hapus dulu, lalu ulangi.',
    );
  }

  /** Removes one import (its incidents, then its batch row) in one transaction. */
  removeBatch(batchId: number): { removed: number } {
    return this.db.transaction(() => {
      this.refuseIfAttached(batchId, 'Pembatalan impor');
      const removed = this.db.prepare('DELETE FROM incidents WHERE batch_id = ?').run(batchId).changes;
      this.db.prepare('DELETE FROM batches WHERE id = ?').run(batchId);
      return { removed };
    })();
  }

  /**
   * Applies a staged plan (see import/staging.ts) in ONE transaction: for each file, the batch it
   * replaces goes first (refused if records are attached to its incidents), then the batch row,
   * then its incidents copied by a single INSERT … SELECT inside SQLite. A file that adds nothing
   * records no batch, so it can be imported again once fixed.
   */
  applyStaged(
    stagingPath: string,
    batches: { batch: NewBatch; staged: number; replaces?: number | undefined }[],
  ): ({ batchId: number; added: number } | null)[] {
    const insertBatch = this.db.prepare(
      `INSERT INTO batches (file, sha256, selector, imported_at, source_kind, rows_read, added, duplicates, skipped, warnings, mapping)
       VALUES (@file, @sha256, @selector, @importedAt, @sourceKind, @rowsRead, 0, @duplicates, @skipped, @warnings, @mapping)`,
    );
    const cols = Object.entries(STAGED_TO_STORE);
    const setAdded = this.db.prepare('UPDATE batches SET added = ? WHERE id = ?');
    this.db.prepare('ATTACH DATABASE ? AS staging').run(stagingPath);
    try {
      const copy = this.db.prepare(
        `INSERT INTO incidents (batch_id, ${cols.map(([column]) => column).join(', ')})
         SELECT ?, ${cols.map(([, expr]) => expr).join(', ')} FROM staging.staged WHERE batch = ? ORDER BY seq`,
      );
      const count = this.db.prepare('SELECT count(*) AS n FROM staging.staged WHERE batch = ?');
      return this.db.transaction(() =>
        batches.map(({ batch, staged, replaces }) => {
          if (replaces != null) this.refuseIfAttached(replaces, 'Penggantian impor');
          if ((count.get(staged) as { n: number }).n === 0) return null;
          // The new batch first, the replaced one after: the new version gets a new number
          // rather than the old one's (ids are max + 1), so "impor #2" never changes meaning.
          const batchId = Number(insertBatch.run(batch).lastInsertRowid);
          const added = copy.run(batchId, staged).changes;
          setAdded.run(added, batchId);
          if (replaces != null) {
            this.db.prepare('DELETE FROM incidents WHERE batch_id = ?').run(replaces);
            this.db.prepare('DELETE FROM batches WHERE id = ?').run(replaces);
          }
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
