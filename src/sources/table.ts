// The part every source shares: rows of cells in, incidents out. Finds the header row wherever it
// is and says how each column was understood, follows section titles ("1. Laporan Downtime Tidak
// Terencana"), skips units rows, column-number rows and signature blocks, folds continuation rows
// into the incident above, decides each date column's day/month order from its own values, and
// says in an Issue what it skipped and why.
import { READER } from '../wording/reader.js';
import { TABLE } from '../wording/table.js';
import { IMPORT } from '../wording/import.js';
import type { CellValue, DateOrder, Field, Issue, Kind, RawCell, RawRow } from '../types.js';
import { cleanText, columnLetter, stripControls } from './cells.js';
import { MINUTES_PER_UNIT, NOTHING_HAPPENED_RE, guessColumn, isColumnNumberRow, kindOfFlag, kindOfText, reinterpretRestart, reinterpretTimeBesideDate, isNothing, unitLabel, unitsRow, type DurationUnit } from './columns.js';
import { DateOrderGate, type DateOrderDecision } from './date-order.js';
import { NOTE_RE, SECTION_TITLE_MAX_LENGTH, isSignatureText, forcedField, isRowNumber, joinContinuation, matchHeaderRow, sectionKindOf, type ColumnMapping, type HeaderMatch } from './headers.js';

export interface ScanCell {
  /** 1-based column. */
  col: number;
  value: CellValue;
  numFmt?: string;
  /** Excel error text (#REF!) when the cell held one; value is then null. */
  error?: string;
}

export interface ScanRow {
  /** 1-based row as the user sees it (Excel row, text line, result row). */
  row: number;
  cells: ScanCell[];
}

/** Vertical merges of a sheet: the top row of the merge covering (row, col), if it starts above. */
export interface MergeLookup {
  coveredFromAbove(row: number, col: number): number | null;
}

/** How one column of a header was understood: what `import` and `inspect` print. */
export interface ColumnReport {
  /** Column letter (xlsx) or position name (csv/sqlite). */
  column: string;
  header: string;
  /** null: not a field; its values are kept on the incident as extra columns. */
  field: Field | null;
  /** The rule that decided ('nama kolom dikenal', 'kata "jam" + "up" (selesai)', 'ditentukan pengguna'). */
  rule: string;
  /** Unit of bare numbers in a duration column. */
  unit?: string;
  /** Day/month order of numeric text dates, and why. */
  dateOrder?: DateOrderDecision;
}

export interface SheetReport {
  sheet: string | null;
  rows: number;
  headerRow: number | null;
  /** Field → header text as written, for the first header of the sheet. */
  columns: Partial<Record<Field, string>>;
  /** Every column of the first header, in order, with the rule that decided. */
  mapping?: ColumnReport[];
  recognised: boolean;
  /** Not read: a hidden sheet (without --sheet), or one --sheet did not name. */
  skipped?: 'hidden' | 'not-selected';
}

/**
 * Where finished incidents go: an array, or a streaming sink. The scanner may still extend the
 * most recently pushed row (a continuation row), so a streaming sink must hold the last row back.
 */
export interface RowSink {
  push(row: RawRow): void;
  readonly length: number;
}

/** What the user decided for a read: column mapping, date order, sheets. */
export interface ScanChoices {
  mapping?: ColumnMapping | undefined;
  dateOrder?: DateOrder | undefined;
  sheets?: string[] | undefined;
}

export interface ScanOptions {
  file: string;
  sheet: string | null;
  /** xlsx names columns by letter; CSV and SQLite by their header text. */
  columnLabel: 'letter' | 'header';
  merges?: MergeLookup | undefined;
  /** Off for SQLite: a result set has a fixed header and no section rows. */
  detectLayout?: boolean;
  /** The user's `--map` / `--mapping`. */
  mapping?: ColumnMapping | undefined;
  /** `--date-order`: forced for every date column. */
  dateOrder?: DateOrder | undefined;
  issues: Issue[];
  rows: RowSink;
}

interface HeaderColumn {
  field: Field | null;
  /** The header text as written, e.g. "Lama (menit)". */
  text: string;
  rule: string;
  strength: number;
  unit?: DurationUnit;
  /** Set by the user's --map/--mapping: the value check below the header never moves it. */
  forced?: boolean;
}

