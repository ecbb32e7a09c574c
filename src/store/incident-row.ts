// The incident's row layout, in one place: which column holds which field, its SQL type, and how a
// value is written (JSON for warnings/extra, `source` flattened into three columns) and read back.
// encodeRow defines the columns; INCIDENT_COLUMNS types them (the compiler wants one entry per
// column, no more); decodeContent reads them back (the compiler wants every field of an incident).
// The store's read-back, the live insert, the import's staging file and its INSERT … SELECT are all
// derived from here; the CREATE TABLE in schema.ts is checked against it by a test
// (tests/store/incident-row.test.ts), since its migrations must keep their text as it shipped.
import type { Incident } from '../types.js';

/** An incident ready to insert: everything but the ids. */
export type NewIncident = Omit<Incident, 'id' | 'batchId'> & { identity: string; untilMs: number | null };

/** Declared type and nullability of a column, as `PRAGMA table_info` reports them for the stored table. */
interface ColumnType {
  readonly type: 'TEXT' | 'INTEGER' | 'REAL';
  readonly notNull: boolean;
}

/**
 * The columns an incident's content is stored in (all but id, batch_id and the void flag, which an
 * import never writes), in the order of the table: column → the value a NewIncident gives it.
 * Written as one object literal rather than a loop over per-column functions: it runs once per
 * imported row. Measured on 100,000 rows: building them took 0.35 s by a loop against 0.02 s as a
 * literal, and better-sqlite3 bound the loop's dictionary-shaped objects slower too (1.1–1.6 s
 * against 0.8–0.9 s for the insert).
 */
export function encodeRow(i: NewIncident) {
  return {
    identity: i.identity,
    kind: i.kind,
    kind_reason: i.kindReason,
    title: i.title,
    start: i.start,
    end: i.end,
    precision: i.precision,
    start_ms: i.startMs,
    end_ms: i.endMs,
    until_ms: i.untilMs,
    duration_minutes: i.durationMinutes,
    cause: i.cause,
    follow_up: i.followUp,
    pic: i.pic,
    unit: i.unit,
    category: i.category,
    category_reason: i.categoryReason,
    scope: i.scope,
    source_file: i.source.file,
    source_sheet: i.source.sheet,
    source_row: i.source.row,
    // '[]' without stringifying: most rows carry no warning
    warnings: i.warnings.length ? JSON.stringify(i.warnings) : '[]',
    extra: JSON.stringify(i.extra),
  };
}

/** An incident's content columns as SQLite holds them. */
export type ContentRow = ReturnType<typeof encodeRow>;
export type ContentColumn = keyof ContentRow;

const TEXT = { type: 'TEXT', notNull: true } as const;
const TEXT_NULL = { type: 'TEXT', notNull: false } as const;
const INTEGER = { type: 'INTEGER', notNull: true } as const;
const INTEGER_NULL = { type: 'INTEGER', notNull: false } as const;

/** SQL type of each content column, in table order (checked against schema.ts by tests/store/incident-row.test.ts). */
export const INCIDENT_COLUMNS = {
  identity: TEXT,
  kind: TEXT,
  kind_reason: TEXT,
  title: TEXT,
  start: TEXT,
  end: TEXT_NULL,
  precision: TEXT,
  start_ms: INTEGER,
  end_ms: INTEGER_NULL,
  until_ms: INTEGER_NULL,
  duration_minutes: { type: 'REAL', notNull: false },
  cause: TEXT,
  follow_up: TEXT,
  pic: TEXT_NULL,
  unit: TEXT_NULL,
  category: TEXT,
  category_reason: TEXT,
  scope: TEXT,
  source_file: TEXT,
  source_sheet: TEXT_NULL,
  source_row: INTEGER,
  warnings: TEXT,
  extra: TEXT,
} as const satisfies Record<ContentColumn, ColumnType>;

/** A whole stored incident row (`SELECT * FROM incidents`). */
export type IncidentRow = ContentRow & { id: number; batch_id: number; voided: number; void_reason: string | null };

export const CONTENT_COLUMN_NAMES = Object.keys(INCIDENT_COLUMNS) as ContentColumn[];

/** A column name as SQL needs it: `end` is a keyword. */
export const quoted = (c: string): string => `"${c}"`;

/** The column list `"identity", "kind", …` for INSERT and SELECT. */
export const CONTENT_COLUMN_LIST = CONTENT_COLUMN_NAMES.map(quoted).join(', ');

/**
 * The import's staging table (import/staging.ts): a seq, then the content columns under the store's
 * names, untyped (values keep the type they were bound with). The seq of each batch's rows is one
 * contiguous range, so no batch column is staged. Values nearly every row shares are staged as NULL:
 * source_file when it is the file its batch began with, warnings '[]' and extra '{}'.
 */
export const STAGED_TABLE = `CREATE TABLE staged (seq INTEGER PRIMARY KEY, ${CONTENT_COLUMN_NAMES.map(quoted).join(', ')})`;

/**
 * The staged rows' content columns as the store holds them, for a SELECT from `staged`: its one
 * parameter is the batch's file (what a NULL source_file stands for).
 */
export const STAGED_CONTENT = CONTENT_COLUMN_NAMES.map((c) =>
  c === 'source_file' ? 'coalesce(source_file, ?) AS source_file'
  : c === 'warnings' ? "coalesce(warnings, '[]') AS warnings"
  : c === 'extra' ? "coalesce(extra, '{}') AS extra"
  : quoted(c),
).join(', ');

/** The named parameters `@identity, @kind, …` matching CONTENT_COLUMN_LIST, bound with encodeRow(). */
export const CONTENT_PARAMETER_LIST = CONTENT_COLUMN_NAMES.map((c) => `@${c}`).join(', ');

/** The incident's fields from its content columns (the inverse of encodeRow, without identity and until). */
export function decodeContent(r: ContentRow): Omit<NewIncident, 'identity' | 'untilMs'> {
  return {
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
    warnings: JSON.parse(r.warnings) as string[],
    extra: JSON.parse(r.extra) as Record<string, string>,
  };
}

/** A planned incident read back from its content columns. */
export function decodeNewIncident(r: ContentRow): NewIncident {
  return { identity: r.identity, untilMs: r.until_ms, ...decodeContent(r) };
}

/** A stored incident from its whole row. */
export function decodeIncident(r: IncidentRow): Incident {
  return { id: r.id, ...decodeContent(r), batchId: r.batch_id, voided: r.voided === 1, voidReason: r.void_reason };
}
