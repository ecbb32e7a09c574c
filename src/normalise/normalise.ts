// Raw rows → normalised incidents: dates with their real precision, times in the hospital's zone,
// durations computed where start and end are known. Pure: the zone and the default year come in.
import { isoInZone, partsInZone, zonedMillis } from '../util/zone.js';
import type { CellValue, Field, Issue, Kind, NormalisedIncident, RawCell, RawRow, When } from '../types.js';
import { IMPORT } from '../wording/import.js';
import { RECORD_LANG } from '../wording/lang.js';
import { parseDateCell, type DateParts, type DateTimeValue, type TimeParts } from './parse-date.js';
import { parseTimeCell, parseTimeRange } from './parse-time.js';
import { parseDuration } from './parse-duration.js';
import { kindOfFlag, kindOfText } from '../sources/columns.js';
import { daysInMonthOf } from './parse-types.js';

export interface NormaliseContext {
  timeZone: string;
  /** `--year`: the year of dates written without one. */
  defaultYear: number | null;
}

export interface NormaliseResult {
  incidents: NormalisedIncident[];
  issues: Issue[];
}

/** A field's name in messages ("C (Tanggal)"), in the language people read now. */
const fieldLabel = (f: Field): string => IMPORT().normalise.fields[f];

// Whitespace other than a single inner space: only then is there anything to collapse or trim.
const UNTIDY = /[^\S ]| {2}|^ | $/;

export function cellText(v: CellValue | undefined): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString();
  const s = String(v);
  return UNTIDY.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

const NOT_SPACE = /\S/;

/** `cellText(v) === ''` without building the text: nothing, or only whitespace. */
function isBlank(v: CellValue | undefined): boolean {
  if (v == null) return true;
  if (typeof v === 'string') return !NOT_SPACE.test(v);
  // An invalid date throws from cellText as it always did.
  if (v instanceof Date && Number.isNaN(v.getTime())) v.toISOString();
  return false;
}

// A kind column repeats a few values row after row: the last value's reading and reason are kept
// (for the wording table they were said in).
let lastKind: { text: string; header: string | undefined; words: object; kind: Kind | null; reason: string } | null = null;

function kindReading(text: string, header: string | undefined, W: ReturnType<typeof IMPORT>['normalise']): { kind: Kind | null; reason: string } {
  if (lastKind === null || lastKind.text !== text || lastKind.header !== header || lastKind.words !== W) {
    // "Ya" under "Terencana?" before the kind words: there "T" is "tidak", not "Terencana".
    const flagged = kindOfFlag(header, text);
    const kind = flagged ?? kindOfText(text);
    lastKind = { text, header, words: W, kind, reason: kind ? (flagged ? W.kindFlag(header!, text) : W.kindColumn(text)) : '' };
  }
  return lastKind;
}

interface RowContext {
  row: RawRow;
  issues: Issue[];
  warnings: string[];
  failed: boolean;
}

function issue(ctx: RowContext, field: Field | null, severity: Issue['severity'], message: string, cell?: RawCell): void {
  // xlsx: "C (Tanggal)"; CSV and SQLite name columns by their header already: "Tanggal".
  const named = cell && (cell.column === cell.header || !/^[A-Z]{1,3}$/.test(cell.column));
  const column = cell ? (field && !named ? `${cell.column} (${fieldLabel(field)})` : cell.column) : field ? fieldLabel(field) : null;
  ctx.issues.push({
    severity,
    file: ctx.row.source.file,
    sheet: ctx.row.source.sheet,
    row: ctx.row.source.row,
    column,
    value: cell ? cellText(cell.value) || null : null,
    message,
  });
  if (severity === 'error') ctx.failed = true;
  else ctx.warnings.push(`${fieldLabel(field ?? 'title')}: ${message}`);
}

/**
 * A row without a description of its own: the unit/service and the cause (or category) say what
 * happened; with none of them the incident is kept under a placeholder title, never dropped.
 */
