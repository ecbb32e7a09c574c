// The part every source shares: rows of cells in, incidents out. Finds the header row wherever it
// is, follows section titles ("1. Laporan Downtime Tidak Terencana"), folds continuation rows into
// the incident above, and says in an Issue what it skipped and why.
import type { CellValue, Field, Issue, Kind, RawCell, RawRow } from '../types.js';
import { columnLetter } from './cells.js';
import { FOOTER_RE, SECTION_TITLE_MAX_LENGTH, fieldForHeader, headerFields, isRowNumber, joinContinuation, sectionKindOf } from './headers.js';

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

export interface SheetReport {
  sheet: string | null;
  rows: number;
  headerRow: number | null;
  columns: Partial<Record<Field, string>>;
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

export interface ScanOptions {
  file: string;
  sheet: string | null;
  /** xlsx names columns by letter; CSV and SQLite by their header text. */
  columnLabel: 'letter' | 'header';
  merges?: MergeLookup | undefined;
  /** Off for SQLite: a result set has a fixed header and no section rows. */
  detectLayout?: boolean;
  issues: Issue[];
  rows: RowSink;
}

interface HeaderColumn {
  field: Field;
  /** The header text as written, e.g. "Lama (menit)". */
  text: string;
}

interface Header {
  row: number | null;
  byCol: Map<number, HeaderColumn>;
  colOf: Partial<Record<Field, number>>;
  firstCol: number;
}

/** Fields whose text a continuation row may extend. */
const APPENDABLE = new Set<Field>(['title', 'cause', 'followUp', 'pic']);

function textOf(v: CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}

export class TableScanner {
  private readonly o: ScanOptions;
  private readonly detectLayout: boolean;
  private header: Header | null = null;
  private firstHeader: Header | null = null;
  private expectSubheader = false;
  /** Duplicate-column warnings wait for a possible sub-header line that resolves them. */
  private pendingHeaderIssues: Issue[] = [];
  private section: { kind: Kind | null; title: string } | null = null;
  private current: { raw: RawRow; dateCell: RawCell | null } | null = null;
  private lastContentRow = 0;
  private incidents = 0;
  private sawContent = false;

  constructor(opts: ScanOptions) {
    this.o = opts;
    this.detectLayout = opts.detectLayout ?? true;
  }

  /** For sources whose header is known (SQLite column names). Returns false if not a log table. */
  fixHeader(names: string[]): boolean {
    const cells = names.map((n, i) => ({ col: i + 1, value: n as CellValue }));
    const fields = headerFields(cells);
    if (!fields) return false;
    this.setHeader(null, cells, fields);
    return true;
  }

  push(row: ScanRow): void {
    const filled = row.cells.filter((c) => c.value !== null);
    if (filled.length === 0) return;
    this.sawContent = true;

    if (this.detectLayout) {
      if (this.expectSubheader) {
        this.expectSubheader = false;
        const sub = this.trySubheader(row.row, filled);
        this.flushHeaderIssues();
        if (sub) return;
      }
      const section = this.sectionTitleOf(filled);
      if (section) {
        this.section = section;
        this.current = null;
        this.lastContentRow = row.row;
        return;
      }
      const fields = headerFields(filled);
      if (fields) {
        this.setHeader(row.row, filled, fields);
        return;
      }
    }
    const header = this.header;
    if (!header) return; // letterhead and preamble above the table

    const byField = new Map<Field, ScanCell>();
    for (const c of row.cells) {
      const h = header.byCol.get(c.col);
      if (!h) continue;
      if (c.error) this.issue(row.row, c.col, c.error, `sel berisi galat Excel (${c.error}); dianggap kosong`);
      if (c.value !== null) byField.set(h.field, c);
    }
    // Notes in unmapped columns and pre-numbered empty template lines count as blank.
    if (byField.size === 0 || (byField.size === 1 && byField.has('no'))) return;

    const gap = row.row - this.lastContentRow - 1;
    this.lastContentRow = row.row;
    const first = filled[0]!;

    const hasNo = isRowNumber(byField.get('no')?.value ?? null);
    const hasDate = byField.has('date');
    const hasTitle = byField.has('title');
    const hasTimes = byField.has('start') || byField.has('end') || byField.has('duration');
    const undated = !hasNo && !hasDate && !hasTimes && !filled.some((c) => c.value instanceof Date);
    if (undated && typeof first.value === 'string' && FOOTER_RE.test(first.value)) {
      this.issue(row.row, first.col, first.value, 'baris di bawah tabel diabaikan (tanda tangan/catatan, bukan data kejadian)');
      this.current = null;
      return;
    }

    const textOnly = [...byField].every(([f, c]) => APPENDABLE.has(f) && typeof c.value === 'string');
    const merged = (f: Field): boolean => {
      const col = header.colOf[f];
      if (col == null || !this.o.merges) return false;
      const top = this.o.merges.coveredFromAbove(row.row, col);
      return top != null && top > (header.row ?? 0);
    };

    if (!hasNo && !hasTitle && !hasDate && merged('title') && this.current && gap === 0) {
      this.continueIncident(row.row, byField, header);
      return;
    }
    if (!hasNo && !hasDate && !hasTimes && textOnly) {
      // A title of its own next to a No/date merged from above is a second incident of that day;
      // without one it is the incident above spilling into another row.
      if (hasTitle && (merged('no') || merged('date')) && !merged('title')) {
        this.newIncident(row.row, byField, header, gap);
        return;
      }
      if (this.current && gap <= 1) {
        this.continueIncident(row.row, byField, header);
        return;
      }
      this.issue(row.row, first.col, textOf(first.value), 'teks tanpa No/Tanggal dan tanpa kejadian di atasnya; baris diabaikan');
      this.current = null;
      return;
    }
    if (hasNo || hasDate || hasTitle) {
      this.newIncident(row.row, byField, header, gap);
      return;
    }
    this.issue(row.row, first.col, textOf(first.value), 'baris tanpa No, Tanggal, maupun Kejadian; diabaikan');
    this.current = null;
  }

