// Wording users read: Indonesian by default, English on request. Pure functions, no clock.
import type { Lang } from './types.js';
import { isoInZone } from './util/zone.js';

export const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const MONTHS_SHORT_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
export const MONTHS_SHORT_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function monthName(month1: number, lang: Lang): string {
  return (lang === 'id' ? MONTHS_ID : MONTHS_EN)[month1 - 1] ?? String(month1);
}

/**
 * "1 jam 30 menit", "45 menit", "1 jam" (as the seed writes it), "1 hari 2 jam 5 menit";
 * minutes are always shown when there are any, days from 24 h.
 */
export function formatDuration(minutes: number | null, lang: Lang = 'id'): string {
  if (minutes == null) return lang === 'id' ? 'tidak diketahui' : 'unknown';
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const w = lang === 'id' ? { d: 'hari', h: 'jam', m: 'menit' } : { d: days === 1 ? 'day' : 'days', h: hours === 1 ? 'hour' : 'hours', m: mins === 1 ? 'minute' : 'minutes' };
  const parts: string[] = [];
  if (days) parts.push(`${days} ${w.d}`);
  if (hours) parts.push(`${hours} ${w.h}`);
  if (mins || parts.length === 0) parts.push(`${mins} ${w.m}`);
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
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
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
  return lang === 'id' ? `${date} pukul ${m[2]}.${m[3]} ${zoneAbbrev}` : `${date}, ${m[2]}:${m[3]} ${zoneAbbrev}`;
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
  return lang === 'id' ? `${date} ${hh}.${mm} ${zone}` : `${date}, ${hh}:${mm} ${zone}`;
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
