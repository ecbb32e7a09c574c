// The SQLite schema. `user_version` tracks it so a later release can migrate old stores.
export const SCHEMA_VERSION = 4;

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
  extra            TEXT NOT NULL DEFAULT '{}'${name === 'incidents' ? V4_INCIDENT_COLUMNS : ''}
)`;

/**
 * What v4 adds to incidents (a fresh store has them in CREATE TABLE; a v3 store gets them by ALTER).
 * A voided incident stays in the store, with its reason, but leaves every figure.
 */
const V4_INCIDENT_COLUMNS = `,
  voided           INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
  void_reason      TEXT`;

/**
 * The records of the downtime cycle (issue 9). Each table that belongs to one incident refers to it
 * with a foreign key, so Store.attachedRecords() finds it and undo/--replace refuse to delete the
 * incident under it. `corrections` is the exception on purpose: it is keyed by incident id AND the
 * row identity, without a foreign key, so a correction of an imported row is carried over when
 * `import --replace` brings the same row back (Store.applyStaged), and refused only when it does not.
 */
const CYCLE_TABLES = `
CREATE TABLE IF NOT EXISTS incident_events (
  id               INTEGER PRIMARY KEY,
  incident_id      INTEGER NOT NULL REFERENCES incidents(id),
  at               TEXT NOT NULL,
  at_ms            INTEGER NOT NULL,
  type             TEXT NOT NULL CHECK (type IN ('informed', 'estimate', 'decision', 'recovered', 'other')),
  text             TEXT NOT NULL,
  -- for type 'estimate': minutes from the start until recovery, as promised to the units
  estimate_minutes REAL,
  recorded_at      TEXT NOT NULL,
  recorded_by      TEXT
);
CREATE INDEX IF NOT EXISTS incident_events_incident ON incident_events(incident_id, at_ms);
CREATE TABLE IF NOT EXISTS corrections (
  id               INTEGER PRIMARY KEY,
  incident_id      INTEGER NOT NULL,
  identity         TEXT NOT NULL,
  field            TEXT NOT NULL,
  old_value        TEXT,
  new_value        TEXT,
  at               TEXT NOT NULL,
  by               TEXT NOT NULL,
  reason           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_incident ON corrections(incident_id);
CREATE INDEX IF NOT EXISTS corrections_identity ON corrections(identity);
CREATE TABLE IF NOT EXISTS attestations (
  id               INTEGER PRIMARY KEY,
  month            TEXT NOT NULL UNIQUE CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  none             INTEGER NOT NULL CHECK (none = 1),
  by               TEXT NOT NULL,
  at               TEXT NOT NULL,
  note             TEXT
);
CREATE TABLE IF NOT EXISTS evaluations (
  id               INTEGER PRIMARY KEY,
  incident_id      INTEGER NOT NULL UNIQUE REFERENCES incidents(id),
  document         TEXT NOT NULL,
  fallback_used    INTEGER,
  root_cause       TEXT,
  units_affected   INTEGER,
  reconciled       INTEGER,
  created_at       TEXT NOT NULL,
  by               TEXT
);
CREATE TABLE IF NOT EXISTS drills (
  id               INTEGER PRIMARY KEY,
  date             TEXT NOT NULL,
  procedure        TEXT NOT NULL,
  document         TEXT NOT NULL,
  incident_id      INTEGER REFERENCES incidents(id),
  created_at       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trainings (
  id               INTEGER PRIMARY KEY,
  date             TEXT NOT NULL,
  topic            TEXT NOT NULL,
  document         TEXT NOT NULL,
  created_at       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS notices (
  id               INTEGER PRIMARY KEY,
  incident_id      INTEGER NOT NULL REFERENCES incidents(id),
  number           TEXT,
  notice_date      TEXT NOT NULL,
  document         TEXT NOT NULL,
  created_at       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actions (
  id               INTEGER PRIMARY KEY,
  source_kind      TEXT NOT NULL CHECK (source_kind IN ('evaluation', 'drill')),
  source_id        INTEGER NOT NULL,
  -- the incident the action follows up (a drill's planned incident for drills)
  incident_id      INTEGER REFERENCES incidents(id),
  action           TEXT NOT NULL,
  pic              TEXT NOT NULL,
  due              TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  evidence         TEXT,
  done_at          TEXT
);
CREATE INDEX IF NOT EXISTS actions_status ON actions(status, due);
`;

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
  // v3 → v4 adds columns only (no rebuild): the cycle's tables come from SCHEMA, run after.
  3: `
ALTER TABLE incidents ADD COLUMN voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1));
ALTER TABLE incidents ADD COLUMN void_reason TEXT;
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
${CYCLE_TABLES}`;