  finish(): SheetReport {
    this.flushHeaderIssues();
    const h = this.firstHeader;
    if (!h && this.sawContent) {
      // the sheet is named by the issue's location already
      this.o.issues.push({
        severity: 'warning',
        file: this.o.file,
        sheet: this.o.sheet,
        row: null,
        column: null,
        value: null,
        message: `tidak ada tabel log yang dikenali (baris judul dengan kolom Kejadian/Tanggal tidak ditemukan)`,
      });
    }
    const columns: Partial<Record<Field, string>> = {};
    if (h) for (const [field, col] of Object.entries(h.colOf) as [Field, number][]) columns[field] = h.byCol.get(col)?.text ?? '';
    return { sheet: this.o.sheet, rows: this.incidents, headerRow: h?.row ?? null, columns, recognised: !!h };
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

  private setHeader(row: number | null, cells: ScanCell[], fields: Map<number, Field>): void {
    const byCol = new Map<number, HeaderColumn>();
    for (const c of cells) {
      const f = fields.get(c.col);
      if (f) byCol.set(c.col, { field: f, text: textOf(c.value).replace(/\s+/g, ' ').trim() });
    }
    this.flushHeaderIssues();
    this.header = this.buildHeader(row, byCol);
    this.firstHeader ??= this.header;
    this.expectSubheader = row != null;
    this.current = null;
    if (row != null) this.lastContentRow = row;
  }

  /** A second header line under a merged group ("Waktu" over "Mulai | Selesai") refines the first. */
  private trySubheader(row: number, filled: ScanCell[]): boolean {
    const h = this.header;
    if (!h) return false;
    const found: [number, Field, string][] = [];
    for (const c of filled) {
      const f = fieldForHeader(c.value);
      if (!f) return false;
      found.push([c.col, f, textOf(c.value).trim()]);
    }
    const byCol = new Map(h.byCol);
    for (const [col, field, text] of found) {
      const parent = byCol.get(col);
      byCol.set(col, { field, text: parent ? `${parent.text} ${text}` : text });
    }
    this.pendingHeaderIssues = [];
    const rebuilt = this.buildHeader(h.row, byCol);
    if (this.firstHeader === h) this.firstHeader = rebuilt;
    this.header = rebuilt;
    this.lastContentRow = row;
    return true;
  }

  /** First column wins when two name the same field; the other is reported and ignored. */
  private buildHeader(row: number | null, all: Map<number, HeaderColumn>): Header {
    const byCol = new Map<number, HeaderColumn>();
    const colOf: Partial<Record<Field, number>> = {};
    for (const col of [...all.keys()].sort((a, b) => a - b)) {
      const h = all.get(col)!;
      const taken = colOf[h.field];
      if (taken != null) {
        this.pendingHeaderIssues.push({
          severity: 'warning',
          file: this.o.file,
          sheet: this.o.sheet,
          row,
          column: this.label(col, h.text),
          value: h.text,
          message: `kolom "${h.text}" dan kolom "${all.get(taken)?.text ?? ''}" sama-sama berarti ${h.field}; yang dipakai kolom ${this.label(taken, all.get(taken)?.text ?? '')}`,
        });
        continue;
      }
      colOf[h.field] = col;
      byCol.set(col, h);
    }
    return { row, byCol, colOf, firstCol: Math.min(...byCol.keys()) };
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
    const text = h?.text || undefined;
    // Whole literals, not properties added later: a cell then fits in one small object, which is
    // most of the memory of a 100,000-row import.
    if (c.numFmt) return text ? { value: c.value, column, numFmt: c.numFmt, header: text } : { value: c.value, column, numFmt: c.numFmt };
    return text ? { value: c.value, column, header: text } : { value: c.value, column };
  }

  private newIncident(row: number, byField: Map<Field, ScanCell>, header: Header, gap: number): void {
    const cells: Partial<Record<Field, RawCell>> = {};
    for (const [f, c] of byField) cells[f] = this.rawCell(c, header);
    if (!cells.date && header.colOf.date != null && this.current?.dateCell && gap === 0) {
      const dateCol = header.colOf.date;
      cells.date = { ...this.current.dateCell };
      const top = this.o.merges?.coveredFromAbove(row, dateCol);
      this.issue(
        row,
        dateCol,
        textOf(cells.date.value),
        top != null ? 'tanggal diambil dari baris di atas (sel gabungan)' : 'tanggal kosong; diambil dari baris di atas (dianggap sel gabungan)',
      );
    }
    const raw: RawRow = {
      source: { file: this.o.file, sheet: this.o.sheet, row },
      cells,
      sectionKind: this.section?.kind ?? null,
      sectionTitle: this.section?.title ?? null,
      extra: {},
    };
    this.o.rows.push(raw);
    this.incidents++;
    this.current = { raw, dateCell: cells.date ?? null };
  }

  private continueIncident(row: number, byField: Map<Field, ScanCell>, header: Header): void {
    const cur = this.current!.raw;
    for (const [f, c] of byField) {
      if (!APPENDABLE.has(f) || typeof c.value !== 'string') {
        this.issue(row, c.col, textOf(c.value), 'nilai pada baris lanjutan diabaikan (baris ini dianggap bagian dari kejadian di atasnya)');
        continue;
      }
      const existing = cur.cells[f];
      if (existing) existing.value = joinContinuation(textOf(existing.value), c.value);
      else cur.cells[f] = this.rawCell(c, header);
    }
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
