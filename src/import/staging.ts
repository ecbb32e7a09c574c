// The import plan's incidents, kept in a private temporary SQLite file rather than in memory: a
// 100,000-row log then plans in constant memory, the store is untouched until apply, and apply is
// one INSERT … SELECT inside SQLite (see Store.applyStaged).
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { CONTENT_COLUMN_LIST, CONTENT_PARAMETER_LIST, decodeNewIncident, encodeRow, type ContentRow, type NewIncident } from '../store/incident-row.js';

/** Staging folders are `downtime-import-<pid>-XXXXXX`: the pid tells a stale one from a running one. */
const PREFIX = 'downtime-import-';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes staging folders that a killed import left in `root` (its process is gone). Folders of
 * older releases carry no pid and are removed once a day old. Best effort: never fails an import.
 */
export function removeStaleStaging(root = tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(root, name);
    const pid = /^downtime-import-(\d+)-/.exec(name)?.[1];
    try {
      const stale = pid ? Number(pid) !== process.pid && !processAlive(Number(pid)) : Date.now() - statSync(dir).mtimeMs > 86_400_000;
      if (!stale) continue;
      rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      // another import removed it first, or it is not ours to remove
    }
  }
  return removed;
}

/** A failure to write the staging file is about TMPDIR, not the input or the store: say so. */
function tmpdirError(err: unknown): unknown {
  if (err instanceof UserError) return err;
  const code = String((err as { code?: unknown })?.code ?? '');
  const full = code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT';
  const known = full || /^(E[A-Z]+|SQLITE_(CANTOPEN|IOERR|READONLY).*)$/.test(code);
  if (!known) return err;
  const dir = tmpdir();
  return new UserError(
    `Folder sementara ${dir} ${full ? 'penuh' : 'tidak dapat ditulis'} (${(err as Error).message}); impor memakainya untuk menyusun rencana impor. ` +
      `Kosongkan ruang di sana atau arahkan TMPDIR ke folder lain yang dapat ditulis, mis. TMPDIR=/var/tmp downtime import …  ` +
      `(TMPDIR sekarang: ${process.env.TMPDIR ?? '(tidak diatur)'}). Basis data tidak diubah.`,
    { exitCode: ExitCode.io },
  );
}

export class Staging {
  private readonly dir: string;
  /** The staging file, for Store.applyStaged to attach. */
  readonly path: string;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[number, ContentRow]>;
  // The first planned row of each identity, so a row repeated by a later file of the same import is
  // reported like one already stored. Looked up through an index of the staging file rather than a
  // Map in memory: memory then stays flat however many rows a log has.
  private readonly firstPlanned: Database.Statement<[string], { batch: number; file: string; sheet: string | null; row: number }>;
  private open = true;

  constructor() {
    removeStaleStaging();
    try {
      this.dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
    } catch (err) {
      throw tmpdirError(err);
    }
    this.path = join(this.dir, 'staging.sqlite');
    try {
      this.db = new Database(this.path);
    } catch (err) {
      rmSync(this.dir, { recursive: true, force: true });
      throw tmpdirError(err);
    }
    try {
      this.db.pragma('journal_mode = OFF');
      this.db.pragma('synchronous = OFF');
      // The store's content columns under the store's names (see store/incident-row.ts), untyped:
      // values keep the type they were written with, and Store.applyStaged copies them as they are.
      // (Staging one JSON document per row measured slower, both ways.)
      this.db.exec(`CREATE TABLE staged (seq INTEGER PRIMARY KEY, batch INTEGER NOT NULL, ${CONTENT_COLUMN_LIST})`);
      this.db.exec('CREATE INDEX staged_identity ON staged(identity)');
      this.firstPlanned = this.db.prepare(
        'SELECT batch, source_file AS file, source_sheet AS sheet, source_row AS row FROM staged WHERE identity = ? ORDER BY seq LIMIT 1',
      );
      this.insert = this.db.prepare(`INSERT INTO staged (batch, ${CONTENT_COLUMN_LIST}) VALUES (?, ${CONTENT_PARAMETER_LIST})`);
      this.db.exec('BEGIN');
    } catch (err) {
      this.close();
      throw tmpdirError(err);
    }
  }

  /** Where this import first planned a row with this identity, if it did. */
  plannedAt(identity: string): { batch: number; file: string; sheet: string | null; row: number } | undefined {
    return this.firstPlanned.get(identity);
  }

  /** Adds a planned incident. */
  stage(batch: number, inc: NewIncident): void {
    try {
      this.insert.run(batch, encodeRow(inc));
    } catch (err) {
      throw tmpdirError(err);
    }
  }

  /** Ends the writing phase; reading back may begin. */
  seal(): void {
    try {
      if (this.db.inTransaction) this.db.exec('COMMIT');
    } catch (err) {
      throw tmpdirError(err);
    }
  }

  /** The planned incidents of one batch, in file order, read lazily from disk (dry-run output). */
  *incidents(batch: number): IterableIterator<NewIncident> {
    const rows = this.db.prepare<[number], ContentRow>(`SELECT ${CONTENT_COLUMN_LIST} FROM staged WHERE batch = ? ORDER BY seq`).iterate(batch);
    for (const r of rows) yield decodeNewIncident(r);
  }

  close(): void {
    if (this.open) this.db?.close();
    this.open = false;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
