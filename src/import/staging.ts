// The import plan's incidents, kept in a private temporary SQLite file rather than in memory: a
// 100,000-row log then plans in constant memory, the store is untouched until apply, and apply is
// one INSERT … SELECT inside SQLite (see Store.applyStaged).
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import type { NewIncident } from '../store/store.js';

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
  private readonly dir: string;
  /** The staging file, for Store.applyStaged to attach. */
  readonly path: string;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<unknown[]>;
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
      const names = Object.keys(COLUMNS).map((c) => `"${c}"`);
      this.db.pragma('journal_mode = OFF');
      this.db.pragma('synchronous = OFF');
      this.db.exec(`CREATE TABLE staged (seq INTEGER PRIMARY KEY, batch INTEGER NOT NULL, ${names.join(', ')})`);
      this.db.exec('CREATE INDEX staged_identity ON staged("identity")');
      this.firstPlanned = this.db.prepare('SELECT batch, "file" AS file, "sheet" AS sheet, "row" AS row FROM staged WHERE "identity" = ? ORDER BY seq LIMIT 1');
      this.insert = this.db.prepare(`INSERT INTO staged (batch, ${names.join(', ')}) VALUES (?, ${names.map(() => '?').join(', ')})`);
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
      this.insert.run(
        batch,
        inc.identity, inc.kind, inc.kindReason, inc.title, inc.start, inc.end, inc.precision, inc.startMs, inc.endMs, inc.untilMs,
        inc.durationMinutes, inc.cause, inc.followUp, inc.pic, inc.unit, inc.category, inc.categoryReason, inc.scope,
        inc.source.file, inc.source.sheet, inc.source.row, inc.warnings.length ? JSON.stringify(inc.warnings) : '[]', JSON.stringify(inc.extra),
      );
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
    if (this.open) this.db?.close();
    this.open = false;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
