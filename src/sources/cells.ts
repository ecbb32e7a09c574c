// Cell values as exceljs' streaming reader hands them over → the plain CellValue of the contract.
import type { CellValue } from '../types.js';

/** Letters of the columns asked for so far (every cell of every row asks for its column's). */
const LETTERS: string[] = [];

/** 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  if (Number.isInteger(col) && col >= 1 && col <= 16_384) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export type FmtKind = 'date' | 'time' | null;

/**
 * What an Excel number format shows: a calendar date (with or without a time), only a time of day
 * or an elapsed time ("h:mm", "[h]:mm"), or a plain number. exceljs calls all of the first two
 * "date" and turns 0.4375 shown as "10:30" into 30 Dec 1899 10:30; we keep those as numbers.
 */
const fmtKinds = new Map<string, FmtKind>();

export function numFmtKind(fmt: string | undefined): FmtKind {
  if (!fmt) return null;
  // A workbook has a handful of formats and 100,000s of cells: classify each format once.
  let kind = fmtKinds.get(fmt);
  if (kind === undefined) {
    kind = classifyNumFmt(fmt);
    if (fmtKinds.size < 10_000) fmtKinds.set(fmt, kind);
  }
  return kind;
}

function classifyNumFmt(fmt: string): FmtKind {
  if (/^general$/i.test(fmt)) return null;
  // Only the first section (positive numbers) matters.
  const first = fmt.split(';')[0] ?? '';
  const elapsed = /\[(h+|m+|s+)\]/i.test(first);
  const clean = first
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[[^\]]*\]/g, '');
  const hasTime = elapsed || /[hs]/i.test(clean);
  // 'm' is minutes next to h or s, months otherwise.
  const hasDate = /[yd]/i.test(clean) || (/m/i.test(clean) && !hasTime);
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  return null;
}

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial (1900 date system). */
const EPOCH_SERIAL = 25569;

/** Excel serial → Date holding Excel's clock time in its UTC fields (what exceljs does). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_SERIAL + (date1904 ? 1462 : 0)) * MS_PER_DAY));
}

/** Inverse of serialToDate, rounded to the second so 10:30 comes back as exactly 0.4375. */
export function dateToSerial(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + EPOCH_SERIAL - (date1904 ? 1462 : 0);
  return Math.round(serial * 86_400) / 86_400;
}

const EDGE_OR_CR = /\r|^[\s\u00a0\ufeff]|[\s\u00a0\ufeff]$/;

/** Excel's own limit for one cell (the xlsx and xls readers refuse longer text, see zip.ts). */
export const MAX_CELL_CHARS = 32_767;
/** Longest CSV record or SQLite row, in characters of its values: far above any real log row. */
export const MAX_RECORD_CHARS = 1_000_000;

/**
 * Invisible characters no log text needs and every output chokes on: C0 controls other than tab
 * and line feed, DEL, C1 controls, the bidirectional embeddings/overrides/isolates (U+202A–U+202E,
 * U+2066–U+2069: U+202E shows text reversed), U+FFFE/U+FFFF and lone surrogates (not XML).
 * One test per cell; matches are rare.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROLS_ALL = new RegExp(CONTROLS.source, 'g');

/**
 * `s` without invisible control characters, and the code points removed ("U+202E"), or null when
 * there were none (the usual case, same string back). The table scanner calls this on every text
 * cell and turns a removal into a warning with file, row and column.
 */
export function stripControls(s: string): { text: string; removed: string[] } | null {
  if (!CONTROLS.test(s)) return null;
  const removed = new Set<string>();
  const text = s.replace(CONTROLS_ALL, (c) => {
    removed.add(`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  return { text, removed: [...removed] };
}

/** Trimmed text, CRLF → LF, whitespace-only → null. */
export function cleanText(s: string): string | null {
  // Most cells need no change; returning the same string keeps one copy in memory, not two.
  if (s !== '' && !EDGE_OR_CR.test(s)) return s;
  const t = s.replace(/\r\n?/g, '\n').replace(/^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/g, '');
  return t === '' ? null : t;
}

export interface ConvertedCell {
  value: CellValue;
  /** Set when the cell held an Excel error (#N/A, #REF!): the value is null and this says why. */
  error?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

/**
 * exceljs value → CellValue. Rich text is joined, a hyperlink gives its text, a formula its cached
 * result (the formula text when Excel saved none), an error cell null. Time-only formats give the
 * fraction of a day as a number; date formats give a Date (Excel clock time in UTC fields).
 */
export function convertExcelValue(raw: unknown, numFmt: string | undefined, date1904: boolean): ConvertedCell {
  if (raw == null) return { value: null };
  if (typeof raw === 'string') return { value: cleanText(raw) };
  if (typeof raw === 'boolean') return { value: raw };
  if (typeof raw === 'number') return { value: numberCellValue(raw, numFmt, date1904) };
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { value: null };
    return { value: numFmtKind(numFmt) === 'time' ? dateToSerial(raw, date1904) : raw };
  }
  if (isRecord(raw)) {
    if (Array.isArray(raw.richText)) {
      const text = raw.richText.map((r: unknown) => (isRecord(r) && typeof r.text === 'string' ? r.text : '')).join('');
      return { value: cleanText(text) };
    }
    if ('error' in raw) return { value: null, error: String(raw.error) };
    if ('formula' in raw || 'sharedFormula' in raw) {
      const result = raw.result;
      const f = typeof raw.formula === 'string' && raw.formula ? `=${raw.formula}` : null;
      // The streaming reader parses an error result ("#DIV/0!") as a number: NaN.
      if (typeof result === 'number' && Number.isNaN(result)) return { value: null, error: f ?? '#ERROR' };
      if (result === undefined || result === null) return { value: f };
      if (isRecord(result) && 'error' in result) return { value: null, error: String(result.error) };
      return convertExcelValue(result, numFmt, date1904);
    }
    if ('text' in raw) return convertExcelValue(raw.text, numFmt, date1904);
  }
  return { value: cleanText(String(raw)) };
}

/** A number cell's value: a Date when its format shows a date, else the number (null if not finite). */
export function numberCellValue(n: number, numFmt: string | undefined, date1904: boolean): CellValue {
  if (!Number.isFinite(n)) return null;
  // A formula result is a bare number even when the cell is formatted as a date.
  if (numFmtKind(numFmt) === 'date') return serialToDate(n, date1904);
  return n;
}

/**
 * Built-in number format ids (ECMA-376 §18.8.30), used by .xlsx styles and by BIFF8 files without a
 * FORMAT record, spelled as exceljs spells them so an
 * .xls and its .xlsx give the same numFmt. 27–36 and 50–58 are East Asian locale dates (32–35
 * times); only whether they are a date or a time matters here.
 */
export const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};
for (const id of [27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILTIN_FORMATS[id] = 'yyyy/m/d';
for (const id of [32, 33, 34, 35]) BUILTIN_FORMATS[id] = 'h:mm:ss';
