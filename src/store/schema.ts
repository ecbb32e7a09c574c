// The SQLite schema. `user_version` tracks it so a later release can migrate old stores.
export const SCHEMA_VERSION = 2;

/** Steps from an older store to this schema, by the version they start from. */
export const MIGRATIONS: Record<number, string> = {
  1: "ALTER TABLE batches ADD COLUMN selector TEXT NOT NULL DEFAULT ''",
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
  warnings      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS batches_sha ON batches(sha256);

CREATE TABLE IF NOT EXISTS incidents (
  id               INTEGER PRIMARY KEY,
  batch_id         INTEGER NOT NULL REFERENCES batches(id),
  fingerprint      TEXT NOT NULL UNIQUE,
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
  category         TEXT NOT NULL,
  category_reason  TEXT NOT NULL,
  scope            TEXT NOT NULL CHECK (scope IN ('internal', 'external')),
  source_file      TEXT NOT NULL,
  source_sheet     TEXT,
  source_row       INTEGER NOT NULL,
  warnings         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS incidents_start ON incidents(start_ms);
`;
