// The incident store: one SQLite file, opened by every command through openStore().
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ensureDir } from '../util/fs.js';
import { basename, dirname } from 'node:path';
import type { Incident } from '../types.js';
import { ExitCode, UserError } from '../errors.js';
import { MIGRATIONS, SCHEMA, SCHEMA_VERSION } from './schema.js';
import { CONTENT_COLUMN_LIST, CONTENT_PARAMETER_LIST, STAGED_CONTENT, decodeIncident, encodeRow, type IncidentRow, type NewIncident } from './incident-row.js';
import { busyTimeoutMs, errorCode, isReadonlyRollback, storeEnvironmentError } from './store-errors.js';
import { CycleRecords, type Correction, type EditableField } from './cycle.js';
import { applyField, fieldText, type IncidentColumns } from './fields.js';
import { errnoWords } from '../util/fs.js';
import { STORE } from '../wording/store.js';

export type { NewIncident } from './incident-row.js';

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

/** One seq range of a staged batch, and the file its NULL source_file stands for (incident-row.ts STAGED_TABLE). */
export interface StagedSpan {
  first: number;
  last: number;
  file: string;
}

/** An import's staged plan as Store.applyStaged reads it: import/staging.ts's Staging. */
export interface StagedRows {
  /** The staging SQLite file, attached for the copy. */
  readonly path: string;
  /** The seq ranges of one staged batch's rows, in file order. */
  spans(batch: number): readonly StagedSpan[];
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
 * Tables that attach records to incidents (evaluations, corrections …) have their label in the
 * wording table (STORE().attached). `attachedRecords` also finds any table with a foreign key to
 * incidents that is not named there, so a new table is protected even before someone names it.
 */
export function attachedTableLabel(table: string): string {
  const labels = STORE().attached as Readonly<Record<string, string>>;
  return Object.hasOwn(labels, table) ? labels[table]! : table;
}

/** openStore's refusal of a read-only open of a store that does not exist: commands that create it catch it. */
export class StoreMissingError extends UserError {}

/** The one batch every incident recorded with `downtime open` belongs to (see Store.liveBatchId). */
export const LIVE_SOURCE_KIND = 'live';
export const LIVE_FILE = 'downtime open';

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

  /**
   * Incidents that may touch [fromMs, toMs), ordered by start; all incidents without a range. The
   * one query list, stats and the report read through: voided incidents leave every figure here,
   * and only `list --all` asks for them back.
   */
  listIncidents(range?: { fromMs: number; toMs: number }, opts: { includeVoided?: boolean } = {}): Incident[] {
    const voided = opts.includeVoided ? '' : 'voided = 0 AND ';
    const rows = range
      ? this.db
          .prepare<[number, number], IncidentRow>(
            `SELECT * FROM incidents WHERE ${voided}start_ms < ? AND (until_ms IS NULL OR until_ms > ?) ORDER BY start_ms, id`,
          )
          .all(range.toMs, range.fromMs)
      : this.db.prepare<[], IncidentRow>(`SELECT * FROM incidents ${opts.includeVoided ? '' : 'WHERE voided = 0 '}ORDER BY start_ms, id`).all();
    return rows.map(decodeIncident);
  }

  /** How many incidents listIncidents(range) would return, counted in SQL (a bound: some may not touch the range). */
  countIncidents(range: { fromMs: number; toMs: number }): number {
    return this.db
      .prepare<[number, number], number>('SELECT count(*) FROM incidents WHERE voided = 0 AND start_ms < ? AND (until_ms IS NULL OR until_ms > ?)')
      .pluck()
      .get(range.toMs, range.fromMs) as number;
  }

  /** The ids of listIncidents(range, opts), without the incidents: what timelines are looked up by. */
  incidentIds(range?: { fromMs: number; toMs: number }, opts: { includeVoided?: boolean } = {}): number[] {
    const voided = opts.includeVoided ? '' : 'voided = 0 AND ';
    return range
      ? (this.db
          .prepare<[number, number], number>(`SELECT id FROM incidents WHERE ${voided}start_ms < ? AND (until_ms IS NULL OR until_ms > ?) ORDER BY start_ms, id`)
          .pluck()
          .all(range.toMs, range.fromMs) as number[])
      : (this.db.prepare<[], number>(`SELECT id FROM incidents ${opts.includeVoided ? '' : 'WHERE voided = 0 '}ORDER BY start_ms, id`).pluck().all() as number[]);
  }

