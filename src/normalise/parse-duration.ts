// Stated outage durations: "2 jam 25 menit", "± 45 menit", "1,5 jam", "01:30", Excel time cells.
// Minutes may be fractional ("30 detik" = 0.5) so that sums are not distorted by early rounding.
import type { CellValue } from '../types.js';
import { EXCEL_EPOCH_MS, fail, ok, quote, roundToSecond, type ParseResult } from './parse-types.js';
import { IMPORT } from '../wording/import.js';
import { normaliseText } from './words.js';

export type Duration = { minutes: number; approximate: boolean };

/** A duration longer than a year is a date in the wrong column, not an outage. */
const MAX_MINUTES = 366 * 1440;

/** Minutes per unit. "hr" is Indonesian "hari" (day), as hospitals abbreviate it, not English "hour". */
const UNITS: Record<string, number> = {
  hari: 1440, hr: 1440, days: 1440, day: 1440,
  jam: 60, jm: 60, j: 60, hours: 60, hour: 60, hrs: 60, h: 60,
  menit: 1, mnt: 1, minutes: 1, minute: 1, mins: 1, min: 1, m: 1,
  detik: 1 / 60, dtk: 1 / 60, det: 1 / 60, seconds: 1 / 60, second: 1 / 60, secs: 1 / 60, sec: 1 / 60, s: 1 / 60,
};
const UNIT_ALT = Object.keys(UNITS).sort((a, b) => b.length - a.length).join('|');
const TOKEN = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*(${UNIT_ALT})\\.?(?![a-z])`);
const APPROX = /^(?:±|\+\/-|\+-|≈|~|kurang lebih|lebih kurang|kurleb|kira-kira|kira2|kira kira|sekitar|sktr|kl\.|approx\.?|about|around)\s*/;
const BOUND = /^(?:lebih dari|kurang dari|>|<)\s*/;

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Number formats that show time (h, [h], [mm], mm:ss); quoted text and [$-421]/[Red] are ignored. */
export function isTimeFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const f = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /h|\[m+\]|\[s+\]|m+:s|:s/i.test(f);
}

/** "1,5" and "1.5" are decimals; "1.440" (Indonesian thousands dot) is 1440, with a warning. */
function toNumber(text: string, warnings: string[]): number {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) {
    warnings.push(IMPORT().duration.thousands(text, text.replace(/\./g, '')));
    return Number(text.replace(/\./g, ''));
  }
  return Number(text.replace(',', '.'));
}

function fromDayFraction(days: number, raw: CellValue, warnings: string[]): ParseResult<Duration> {
  const W = IMPORT().duration;
  const minutes = Math.round(days * 86400) / 60;
  if (minutes < 0) return fail(W.negative(quote(raw)));
  if (minutes > MAX_MINUTES) return fail(W.dateInDuration(quote(raw)));
  if (minutes === 0) warnings.push(W.zero);
  return ok({ minutes, approximate: false }, warnings);
}

// "45 menit", "2 jam": a whole number and one unit word, already in normalised form. Most logs write
// nothing else, and the general path below (normalise, eight patterns, the token loop) gives
// exactly this result for it: checked against it by tests/unit/parse-duration.test.ts.
const SIMPLE = /^([1-9]\d{0,5}) ([a-z]+)$/;

/** Text: approximate markers, then "hh:mm", "h.mm", unit pairs, or a bare number (minutes). */
export function parseDurationText(raw: string): ParseResult<Duration> {
  const simple = SIMPLE.exec(raw);
  if (simple && Object.hasOwn(UNITS, simple[2]!)) return ok({ minutes: round(Number(simple[1]) * UNITS[simple[2]!]!), approximate: false }, []);
  return parseDurationSlow(raw);
}

/** The general path of parseDurationText (exported for the test that compares the two). */
export function parseDurationSlow(raw: string): ParseResult<Duration> {
  const W = IMPORT().duration;
  let s = normaliseText(raw);
  if (s === '') return fail(W.empty);
  const warnings: string[] = [];
  let approximate = false;
  for (let m = APPROX.exec(s) ?? BOUND.exec(s); m; m = APPROX.exec(s) ?? BOUND.exec(s)) {
    if (BOUND.test(s)) warnings.push(W.boundOnly(quote(raw)));
    approximate = true;
    s = s.slice(m[0].length);
  }
  const more = /\s+lebih$/.exec(s); // "2 jam lebih" = a bit over two hours
  if (more) {
    approximate = true;
    s = s.slice(0, more.index);
  }
  if (/^(?:-|−|minus\s*)\s*\d/.test(s)) return fail(W.negative(quote(raw)));
  s = s
    .replace(/(\d+)\s+setengah(?=\s)/g, '$1.5')
    .replace(/(?<![a-z\d.,])setengah(?=\s)/g, '0.5')
    .replace(/(?<![a-z])se(jam|hari|menit)(?![a-z])/g, '1 $1');

  // "50'" is how a stopwatch and many clerks write minutes.
  const prime = /^(\d+(?:[.,]\d+)?)\s*['’′]$/.exec(s);
  if (prime) s = `${prime[1]} menit`;
  let minutes: number | null = null;
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(s);
  const hmm = /^(\d{1,2})\.(\d{2})$/.exec(s);
  if (clock) {
    if (Number(clock[2]) > 59 || Number(clock[3] ?? 0) > 59) return fail(W.badMinuteSecond(quote(raw)));
    minutes = Number(clock[1]) * 60 + Number(clock[2]) + Number(clock[3] ?? 0) / 60;
  } else if (hmm && Number(hmm[1]) <= 23) {
    if (Number(hmm[2]) > 59) return fail(W.unclear(quote(raw)));
    minutes = Number(hmm[1]) * 60 + Number(hmm[2]);
    warnings.push(W.hoursMinutes(quote(raw), Number(hmm[1]), Number(hmm[2])));
  } else if (/^\d+(?:[.,]\d+)?$/.test(s)) {
    minutes = toNumber(s, warnings);
    warnings.push(W.bareMinutes(quote(raw)));
  } else {
    minutes = 0;
    const seen = new Set<number>();
    let rest = s;
    for (;;) {
      rest = rest.replace(/^(?:\s+|,|;|\+|&|dan(?![a-z]))+/, '');
      if (rest === '') break;
      const t = TOKEN.exec(rest);
      const unit = t ? UNITS[t[2] ?? ''] : undefined;
      // "1h30", "1 jam 30", "2j15": the minutes after the hours, their unit left out.
      const tail = /^([0-5]?\d)$/.exec(rest);
      if (tail && seen.has(60) && !seen.has(1) && (!t || unit === undefined)) {
        minutes += Number(tail[1]);
        break;
      }
      if (!t || unit === undefined) return fail(W.notRecognised(quote(raw)));
      if (seen.has(unit)) return fail(W.unitTwice(quote(raw), t[2] ?? ''));
      seen.add(unit);
      minutes += toNumber(t[1] ?? '', warnings) * unit;
      rest = rest.slice(t[0].length);
    }
    if (seen.size === 0) return fail(W.notRecognised(quote(raw)));
  }
  if (!Number.isFinite(minutes)) return fail(W.notRecognised(quote(raw)));
  if (minutes === 0) warnings.push(W.zero);
  return ok({ minutes: round(minutes), approximate }, warnings);
}

/**
 * A duration cell. numFmt decides what an Excel number means: with a time format it is a fraction
 * of a day ("h:mm", "[h]:mm"), otherwise minutes. A Date from a time cell counts from 1899-12-30
 * (exceljs gives 1899-12-30T01:30Z for 01:30), so "[h]:mm" values over 24 h keep their days.
 */
export function parseDuration(v: CellValue, numFmt?: string, minutesPerUnit?: number): ParseResult<Duration> {
  const W = IMPORT().duration;
  if (v === null) return fail(W.empty);
  if (typeof v === 'boolean') return fail(W.notRecognised(quote(v)));
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail(W.excelInvalid);
    return fromDayFraction((roundToSecond(v.getTime()) - EXCEL_EPOCH_MS) / 86_400_000, v, []);
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return fail(W.notRecognised(quote(v)));
    if (v < 0) return fail(W.negative(quote(v)));
    if (isTimeFormat(numFmt)) return fromDayFraction(v, v, []);
    // A bare fraction below 1 with no known format is almost surely Excel's time, not 0.06 minutes.
    if (numFmt === undefined && v > 0 && v < 1) return fromDayFraction(v, v, [W.dayFraction(v)]);
    // The header or a units row said the unit ("Lama (jam)", "Hours"): no guess, no warning.
    if (minutesPerUnit != null) return ok({ minutes: round(v * minutesPerUnit), approximate: false }, v === 0 ? [W.zero] : []);
    const warnings = [W.numberMinutes(v)];
    if (v === 0) warnings.push(W.zero);
    return ok({ minutes: v, approximate: false }, warnings);
  }
  if (minutesPerUnit != null) {
    const bare = /^\s*(\d+(?:[.,]\d+)?)\s*$/.exec(v);
    if (bare) return ok({ minutes: round(Number(bare[1]!.replace(',', '.')) * minutesPerUnit), approximate: false }, []);
  }
  return parseDurationText(v);
}
