// Time-of-day parsing for downtime logs: "08.30" (PUEBI), "08:30", "08.30.00" (Indonesian Excel),
// "pukul 08.30 WIB", Excel fractions of a day, and spoken forms like "jam 7 pagi" (low confidence).
import type { CellValue } from '../types.js';
import { EXCEL_EPOCH_MS, fail, ok, quote, roundToSecond, type ParseResult, type TimeParts } from './parse-types.js';
import { IMPORT } from '../wording/import.js';
import { normaliseText } from './words.js';

export type TimeRange = { start: TimeParts; end: TimeParts | null; openEnd: boolean };

const ZONES: Record<string, number> = { wib: 420, wita: 480, wit: 540 };

/** Hours a period word can denote; the first of h / h+12 inside the set wins ("3 sore" → 15). */
const PERIODS: Record<string, { hours: number[]; typical: number }> = {
  'dini hari': { hours: [0, 1, 2, 3, 4], typical: 2 },
  pagi: { hours: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], typical: 8 },
  siang: { hours: [10, 11, 12, 13, 14, 15], typical: 12 },
  sore: { hours: [14, 15, 16, 17, 18], typical: 16 },
  malam: { hours: [18, 19, 20, 21, 22, 23, 0, 1, 2], typical: 20 },
};

/** Separators of a range; letters around "sd"/"sampai" must not be part of another word. */
const RANGE_SEP = /\s*(?:(?<![a-z])s\.\s?d\.?(?![a-z])|(?<![a-z])s\/d\.?|(?<![a-z])sd\.?(?![a-z])|(?<![a-z])sampai(?:\s+dengan)?(?![a-z])|(?<![a-z])hingga(?![a-z])|[-–—~])\s*/;
const OPEN_END = /^(?:selesai|belum selesai|sekarang|\?+|…|\.\.\.)$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function parts(hour: number, minute: number, second: number, utcOffsetMinutes: number | null = null, lowConfidence = false): TimeParts {
  return { hour, minute, second, utcOffsetMinutes, lowConfidence };
}

/** Seconds of a day → parts; wraps 24:00:00 (float rounding of 0.99999…) to 00:00:00. */
function fromSeconds(total: number): TimeParts {
  const s = ((total % 86400) + 86400) % 86400;
  return parts(Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60);
}

// "08.30", "8:30": what nearly every start/end cell holds. The general path below gives exactly this
// result for it (tests/unit/parse-time.test.ts compares the two on every such time).
const SIMPLE_TIME = /^(\d{1,2})[.:](\d{2})$/;

/** One time written as text: the common "hh.mm" directly, anything else by parseTimeSlow. */
export function parseTimeText(raw: string): ParseResult<TimeParts> {
  const m = SIMPLE_TIME.exec(raw);
  if (m) {
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour <= 23 && minute <= 59) return ok(parts(hour, minute, 0), []);
  }
  return parseTimeSlow(raw);
}

/**
 * One time written as text. Strips the zone (WIB/WITA/WIT), then a period word, am/pm and the
 * "pukul"/"pkl."/"jam" prefix, so "jam 7.30 pagi WIB" reads as 07:30 +07:00, low confidence.
 */
