// The incident's row layout, in one place: which column holds which field, its SQL type, and how a
// value is written (JSON for warnings/extra, `source` flattened into three columns) and read back.
// The store's read-back, the live insert, the import's staging file and its INSERT … SELECT are all
// derived from INCIDENT_COLUMNS; the CREATE TABLE in schema.ts is checked against it by a test
// (tests/incident-row.test.ts), since its migrations must keep their text as it shipped.
import type { Incident } from '../types.js';

/** An incident ready to insert: everything but the ids. */
export type NewIncident = Omit<Incident, 'id' | 'batchId'> & { identity: string; untilMs: number | null };

type SqlValue = string | number | null;

interface Column<V extends SqlValue> {
  /** Declared type and nullability, as `PRAGMA table_info` reports them for the stored table. */
  readonly type: 'TEXT' | 'INTEGER' | 'REAL';
  readonly notNull: boolean;
  readonly encode: (inc: NewIncident) => V;
}

const col = <V extends SqlValue>(type: Column<V>['type'], notNull: boolean, encode: (inc: NewIncident) => V): Column<V> => ({ type, notNull, encode });

/**
 * The columns an incident's content is stored in (all but id, batch_id and the void flag, which an
 * import never writes), in the order of the table. Column → how a NewIncident gives its value.
 */
export const INCIDENT_COLUMNS = {
  identity: col('TEXT', true, (i) => i.identity),
  kind: col('TEXT', true, (i) => i.kind),
  kind_reason: col('TEXT', true, (i) => i.kindReason),
  title: col('TEXT', true, (i) => i.title),
  start: col('TEXT', true, (i) => i.start),
  end: col('TEXT', false, (i) => i.end),
  precision: col('TEXT', true, (i) => i.precision),
  start_ms: col('INTEGER', true, (i) => i.startMs),
  end_ms: col('INTEGER', false, (i) => i.endMs),
  until_ms: col('INTEGER', false, (i) => i.untilMs),
  duration_minutes: col('REAL', false, (i) => i.durationMinutes),
  cause: col('TEXT', true, (i) => i.cause),
  follow_up: col('TEXT', true, (i) => i.followUp),
  pic: col('TEXT', false, (i) => i.pic),
  unit: col('TEXT', false, (i) => i.unit),
  category: col('TEXT', true, (i) => i.category),
  category_reason: col('TEXT', true, (i) => i.categoryReason),
  scope: col('TEXT', true, (i) => i.scope),
  source_file: col('TEXT', true, (i) => i.source.file),
  source_sheet: col('TEXT', false, (i) => i.source.sheet),
  source_row: col('INTEGER', true, (i) => i.source.row),
  // '[]' without stringifying: most rows carry no warning, and this runs once per imported row
  warnings: col('TEXT', true, (i) => (i.warnings.length ? JSON.stringify(i.warnings) : '[]')),
  extra: col('TEXT', true, (i) => JSON.stringify(i.extra)),
} satisfies Record<string, Column<SqlValue>>;

export type ContentColumn = keyof typeof INCIDENT_COLUMNS;

/** An incident's content columns as SQLite holds them. */
export type ContentRow = { [C in ContentColumn]: ReturnType<(typeof INCIDENT_COLUMNS)[C]['encode']> };

/** A whole stored incident row (`SELECT * FROM incidents`). */
export type IncidentRow = ContentRow & { id: number; batch_id: number; voided: number; void_reason: string | null };

export const CONTENT_COLUMN_NAMES = Object.keys(INCIDENT_COLUMNS) as ContentColumn[];

/** A column name as SQL needs it: `end` is a keyword. */
export const quoted = (c: string): string => `"${c}"`;

/** The column list `"identity", "kind", …` for INSERT and SELECT. */
export const CONTENT_COLUMN_LIST = CONTENT_COLUMN_NAMES.map(quoted).join(', ');

/** The named parameters `@identity, @kind, …` matching CONTENT_COLUMN_LIST, bound with encodeRow(). */
export const CONTENT_PARAMETER_LIST = CONTENT_COLUMN_NAMES.map((c) => `@${c}`).join(', ');

const ENCODERS = CONTENT_COLUMN_NAMES.map((c) => [c, INCIDENT_COLUMNS[c].encode as (inc: NewIncident) => SqlValue] as const);

/** The content columns of an incident, for named parameters. */
export function encodeRow(inc: NewIncident): ContentRow {
  const row: Record<string, SqlValue> = {};
  for (const [c, encode] of ENCODERS) row[c] = encode(inc);
  return row as ContentRow;
}

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