interface Header {
  row: number | null;
  byCol: Map<number, HeaderColumn>;
  colOf: Partial<Record<Field, number>>;
  /** `colOf` as the date-order gate asks it (-1: no column), one function per header. */
  columnOf: (f: Field) => number;
  firstCol: number;
  /** Refined by the first data row (a "Waktu" column that holds only times is a start time). */
  checked: boolean;
}

/** Fields whose text a continuation row may extend. */
const APPENDABLE = new Set<Field>(['title', 'cause', 'followUp', 'pic', 'unit']);
/** Fields that hold dates whose numeric text needs a day/month order. */
const DATE_FIELDS = new Set<Field>(['date', 'start', 'end', 'endDate']);

function textOf(v: CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

/** What a value looks like, for checking a header against the data under it. */
function shape(v: CellValue): 'date' | 'datetime' | 'time' | 'number' | 'text' | 'other' {
  if (v instanceof Date) return v.getUTCHours() || v.getUTCMinutes() ? 'datetime' : 'date';
  if (typeof v === 'number') return v > 0 && v < 1 ? 'time' : 'number';
  if (typeof v !== 'string') return 'other';
  const t = v.trim();
  if (/^(?:pukul|pkl\.?|jam)?\s*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:wib|wita|wit)?$/i.test(t)) return 'time';
  const hasDate = /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}[\s-]+(?:jan|feb|peb|mar|mrt|apr|mei|may|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|nop|des|dec)[a-z]*\.?[\s-]+\d{2,4}/i.test(t);
  if (hasDate) return /\d{1,2}[.:]\d{2}(?!\d)/.test(t.replace(/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/, '')) ? 'datetime' : 'date';
  return 'text';
}

/**
 * A row's mapped cells by field, in the order they were set (a Map's order, which newIncident keeps
 * in the raw row's cells). A row has a dozen fields at most: two short arrays searched in a loop,
 * one instance per scanner emptied for each row, where a new Map a row (grown twice on the way)
 * cost more than everything else the row's checks do.
 */
class FieldCells {
  private readonly fields: Field[] = [];
  private readonly cells: ScanCell[] = [];
  size = 0;

  clear(): void {
    this.size = 0;
  }

  private indexOf(f: Field): number {
    for (let k = 0; k < this.size; k++) if (this.fields[k] === f) return k;
    return -1;
  }

  has(f: Field): boolean {
    return this.indexOf(f) >= 0;
  }

  get(f: Field): ScanCell | undefined {
    const k = this.indexOf(f);
    return k < 0 ? undefined : this.cells[k];
  }

  /** A field already set keeps its place, as in a Map. */
  set(f: Field, c: ScanCell): void {
    const k = this.indexOf(f);
    if (k >= 0) {
      this.cells[k] = c;
      return;
    }
    this.fields[this.size] = f;
    this.cells[this.size++] = c;
  }

  delete(f: Field): void {
    const k = this.indexOf(f);
    if (k < 0) return;
    for (let j = k + 1; j < this.size; j++) {
      this.fields[j - 1] = this.fields[j]!;
      this.cells[j - 1] = this.cells[j]!;
    }
    this.size--;
  }

  fieldAt(k: number): Field {
    return this.fields[k]!;
  }

  cellAt(k: number): ScanCell {
    return this.cells[k]!;
  }
}

export class TableScanner {
  private readonly o: ScanOptions;
  private readonly detectLayout: boolean;
  private header: Header | null = null;
  private firstHeader: Header | null = null;
  private expectSubheader = false;
  /** Right after a header: a units row or a "(1) (2) (3)" row may follow. */
  private justAfterHeader = false;
  /** After a signature block, rows are not data until a new header starts. */
  private closedAt: number | null = null;
  private closedSkipped = 0;
  /** Duplicate-column warnings wait for a possible sub-header line that resolves them. */
  private pendingHeaderIssues: Issue[] = [];
  private section: { kind: Kind | null; title: string } | null = null;
  private current: { raw: RawRow; dateCell: RawCell | null } | null = null;
  private lastContentRow = 0;
  private incidents = 0;
  private sawContent = false;
  private readonly gate: DateOrderGate;
  /** The date of a date row ("Senin, 4 Maret 2024" alone on its row) for the rows below it. */
  private groupDate: RawCell | null = null;
  private groupDates = 0;
  /** The row being pushed: its mapped cells (see FieldCells). */
  private readonly byField = new FieldCells();

