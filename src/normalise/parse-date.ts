// Date (and date-time) cells of legacy downtime logs. Day-first unless the column was shown to be
// month-first (see sources/date-order.ts); precision is kept as written ("Juni 2021" has no day).
import type { CellValue, DateOrder } from '../types.js';
import { EXCEL_EPOCH_MS, daysInMonthOf, fail, ok, quote, roundToSecond, type DateParts, type DateTimeValue, type ParseResult, type TimeParts } from './parse-types.js';
import { parseTimeRangeText } from './parse-time.js';
import { COMMON } from '../wording/common.js';
import { IMPORT } from '../wording/import.js';
import { dayFromWord, monthFromWord, normaliseText } from './words.js';

export type { DateParts, DateTimeValue, ParseResult, TimeParts } from './parse-types.js';

const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

type Found = { date: DateParts; rest: string } | { error: string } | null;

function daysInMonth(year: number | null, month: number): number {
  // Without a year, 29 Februari is allowed: it exists in some year.
  return daysInMonthOf(year ?? 2000, month);
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function monthOrError(word: string, raw: string): number | { error: string } {
  return monthFromWord(word) ?? { error: IMPORT().date.unknownMonth(word, quote(raw)) };
}

/** Finds the date at the start of normalised text; the rest may hold a time or time range. */
function findDate(s: string, raw: string, order: DateOrder): Found {
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(s); // ISO, year first
  if (m) return { date: { year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }, rest: s.slice(m[0].length) };
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/.exec(s); // dd/mm/yyyy, dd-mm-yy, dd.mm.yyyy (or as ordered)
  if (m && !(m[2] === '.' && m[4]?.length === 2)) {
    const [a, b, c] = [Number(m[1]), Number(m[3]), m[4] ?? ''];
    const date =
      order === 'mdy'
        ? { year: fullYear(c), month: a, day: b }
        : order === 'ymd' && c.length === 2
          ? { year: fullYear(m[1] ?? ''), month: b, day: Number(c) }
          : { year: fullYear(c), month: b, day: a };
    return { date, rest: s.slice(m[0].length) };
  }
  m = /^(\d{1,2})[/-](\d{4})$/.exec(s); // mm/yyyy
  if (m) return { date: { year: Number(m[2]), month: Number(m[1]), day: null }, rest: '' };
  m = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-/.]\s*|\s*)([a-z]+)\.?(?:(?:\s*[-/,.]\s*|\s*)['’]?(\d{4}|\d{2})(?![\d.:]))?/.exec(s); // 1 Okt 2022, 01-Okt-22, 4 Maret '24, 4th March 2024, 10 November
  if (m) {
    const month = monthOrError(m[2] ?? '', raw);
    if (typeof month !== 'number') return month;
    return { date: { year: m[3] ? fullYear(m[3]) : null, month, day: Number(m[1]) }, rest: s.slice(m[0].length) };
  }
  m = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/.exec(s); // October 1, 2022 (en-US), March 4th, 2024
  if (m && monthFromWord(m[1] ?? '') !== null) {
    return { date: { year: Number(m[3]), month: monthFromWord(m[1] ?? '') ?? 0, day: Number(m[2]) }, rest: s.slice(m[0].length) };
  }
  m = /^([a-z]+)\.?(?:\s*[-/,']\s*|\s+)?(\d{4}|\d{2})$/.exec(s); // Juni 2021, Jun-21
  if (m) {
    const month = monthOrError(m[1] ?? '', raw);
    if (typeof month !== 'number') return month;
    return { date: { year: fullYear(m[2] ?? ''), month, day: null }, rest: '' };
  }
  return null;
}

/** Says exactly what is wrong ("tanggal 31 tidak ada di bulan Februari 2022"), or null. */
function checkDate(d: DateParts): string | null {
  const W = IMPORT().date;
  if (d.month < 1 || d.month > 12) return W.badMonth(d.month);
  if (d.year !== null && (d.year < MIN_YEAR || d.year > MAX_YEAR)) return W.badYear(d.year, MIN_YEAR, MAX_YEAR);
  if (d.day !== null && (d.day < 1 || d.day > daysInMonth(d.year, d.month))) {
    return W.badDay(d.day, COMMON().months[d.month - 1] ?? String(d.month), d.year);
  }
  return null;
}

/** ISO time after an ISO date: "T08:30:00", " 08:30:00.000", "T08:30+07:00", "…Z". */
function isoTime(rest: string): TimeParts | null {
  const m = /^(?:t|\s)(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?$/.exec(rest);
  if (!m) return null;
  let offset: number | null = null;
  const z = m[4];
  if (z === 'z') offset = 0;
  else if (z) offset = (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2)));
  const t = { hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? 0), utcOffsetMinutes: offset, lowConfidence: false };
  return t.hour > 23 || t.minute > 59 || t.second > 59 ? null : t;
}

/** A UTC instant whose fields are the Excel clock; 00:00:00 means the cell held a date only. */
function fromUtcMs(ms: number, warnings: string[]): ParseResult<DateTimeValue> {
  const d = new Date(roundToSecond(ms));
  const date: DateParts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  const bad = checkDate(date);
  if (bad) return fail(bad);
  const [hour, minute, second] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  const time = hour || minute || second ? { hour, minute, second, utcOffsetMinutes: null, lowConfidence: false } : null;
  return ok({ date, time, endTime: null, openEnd: false }, warnings);
}

function fromSerial(n: number, warnings: string[]): ParseResult<DateTimeValue> {
  const W = IMPORT().date;
  if (!Number.isFinite(n) || n < 0) return fail(W.notRecognised(quote(n)));
  if (n < 1) return fail(W.timeOnly(quote(n)));
  // Beyond 9999-12-31 a Date cannot even be built; such a number is not an Excel date.
  if (n > 2_958_465) return fail(W.notExcelDate(n));
  return fromUtcMs(EXCEL_EPOCH_MS + Math.round(n * 86400) * 1000, warnings);
}

/** "20240304" (yyyymmdd), as databases export dates; as a number that big it is no Excel serial. */
const COMPACT_DATE = /^(19|20)(\d{2})(\d{2})(\d{2})$/;

function compactDate(m: RegExpExecArray): ParseResult<DateTimeValue> {
  const date = { year: Number(m[1]! + m[2]!), month: Number(m[3]), day: Number(m[4]) };
  const bad = checkDate(date);
  if (bad) return fail(bad);
  return ok({ date, time: null, endTime: null, openEnd: false }, []);
}

/** Strips "Tgl."/"tanggal" and a leading day name ("Senin, "), in either order. */
function stripPrefixes(s: string): { s: string; weekday: number | null } {
  let weekday: number | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    const p = /^(?:tgl|tanggal)\.?\s*:?\s*/.exec(s);
    if (p && p[0].length > 0) {
      s = s.slice(p[0].length);
      changed = true;
    }
    const d = /^([a-z']+)\.?(?:\s*,\s*|\s+)/.exec(s);
    const day = d ? dayFromWord(d[1] ?? '') : null;
    if (d && day !== null && weekday === null) {
      weekday = day;
      s = s.slice(d[0].length);
      changed = true;
    }
  }
  return { s, weekday };
}

function parseDateText(raw: string, order: DateOrder): ParseResult<DateTimeValue> {
  const W = IMPORT().date;
  const norm = normaliseText(raw);
  if (norm === '') return fail(W.empty);
  if (/^\d{5}(?:\.\d+)?$/.test(norm)) {
    return fromSerial(Number(norm), [W.serial(quote(raw))]);
  }
  const compact = COMPACT_DATE.exec(norm);
  if (compact) return compactDate(compact);
  const { s, weekday } = stripPrefixes(norm);
  const found = findDate(s, raw, order);
  if (found === null) return fail(W.notRecognised(quote(raw)));
  if ('error' in found) return fail(found.error);
  const { date } = found;
  const bad = checkDate(date);
  if (bad) return fail(bad);
  const warnings: string[] = [];
  if (weekday !== null && date.year !== null && date.day !== null) {
    const actual = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (actual !== weekday) {
      warnings.push(W.weekdayMismatch(W.days[weekday] ?? '', date.day, COMMON().months[date.month - 1] ?? '', date.year, W.days[actual] ?? ''));
    }
  }
  const value: DateTimeValue = { date, time: null, endTime: null, openEnd: false };
  const iso = isoTime(found.rest);
  if (iso) return ok({ ...value, time: iso }, warnings);
  const rest = found.rest.replace(/^[\s,;]+/, '');
  if (rest === '') return ok(value, warnings);
  if (date.day === null) return fail(W.timeWithoutDay(quote(raw)));
  const range = parseTimeRangeText(rest);
  if (!range.ok) return fail(W.inValue(range.error, quote(raw)));
  warnings.push(...range.warnings);
  return ok({ date, time: range.value.start, endTime: range.value.end, openEnd: range.value.openEnd }, warnings);
}

/**
 * A date cell from any source. A Date from exceljs is read through its UTC fields (the Excel
 * clock); a number is an Excel serial; text is day-first, with an optional time or time range.
 */
export function parseDateCell(v: CellValue, order: DateOrder = 'dmy'): ParseResult<DateTimeValue> {
  const W = IMPORT().date;
  if (v === null) return fail(W.empty);
  if (typeof v === 'boolean') return fail(W.notRecognised(quote(v)));
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail(W.excelInvalid);
    return fromUtcMs(v.getTime(), []);
  }
  if (typeof v === 'number') {
    const compact = Number.isInteger(v) ? COMPACT_DATE.exec(String(v)) : null;
    return compact ? compactDate(compact) : fromSerial(v, []);
  }
  return parseDateText(v, order);
}