  /** One incident, voided or not, with its identity; null when the id is unknown. */
  incidentById(id: number): StoredIncident | null {
    const r = this.db.prepare<[number], IncidentRow>('SELECT * FROM incidents WHERE id = ?').get(id);
    return r ? { ...decodeIncident(r), identity: r.identity } : null;
  }

  /** The cycle's records (timeline, corrections, evaluations, …) in this store. */
  get cycle(): CycleRecords {
    return (this.cycleRecords ??= new CycleRecords(this.db));
  }
  private cycleRecords: CycleRecords | null = null;

  /**
   * The batch of live-recorded incidents, created on first use. Live incidents belong to one batch
   * of kind 'live' rather than to none: every incident keeps a batch (the JSON contract's batchId
   * stays a number, no table rebuild), `batches` shows where they came from, and `undo` of that
   * batch is refused by name — a live record is corrected or voided, never undone.
   */
  liveBatchId(now: Date): number {
    const r = this.db.prepare('SELECT id FROM batches WHERE source_kind = ? ORDER BY id LIMIT 1').pluck().get(LIVE_SOURCE_KIND) as number | undefined;
    if (r != null) return r;
    return Number(
      this.db
        .prepare(
          `INSERT INTO batches (file, sha256, selector, imported_at, source_kind, rows_read, added, duplicates, skipped, warnings, mapping)
           VALUES (?, 'live', 'live', ?, ?, 0, 0, 0, 0, 0, NULL)`,
        )
        .run(LIVE_FILE, now.toISOString(), LIVE_SOURCE_KIND).lastInsertRowid,
    );
  }

  /** Inserts one live-recorded incident into the live batch; returns its id. Caller owns the transaction. */
  insertLiveIncident(inc: NewIncident, now: Date): number {
    const batchId = this.liveBatchId(now);
    const id = Number(
      this.db
        .prepare(
          `INSERT INTO incidents (batch_id, ${CONTENT_COLUMN_LIST}) VALUES (?, ${CONTENT_PARAMETER_LIST})`,
        )
        // no sheet, row set to the id below; warnings and extra belong to imported rows only
        .run(batchId, encodeRow({ ...inc, source: { file: inc.source.file, sheet: null, row: 0 }, warnings: [], extra: {} })).lastInsertRowid,
    );
    // The row number of a live incident is its own id: "downtime open:17" in list, like "log.xlsx:17".
    this.db.prepare('UPDATE incidents SET source_row = ? WHERE id = ?').run(id, id);
    this.db.prepare('UPDATE batches SET added = added + 1, rows_read = rows_read + 1 WHERE id = ?').run(batchId);
    return id;
  }

  private columns(id: number): IncidentColumns {
    const c = this.db
      .prepare(
        `SELECT kind, kind_reason, category, category_reason, scope, title, cause, follow_up, unit, pic, start, start_ms, "end", end_ms, until_ms,
           precision, duration_minutes, voided, void_reason FROM incidents WHERE id = ?`,
      )
      .get(id) as IncidentColumns | undefined;
    if (!c) throw new Error(`incident ${id} not found`);
    return c;
  }

  /** The value a correction of `field` would record as old. */
  fieldValue(id: number, field: EditableField): string | null {
    return fieldText(this.columns(id), field);
  }

  /** Sets one field (and the columns that follow from it). Caller owns the transaction. */
  setField(id: number, field: EditableField, value: string | null, reason: string): void {
    const n = applyField(this.columns(id), field, value, reason);
    this.db
      .prepare(
        `UPDATE incidents SET kind = @kind, kind_reason = @kind_reason, category = @category, category_reason = @category_reason, scope = @scope,
           title = @title, cause = @cause, follow_up = @follow_up, unit = @unit, pic = @pic, start = @start, start_ms = @start_ms, "end" = @end,
           end_ms = @end_ms, until_ms = @until_ms, precision = @precision, duration_minutes = @duration_minutes, voided = @voided,
           void_reason = @void_reason WHERE id = @id`,
      )
      .run({ ...n, id });
  }