  constructor(opts: ScanOptions) {
    this.o = opts;
    this.detectLayout = opts.detectLayout ?? true;
    this.gate = new DateOrderGate(opts.dateOrder, (row) => this.o.rows.push(row));
  }

  /** For sources whose header is known (SQLite column names). Returns false if not a log table. */
  fixHeader(names: string[]): boolean {
    const cells = names.map((n, i) => ({ col: i + 1, value: n as CellValue }));
    const matches = matchHeaderRow(cells, this.o.mapping);
    if (!matches) return false;
    this.setHeader(null, cells, matches);
    return true;
  }

  push(row: ScanRow): void {
    const filled: ScanCell[] = [];
    for (const c of row.cells) {
      // Invisible controls (U+202E, U+0007, U+FFFF) are removed here, where row and column are known.
      if (typeof c.value === 'string') {
        const stripped = stripControls(c.value);
        if (stripped) {
          c.value = cleanText(stripped.text);
          this.issue(row.row, c.col, c.value, TABLE().controlRemoved(stripped.removed.join(', ')));
        }
      }
      if (c.value === null && !c.error) continue;
      // "-", "N/A", "tidak diketahui": nothing was written, whatever the column.
      if (isNothing(c.value)) continue;
      filled.push(c);
    }
    if (filled.length === 0) return;
    this.sawContent = true;

    if (this.detectLayout) {
      if (this.justAfterHeader && this.header) {
        this.justAfterHeader = false;
        if (this.tryUnitsRow(row.row, filled)) {
          this.expectSubheader = false;
          this.flushHeaderIssues();
          return;
        }
      }
      if (this.expectSubheader) {
        this.expectSubheader = false;
        const sub = this.trySubheader(row.row, filled);
        this.flushHeaderIssues();
        if (sub) return;
      }
      if (isColumnNumberRow(filled)) {
        this.note(row.row, filled[0]!.col, filled.map((c) => textOf(c.value)).join(' '), TABLE().columnNumberRow);
        return;
      }
      const section = this.sectionTitleOf(filled);
      if (section) {
        this.section = section;
        this.current = null;
        this.closedAt = null;
        this.lastContentRow = row.row;
        return;
      }
      const matches = matchHeaderRow(filled, this.o.mapping, this.header != null && this.closedAt == null);
      if (matches) {
        this.setHeader(row.row, filled, matches);
        return;
      }
    }
    const header = this.header;
    if (!header) return; // letterhead and preamble above the table

    if (this.isSignature(filled)) {
      if (this.closedAt == null) this.note(row.row, filled[0]!.col, textOf(filled[0]!.value), TABLE().signatureBlock);
      else this.closedSkipped++;
      this.closedAt ??= row.row;
      this.current = null;
      return;
    }
    if (this.closedAt != null) {
      this.closedSkipped++;
      return;
    }
    if (this.isNote(filled)) {
      this.note(row.row, filled[0]!.col, textOf(filled[0]!.value), TABLE().totalsRow);
      this.current = null;
      return;
    }
    // "Senin, 4 Maret 2024" alone on its row: the date of the rows below it (a day book's layout).
    if (filled.length === 1 && this.isDateRow(filled[0]!, header)) {
      const c = filled[0]!;
      this.groupDate = { value: c.value, column: this.label(c.col, '') };
      this.groupDates++;
      this.current = null;
      this.lastContentRow = row.row;
      return;
    }

    const byField = this.byField;
    byField.clear();
    const extra: ScanCell[] = [];
    for (const c of filled) {
      const h = header.byCol.get(c.col);
      if (c.error) this.issue(row.row, c.col, c.error, `sel berisi galat Excel (${c.error}); dianggap kosong`);
      if (c.value === null) continue;
      if (h?.field) byField.set(h.field, c);
      else extra.push(c);
    }
    // Notes in unmapped columns and pre-numbered empty template lines count as blank.
    if (byField.size === 0 || (byField.size === 1 && byField.has('no'))) return;

    const first = filled[0]!;
    let said: ScanCell | undefined;
    for (const c of filled) {
      if (typeof c.value === 'string' && NOTHING_HAPPENED_RE.test(c.value)) {
        said = c;
        break;
      }
    }
    if (said && !byField.has('duration') && !byField.has('start') && !byField.has('end')) {
      this.note(row.row, said.col, textOf(said.value), TABLE().nothingHappened);
      this.current = null;
      return;
    }

    if (!header.checked) this.checkHeader(header, byField);

    const gap = row.row - this.lastContentRow - 1;
    this.lastContentRow = row.row;

    const hasNo = isRowNumber(byField.get('no')?.value ?? null);
    const hasDate = byField.has('date');
    const hasTitle = byField.has('title');
    const hasTimes = byField.has('start') || byField.has('end') || byField.has('endDate') || byField.has('duration');

    let textOnly = true;
    for (let k = 0; k < byField.size; k++) {
      if (!APPENDABLE.has(byField.fieldAt(k)) || typeof byField.cellAt(k).value !== 'string') {
        textOnly = false;
        break;
      }
    }

    if (!hasNo && !hasTitle && !hasDate && this.merged(header, row.row, 'title') && this.current && gap === 0) {
      this.continueIncident(row.row, byField, extra, header);
      return;
    }
    if (!hasNo && !hasDate && !hasTimes && textOnly) {
      // A title of its own next to a No/date merged from above is a second incident of that day;
      // without one it is the incident above spilling into another row.
      if (hasTitle && (this.merged(header, row.row, 'no') || this.merged(header, row.row, 'date')) && !this.merged(header, row.row, 'title')) {
        this.newIncident(row.row, byField, extra, header, gap);
        return;
      }
      if (this.current && gap <= 1) {
        this.continueIncident(row.row, byField, extra, header);
        return;
      }
      this.issue(row.row, first.col, textOf(first.value), TABLE().orphanText);
      this.current = null;
      return;
    }
    if (hasNo || hasDate || hasTitle || hasTimes) {
      this.newIncident(row.row, byField, extra, header, gap);
      return;
    }
    this.issue(row.row, first.col, textOf(first.value), TABLE().emptyKeyRow);
    this.current = null;
  }

