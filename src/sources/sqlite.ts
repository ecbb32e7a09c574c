// A table or a SELECT from an old application's SQLite file, opened read-only: importing must never
// change the user's source.
import Database from 'better-sqlite3';
import { ExitCode, UserError } from '../errors.js';
import type { CellValue, Issue } from '../types.js';
import { IMPORT } from '../wording/import.js';
import { cleanText, MAX_CELL_CHARS, MAX_RECORD_CHARS } from './cells.js';
import type { Progress } from './progress.js';
import { TableScanner, type RowSink, type ScanCell, type ScanChoices } from './table.js';
import type { TableReadResult } from './xlsx.js';
import { isKumaDatabase, readKuma } from './kuma.js';

export interface SqliteOptions {
  table?: string | undefined;
  query?: string | undefined;
  /** Rows read before the read is refused; defaults to MAX_SQLITE_ROWS. */
  maxRows?: number | undefined;
  /** Milliseconds of reading before the read is refused; defaults to MAX_SQLITE_READ_MS. */
  maxMs?: number | undefined;
  /** The hospital zone: an Uptime Kuma database stores UTC, the log is read in local time. */
  timeZone?: string | undefined;
}

/**
 * Bounds on one SQLite read. better-sqlite3 has no progress handler, so a runaway `--query` (a
 * recursive CTE without an end) is stopped between rows: by rows read, or by time. A query that
 * computes forever without ever yielding a row is not caught (see the README, "Jaminan").
 * A million rows is ten times the largest log measured (100,000 rows ≈ 7 s to import).
 */
export const MAX_SQLITE_ROWS = 1_000_000;
export const MAX_SQLITE_READ_MS = 300_000;

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Where a value sits, for the refusal of one that is too long. */
interface At {
  file: string;
  label: string;
  row: number;
  column: string;
}

function tooLong(at: At, what: string): UserError {
  const W = IMPORT().sqlite;
  const where = at.label === 'query' ? W.queryResult : W.table(at.label);
  return new UserError(W.tooLong(at.file, where, at.row, at.column, what));
}

/** A text over Excel's cell limit is refused like the xlsx reader refuses it (see cells.ts). */
function toCell(v: unknown, at: At): CellValue {
  if (v == null) return null;
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_CHARS) throw tooLong(at, IMPORT().sqlite.cellTooLong(v.length, MAX_CELL_CHARS));
    return cleanText(v);
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'boolean') return v;
  return null; // BLOBs carry no log text
}

export function readSqlite(path: string, file: string, opts: SqliteOptions, progress: Progress, rows: RowSink = [], choices: ScanChoices = {}): TableReadResult {
  const W = IMPORT().sqlite;
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new UserError(W.cannotOpen(file, (err as Error).message), { exitCode: ExitCode.io });
  }
  try {
    let objects: { name: string; type: string }[];
    try {
      objects = db
        .prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
        .all() as { name: string; type: string }[];
    } catch (err) {
      throw new UserError(W.corrupt(file, (err as Error).message));
    }
    const tables = objects.filter((o) => o.type === 'table');
    const list = objects.map((o) => (o.type === 'view' ? W.view(o.name) : o.name)).join(', ') || W.none;

    // An Uptime Kuma database is read as outages, not as a table of rows (see kuma.ts); --table or
    // --query still read it as plain SQLite.
    if (opts.table == null && opts.query == null && isKumaDatabase(db)) return readKuma(db, file, opts.timeZone ?? 'Asia/Jakarta', progress, rows);

    let sql: string;
    let label: string;
    if (opts.table != null && opts.query != null) {
      throw new UserError(W.tableAndQuery(file));
    } else if (opts.query != null) {
      sql = opts.query.trim().replace(/;\s*$/, '');
      if (!/^(select|with)\b/i.test(sql)) throw new UserError(W.queryNotSelect(file, sql.slice(0, 40)));
      label = 'query';
    } else if (opts.table != null) {
      const want = opts.table;
      const found = objects.find((o) => o.name === want) ?? objects.find((o) => o.name.toLowerCase() === want.toLowerCase());
      if (!found) throw new UserError(W.noSuchTable(file, want, list));
      sql = `SELECT * FROM ${quoteIdent(found.name)}`;
      label = found.name;
    } else if (tables.length === 1) {
      label = tables[0]!.name;
      sql = `SELECT * FROM ${quoteIdent(label)}`;
    } else if (tables.length === 0) {
      throw new UserError(W.noTables(file, objects.length ? list : null));
    } else {
      throw new UserError(W.manyTables(file, tables.length, list));
    }

    let stmt: Database.Statement;
    try {
      stmt = db.prepare(sql);
    } catch (err) {
      const msg = (err as Error).message;
      if (/more than one statement/i.test(msg)) throw new UserError(W.oneStatement(file));
      throw new UserError(W.unreadable(file, label === 'query' ? W.query : W.table(label), msg));
    }
    if (!stmt.reader || !stmt.readonly) throw new UserError(W.notRows(file));

    const names = stmt.columns().map((c) => c.name);
    const issues: Issue[] = [];
    const scanner = new TableScanner({ file, sheet: label, columnLabel: 'header', detectLayout: false, issues, rows, mapping: choices.mapping, dateOrder: choices.dateOrder });
    if (!scanner.fixHeader(names)) {
      throw new UserError(W.notALog(file, label === 'query' ? W.queryResult : W.table(label), names.join(', ')));
    }
    let n = 0;
    const maxRows = opts.maxRows ?? MAX_SQLITE_ROWS;
    const maxMs = opts.maxMs ?? MAX_SQLITE_READ_MS;
    const started = Date.now();
    const what = label === 'query' ? W.queryOption : W.table(label);
    try {
      for (const r of stmt.raw(true).iterate() as IterableIterator<unknown[]>) {
        n++;
        if (n > maxRows) {
          throw new UserError(W.tooManyRows(file, what, maxRows));
        }
        if (Date.now() - started > maxMs) {
          throw new UserError(W.tooSlow(file, what, maxMs / 1000, n));
        }
        progress.tick();
        const cells: ScanCell[] = [];
        let size = 0;
        r.forEach((v, i) => {
          const at = { file, label, row: n, column: names[i] ?? String(i + 1) };
          const value = toCell(v, at);
          if (typeof value === 'string') size += value.length;
          if (size > MAX_RECORD_CHARS) throw tooLong(at, W.rowTooLong(MAX_RECORD_CHARS));
          if (value !== null) cells.push({ col: i + 1, value });
        });
        scanner.push({ row: n, cells });
      }
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(W.readFailed(file, n + 1, (err as Error).message));
    }
    progress.done();
    const report = scanner.finish();
    return { rows, issues, sheets: [report] };
  } finally {
    db.close();
  }
}