export function parseTimeSlow(raw: string): ParseResult<TimeParts> {
  const W = IMPORT().time;
  let s = normaliseText(raw);
  if (s === '') return fail(W.empty);
  const warnings: string[] = [];
  let offset: number | null = null;
  const zone = /\s*(?<![a-z])(wita|wib|wit)\.?$/.exec(s);
  if (zone?.[1]) {
    offset = ZONES[zone[1]] ?? null;
    s = s.slice(0, zone.index).trim();
  }
  let period: string | null = null;
  const per = /(?:^|\s*(?<![a-z]))(dini hari|pagi|siang|sore|malam)(?: hari)?$/.exec(s);
  if (per?.[1]) {
    period = per[1];
    s = s.slice(0, per.index).trim();
  }
  let pm: boolean | null = null;
  const ampm = /\s*(?<![a-z])([ap])\.?\s?m\.?$/.exec(s);
  if (ampm?.[1] && /\d/.test(s)) {
    pm = ampm[1] === 'p';
    s = s.slice(0, ampm.index).trim();
  }
  const prefix = /^(?:pukul|pkl|pk|jam|jm)\.?\s*:?\s*/.exec(s);
  if (prefix) s = s.slice(prefix[0].length);

  if (s === '' && period) {
    const p = PERIODS[period];
    if (!p) return fail(W.notRecognised(raw));
    warnings.push(W.periodOnly(period, pad(p.typical)));
    return ok(parts(p.typical, 0, 0, offset, true), warnings);
  }
  // "08h30" and "08,30" (the decimal key) are 08.30; "0830", "2030" (a shift log's HHMM) too, said.
  s = s.replace(/^(\d{1,2})[h,](\d{2})$/, '$1.$2');
  const digits = /^(\d{1,2})([0-5]\d)$/.exec(s);
  if (digits && s.length >= 3 && Number(digits[1]) <= 23) {
    s = `${digits[1]}.${digits[2]}`;
    warnings.push(W.digitsOnly(raw, `${pad(Number(digits[1]))}.${digits[2]}`));
  }
  const m = /^(\d{1,2})(?:[.:](\d{2})(?:[.:](\d{2})(?:[.,]\d+)?)?)?$/.exec(s);
  if (!m) return fail(W.notRecognised(raw));
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  const second = Number(m[3] ?? 0);
  if (m[2] === undefined && !prefix && !period && pm === null) {
    return fail(W.bareNumber(raw));
  }
  if (minute > 59) return fail(W.badMinute(m[2] ?? '', raw));
  if (second > 59) return fail(W.badSecond(m[3] ?? '', raw));
  let low = false;
  if (pm !== null) {
    if (hour < 1 || hour > 12) return fail(W.badAmPm(hour, raw));
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (period) {
    const p = PERIODS[period];
    const candidates = hour >= 13 || hour === 0 ? [hour] : hour === 12 ? [12, 0] : [hour, hour + 12];
    const h = candidates.find((c) => p?.hours.includes(c));
    if (h === undefined) return fail(W.notInPeriod(raw, hour, period));
    hour = h;
    low = true;
    warnings.push(W.fromPeriod(raw, `${pad(hour)}.${pad(minute)}`, period));
  } else if (m[2] === undefined && hour >= 1 && hour <= 12) {
    low = true;
    warnings.push(W.bareHour(raw, pad(hour), pad(hour + 12)));
  }
  if (hour > 23) return fail(W.badHour(hour, raw));
  return ok(parts(hour, minute, second, offset, low), warnings);
}

/**
 * A time cell: text as above; a number in [0,1) is Excel's fraction of a day; a Date from exceljs
 * holds the Excel clock time in its UTC fields (local time would shift it by the machine's zone).
 */
export function parseTimeCell(v: CellValue): ParseResult<TimeParts> {
  const W = IMPORT().time;
  if (v === null || v === '') return fail(W.empty);
  if (typeof v === 'boolean') return fail(W.notRecognisedValue(quote(v)));
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail(W.excelInvalid);
    const ms = roundToSecond(v.getTime());
    const warnings = ms - EXCEL_EPOCH_MS >= 86_400_000 || ms < EXCEL_EPOCH_MS ? [W.alsoDate] : [];
    return ok(fromSeconds(Math.round((ms % 86_400_000) / 1000)), warnings);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return fail(W.notRecognisedValue(quote(v)));
    const frac = v - Math.floor(v);
    // 830 or 2030 in a time cell: "0830" typed into a number cell, Excel dropping the zero.
    if (frac === 0 && v >= 100 && v <= 2359 && v % 100 <= 59) {
      const hh = Math.floor(v / 100);
      return ok(parts(hh, v % 100, 0), [W.digitsOnly(String(v), `${pad(hh)}.${pad(v % 100)}`)]);
    }
    if (v >= 1 && frac === 0) return fail(W.numberInTime(v));
    const warnings = v >= 1 ? [W.alsoDate] : [];
    return ok(fromSeconds(Math.round(frac * 86400)), warnings);
  }
  return parseTimeText(v);
}

/** A range written as text: "08.00 s.d. 10.30 WIB", "22.00 – 02.15", "08.00 sampai selesai". */
export function parseTimeRangeText(raw: string): ParseResult<TimeRange> {
  const W = IMPORT().time;
  const s = normaliseText(raw);
  if (s === '') return fail(W.empty);
  const sides = s.split(RANGE_SEP);
  if (sides.length > 2) return fail(W.rangeSeparators(raw));
  const [startText = '', endText] = sides;
  const warnings: string[] = [];
  let start = parseTimeText(startText);
  if (endText === undefined) return start.ok ? ok({ start: start.value, end: null, openEnd: false }, start.warnings) : start;
  // "7 - 9 pagi": the period word written once at the end applies to the start too.
  const endPeriod = /(dini hari|pagi|siang|sore|malam)$/.exec(endText);
  if (!start.ok && endPeriod) start = parseTimeText(`${startText} ${endPeriod[1] ?? ''}`);
  if (!start.ok) return fail(W.startPart(start.error));
  warnings.push(...start.warnings);
  if (endText === '' || OPEN_END.test(endText)) {
    if (endText === '') warnings.push(W.noEnd(raw));
    return ok({ start: start.value, end: null, openEnd: true }, warnings);
  }
  const end = parseTimeText(endText);
  if (!end.ok) return fail(W.endPart(end.error));
  warnings.push(...end.warnings);
  // "08.00 – 10.30 WIB": a zone written once applies to both ends.
  const a = { ...start.value };
  const b = { ...end.value };
  if (a.utcOffsetMinutes === null) a.utcOffsetMinutes = b.utcOffsetMinutes;
  if (b.utcOffsetMinutes === null) b.utcOffsetMinutes = a.utcOffsetMinutes;
  return ok({ start: a, end: b, openEnd: false }, warnings);
}

/** A start–end cell; a Date or number is a single start time with no end. */
export function parseTimeRange(v: CellValue): ParseResult<TimeRange> {
  if (typeof v === 'string') return parseTimeRangeText(v);
  const t = parseTimeCell(v);
  return t.ok ? ok({ start: t.value, end: null, openEnd: false }, t.warnings) : t;
}