  finish(): SheetReport {
    this.flushHeaderIssues();
    for (const d of this.gate.finish()) {
      if (d.warn) this.sheetIssue(d.warn, d.column);
    }
    if (this.groupDates > 0) this.sheetIssue(TABLE().dateRows(this.groupDates), null);
    if (this.closedSkipped > 0) {
      this.sheetIssue(`${this.closedSkipped} baris di bawah blok tanda tangan dilewati (bukan data)`, null);
    }
    const h = this.firstHeader;
    if (!h && this.sawContent) {
      this.sheetIssue(TABLE().noTable, null);
    }
    const columns: Partial<Record<Field, string>> = {};
    const mapping: ColumnReport[] = [];
    const unknown = h ? [...h.byCol.values()].filter((c) => !c.field && c.strength === 0).map((c) => `"${c.text}"`) : [];
    if (unknown.length) {
      this.sheetIssue(TABLE().unknownColumns(unknown.join(', ')), null);
    }
    if (h) {
      for (const [field, col] of Object.entries(h.colOf) as [Field, number][]) columns[field] = h.byCol.get(col)?.text ?? '';
      for (const col of [...h.byCol.keys()].sort((a, b) => a - b)) {
        const c = h.byCol.get(col)!;
        const rep: ColumnReport = { column: this.label(col, c.text), header: c.text, field: c.field, rule: c.rule };
        if (c.field === 'duration') rep.unit = c.unit ? unitLabel(c.unit) : TABLE().unitUnsaid;
        const order = this.gate.decisionFor(col);
        if (order && c.field && DATE_FIELDS.has(c.field)) rep.dateOrder = order;
        mapping.push(rep);
      }
    }
    return { sheet: this.o.sheet, rows: this.incidents, headerRow: h?.row ?? null, columns, mapping, recognised: !!h };
  }

  /**
   * Whether pushing this row may ask the merge lookup (a continuation row, a date taken from the
   * row above). A row with a date of its own in the header's date column never does, so a reader
   * whose merges sit after the rows (xlsx) reads them only when a row may need them: most sheets
   * are then inflated once, not twice. Conservative: anything unclear answers true.
   */
  mayNeedMerges(row: ScanRow): boolean {
    const h = this.header;
    if (!h) return false;
    const col = h.colOf.date;
    if (col == null || h.byCol.get(col)?.field !== 'date') return true;
    let v: CellValue | undefined;
    for (const c of row.cells) {
      if (c.col === col) {
        v = c.value;
        break;
      }
    }
    if (v == null || isNothing(v)) return true;
    if (typeof v === 'string' && (stripControls(v) || cleanText(v) !== v)) return true;
    // The first data row may still move a date column that holds times to the start.
    if (!h.checked && shape(v) === 'time') return true;
    return false;
  }