  /** Records one correction and applies it, in the caller's transaction. */
  correct(c: Omit<Correction, 'id' | 'oldValue' | 'identity' | 'field'> & { field: EditableField }): Correction {
    const inc = this.incidentById(c.incidentId);
    if (!inc) throw new Error(`incident ${c.incidentId} not found`);
    const full = { ...c, identity: inc.identity, oldValue: this.fieldValue(c.incidentId, c.field) };
    const id = this.cycle.addCorrection(full);
    this.setField(c.incidentId, c.field, c.newValue, c.reason);
    return { ...full, id };
  }

  /** One import's incidents in file order, with their identities. */
  batchIncidents(batchId: number): StoredIncident[] {
    return this.db
      .prepare<[number], IncidentRow>('SELECT * FROM incidents WHERE batch_id = ? ORDER BY id')
      .all(batchId)
      .map((r) => ({ ...decodeIncident(r), identity: r.identity }));
  }

  /** Earliest and latest incident start (UTC ms), or null for an empty store. */
  startSpan(opts: { includeVoided?: boolean } = {}): { min: number; max: number } | null {
    const r = this.db.prepare(`SELECT min(start_ms) AS min, max(start_ms) AS max FROM incidents${opts.includeVoided ? '' : ' WHERE voided = 0'}`).get() as { min: number | null; max: number | null };
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
   * with a foreign key to incidents is checked (labels from attachedTableLabel).
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
      if (count) out.push({ table: tbl, label: attachedTableLabel(tbl), count, incidentIds: hit.map((h) => h.id) });
    }
    return out;
  }

  /**
   * Throws the UserError undo and replace give when incidents still carry records elsewhere.
   * Corrections are keyed by row identity, not by a foreign key: `comingBack` is the set of
   * identities the replacing version brings back (their corrections are carried over, see
   * applyStaged); a correction of any other row is attached like the rest. 'unknown' — the replace
   * pre-check before the new version is read — leaves corrections to the check inside applyStaged.
   */
  refuseIfAttached(batchId: number, what: string, comingBack: ReadonlySet<string> | 'unknown' = new Set()): void {
    const batch = this.batchById(batchId);
    if (batch?.sourceKind === LIVE_SOURCE_KIND) {
      throw new UserError(STORE().liveRefused(what, batchId));
    }
    const ids = this.db.prepare('SELECT id FROM incidents WHERE batch_id = ?').pluck().all(batchId) as number[];
    const attached = this.attachedRecords(ids);
    if (comingBack !== 'unknown') {
      const lost = this.cycle.batchCorrections(batchId).filter((c) => !comingBack.has(c.identity));
      if (lost.length) {
        const hit = [...new Set(lost.map((c) => c.incidentId))];
        attached.push({ table: 'corrections', label: attachedTableLabel('corrections'), count: lost.length, incidentIds: hit });
      }
    }
    if (!attached.length) return;
    const W = STORE();
    const list = attached.map((a) => W.attachedItem(a.count, a.label, a.table, `${a.incidentIds.slice(0, 5).join(', ')}${a.incidentIds.length > 5 ? ', …' : ''}`));
    throw new UserError(W.attachedRefused(what, batchId, list.join('; ')));
  }

  /** Removes one import (its incidents, then its batch row) in one transaction. */
  removeBatch(batchId: number): { removed: number } {
    return this.db.transaction(() => {
      this.refuseIfAttached(batchId, STORE().undo);
      const removed = this.db.prepare('DELETE FROM incidents WHERE batch_id = ?').run(batchId).changes;
      this.db.prepare('DELETE FROM batches WHERE id = ?').run(batchId);
      return { removed };
    })();
  }

  /**
   * Applies a staged plan (see import/staging.ts) in ONE transaction: for each file, the batch it
   * replaces goes first (refused if records are attached to its incidents), then the batch row,
   * then its incidents copied by INSERT … SELECT inside SQLite, one seq range at a time (a rowid
   * range: no scan of the other batches' rows). A file that adds nothing records no batch, so it
   * can be imported again once fixed.
   */
  applyStaged(
    staging: StagedRows,
    batches: { batch: NewBatch; staged: number; replaces?: number | undefined }[],
  ): ({ batchId: number; added: number } | null)[] {
    const insertBatch = this.db.prepare(
      `INSERT INTO batches (file, sha256, selector, imported_at, source_kind, rows_read, added, duplicates, skipped, warnings, mapping)
       VALUES (@file, @sha256, @selector, @importedAt, @sourceKind, @rowsRead, 0, @duplicates, @skipped, @warnings, @mapping)`,
    );
    const setAdded = this.db.prepare('UPDATE batches SET added = ? WHERE id = ?');
    const cacheSize = this.db.pragma('cache_size', { simple: true }) as number;
    this.db.prepare('ATTACH DATABASE ? AS staging').run(staging.path);
    try {
      // The staged rows are read once, in order: no need for a 16 MB page cache of their own.
      this.db.pragma('staging.cache_size = -2048');
      // The staging file names its columns as the store does (see incident-row.ts).
      const copy = this.db.prepare<[number, string, number, number]>(
        `INSERT INTO incidents (batch_id, ${CONTENT_COLUMN_LIST})
         SELECT ?, ${STAGED_CONTENT} FROM staging.staged WHERE seq BETWEEN ? AND ? ORDER BY seq`,
      );
      const identities = this.db.prepare<[number, number], string>('SELECT identity FROM staging.staged WHERE seq BETWEEN ? AND ?').pluck();
      return this.db.transaction(() => {
        const rebuild = this.dropIndexesForBulk(batches, staging);
        const results = batches.map(({ batch, staged, replaces }) => {
          const spans = staging.spans(staged);
          if (replaces != null) {
            const comingBack = new Set(spans.flatMap((s) => identities.all(s.first, s.last)));
            this.refuseIfAttached(replaces, STORE().replace, comingBack);
          }
          if (!spans.some((s) => s.last >= s.first)) return null;
          const carried = replaces != null ? this.cycle.batchCorrections(replaces) : [];
          // The new batch first, the replaced one after: the new version gets a new number
          // rather than the old one's (ids are max + 1), so "impor #2" never changes meaning.
          const batchId = Number(insertBatch.run(batch).lastInsertRowid);
          let added = 0;
          for (const s of spans) added += copy.run(batchId, s.file, s.first, s.last).changes;
          setAdded.run(added, batchId);
          if (replaces != null) {
            this.carryCorrections(carried, batchId);
            this.db.prepare('DELETE FROM incidents WHERE batch_id = ?').run(replaces);
            this.db.prepare('DELETE FROM batches WHERE id = ?').run(replaces);
          }
          return { batchId, added };
        });
        for (const sql of rebuild) this.db.exec(sql);
        return results;
      }).immediate();
    } finally {
      this.db.exec('DETACH DATABASE staging');
      this.db.pragma(`cache_size = ${cacheSize}`);
    }
  }

  /**
   * A bulk import (at least as many rows staged as the store holds, nothing replaced) drops the
   * incidents' indexes inside the apply transaction and gets them back by CREATE INDEX after the
   * copy, with their own SQL: SQLite then builds each index by one sort instead of 100,000s of
   * random B-tree inserts (the row identity is a hash). Measured on a first import of 100,000
   * rows: the copy 0.49 → 0.38 s CPU. Below that share a rebuild would cost more than it saves, and
   * a replace needs the indexes for its lookups and deletes. Returns the statements that rebuild.
   */
  private dropIndexesForBulk(batches: { staged: number; replaces?: number | undefined }[], staging: StagedRows): string[] {
    if (batches.some((b) => b.replaces != null)) return [];
    const staged = batches.reduce((n, b) => n + staging.spans(b.staged).reduce((m, s) => m + Math.max(0, s.last - s.first + 1), 0), 0);
    if (staged < 10_000) return [];
    const stored = this.db.prepare('SELECT count(*) FROM (SELECT 1 FROM incidents LIMIT ?)').pluck().get(staged + 1) as number;
    if (stored > staged) return [];
    const indexes = this.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND sql IS NOT NULL ORDER BY name")
      .all() as { name: string; sql: string }[];
    for (const i of indexes) this.db.exec(`DROP INDEX "${i.name.replace(/"/g, '""')}"`);
    // The sort's memory follows the page cache: 4 MB instead of better-sqlite3's 16 MB keeps the
    // rebuild from raising the import's peak (+9 MB measured at 16 MB, −8 MB at 4 MB on 100,000
    // rows) and was no slower. applyStaged puts the cache back.
    this.db.pragma('cache_size = -4096');
    return indexes.map((i) => i.sql);
  }

  /**
   * Re-applies corrections of a replaced import to the rows the new version brings back (same
   * identity; the n-th row of an identity to the n-th again, as identical rows are distinct
   * incidents), oldest first, and points them at the new incidents: the trail survives `--replace`.
   */
  private carryCorrections(corrections: readonly Correction[], newBatchId: number): void {
    if (!corrections.length) return;
    const oldOrder = new Map<number, number>();
    const rank = (batch: number, identity: string, id: number) =>
      (this.db.prepare('SELECT count(*) FROM incidents WHERE batch_id = ? AND identity = ? AND id < ?').pluck().get(batch, identity, id) as number);
    for (const c of corrections) {
      const oldBatch = this.db.prepare('SELECT batch_id FROM incidents WHERE id = ?').pluck().get(c.incidentId) as number;
      const n = oldOrder.get(c.incidentId) ?? rank(oldBatch, c.identity, c.incidentId);
      oldOrder.set(c.incidentId, n);
      const target = this.db
        .prepare('SELECT id FROM incidents WHERE batch_id = ? AND identity = ? ORDER BY id LIMIT 1 OFFSET ?')
        .pluck()
        .get(newBatchId, c.identity, n) as number | undefined;
      if (target == null) throw new UserError(STORE().correctionLost(c.id, c.incidentId));
      // An evaluation's revision trail (evaluate --replace) has no incident field to re-apply.
      if (c.field !== 'evaluation') this.setField(target, c.field, c.newValue, c.reason);
      this.cycle.moveCorrection(c.id, target);
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
    throw new StoreMissingError(STORE().missing(path), { exitCode: ExitCode.io });
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
    throw new UserError(STORE().hotJournal(path, `${basename(path)}-journal`, errnoWords(err), dirname(path)), { exitCode: ExitCode.io });
  } finally {
    db?.close();
  }
}

