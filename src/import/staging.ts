// The import plan's incidents, kept in a private temporary SQLite file rather than in memory: a
// 100,000-row log then plans in constant memory, the store is untouched until apply, and apply is
// one INSERT … SELECT inside SQLite (see Store.applyStaged).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewIncident } from '../store/store.js';

const COLUMNS = [
  'fingerprint', 'kind', 'kindReason', 'title', 'start', 'end', 'precision', 'startMs', 'endMs', 'untilMs', 'durationMinutes',
  'cause', 'followUp', 'pic', 'category', 'categoryReason', 'scope', 'file', 'sheet', 'row', 'warnings',
] as const;

type StagedRow = Record<(typeof COLUMNS)[number], unknown> & { batch: number };

/** Staged column → store column, for the INSERT … SELECT that applies a plan. */
export const STAGED_TO_STORE: Record<(typeof COLUMNS)[number], string> = {
  fingerprint: 'fingerprint',
  kind: 'kind',
  kindReason: 'kind_reason',
  title: 'title',
  start: 'start',
  end: '"end"',
  precision: 'precision',
  startMs: 'start_ms',
  endMs: 'end_ms',
  untilMs: 'until_ms',
  durationMinutes: 'duration_minutes',
  cause: 'cause',
  followUp: 'follow_up',
  pic: 'pic',
  category: 'category',
  categoryReason: 'category_reason',
  scope: 'scope',
  file: 'source_file',
  sheet: 'source_sheet',
  row: 'source_row',
  warnings: 'warnings',
};

export class Staging {
  private readonly dir = mkdtempSync(join(tmpdir(), 'downtime-import-'));
  /** The staging file, for Store.applyStaged to attach. */
  readonly path = join(this.dir, 'staging.sqlite');
  private readonly db = new Database(this.path);
  private readonly insert: Database.Statement;
  private open = true;

  constructor() {
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(
      `CREATE TABLE staged (seq INTEGER PRIMARY KEY, batch INTEGER NOT NULL, ${COLUMNS.map((c) => `"${c}"${c === 'fingerprint' ? ' TEXT UNIQUE' : ''}`).join(', ')})`,
    );
    this.insert = this.db.prepare(
      `INSERT OR IGNORE INTO staged (batch, ${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (?, ${COLUMNS.map(() => '?').join(', ')})`,
    );
    this.db.exec('BEGIN');
  }

  /** Adds a planned incident; false when the same incident is already planned by this import. */
  stage(batch: number, inc: NewIncident): boolean {
    return (
      this.insert.run(
        batch,
        inc.fingerprint, inc.kind, inc.kindReason, inc.title, inc.start, inc.end, inc.precision, inc.startMs, inc.endMs, inc.untilMs,
        inc.durationMinutes, inc.cause, inc.followUp, inc.pic, inc.category, inc.categoryReason, inc.scope,
        inc.source.file, inc.source.sheet, inc.source.row, JSON.stringify(inc.warnings),
      ).changes === 1
    );
  }

  /** Ends the writing phase; reading back may begin. */
  seal(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  count(batch: number): number {
    return (this.db.prepare('SELECT count(*) AS n FROM staged WHERE batch = ?').get(batch) as { n: number }).n;
  }

  /** The planned incidents of one batch, in file order, read lazily from disk. */
  *incidents(batch: number): IterableIterator<NewIncident> {
    for (const r of this.db.prepare('SELECT * FROM staged WHERE batch = ? ORDER BY seq').iterate(batch) as IterableIterator<StagedRow>) {
      yield {
        fingerprint: r.fingerprint as string,
        untilMs: r.untilMs as number | null,
        kind: r.kind as NewIncident['kind'],
        kindReason: r.kindReason as string,
        title: r.title as string,
        start: r.start as string,
        end: r.end as string | null,
        precision: r.precision as NewIncident['precision'],
        startMs: r.startMs as number,
        endMs: r.endMs as number | null,
        durationMinutes: r.durationMinutes as number | null,
        cause: r.cause as string,
        followUp: r.followUp as string,
        pic: r.pic as string | null,
        category: r.category as NewIncident['category'],
        categoryReason: r.categoryReason as string,
        scope: r.scope as NewIncident['scope'],
        source: { file: r.file as string, sheet: r.sheet as string | null, row: r.row as number },
        warnings: JSON.parse(r.warnings as string) as string[],
      };
    }
  }

  close(): void {
    if (this.open) this.db.close();
    this.open = false;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