  /** Whether the sheet had any non-empty cell (an empty "Sheet2" is not worth a warning). */
  get hadContent(): boolean {
    return this.sawContent;
  }

  // ---------------------------------------------------------------------------------------------

  private sectionTitleOf(filled: ScanCell[]): { kind: Kind | null; title: string } | null {
    if (filled.length > 2 || filled.some((c) => typeof c.value !== 'string')) return null;
    const text = filled.map((c) => c.value as string).join(' ').replace(/\s+/g, ' ').trim();
    if (text.length > SECTION_TITLE_MAX_LENGTH) return null;
    // Inside a table, a title sits at the left edge; text further right is a spilled cell.
    const h = this.header;
    if (h && filled[0]!.col > (h.colOf.title ?? h.firstCol)) return null;
    const kind = sectionKindOf(text);
    return kind === undefined ? null : { kind, title: text };
  }

  /**
   * A date alone on its row, in a column that is not a time, a length or a text field: a day book's
   * heading for the rows below it ("Senin, 4 Maret 2024", an Excel date). A date with a time is an
   * incident's start, not a heading.
   */
  private isDateRow(c: ScanCell, header: Header): boolean {
    const f = header.byCol.get(c.col)?.field ?? null;
    if (f !== null && f !== 'date' && f !== 'no' && f !== 'title') return false;
    const v = c.value;
    if (v instanceof Date) return shape(v) === 'date' && v.getUTCFullYear() > 1900;
    return typeof v === 'string' && v.length <= 40 && shape(v) === 'date';
  }

  /**
   * A signature block starts here: at most three text cells, one of them signature text, and no
   * other cell that looks like data (a number, a date, a time) — wherever the text sits.
   */
  private isSignature(filled: ScanCell[]): boolean {
    if (filled.length > 3) return false;
    let signature = false;
    for (const c of filled) {
      if (typeof c.value !== 'string') return false;
      if (isSignatureText(c.value)) signature = true;
      else if (isRowNumber(c.value) || shape(c.value) !== 'text' || /^\s*\d+(?:[.,]\d+)?\s*$/.test(c.value)) return false;
    }
    return signature;
  }

  /** "Jumlah …", "Total …", "Catatan: …" in the first cell, no date: a totals or note row. */
  private isNote(filled: ScanCell[]): boolean {
    const first = filled[0];
    if (!first || typeof first.value !== 'string' || !NOTE_RE.test(first.value)) return false;
    return !filled.some((c) => c.value instanceof Date || (typeof c.value === 'string' && (shape(c.value) === 'date' || shape(c.value) === 'datetime')));
  }

  private setHeader(row: number | null, cells: ScanCell[], matches: HeaderMatch[]): void {
    const byCol = new Map<number, HeaderColumn>();
    const matched = new Map(matches.map((m) => [m.col, m]));
    for (const c of cells) {
      const text = textOf(c.value).replace(/\s+/g, ' ').trim();
      if (!text) continue;
      const m = matched.get(c.col);
      const ignored = !m && forcedField(this.o.mapping, c.col, text) === 'ignore';
      const col: HeaderColumn = m
        ? { field: m.guess.field, text, rule: m.guess.rule, strength: m.guess.strength, forced: m.guess.forced === true }
        : ignored
          ? { field: null, text, rule: TABLE().ignoredByMap, strength: -1 }
          : { field: null, text, rule: TABLE().unrecognised, strength: 0 };
      if (m?.guess.unit) col.unit = m.guess.unit;
      byCol.set(c.col, col);
    }
    this.flushHeaderIssues();
    this.header = this.buildHeader(row, byCol);
    this.firstHeader ??= this.header;
    this.expectSubheader = row != null;
    this.justAfterHeader = row != null;
    this.closedAt = null;
    this.current = null;
    this.groupDate = null;
    if (row != null) this.lastContentRow = row;
  }