function titleFromOtherColumns(ctx: RowContext, row: RawRow): string {
  const t = (f: Field) => cellText(row.cells[f]?.value);
  const unit = t('unit');
  const what = t('cause') || t('category');
  const parts = [unit, what].filter(Boolean);
  const W = IMPORT().normalise;
  // A table without a title column is warned about once, for its sheet; each incident still keeps
  // the note of how its title was made.
  const say = (message: string) => (row.titleColumn === false ? ctx.warnings.push(`${fieldLabel('title')}: ${message}`) : issue(ctx, 'title', 'warning', message));
  if (parts.length) {
    const from = [unit && W.fields.unit, t('cause') ? W.fields.cause : what ? W.fields.category : ''].filter(Boolean).join(' + ');
    say(W.titleFrom(from));
    return parts.join(': ');
  }
  // The placeholder is stored as the title: the record's language, and the message quotes it as stored.
  const untitled = IMPORT.in(RECORD_LANG).normalise.untitled;
  say(W.noTitle(untitled));
  return untitled;
}

/** A zone written in the log (WITA) wins over the hospital's own. */
function zoneOf(time: TimeParts | null, timeZone: string): string {
  if (time?.utcOffsetMinutes == null) return timeZone;
  const m = time.utcOffsetMinutes;
  return `UTC${m >= 0 ? '+' : '-'}${Math.floor(Math.abs(m) / 60)}${Math.abs(m) % 60 ? `:${String(Math.abs(m) % 60).padStart(2, '0')}` : ''}`;
}

function when(date: DateParts & { year: number }, time: TimeParts | null, timeZone: string): When {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.day == null) {
    return { iso: `${date.year}-${pad(date.month)}`, precision: 'month', ms: zonedMillis(timeZone, date.year, date.month, 1) };
  }
  if (!time) {
    return { iso: `${date.year}-${pad(date.month)}-${pad(date.day)}`, precision: 'day', ms: zonedMillis(timeZone, date.year, date.month, date.day) };
  }
  const zone = zoneOf(time, timeZone);
  const ms = zonedMillis(zone, date.year, date.month, date.day, time.hour, time.minute, time.second);
  return { iso: isoInZone(zone, ms), precision: 'minute', ms };
}

/** A start/end cell holds a time, a time range, or a whole date-time. */
function readTimeCell(ctx: RowContext, field: 'start' | 'end'): { time: TimeParts; date: DateParts | null; end: TimeParts | null; openEnd: boolean } | null {
  const cell = ctx.row.cells[field];
  if (!cell || isBlank(cell.value)) return null;
  const v = cell.value;
  const hasDatePart = v instanceof Date ? v.getUTCFullYear() > 1900 : typeof v === 'string' && /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,4}[/-]\d{1,2}|[a-z]{3,}\s+\d{4}/i.test(v);
  if (hasDatePart) {
    const d = parseDateCell(v, cell.dateOrder);
    if (d.ok && d.value.time) {
      d.warnings.forEach((w) => issue(ctx, field, 'warning', w, cell));
      return { time: d.value.time, date: d.value.date, end: d.value.endTime, openEnd: d.value.openEnd };
    }
  }
  const t = parseTimeCell(v);
  if (t.ok) {
    t.warnings.forEach((w) => issue(ctx, field, 'warning', w, cell));
    return { time: t.value, date: null, end: null, openEnd: false };
  }
  const r = parseTimeRange(v);
  if (r.ok) {
    r.warnings.forEach((w) => issue(ctx, field, 'warning', w, cell));
    return { time: r.value.start, date: null, end: r.value.end, openEnd: r.value.openEnd };
  }
  issue(ctx, field, 'error', t.error, cell);
  return null;
}

/** Per sheet, the year of the nearest dated row above: the fallback for "10 November". */
export type YearMemory = Map<string, number>;

// The memory's key of the last row's file and sheet: every row of a sheet has the same one.
let lastKey = { file: '', sheet: null as string | null, key: '\u0000' };

function yearKey(file: string, sheet: string | null): string {
  if (lastKey.file !== file || lastKey.sheet !== sheet) lastKey = { file, sheet, key: `${file}\u0000${sheet ?? ''}` };
  return lastKey.key;
}

