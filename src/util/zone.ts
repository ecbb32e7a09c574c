// Wall-clock time in a zone → UTC ms, with the zone's offset cached per hour: luxon's Intl-based
// offset lookup dominated a 100,000-row import. Exact across DST changes (re-checked at the result).
import { Info, type Zone } from 'luxon';

const zones = new Map<string, Zone>();
const offsets = new Map<string, number>();

function zoneOf(name: string): Zone {
  let z = zones.get(name);
  if (!z) {
    const normalised = Info.normalizeZone(name);
    if (!normalised || !normalised.isValid) throw new Error(`unknown time zone ${name}`);
    z = normalised;
    zones.set(name, z);
  }
  return z;
}

/**
 * The zone's UTC offset in minutes at the instant `ms`. Cached per UTC month when the offset is the
 * same at its start, middle and end (always, in Indonesia); a month with a DST change is computed
 * exactly, instant by instant.
 */
let last: { zone: string; from: number; to: number; offset: number } | null = null;

export function offsetMinutes(zone: string, ms: number): number {
  // Consecutive rows of a log are mostly in the same month: answered from the last month's
  // bounds, without a Date or a map key.
  if (last !== null && ms >= last.from && ms < last.to && last.zone === zone) return last.offset;
  const d = new Date(ms);
  const month = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const from = Date.UTC(Math.floor(month / 12), month % 12, 1);
  const next = Date.UTC(Math.floor((month + 1) / 12), (month + 1) % 12, 1);
  const key = `${zone}\u0000${month}`;
  let o = offsets.get(key);
  if (o === undefined) {
    const z = zoneOf(zone);
    const to = next - 1;
    const a = z.offset(from);
    o = a === z.offset(to) && a === z.offset(from + (to - from) / 2) ? a : Number.NaN;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, o);
  }
  if (Number.isNaN(o)) return zoneOf(zone).offset(ms);
  last = { zone, from, to: next, offset: o };
  return o;
}

/** UTC ms of a wall-clock time in `zone` (month 1–12). */
export function zonedMillis(zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = wall - offsetMinutes(zone, wall) * 60_000;
  const second_ = wall - offsetMinutes(zone, first) * 60_000;
  return second_;
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** "+07:00" for 420, "-03:30" for -210: the few offsets a run meets, built once each. */
const offsetTexts = new Map<number, string>();
function offsetText(off: number): string {
  let t = offsetTexts.get(off);
  if (t === undefined) {
    t = `${off >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
    offsetTexts.set(off, t);
  }
  return t;
}

// Years 1000–9999: four-digit years, the same text as the fields below (civilText).
const FAST_FROM = Date.UTC(1000, 0, 1);
const FAST_TO = Date.UTC(10000, 0, 1);

/** ISO 8601 with the zone's offset at that instant: "2023-01-09T08:30:00+07:00". */
export function isoInZone(zone: string, ms: number): string {
  const off = offsetMinutes(zone, ms);
  const local = ms + off * 60_000;
  if (local >= FAST_FROM && local < FAST_TO) return civilText(local) + offsetText(off);
  return isoInZoneByFields(local, off);
}

/** "00" … "99". */
const D2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * "2023-01-09T08:30:00" of a UTC ms in years 1000–9999, by arithmetic instead of a Date (the
 * civil-from-days algorithm of H. Hinnant, proleptic Gregorian as Date is): the hot path of every
 * imported row's start and end. Truncated to the second as Date does (toward zero, then floor).
 */
function civilText(ms: number): string {
  const t = Math.trunc(ms);
  const days = Math.floor(t / 86_400_000);
  let rem = t - days * 86_400_000;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const hour = Math.floor(rem / 3_600_000);
  rem -= hour * 3_600_000;
  const minute = Math.floor(rem / 60_000);
  const second = Math.floor((rem - minute * 60_000) / 1000);
  return `${year}-${D2[month]}-${D2[day]}T${D2[hour]}:${D2[minute]}:${D2[second]}`;
}

/** The general form (any year), field by field; isoInZone's fast path must equal it. */
export function isoInZoneByFields(local: number, off: number): string {
  const d = new Date(local);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offsetText(off)}`;
}

/** Wall-clock parts of an instant in a zone. */
export function partsInZone(zone: string, ms: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const d = new Date(ms + offsetMinutes(zone, ms) * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}
