// Result shapes shared by the date, time and duration parsers. Parsers never throw on user data:
// they return a message (in the language people read, see src/wording) the importer attaches to the cell.
import type { CellValue } from '../types.js';

export type ParseResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

/** year null = not written ("10 November"); day null = month precision ("Juni 2021"). */
export interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

export interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  /** From WIB/WITA/WIT (or an ISO offset), else null: the caller applies the hospital zone. */
  utcOffsetMinutes: number | null;
  /** Read from words ("jam 7 pagi", "3 sore") or a bare hour: a guess the user should confirm. */
  lowConfidence: boolean;
}

export interface DateTimeValue {
  date: DateParts;
  time: TimeParts | null;
  /** "1 Okt 2022 08.00 s.d. 10.30" */
  endTime: TimeParts | null;
  /** "s.d. selesai": the end is not known yet. */
  openEnd: boolean;
}

export function ok<T>(value: T, warnings: string[] = []): ParseResult<T> {
  return { ok: true, value, warnings };
}

export function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

/** A cell value quoted for a message, e.g. "kemarin sore". */
export function quote(v: CellValue): string {
  if (v instanceof Date) return `"${Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()}"`;
  return `"${String(v)}"`;
}

/** Days since 1899-12-30, the Excel (Windows, 1900 system) serial epoch, as UTC ms. */
export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** exceljs Dates carry float noise (08:29:59.999); round to the second before reading fields. */
export function roundToSecond(ms: number): number {
  return Math.round(ms / 1000) * 1000;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * `new Date(Date.UTC(year, month, 0)).getUTCDate()`: the days of `month` (1–12) in `year`. By
 * arithmetic for years 100–9999, where the Gregorian rule is all Date applies (it reads years
 * 0–99 as 1900–1999), without a Date for every imported row; by the Date itself otherwise.
 */
export function daysInMonthOf(year: number, month: number): number {
  if (Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(year) && year >= 100 && year <= 9999) {
    if (month !== 2) return MONTH_DAYS[month - 1]!;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
