// What a correction does to an incident's columns, in one place: `edit` applies it, and
// `import --replace` re-applies it to the row that comes back. Pure — columns in, columns out.
import type { Incident } from '../types.js';
import type { EditableField } from './cycle.js';
import { STORE } from '../wording/store.js';
import { RECORD_LANG } from '../wording/lang.js';

const MIN = 60_000;

/** The columns a correction may touch, as stored. */
export interface IncidentColumns {
  kind: Incident['kind'];
  kind_reason: string;
  category: Incident['category'];
  category_reason: string;
  scope: Incident['scope'];
  title: string;
  cause: string;
  follow_up: string;
  unit: string | null;
  pic: string | null;
  start: string;
  start_ms: number;
  end: string | null;
  end_ms: number | null;
  until_ms: number | null;
  precision: Incident['precision'];
  duration_minutes: number | null;
  voided: number;
  void_reason: string | null;
}

/** The value of a field as a correction records it ("old value"): text, or null when empty. */
export function fieldText(c: IncidentColumns, field: EditableField): string | null {
  switch (field) {
    case 'followUp':
      return c.follow_up || null;
    case 'duration':
      return c.duration_minutes == null ? null : String(c.duration_minutes);
    case 'voided':
      return c.voided ? '1' : '0';
    case 'end':
      return c.end;
    default: {
      const v = c[field];
      return v == null || v === '' ? null : String(v);
    }
  }
}

/** Milliseconds of an ISO instant with offset (what `edit --start/--end` stores). */
const msOf = (iso: string) => new Date(iso).getTime();

/**
 * The columns after setting `field` to `value` (text as in a correction). Start, end and duration
 * keep each other consistent: a timed incident's duration is end − start; a duration on a timed
 * incident moves its end. `until_ms` (the range-query bound) follows.
 */
export function applyField(c: IncidentColumns, field: EditableField, value: string | null, reason: string): IncidentColumns {
  const n = { ...c };
  const timed = () => {
    if (n.precision === 'minute') {
      n.duration_minutes = n.end_ms != null ? (n.end_ms - n.start_ms) / MIN : n.duration_minutes;
      n.until_ms = n.end_ms ?? (n.duration_minutes != null ? n.start_ms + n.duration_minutes * MIN : null);
    } else if (n.duration_minutes != null) {
      n.until_ms = Math.max(c.until_ms ?? 0, n.start_ms + n.duration_minutes * MIN);
    }
  };
  switch (field) {
    case 'kind':
      n.kind = value === 'planned' ? 'planned' : 'unplanned';
      n.kind_reason = STORE.in(RECORD_LANG).corrected(reason);
      break;
    case 'category':
      n.category = (value ?? 'other') as Incident['category'];
      n.category_reason = STORE.in(RECORD_LANG).corrected(reason);
      break;
    case 'scope':
      n.scope = value === 'external' ? 'external' : 'internal';
      break;
    case 'title':
      n.title = value ?? '';
      break;
    case 'cause':
      n.cause = value ?? '';
      break;
    case 'followUp':
      n.follow_up = value ?? '';
      break;
    case 'unit':
      n.unit = value;
      break;
    case 'pic':
      n.pic = value;
      break;
    case 'start':
      if (value == null) break;
      n.start = value;
      n.start_ms = msOf(value);
      n.precision = 'minute';
      timed();
      break;
    case 'end':
      n.end = value;
      n.end_ms = value == null ? null : msOf(value);
      if (value == null) n.duration_minutes = null;
      timed();
      break;
    case 'duration':
      n.duration_minutes = value == null ? null : Number(value);
      if (n.precision === 'minute') {
        n.end_ms = n.duration_minutes == null ? null : n.start_ms + n.duration_minutes * MIN;
        n.end = n.end_ms == null ? null : shiftIso(n.start, n.end_ms - n.start_ms);
      }
      timed();
      break;
    case 'voided':
      n.voided = value === '1' ? 1 : 0;
      n.void_reason = n.voided ? reason : null;
      break;
  }
  return n;
}

/** An ISO instant moved by `ms`, written with the same offset as `iso`. */
export function shiftIso(iso: string, ms: number): string {
  const m = /([+-]\d{2}):?(\d{2})$|Z$/.exec(iso);
  const zulu = !m || m[0] === 'Z';
  const offMin = zulu ? 0 : (m[1]!.startsWith('-') ? -1 : 1) * (Math.abs(Number(m[1])) * 60 + Number(m[2]));
  const d = new Date(msOf(iso) + ms + offMin * MIN);
  const pad = (x: number) => String(x).padStart(2, '0');
  const off = zulu ? 'Z' : `${m[1]}:${m[2]}`;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${off}`;
}
