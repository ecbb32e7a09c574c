// Wording users read: Indonesian by default, English on request. Pure functions, no clock.
import type { Lang } from './types.js';
import { isoInZone } from './util/zone.js';
import { COMMON } from './wording/common.js';
import { GENERAL } from './wording/general.js';

/** Short month names for the report's charts (src/documents/report/text.ts), from the wording tables. */
export const MONTHS_SHORT_ID = GENERAL.in('id').format.monthsShort;
export const MONTHS_SHORT_EN = GENERAL.in('en').format.monthsShort;

export function monthName(month1: number, lang: Lang): string {
  return COMMON.in(lang).months[month1 - 1] ?? String(month1);
}

/**
 * "1 jam 30 menit", "45 menit", "1 jam" (as the seed writes it), "1 hari 2 jam 5 menit";
 * minutes are always shown when there are any, days from 24 h.
 */
export function formatDuration(minutes: number | null, lang: Lang = 'id'): string {
  const W = GENERAL.in(lang).format;
  if (minutes == null) return W.unknownDuration;
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts: string[] = [];
  if (days) parts.push(W.days(days));
  if (hours) parts.push(W.hours(hours));
  if (mins || parts.length === 0) parts.push(W.minutes(mins));
  return parts.join(' ');
}

// Building an Intl.NumberFormat costs ~40 µs — more than the formatting — and a yearly report
// formats a few numbers per incident: one formatter per language and precision.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Decimal number with the locale's separators: "99,60" (id) or "99.60" (en). */
export function formatNumber(n: number, decimals: number, lang: Lang = 'id'): string {
  const key = `${lang}:${decimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(GENERAL.in(lang).format.numberLocale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, f);
  }
  return f.format(n);
}

/**
 * A percentage that never rounds a real outage up to 100: 99.9996 prints "99,9996 %", not "100,00 %".
 */
export function formatPercent(p: number | null, lang: Lang = 'id', decimals = 2): string {
  if (p == null || Number.isNaN(p)) return '–';
  let d = decimals;
  while (d < 6 && p < 100 && Number(p.toFixed(d)) >= 100) d++;
  const floored = Math.floor(p * 10 ** d) / 10 ** d;
  return `${formatNumber(p < 100 ? floored : p, d, lang)} %`;
}

/** "25 November 2026" / "25 November 2026" from an ISO date "2026-11-25". */
export function formatDateLong(isoDate: string, lang: Lang = 'id'): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m) return isoDate;
  if (!d || isoDate.length <= 7) return `${monthName(m, lang)} ${y}`;
  return `${d} ${monthName(m, lang)} ${y}`;
}

/**
 * A stored point in time as precise as the log: "Juni 2021", "1 Oktober 2022",
 * "9 Januari 2023 pukul 08.30 WIB".
 */
export function formatWhen(iso: string, lang: Lang = 'id', zoneAbbrev = 'WIB'): string {
  if (/^\d{4}-\d{2}$/.test(iso)) return formatDateLong(iso, lang);
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDateLong(iso, lang);
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = formatDateLong(m[1]!, lang);
  return GENERAL.in(lang).format.when(date, m[2]!, m[3]!, zoneAbbrev);
}

/**
 * A recorded instant (an ISO UTC timestamp such as a batch's import time) as the hospital reads
 * it: "1 Desember 2026 21.59 WIB" / "1 December 2026, 21:59 WIB".
 */
export function formatInstant(isoUtc: string, timeZone: string, lang: Lang = 'id'): string {
  const ms = Date.parse(isoUtc);
  if (Number.isNaN(ms)) return isoUtc;
  const local = isoInZone(timeZone, ms);
  const date = formatDateLong(local.slice(0, 10), lang);
  const [hh, mm] = [local.slice(11, 13), local.slice(14, 16)];
  const zone = zoneAbbreviation(timeZone);
  return GENERAL.in(lang).format.instant(date, hh, mm, zone);
}

/** Indonesian zone abbreviation for an IANA zone; the offset for anything else. */
export function zoneAbbreviation(timeZone: string): string {
  const byZone: Record<string, string> = {
    'Asia/Jakarta': 'WIB',
    'Asia/Pontianak': 'WIB',
    'Asia/Makassar': 'WITA',
    'Asia/Jayapura': 'WIT',
  };
  return byZone[timeZone] ?? timeZone;
}