/** The page size of a store this release creates (see openStoreOnce). */
export const STORE_PAGE_SIZE = 16384;

function openStoreOnce(path: string, opts: { readonly?: boolean }): Store {
  let db: Database.Database;
  try {
    if (!opts.readonly) ensureDir(dirname(path));
    db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly, timeout: busyTimeoutMs() });
  } catch (err) {
    throw (
      storeEnvironmentError(path, err) ??
      new UserError(STORE().cannotOpen(path, errnoWords(err)), { exitCode: ExitCode.io })
    );
  }
  try {
    if (!opts.readonly) {
      db.pragma('foreign_keys = ON');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw newerSchema(path, version);
      // A new store gets 16 KiB pages (SQLite ignores this once the file has tables, so stores
      // made by older releases keep their 4 KiB). Measured on a 100,000-row import: its copy into
      // the store 0.5 → 0.35 s CPU, a second import of the same rows (every row looked up) and
      // `list --json` no slower; an empty store is 340 KB instead of 90 KB.
      if (version === 0) db.pragma(`page_size = ${STORE_PAGE_SIZE}`);
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
      new UserError(STORE().notAStore(path, errnoWords(err)), { exitCode: ExitCode.input })
    );
  }
  return new Store(db, path);
}

function newerSchema(path: string, version: number): UserError {
  return new UserError(STORE().newerSchema(path, version, SCHEMA_VERSION));
}

/**
 * Incidents one at a time, in the order of Store.listIncidents, for output that must not hold a
 * whole store in memory (`list --json` on a million incidents). The connection is busy until the
 * iteration ends.
 */
export function* iterateIncidents(store: Store, range?: { fromMs: number; toMs: number }, opts: { includeVoided?: boolean } = {}): IterableIterator<Incident> {
  const voided = opts.includeVoided ? '' : 'voided = 0 AND ';
  const rows = range
    ? store.db
        .prepare<[number, number], IncidentRow>(
          `SELECT * FROM incidents WHERE ${voided}start_ms < ? AND (until_ms IS NULL OR until_ms > ?) ORDER BY start_ms, id`,
        )
        .iterate(range.toMs, range.fromMs)
    : store.db.prepare<[], IncidentRow>(`SELECT * FROM incidents ${opts.includeVoided ? '' : 'WHERE voided = 0 '}ORDER BY start_ms, id`).iterate();
  for (const r of rows) yield decodeIncident(r);
}