  /**
   * A second header line under a merged group ("Waktu" over "Mulai | Selesai") refines the first:
   * every cell of it must be a clear column name of its own.
   */
  private trySubheader(row: number, filled: ScanCell[]): boolean {
    const h = this.header;
    if (!h) return false;
    const found: [number, HeaderMatch][] = [];
    for (const c of filled) {
      if (typeof c.value !== 'string') return false;
      const text = c.value.replace(/\s+/g, ' ').trim();
      const parent = h.byCol.get(c.col)?.text;
      const forced = forcedField(this.o.mapping, c.col, parent ? `${parent} ${text}` : text) ?? forcedField(this.o.mapping, c.col, text);
      if (forced === 'ignore') return false;
      const g = forced ? { field: forced, strength: 1, rule: IMPORT().columns.forced, forced: true } : guessColumn(text);
      if (!g || g.strength < 0.8) return false;
      found.push([c.col, { col: c.col, text, guess: g }]);
    }
    if (!found.length) return false;
    this.applySubheader(row, h, found);
    return true;
  }

  private applySubheader(row: number, h: Header, found: [number, HeaderMatch][]): void {
    const byCol = new Map(h.byCol);
    for (const [col, m] of found) {
      const parent = byCol.get(col);
      const text = parent ? `${parent.text} ${m.text}` : m.text;
      const hc: HeaderColumn = { field: m.guess.field, text, rule: m.guess.rule, strength: m.guess.strength, forced: m.guess.forced === true };
      if (m.guess.unit) hc.unit = m.guess.unit;
      byCol.set(col, hc);
    }
    this.pendingHeaderIssues = [];
    const rebuilt = this.buildHeader(h.row, byCol);
    if (this.firstHeader === h) this.firstHeader = rebuilt;
    this.header = rebuilt;
    this.lastContentRow = row;
    this.justAfterHeader = true;
  }

  /** "menit | jam | WIB" right under the header: units of the columns, not data. */
  private tryUnitsRow(row: number, filled: ScanCell[]): boolean {
    const units = unitsRow(filled);
    const h = this.header;
    if (!units || !h) return false;
    // "Jam" under "Waktu" is a sub-header (the time column), not the unit of a length.
    for (const [col, unit] of units) {
      const f = h.byCol.get(col)?.field;
      if (unit && f && f !== 'duration') return false;
    }
    for (const [col, unit] of units) {
      const c = h.byCol.get(col);
      if (c && unit) c.unit = unit;
      // "(jam)" under an unnamed column next to the duration: the unit names the column.
      if (c && unit && !c.field && h.colOf.duration == null) {
        c.field = 'duration';
        c.rule = `baris satuan "${unitLabel(unit)}"`;
        h.colOf.duration = col;
      }
    }
    this.note(row, filled[0]!.col, filled.map((c) => textOf(c.value)).join(' | '), TABLE().unitsRow);
    this.lastContentRow = row;
    return true;
  }

  /**
   * The strongest column wins when two mean the same field (then the first); the other keeps its
   * values as an extra column and is reported. Without a title column, the incident's title is
   * built from the unit, cause or category — said once per sheet.
   */
  private buildHeader(row: number | null, all: Map<number, HeaderColumn>): Header {
    for (const r of reinterpretRestart(all)) {
      const h = all.get(r.col)!;
      all.set(r.col, { ...h, field: r.field, rule: IMPORT().columns.restart(h.rule, r.stopText) });
    }
    for (const r of reinterpretTimeBesideDate(all)) {
      const h = all.get(r.col)!;
      all.set(r.col, { ...h, field: r.field, rule: IMPORT().columns.timeBesideDate(h.rule, r.dateText) });
    }
    const byCol = new Map<number, HeaderColumn>();
    const colOf: Partial<Record<Field, number>> = {};
    const cols = [...all.keys()].sort((a, b) => a - b);
    const ranked = cols.filter((c) => all.get(c)!.field).sort((a, b) => all.get(b)!.strength - all.get(a)!.strength || a - b);
    for (const col of ranked) {
      const h = all.get(col)!;
      const field = h.field!;
      const taken = colOf[field];
      if (taken != null) {
        const winner = all.get(taken)!;
        // A weak name ("Keterangan" beside "Kejadian") quietly stays an extra column.
        if (h.strength >= 0.8) this.pendingHeaderIssues.push({
          severity: 'warning',
          file: this.o.file,
          sheet: this.o.sheet,
          row,
          column: this.label(col, h.text),
          value: h.text,
          message: READER().table.sameMeaning(h.text, winner.text, field, this.label(taken, winner.text)),
        });
        all.set(col, { ...h, field: null, rule: READER().table.sameAs(this.label(taken, winner.text), field) });
        continue;
      }
      colOf[field] = col;
    }
    for (const col of cols) byCol.set(col, all.get(col)!);
    if (colOf.title == null && row !== undefined) {
      const from = (['unit', 'cause', 'category'] as const).filter((f) => colOf[f] != null);
      const msg = from.length
        ? TABLE().titleComposed(from.map((f) => `"${all.get(colOf[f]!)!.text}"`).join(' + '))
        : TABLE().noTitle;
      this.pendingHeaderIssues.push({ severity: 'warning', file: this.o.file, sheet: this.o.sheet, row, column: null, value: null, message: msg });
    }
    const mapped = Object.values(colOf);
    // Without a date column, dates come from date rows: the gate weighs them as column 0.
    return { row, byCol, colOf, columnOf: (f) => colOf[f] ?? (f === 'date' ? 0 : -1), firstCol: mapped.length ? Math.min(...mapped) : cols[0] ?? 1, checked: false };
  }

