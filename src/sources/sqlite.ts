// A table or a SELECT from an old application's SQLite file, opened read-only: importing must never
// change the user's source.
import Database from 'better-sqlite3';
import { ExitCode, UserError } from '../errors.js';
import type { CellValue, Issue } from '../types.js';
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
  const where = at.label === 'query' ? 'hasil kueri' : `tabel "${at.label}"`;
  return new UserError(`${at.file}: ${where}, baris ${at.row}, kolom "${at.column}": ${what}. Data ditolak; pendekkan teksnya atau pilih kolom lain dengan --query.`);
}

/** A text over Excel's cell limit is refused like the xlsx reader refuses it (see cells.ts). */
function toCell(v: unknown, at: At): CellValue {
  if (v == null) return null;
  if (typeof v === 'string') {
    if (v.length > MAX_CELL_CHARS) throw tooLong(at, `teks ${v.length.toLocaleString('id-ID')} karakter, lebih dari ${MAX_CELL_CHARS.toLocaleString('id-ID')} (batas Excel untuk satu sel)`);
    return cleanText(v);
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'boolean') return v;
  return null; // BLOBs carry no log text
}

export function readSqlite(path: string, file: string, opts: SqliteOptions, progress: Progress, rows: RowSink = [], choices: ScanChoices = {}): TableReadResult {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new UserError(`${file}: basis data SQLite tidak dapat dibuka (${(err as Error).message})`, { exitCode: ExitCode.io });
  }
  try {
    let objects: { name: string; type: string }[];
    try {
      objects = db
        .prepare("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
        .all() as { name: string; type: string }[];
    } catch (err) {
      throw new UserError(`${file}: berkas SQLite rusak atau bukan basis data (${(err as Error).message})`);
    }
    const tables = objects.filter((o) => o.type === 'table');
    const list = objects.map((o) => (o.type === 'view' ? `${o.name} (view)` : o.name)).join(', ') || '(tidak ada)';

    // An Uptime Kuma database is read as outages, not as a table of rows (see kuma.ts); --table or
    // --query still read it as plain SQLite.
    if (opts.table == null && opts.query == null && isKumaDatabase(db)) return readKuma(db, file, opts.timeZone ?? 'Asia/Jakarta', progress, rows);

    let sql: string;
    let label: string;
    if (opts.table != null && opts.query != null) {
      throw new UserError(`${file}: pilih salah satu, --table atau --query, bukan keduanya`);
    } else if (opts.query != null) {
      sql = opts.query.trim().replace(/;\s*$/, '');
      if (!/^(select|with)\b/i.test(sql)) throw new UserError(`${file}: --query harus berupa satu perintah SELECT (diterima: "${sql.slice(0, 40)}")`);
      label = 'query';
    } else if (opts.table != null) {
      const want = opts.table;
      const found = objects.find((o) => o.name === want) ?? objects.find((o) => o.name.toLowerCase() === want.toLowerCase());
      if (!found) throw new UserError(`${file}: tabel "${want}" tidak ada. Tabel yang ada: ${list}`);
      sql = `SELECT * FROM ${quoteIdent(found.name)}`;
      label = found.name;
    } else if (tables.length === 1) {
      label = tables[0]!.name;
      sql = `SELECT * FROM ${quoteIdent(label)}`;
    } else if (tables.length === 0) {
      throw new UserError(`${file}: basis data SQLite tidak berisi tabel${objects.length ? ` (hanya view: ${list}); pilih dengan --table NAMA` : ''}`);
    } else {
      throw new UserError(
        `${file}: basis data berisi ${tables.length} tabel (${list}); pilih sumbernya dengan --table NAMA atau --query "SELECT …"`,
      );
    }

    let stmt: Database.Statement;
    try {
      stmt = db.prepare(sql);
    } catch (err) {
      const msg = (err as Error).message;
      if (/more than one statement/i.test(msg)) throw new UserError(`${file}: --query hanya boleh berisi satu perintah SELECT`);
      throw new UserError(`${file}: ${label === 'query' ? 'kueri' : `tabel "${label}"`} tidak dapat dibaca: ${msg}`);
    }
    if (!stmt.reader || !stmt.readonly) throw new UserError(`${file}: --query harus berupa perintah SELECT yang menghasilkan baris`);

    const names = stmt.columns().map((c) => c.name);
    const issues: Issue[] = [];
    const scanner = new TableScanner({ file, sheet: label, columnLabel: 'header', detectLayout: false, issues, rows, mapping: choices.mapping, dateOrder: choices.dateOrder });
    if (!scanner.fixHeader(names)) {
      throw new UserError(
        `${file}: kolom ${label === 'query' ? 'hasil kueri' : `tabel "${label}"`} tidak dikenali sebagai log downtime (kolom: ${names.join(', ')}). ` +
          'Perlu kolom Kejadian/Deskripsi atau Tanggal/Waktu, ditambah satu kolom lain seperti No, Lama, atau Penyebab; ' +
          'ganti namanya dengan --query "SELECT uraian AS kejadian, tgl AS tanggal, … FROM …".',
      );
    }
    let n = 0;
    const maxRows = opts.maxRows ?? MAX_SQLITE_ROWS;
    const maxMs = opts.maxMs ?? MAX_SQLITE_READ_MS;
    const started = Date.now();
    const what = label === 'query' ? 'kueri --query' : `tabel "${label}"`;
    try {
      for (const r of stmt.raw(true).iterate() as IterableIterator<unknown[]>) {
        n++;
        if (n > maxRows) {
          throw new UserError(
            `${file}: ${what} menghasilkan lebih dari ${maxRows.toLocaleString('id-ID')} baris; pembacaan dihentikan. ` +
              'Log downtime sebesar itu tidak wajar: periksa kueri (mis. CTE rekursif tanpa batas) atau batasi dengan WHERE/LIMIT.',
          );
        }
        if (Date.now() - started > maxMs) {
          throw new UserError(
            `${file}: ${what} berjalan lebih dari ${(maxMs / 1000).toLocaleString('id-ID')} detik (${n} baris); pembacaan dihentikan. ` +
              'Periksa kueri (mis. CTE rekursif tanpa batas) atau batasi dengan WHERE/LIMIT.',
          );
        }
        progress.tick();
        const cells: ScanCell[] = [];
        let size = 0;
        r.forEach((v, i) => {
          const at = { file, label, row: n, column: names[i] ?? String(i + 1) };
          const value = toCell(v, at);
          if (typeof value === 'string') size += value.length;
          if (size > MAX_RECORD_CHARS) throw tooLong(at, `baris berisi lebih dari ${MAX_RECORD_CHARS.toLocaleString('id-ID')} karakter (batas satu baris log)`);
          if (value !== null) cells.push({ col: i + 1, value });
        });
        scanner.push({ row: n, cells });
      }
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(`${file}: pembacaan SQLite gagal pada baris ${n + 1}: ${(err as Error).message}`);
    }
    progress.done();
    const report = scanner.finish();
    return { rows, issues, sheets: [report] };
  } finally {
    db.close();
  }
}
