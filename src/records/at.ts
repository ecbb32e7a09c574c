// When and by whom, as the cycle's commands take them: `--at 08.30` (today, hospital time),
// `--at 2023-08-01T08:30` (hospital time) or an ISO instant with offset; `--by`, else the profile's
// officer. Pure: the clock and the profile come in.
import { UserError } from '../errors.js';
import type { Profile } from '../profile.js';
import { formatInstant } from '../format.js';
import { partsInZone, zonedMillis } from '../util/zone.js';
import { language } from '../wording/lang.js';
import { RECORDS } from '../wording/records.js';

const CLOCK = /^(\d{1,2})[.:](\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2})[.:](\d{2})(?::(\d{2}))?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** A moment the user typed, as UTC ms; absent: now. Refused: unreadable, or over a minute in the future. */
export function parseAt(option: string, value: string | undefined, zone: string, now: Date, opts: { future?: boolean } = {}): number {
  if (value === undefined) return now.getTime();
  const v = value.trim();
  let ms: number;
  const clock = CLOCK.exec(v);
  const local = LOCAL.exec(v);
  if (clock) {
    const h = Number(clock[1]);
    const m = Number(clock[2]);
    if (h > 23 || m > 59) throw bad(option, value);
    const today = partsInZone(zone, now.getTime());
    ms = zonedMillis(zone, today.year, today.month, today.day, h, m);
  } else if (local) {
    const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(local[i] ?? 0)) as [number, number, number, number, number, number];
    const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || s > 59) throw bad(option, value);
    ms = zonedMillis(zone, y, mo, d, h, mi, s);
  } else if (WITH_OFFSET.test(v) && !Number.isNaN(new Date(v).getTime())) {
    ms = new Date(v).getTime();
  } else throw bad(option, value);
  if (!opts.future && ms > now.getTime() + 60_000) {
    // "now" as the hospital reads a clock (1 Desember 2026 21.59 WIB), not as an ISO instant.
    throw new UserError(RECORDS().at.future(option, value, formatInstant(now.toISOString(), zone, language())));
  }
  return ms;
}

function bad(option: string, value: string): UserError {
  return new UserError(RECORDS().at.unreadable(option, value));
}

/** Who records or corrects: `--by`, else the profile's officer; someone must be named. */
export function officer(by: string | undefined, profile: Profile): string {
  const name = by?.trim() || profile.officer?.trim();
  if (!name) {
    throw new UserError(RECORDS().at.officer(profile.path));
  }
  return name;
}

/**
 * `12`, `#12` → 12; anything else is a UserError naming the value. `what` the number counts picks
 * the whole sentence (and where to look the numbers up), not a noun spliced into one.
 */
export function parseId(value: unknown, what: 'incident' | 'action' = 'incident'): number {
  const id = Number(String(value).replace(/^#/, ''));
  if (!Number.isInteger(id) || id <= 0) throw new UserError(RECORDS().at.badId[what](String(value)));
  return id;
}
