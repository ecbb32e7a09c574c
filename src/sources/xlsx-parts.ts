// What each SpreadsheetML part means, as XmlHandlers: worksheet cells and merges, shared strings,
// number formats, the sheet list, relationships. Values stay raw strings here; xlsx-reader.ts
// converts them. The handlers work the same driven by xml-scan.ts or by saxes (the differential test).
import type { MergeRange } from './zip.js';
import type { XmlAttrs, XmlHandler } from './xml-scan.js';

const ESCAPE_RE = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML escapes characters XML cannot hold as `_xHHHH_` (Excel writes a CR as `_x000D_`). */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(ESCAPE_RE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Excel's own limit on the text of one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;
const MAX_COL = 16_384;
const MAX_ROW = 1_048_576;

export interface RawCell {
  /** 1-based. */
  col: number;
  /** The `t` attribute: s, inlineStr, b, e, str, d, n (or null). */
  t: string | null;
  /** Index into cellXfs. */
  s: number;
  v: string | null;
  f: string | null;
  /** Inline string text (`<is>`), runs joined, phonetic runs left out. */
  is: string | null;
}

export interface RawRow {
  row: number;
  cells: RawCell[];
}

/** A cell text over Excel's limit, or a cell position Excel cannot have. */
export class PartDamage extends Error {
  constructor(
    readonly kind: 'long-text' | 'position',
    readonly where: string,
    message: string,
  ) {
    super(message);
    this.name = 'PartDamage';
  }
}

/** "AB12" → 28 (letters only; the row part is the <row>'s business). 0 when there are no letters. */
export function refColumn(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 32; // lower case
    if (ch < 97 || ch > 122) break;
    n = n * 26 + (ch - 96);
  }
  return n;
}

function refRow(ref: string): number {
  const m = /(\d+)$/.exec(ref);
  return m ? Number(m[1]) : 0;
}

function tooLong(where: string, length: number): PartDamage {
  return new PartDamage('long-text', where, `text of ${length} characters at ${where}`);
}

/** A worksheet: rows of raw cells (handed out in batches through `take()`) and `<mergeCell>`s. */
export class SheetHandler implements XmlHandler {
  wantText = false;
  readonly merges: MergeRange[] = [];
  private out: RawRow[] = [];
  private row: RawRow | null = null;
  private lastRow = 0;
  private lastCol = 0;
  private cell: RawCell | null = null;
  private capture: 'v' | 'f' | 'is' | null = null;
  private inIs = false;
  private inPhonetic = false;

  /** Rows finished since the last call. */
  take(): RawRow[] {
    const rows = this.out;
    this.out = [];
    return rows;
  }

  open(name: string, a: XmlAttrs, selfClosing: boolean): void {
    const cell = this.cell;
    if (cell) {
      if (name === 'v') {
        cell.v = '';
        this.capture = 'v';
      } else if (name === 'f') {
        cell.f = '';
        this.capture = 'f';
      } else if (name === 'is') {
        cell.is = '';
        this.inIs = true;
      } else if (name === 'rPh') this.inPhonetic = true;
      else if (name === 't' && this.inIs && !this.inPhonetic) this.capture = 'is';
      this.wantText = this.capture !== null;
      return;
    }
    if (name === 'c' && this.row) {
      const ref = a.get('r');
      const col = ref ? refColumn(ref) : this.lastCol + 1;
      if (col < 1 || col > MAX_COL) throw new PartDamage('position', ref ?? `row ${this.row.row}`, `column of cell ${ref ?? '?'} out of range`);
      this.lastCol = col;
      if (selfClosing) return;
      const s = a.get('s');
      this.cell = { col, t: a.get('t') ?? null, s: s ? Number(s) || 0 : 0, v: null, f: null, is: null };
    } else if (name === 'row') {
      const ref = a.get('r');
      const r = ref ? Number(ref) : this.lastRow + 1;
      if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new PartDamage('position', `row ${ref}`, `row number ${ref} out of range`);
      this.lastRow = r;
      this.lastCol = 0;
      this.row = { row: r, cells: [] };
      if (selfClosing) this.endRow();
    } else if (name === 'mergeCell' && a.get('ref')) {
      const [p, q = p] = a.get('ref')!.replace(/\$/g, '').split(':') as [string, string | undefined];
      const c1 = refColumn(p);
      const c2 = refColumn(q);
      const r1 = refRow(p);
      const r2 = refRow(q);
      if (c1 && c2 && r1 && r2) this.merges.push({ top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) });
    }
  }

  /**
   * `<c …><v>text</v></c>` at once: what open('c'), open('v'), text (when not empty), close('v') and
   * close('c') do, in that order, for a cell of the current row. Declined inside another cell or
   * outside a row (those five calls do other things there).
   */
  valueCell(a: XmlAttrs, text: string): boolean {
    if (this.cell || !this.row) return false;
    const ref = a.get('r');
    const col = ref ? refColumn(ref) : this.lastCol + 1;
    if (col < 1 || col > MAX_COL) throw new PartDamage('position', ref ?? `row ${this.row.row}`, `column of cell ${ref ?? '?'} out of range`);
    this.lastCol = col;
    const s = a.get('s');
    const cell: RawCell = { col, t: a.get('t') ?? null, s: s ? Number(s) || 0 : 0, v: '', f: null, is: null };
    if (text.length > EXCEL_MAX_CELL_CHARS * 2) throw tooLong(`cell ${this.where(cell)}`, text.length);
    cell.v = text;
    this.row.cells.push(cell);
    return true;
  }

  close(name: string): void {
    const cell = this.cell;
    if (!cell) {
      if (name === 'row' && this.row) this.endRow();
      return;
    }
    if (name === 'c') {
      this.row?.cells.push(cell);
      this.cell = null;
      this.capture = null;
      this.inIs = false;
      this.inPhonetic = false;
    } else if (name === 'v' || name === 'f' || name === 't') this.capture = null;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'is') this.inIs = false;
    this.wantText = this.capture !== null;
  }

  text(text: string): void {
    const cell = this.cell;
    const capture = this.capture;
    if (!cell || !capture) return;
    // Each field named, not cell[capture]: a property looked up by a varying name is a slow lookup.
    const next = ((capture === 'v' ? cell.v : capture === 'f' ? cell.f : cell.is) ?? '') + text;
    if (capture === 'is' && next.length > EXCEL_MAX_CELL_CHARS) throw tooLong(`cell ${this.where(cell)}`, next.length);
    // A formula or a cached value is bounded by Excel too; a longer one is not a spreadsheet's.
    if (next.length > EXCEL_MAX_CELL_CHARS * 2) throw tooLong(`cell ${this.where(cell)}`, next.length);
    if (capture === 'v') cell.v = next;
    else if (capture === 'f') cell.f = next;
    else cell.is = next;
  }

  private where(cell: RawCell): string {
    let n = cell.col;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    return `${s}${this.row?.row ?? ''}`;
  }

  private endRow(): void {
    if (this.row) this.out.push(this.row);
    this.row = null;
  }
}