  /**
   * The header checked against the first data row under it: a date column holding only times is
   * the start time, a start/end column holding only dates is a date. Said in the column's rule.
   */
  private checkHeader(h: Header, byField: FieldCells): void {
    h.checked = true;
    const move = (from: Field, to: Field, why: string) => {
      const col = h.colOf[from];
      if (col == null || h.colOf[to] != null) return;
      const c = h.byCol.get(col)!;
      if (c.forced) return;
      c.field = to;
      c.rule = `${c.rule}; ${why}`;
      delete h.colOf[from];
      h.colOf[to] = col;
      const v = byField.get(from);
      if (v) {
        byField.delete(from);
        byField.set(to, v);
      }
    };
    const s = (f: Field) => {
      const c = byField.get(f);
      return c ? shape(c.value) : null;
    };
    if (s('date') === 'time' && h.colOf.start == null) move('date', 'start', TABLE().timeOnly);
    if (s('start') === 'date' && h.colOf.date == null) move('start', 'date', TABLE().dateOnly);
    if (s('end') === 'date' && h.colOf.endDate == null) move('end', 'endDate', TABLE().endDateOnly);
    // "Type" / "Incident Type" over "Hardware", "Network": what kind of failure, not planned or unplanned.
    const kind = byField.get('kind');
    if (kind && typeof kind.value === 'string' && h.colOf.kind != null) {
      const v = kind.value.trim();
      const header = h.byCol.get(h.colOf.kind)!.text;
      if (v && !kindOfText(v) && !kindOfFlag(header, v)) move('kind', 'category', TABLE().notAKind(short(v)));
    }
    // "DownTime" over 45, 120 …: a length, not a clock time.
    if (s('start') === 'number' && h.colOf.duration == null && h.colOf.end == null) move('start', 'duration', TABLE().numberOnly);
  }

  private flushHeaderIssues(): void {
    this.o.issues.push(...this.pendingHeaderIssues);
    this.pendingHeaderIssues = [];
  }

  private label(col: number, headerText: string): string {
    return this.o.columnLabel === 'letter' || !headerText ? columnLetter(col) : headerText;
  }

  private rawCell(c: ScanCell, header: Header): RawCell {
    const h = header.byCol.get(c.col);
    const column = this.label(c.col, h?.text ?? '');
    const cell: RawCell = { value: c.value, column };
    if (c.numFmt) cell.numFmt = c.numFmt;
    if (h?.text) cell.header = h.text;
    if (h?.field === 'duration' && h.unit) cell.minutesPerUnit = MINUTES_PER_UNIT[h.unit];
    return cell;
  }

  private extraOf(extra: ScanCell[], header: Header): Record<string, string> {
    const out: Record<string, string> = {};
    for (const c of extra) {
      const h = header.byCol.get(c.col);
      const key = h?.text || `Kolom ${columnLetter(c.col)}`;
      const v = c.value instanceof Date ? c.value.toISOString().replace(/T00:00:00\.000Z$/, '').replace(/\.000Z$/, '') : textOf(c.value);
      out[key] = out[key] ? `${out[key]} ${v}` : v;
    }
    return out;
  }

