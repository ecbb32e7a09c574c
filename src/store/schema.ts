// The SQLite schema. `user_version` tracks it so a later release can migrate old stores.
export const SCHEMA_VERSION = 3;

/** The incidents table of schema v3, shared by the fresh schema and the v2 → v3 rebuild. */
const INCIDENTS_V3 = (name: string) => `
CREATE TABLE IF NOT EXISTS ${name} (
  id               INTEGER PRIMARY KEY,
  batch_id         INTEGER NOT NULL REFERENCES batches(id),
  -- hash of the row's cell contents (see import/identity.ts). Not UNIQUE: two identical rows of
  -- one file are two incidents; the same row from another file is refused by the planner.
  -- Rows migrated from v2 keep their old fingerprint as 'v2:…' (their cells were not stored).
  identity         TEXT NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('planned', 'unplanned')),
  kind_reason      TEXT NOT NULL,
  title            TEXT NOT NULL,
  start            TEXT NOT NULL,
  "end"            TEXT,
  precision        TEXT NOT NULL CHECK (precision IN ('month', 'day', 'minute')),
  start_ms         INTEGER NOT NULL,
  end_ms           INTEGER,
  -- end of the time span the incident may touch, for range queries; NULL = ongoing
  until_ms         INTEGER,
  duration_minutes REAL,
  cause            TEXT NOT NULL,
  follow_up        TEXT NOT NULL,
  pic              TEXT,
  -- the affected unit or service, when the log has such a column
  unit             TEXT,
  category         TEXT NOT NULL,
  category_reason  TEXT NOT NULL,
  scope            TEXT NOT NULL CHECK (scope IN ('internal', 'external')),
  source_file      TEXT NOT NULL,
  source_sheet     TEXT,
  source_row       INTEGER NOT NULL,
  warnings         TEXT NOT NULL,
  -- JSON object: every unmapped column of the row, header → text
  extra            TEXT NOT NULL DEFAULT '{}'
)`;

const V2_COLUMNS =
  'id, batch_id, kind, kind_reason, title, start, "end", precision, start_ms, end_ms, until_ms, duration_minutes, cause, ' +
  'follow_up, pic, category, category_reason, scope, source_file, source_sheet, source_row, warnings';

/** Steps from an older store to this schema, by the version they start from. */
export const MIGRATIONS: Record<number, string> = {
  1: "ALTER TABLE batches ADD COLUMN selector TEXT NOT NULL DEFAULT ''",
  // SQLite cannot drop a UNIQUE constraint in place: rebuild incidents, keeping every row and id.
  2: `
ALTER TABLE batches ADD COLUMN mapping TEXT;
${INCIDENTS_V3('incidents_v3')};
INSERT INTO incidents_v3 (${V2_COLUMNS}, identity, unit, extra)
  SELECT ${V2_COLUMNS}, 'v2:' || fingerprint, NULL, '{}' FROM incidents;
DROP TABLE incidents;
ALTER TABLE incidents_v3 RENAME TO incidents;
`,
};

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS batches (
  id            INTEGER PRIMARY KEY,
  file          TEXT NOT NULL,
  sha256        TEXT NOT NULL,
  -- what was read from the file: '' for a spreadsheet, 'table:X' or 'query:…' for SQLite
  selector      TEXT NOT NULL DEFAULT '',
  imported_at   TEXT NOT NULL,
  source_kind   TEXT NOT NULL,
  rows_read     INTEGER NOT NULL,
  added         INTEGER NOT NULL,
  duplicates    INTEGER NOT NULL,
  skipped       INTEGER NOT NULL,
  warnings      INTEGER NOT NULL,
  -- JSON: the per-sheet reports of the read (header row, column → field) this import used
  mapping       TEXT
);
CREATE INDEX IF NOT EXISTS batches_sha ON batches(sha256);
${INCIDENTS_V3('incidents')};
CREATE INDEX IF NOT EXISTS incidents_start ON incidents(start_ms);
CREATE INDEX IF NOT EXISTS incidents_identity ON incidents(identity);
CREATE INDEX IF NOT EXISTS incidents_batch ON incidents(batch_id);
`;