function resolveYear(ctx: RowContext, date: DateParts, nctx: NormaliseContext, memory: YearMemory, cell: RawCell): number | null {
  const key = yearKey(ctx.row.source.file, ctx.row.source.sheet);
  const W = IMPORT().normalise;
  if (date.year != null) {
    memory.set(key, date.year);
    return date.year;
  }
  if (nctx.defaultYear != null) {
    issue(ctx, 'date', 'warning', W.yearFromOption(nctx.defaultYear), cell);
    return nctx.defaultYear;
  }
  const above = memory.get(key);
  if (above != null) {
    issue(ctx, 'date', 'warning', W.yearFromAbove(above), cell);
    return above;
  }
  issue(ctx, 'date', 'error', W.noYear, cell);
  return null;
}

function isValidDay(y: number, m: number, d: number): boolean {
  return d >= 1 && d <= daysInMonthOf(y, m);
}

export function normaliseRow(row: RawRow, nctx: NormaliseContext, memory: YearMemory): { incident: NormalisedIncident | null; issues: Issue[] } {
  const ctx: RowContext = { row, issues: [], warnings: [], failed: false };
  const W = IMPORT().normalise;
  const text = (f: Field) => cellText(row.cells[f]?.value);
  let title = text('title');
  const cause = text('cause');
  if (!title) title = titleFromOtherColumns(ctx, row);

  // Date
  const dateCell = row.cells.date;
  let dtv: DateTimeValue | null = null;
  if (!dateCell || isBlank(dateCell.value)) {
    const startCell = row.cells.start;
    const parsed = startCell ? parseDateCell(startCell.value, startCell.dateOrder) : null;
    if (parsed?.ok && parsed.value.date.day != null) dtv = parsed.value;
    else issue(ctx, 'date', 'error', startCell ? W.noDateInStart : W.noDate);
  } else {
    const d = parseDateCell(dateCell.value, dateCell.dateOrder);
    if (d.ok) {
      dtv = d.value;
      d.warnings.forEach((w) => issue(ctx, 'date', 'warning', w, dateCell));
    } else issue(ctx, 'date', 'error', d.error, dateCell);
  }
  const year = dtv ? resolveYear(ctx, dtv.date, nctx, memory, dateCell ?? row.cells.start!) : null;
  if (dtv && year != null && dtv.date.day != null && !isValidDay(year, dtv.date.month, dtv.date.day)) {
    issue(ctx, 'date', 'error', W.noSuchDay(dtv.date.day, dtv.date.month, year), dateCell);
  }

  // Times
  const startCell = readTimeCell(ctx, 'start');
  const endCell = readTimeCell(ctx, 'end');
  let startTime = startCell?.time ?? dtv?.time ?? null;
  let endTime = endCell?.time ?? startCell?.end ?? dtv?.endTime ?? null;
  let endDateParts = endCell?.date ?? null;
  const endDateCell = row.cells.endDate;
  if (!endDateParts && endDateCell && !isBlank(endDateCell.value)) {
    const d = parseDateCell(endDateCell.value, endDateCell.dateOrder);
    if (d.ok) {
      endDateParts = d.value.date;
      endTime ??= d.value.time;
      d.warnings.forEach((w) => issue(ctx, 'endDate', 'warning', w, endDateCell));
    } else issue(ctx, 'endDate', 'error', d.error, endDateCell);
  }
  const openEnd = !!(startCell?.openEnd || dtv?.openEnd);

  // Duration
  const durCell = row.cells.duration;
  let stated: number | null = null;
  if (durCell && !isBlank(durCell.value)) {
    const d = parseDuration(durCell.value, durCell.numFmt, durCell.minutesPerUnit);
    if (d.ok) {
      stated = d.value.minutes;
      d.warnings.forEach((w) => issue(ctx, 'duration', 'warning', w, durCell));
    } else issue(ctx, 'duration', 'error', d.error, durCell);
  }

  if (ctx.failed || !dtv || year == null) return { incident: null, issues: ctx.issues };

  const date = { ...dtv.date, year };
  if (date.day == null && (startTime || endTime)) {
    issue(ctx, 'start', 'warning', W.timeIgnored);
    startTime = null;
    endTime = null;
  }
  const start = when(date, startTime, nctx.timeZone);
  let end: When | null = null;
  let durationMinutes: number | null = stated;
  if (start.precision === 'minute' && endTime) {
    const endDate = endDateParts ? { ...endDateParts, year: endDateParts.year ?? year } : date;
    end = when(endDate, endTime, nctx.timeZone);
    if (end.ms < start.ms && !endDateParts) {
      // "22.00 – 02.15" on one date: the end is on the next day.
      const next = partsInZone(nctx.timeZone, zonedMillis(nctx.timeZone, year, date.month, date.day!) + 36 * 3_600_000);
      end = when({ year: next.year, month: next.month, day: next.day }, endTime, nctx.timeZone);
      const hours = (end.ms - start.ms) / 3_600_000;
      // "22.00 – 02.15" is a night; "10.00 – 09.00" is more likely a slip of the keyboard.
      if (hours >= 12) {
        issue(ctx, 'end', 'warning', W.overMidnight(Math.round(hours)), row.cells.end ?? row.cells.start);
      }
    }
    if (end.ms < start.ms) {
      issue(ctx, 'end', 'error', W.endBeforeStart, row.cells.end);
      return { incident: null, issues: ctx.issues };
    }
    const computed = (end.ms - start.ms) / 60000;
    if (stated != null && Math.abs(stated - computed) > 1) {
      issue(ctx, 'duration', 'warning', W.durationMismatch(stated, computed), durCell);
    }
    durationMinutes = computed;
  } else if (start.precision === 'minute' && stated != null && !openEnd) {
    const endMs = start.ms + stated * 60000;
    end = { iso: isoInZone(zoneOf(startTime, nctx.timeZone), endMs), precision: 'minute', ms: endMs };
  }
  if (openEnd) {
    end = null;
    durationMinutes = null;
    issue(ctx, row.cells.end ? 'end' : 'start', 'warning', W.openEnd, row.cells.end ?? row.cells.start ?? row.cells.date);
  } else if (durationMinutes == null) {
    issue(ctx, 'duration', 'warning', W.noDuration);
  }

  const kindCell = row.cells.kind;
  const kindText = kindCell ? cellText(kindCell.value) : '';
  let statedKind: NormalisedIncident['statedKind'] = null;
  if (kindCell && kindText) {
    const read = kindReading(kindText, kindCell.header, W);
    if (read.kind) statedKind = { kind: read.kind, reason: read.reason };
    else issue(ctx, 'kind', 'warning', W.kindUnknown, kindCell);
  }
  // A category column that says "Planned" / "Pemeliharaan" for some rows (an "Incident Type" of
  // Hardware, Network … and Planned) states their kind.
  const categoryCell = row.cells.category;
  if (!statedKind && categoryCell) {
    const c = cellText(categoryCell.value);
    const k = c ? kindOfText(c) : null;
    if (k) statedKind = { kind: k, reason: W.kindFlag(categoryCell.header ?? fieldLabel('category'), c) };
  }
  if (!statedKind && row.sectionKind) statedKind = { kind: row.sectionKind, reason: W.section(row.sectionTitle ?? '') };

  return {
    incident: {
      source: row.source,
      title,
      start,
      end,
      durationMinutes,
      cause,
      followUp: text('followUp'),
      pic: text('pic') || null,
      unit: text('unit') || null,
      extra: row.extra,
      statedKind,
      statedCategory: text('category') || null,
      warnings: ctx.warnings,
    },
    issues: ctx.issues,
  };
}

export function normaliseRows(rows: RawRow[], nctx: NormaliseContext): NormaliseResult {
  const memory: YearMemory = new Map();
  const incidents: NormalisedIncident[] = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    const r = normaliseRow(row, nctx, memory);
    issues.push(...r.issues);
    if (r.incident) incidents.push(r.incident);
  }
  return { incidents, issues };
}
