// The data model of the pipeline: sources → raw rows → normalised → classified → stored → measured.
// Raw, normalised and classified records are distinct types so that every stage says what it adds.

/** Where a value came from; rows and columns are 1-based as the user sees them in Excel. */
export interface SourceRef {
  file: string;
  sheet: string | null;
  row: number;
}

/** Canonical fields a legacy log column can map to (header synonyms resolve to these). */
export type Field =
  | 'no'
  | 'title'
  | 'date'
  | 'start'
  | 'end'
  /** The end's own date column ("Tgl Pulih", "Date Restored"): outages over midnight or days. */
  | 'endDate'
  | 'duration'
  | 'cause'
  | 'followUp'
  | 'kind'
  | 'pic'
  | 'category'
  | 'scope'
  /** The affected unit or service: Unit, Ruangan, Layanan, Modul, Server, Device … */
  | 'unit';

/** A cell as read from a source: Excel gives dates and numbers, CSV and SQLite mostly text. */
export type CellValue = string | number | Date | boolean | null;

export interface RawCell {
  value: CellValue;
  /** Column letter (xlsx) or column name (csv/sqlite) for messages. */
  column: string;
  /** Excel number format when known, e.g. 'h:mm' or 'dd/mm/yyyy'. */
  numFmt?: string;
  /** The column's header text as written, e.g. 'Lama (menit)': it may carry the unit. */
  header?: string;
  /** Minutes per bare number in a duration column, from the header or a units row ("menit", "Hours"). */
  minutesPerUnit?: number;
  /** How numeric text dates of this column are ordered, decided per column (see table.ts). */
  dateOrder?: DateOrder;
}

/** Order of day, month and year in numeric dates: 21/06/2019 (dmy), 6/21/2019 (mdy), 2019/06/21 (ymd). */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** One incident as found in a source, continuation rows already folded in. */
export interface RawRow {
  source: SourceRef;
  cells: Partial<Record<Field, RawCell>>;
  /** Kind set by the section title above the row ("… Tidak Terencana"), if any. */
  sectionKind: Kind | null;
  sectionTitle: string | null;
  /** Every other non-empty column of the row: header text → value as text, so nothing typed is lost. */
  extra: Record<string, string>;
  /** false: the table has no title column, which its sheet's warning says once for every row. */
  titleColumn?: false;
}

/** A problem with its location. Errors block an import; warnings are recorded with the incident. */
export interface Issue {
  severity: 'error' | 'warning';
  file: string;
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

export type Kind = 'planned' | 'unplanned';
export type Category = 'network' | 'external' | 'power' | 'hardware' | 'software' | 'database' | 'other';
export type Scope = 'internal' | 'external';

/** How precise a point in time is; a report never invents precision the log does not have. */
export type Precision = 'month' | 'day' | 'minute';

/** A point in time as precise as the source. `iso` is '2021-06', '2022-10-01' or a full ISO with offset. */
export interface When {
  iso: string;
  precision: Precision;
  /** UTC milliseconds of the beginning of the period the value denotes (month/day start in the zone). */
  ms: number;
}

export interface NormalisedIncident {
  source: SourceRef;
  title: string;
  start: When;
  end: When | null;
  durationMinutes: number | null;
  cause: string;
  followUp: string;
  pic: string | null;
  /** The affected unit or service, when the log has such a column. */
  unit: string | null;
  /** Columns not mapped to a field: header text → value as text. */
  extra: Record<string, string>;
  /** Kind stated by a column or a section title; null when the classifier must decide. */
  statedKind: { kind: Kind; reason: string } | null;
  statedCategory: string | null;
  warnings: string[];
}

export interface ClassifiedIncident extends NormalisedIncident {
  kind: Kind;
  kindReason: string;
  category: Category;
  categoryReason: string;
  scope: Scope;
}

/** An incident as stored and as printed by `list --json`. */
export interface Incident {
  id: number;
  kind: Kind;
  kindReason: string;
  title: string;
  start: string;
  end: string | null;
  precision: Precision;
  startMs: number;
  endMs: number | null;
  durationMinutes: number | null;
  cause: string;
  followUp: string;
  pic: string | null;
  /** The affected unit or service, when the log has such a column. */
  unit: string | null;
  category: Category;
  categoryReason: string;
  scope: Scope;
  source: SourceRef;
  batchId: number;
  warnings: string[];
  /** Columns of the row not mapped to a field: header text → value as text. */
  extra: Record<string, string>;
  /** Taken out of every figure by `downtime void` (kept, with its reason); absent = false. */
  voided?: boolean;
  voidReason?: string | null;
}

export type Lang = 'id' | 'en';

/** A closed-open interval [fromMs, toMs) in UTC ms, with the labels the user typed. */
export interface Period {
  fromMs: number;
  toMs: number;
  /** ISO dates in the hospital zone: from inclusive, to inclusive (last day). */
  from: string;
  to: string;
  /** Short machine label for file names: '2022-10', '2022-Q4', '2022', '2022-01-01_2022-03-31'. */
  label: string;
  granularity: 'month' | 'quarter' | 'year' | 'range';
}