  private newIncident(row: number, byField: FieldCells, extra: ScanCell[], header: Header, gap: number): void {
    const cells: Partial<Record<Field, RawCell>> = {};
    for (let k = 0; k < byField.size; k++) cells[byField.fieldAt(k)] = this.rawCell(byField.cellAt(k), header);
    // A row with a date of its own ends the date row's reach; one without takes it.
    if (cells.date) this.groupDate = null;
    else if (this.groupDate) cells.date = { ...this.groupDate };
    if (!cells.date && header.colOf.date != null && this.current?.dateCell && gap === 0) {
      const dateCol = header.colOf.date;
      cells.date = { ...this.current.dateCell };
      const top = this.o.merges?.coveredFromAbove(row, dateCol);
      this.issue(
        row,
        dateCol,
        textOf(cells.date.value),
        top != null ? TABLE().dateFromMerged : TABLE().dateFromAbove,
      );
    }
    const raw: RawRow = {
      source: { file: this.o.file, sheet: this.o.sheet, row },
      cells,
      sectionKind: this.section?.kind ?? null,
      sectionTitle: this.section?.title ?? null,
      extra: this.extraOf(extra, header),
    };
    if (header.colOf.title == null) raw.titleColumn = false;
    // "INC-0042", "TKT/2024/117": an incident's own number is kept with it; a row number is its place.
    const no = byField.get('no');
    if (no && !isRowNumber(no.value)) Object.assign(raw.extra, this.extraOf([no], header));
    for (const f in cells) {
      if (DATE_FIELDS.has(f as Field)) this.gate.observe(header.columnOf(f as Field), cells[f as Field]!);
    }
    this.gate.push(raw, header.columnOf);
    this.incidents++;
    this.current = { raw, dateCell: cells.date ?? null };
  }

  /** Whether the header's column of `f` is covered, at this row, by a merge starting below the header. */
  private merged(header: Header, row: number, f: Field): boolean {
    const col = header.colOf[f];
    if (col == null || !this.o.merges) return false;
    const top = this.o.merges.coveredFromAbove(row, col);
    return top != null && top > (header.row ?? 0);
  }

  private continueIncident(row: number, byField: FieldCells, extra: ScanCell[], header: Header): void {
    const cur = this.current!.raw;
    for (let k = 0; k < byField.size; k++) {
      const f = byField.fieldAt(k);
      const c = byField.cellAt(k);
      if (!APPENDABLE.has(f) || typeof c.value !== 'string') {
        this.issue(row, c.col, textOf(c.value), TABLE().continuationIgnored);
        continue;
      }
      const existing = cur.cells[f];
      if (existing) existing.value = joinContinuation(textOf(existing.value), c.value);
      else cur.cells[f] = this.rawCell(c, header);
    }
    for (const [k, v] of Object.entries(this.extraOf(extra, header))) cur.extra[k] = cur.extra[k] ? joinContinuation(cur.extra[k]!, v) : v;
  }

  private issue(row: number, col: number, value: string | null, message: string): void {
    const h = this.header?.byCol.get(col);
    this.o.issues.push({
      severity: 'warning',
      file: this.o.file,
      sheet: this.o.sheet,
      row,
      column: this.label(col, h?.text ?? ''),
      value: value == null ? null : short(value),
      message,
    });
  }

  private note(row: number, col: number, value: string | null, message: string): void {
    this.issue(row, col, value, message);
  }

  private sheetIssue(message: string, column: string | null): void {
    this.o.issues.push({ severity: 'warning', file: this.o.file, sheet: this.o.sheet, row: null, column, value: null, message });
  }
}

/** Vertical merges only (a horizontal merge never hides a value from the row below). */
export function mergeLookup(ranges: { top: number; left: number; bottom: number; right: number }[]): MergeLookup | undefined {
  const map = new Map<number, number>();
  for (const r of ranges) {
    if (r.bottom <= r.top) continue;
    // Caps keep a pathological "A1:Z100000" merge from costing memory.
    for (let row = r.top + 1; row <= Math.min(r.bottom, r.top + 5000); row++) {
      for (let col = r.left; col <= Math.min(r.right, r.left + 64); col++) map.set(row * 20000 + col, r.top);
    }
  }
  if (map.size === 0) return undefined;
  return { coveredFromAbove: (row, col) => map.get(row * 20000 + col) ?? null };
}