/** xl/sharedStrings.xml: each `<si>`'s text runs joined; phonetic guides (`<rPh>`) left out. */
export class SharedStringsHandler implements XmlHandler {
  wantText = false;
  readonly strings: string[] = [];
  private cur: string | null = null;
  private inPhonetic = false;

  open(name: string): void {
    if (name === 'si') this.cur = '';
    else if (name === 'rPh') this.inPhonetic = true;
    else if (name === 't' && this.cur !== null && !this.inPhonetic) this.wantText = true;
  }

  close(name: string): void {
    if (name === 't') this.wantText = false;
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'si' && this.cur !== null) {
      this.strings.push(unescapeOoxml(this.cur));
      this.cur = null;
    }
  }

  text(text: string): void {
    const next = (this.cur ?? '') + text;
    if (next.length > EXCEL_MAX_CELL_CHARS) throw tooLong(`shared string ${this.strings.length + 1}`, next.length);
    this.cur = next;
  }
}

/** xl/styles.xml: the number format id of every cell format, and the custom format codes. */
export class StylesHandler implements XmlHandler {
  readonly wantText = false;
  readonly customFormats = new Map<number, string>();
  /** cellXfs index → numFmtId. */
  readonly xfFormats: number[] = [];
  private inCellXfs = false;

  open(name: string, a: XmlAttrs): void {
    if (name === 'numFmt') {
      const id = a.get('numFmtId');
      const code = a.get('formatCode');
      if (id != null && code != null) this.customFormats.set(Number(id), code);
    }
    else if (name === 'cellXfs') this.inCellXfs = true;
    else if (name === 'xf' && this.inCellXfs) this.xfFormats.push(Number(a.get('numFmtId') ?? 0) || 0);
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }

  text(): void {}
}

export interface SheetEntry {
  name: string;
  state: string;
  rId: string;
}

/** xl/workbook.xml: the sheets in tab order and the date system. */
export class WorkbookHandler implements XmlHandler {
  readonly wantText = false;
  readonly sheets: SheetEntry[] = [];
  date1904 = false;

  open(name: string, a: XmlAttrs): void {
    if (name === 'workbookPr') this.date1904 = /^(1|true)$/i.test(a.get('date1904') ?? '');
    else if (name === 'sheet') {
      // The relationship id's prefix is whatever the file declared (r:id, ns1:id…).
      const rIdKey = a.names().find((k) => k.endsWith(':id'));
      this.sheets.push({ name: a.get('name') ?? '', state: a.get('state') ?? 'visible', rId: rIdKey ? (a.get(rIdKey) ?? '') : '' });
    }
  }

  close(): void {}
  text(): void {}
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export class RelsHandler implements XmlHandler {
  readonly wantText = false;
  readonly rels: Relationship[] = [];

  open(name: string, a: XmlAttrs): void {
    const target = name === 'Relationship' ? a.get('Target') : undefined;
    if (target != null) {
      this.rels.push({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', target, external: /^external$/i.test(a.get('TargetMode') ?? '') });
    }
  }

  close(): void {}
  text(): void {}
}
