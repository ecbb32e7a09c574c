// The import plan's incidents, kept in a private temporary SQLite file rather than in memory: a
// 100,000-row log then plans in constant memory, the store is untouched until apply, and apply is
// one INSERT … SELECT inside SQLite (see Store.applyStaged).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewIncident } from '../store/store.js';

/** Staged column → store column. (Staging one JSON document per row measured slower, both ways.) */
const COLUMNS = {
  identity: 'identity',
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
  unit: 'unit',
  category: 'category',
  categoryReason: 'category_reason',
  scope: 'scope',
  file: 'source_file',
  sheet: 'source_sheet',
  row: 'source_row',
  warnings: 'warnings',
  extra: 'extra',
} as const;
type StagedColumn = keyof typeof COLUMNS;

/** Store column → SQL expression over `staging.staged`, for the INSERT … SELECT. */
export const STAGED_TO_STORE: Record<string, string> = Object.fromEntries(
  Object.entries(COLUMNS).map(([staged, store]) => [store, `"${staged}"`]),
);

export class Staging {
  private readonly dir = mkdtempSync(join(tmpdir(), 'downtime-import-'));
  /** The staging file, for Store.applyStaged to attach. */
  readonly path = join(this.dir, 'staging.sqlite');
  private readonly db = new Database(this.path);
  private readonly insert: Database.Statement<unknown[]>;
  // The first planned row of each identity (32 hex chars + a location: ~15 MB for 100,000 rows),
  // so a row repeated by a later file of the same import is reported like one already stored.
  private readonly planned = new Map<string, { batch: number; file: string; sheet: string | null; row: number }>();
  private open = true;

  constructor() {
    const names = Object.keys(COLUMNS).map((c) => `"${c}"`);
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.exec(`CREATE TABLE staged (seq INTEGER PRIMARY KEY, batch INTEGER NOT NULL, ${names.join(', ')})`);
    this.insert = this.db.prepare(`INSERT INTO staged (batch, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`);
    this.db.exec('BEGIN');
  }

  /** Where this import first planned a row with this identity, if it did. */
  plannedAt(identity: string): { batch: number; file: string; sheet: string | null; row: number } | undefined {
    return this.planned.get(identity);
  }

  /** Adds a planned incident. */
  stage(batch: number, inc: NewIncident): void {
    if (!this.planned.has(inc.identity)) this.planned.set(inc.identity, { batch, ...inc.source });
    this.insert.run(
      batch,
      inc.identity, inc.kind, inc.kindReason, inc.title, inc.start, inc.end, inc.precision, inc.startMs, inc.endMs, inc.untilMs,
      inc.durationMinutes, inc.cause, inc.followUp, inc.pic, inc.unit, inc.category, inc.categoryReason, inc.scope,
      inc.source.file, inc.source.sheet, inc.source.row, inc.warnings.length ? JSON.stringify(inc.warnings) : '[]', JSON.stringify(inc.extra),
    );
  }

  /** Ends the writing phase; reading back may begin. */
  seal(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  /** The planned incidents of one batch, in file order, read lazily from disk (dry-run output). */
  *incidents(batch: number): IterableIterator<NewIncident> {
    const rows = this.db.prepare('SELECT * FROM staged WHERE batch = ? ORDER BY seq').iterate(batch) as IterableIterator<Record<StagedColumn, never>>;
    for (const r of rows) {
      yield {
        identity: r.identity,
        untilMs: r.untilMs,
        kind: r.kind,
        kindReason: r.kindReason,
        title: r.title,
        start: r.start,
        end: r.end,
        precision: r.precision,
        startMs: r.startMs,
        endMs: r.endMs,
        durationMinutes: r.durationMinutes,
        cause: r.cause,
        followUp: r.followUp,
        pic: r.pic,
        unit: r.unit,
        category: r.category,
        categoryReason: r.categoryReason,
        scope: r.scope,
        source: { file: r.file, sheet: r.sheet, row: r.row },
        warnings: JSON.parse(r.warnings) as string[],
        extra: JSON.parse(r.extra) as Record<string, string>,
      };
    }
  }

  close(): void {
    if (this.open) this.db.close();
    this.open = false;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
