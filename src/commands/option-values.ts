// Option values that several commands parse the same way: an ISO instant (--generated-at, --now)
// and a list of output formats (--format). Refused values are UserErrors naming the option.
import { UserError } from '../errors.js';
import { HELP } from '../wording/help.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * `2026-11-25`, `2026-11-25T09:00`, `2026-11-25T09:00:00+07:00`, … as an instant; absent: `fallback`
 * (the clock). Calendar-checked: `2022-02-30` is refused, not rolled over to 2 March as Date does.
 */
export function parseIsoInstant(option: string, value: string | undefined, fallback: () => Date = () => new Date()): Date {
  if (value === undefined) return fallback();
  const m = ISO.exec(value.trim());
  const d = new Date(value.trim());
  const valid =
    m !== null &&
    !Number.isNaN(d.getTime()) &&
    Number(m[2]) >= 1 &&
    Number(m[2]) <= 12 &&
    Number(m[3]) >= 1 &&
    Number(m[3]) <= new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate() &&
    Number(m[4] ?? 0) <= 23 &&
    Number(m[5] ?? 0) <= 59 &&
    Number(m[6] ?? 0) <= 59;
  if (!valid) throw new UserError(HELP().values.notIsoDate(option, value));
  return d;
}

/** `pdf,xlsx` → ['pdf', 'xlsx'] from the formats a command writes; duplicates dropped, order kept. */
export function parseFormats<F extends string>(value: string, allowed: readonly F[]): F[] {
  const parts = [...new Set(value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean))];
  if (!parts.length || parts.some((p) => !(allowed as readonly string[]).includes(p))) {
    throw new UserError(HELP().values.badFormat(value, allowed));
  }
  return parts as F[];
}
