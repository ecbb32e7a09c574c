// Incident rows of the report tables, as a person reads them, plus the footnotes that disclose what
// the log did not say precisely (inferred year, guessed kind, month-only date, unknown duration,
// clipping). Pure: the zone is passed in, no clock.
import type { Incident, Kind, Lang, Precision } from '../../types.js';
import type { Contribution } from '../../metrics/compute.js';
import { formatDuration, formatNumber, formatWhen, zoneAbbreviation } from '../../format.js';
import { labels } from './text.js';
import { REPORT } from '../../wording/report.js';
import { partsInZone } from '../../util/zone.js';
import { classifierNote } from '../../classify/classify.js';

/** A wall-clock moment in the hospital zone, as Excel wants it (exceljs writes Dates as UTC clock time). */
export interface WallClock {
  /** Date.UTC of the wall-clock time in the hospital zone. */
  utcWall: Date;
  precision: Precision;
}

export interface ReportRow {
  no: number;
  id: number;
  kind: Kind;
  title: string;
  /** "1 Oktober 2022", "9 Januari 2023 pukul 08.30–10.00 WIB". */
  when: string;
  start: WallClock;
  end: WallClock | null;
  /** "1 jam 30 menit"; "tidak diketahui" when the log gives no duration. */
  duration: string;
  durationMinutes: number | null;
  cause: string;
  followUp: string;
  category: string;
  pic: string | null;
  unit: string | null;
  /** 1-based footnote numbers shown as "[n]" after the title. */
  notes: number[];
  /** The classifier's own notes (kind guessed from keywords, unknown category): workbook only. */
  classifierNotes: string[];
  /** Whether the kind was decided from keywords rather than stated by the log. */
  kindGuessed: boolean;
  /** File name (never the user's folder), sheet and row. */
  source: string;
}

// classify.ts records its guesses as warnings (classifierNote knows them in either language). They
// are provenance, not facts a director signs: the signed PDF states only their count, the
// workbook's notes sheet the detail.
export const isClassifierNote = (w: string): boolean => classifierNote(w) !== null;

/** "C:\\Users\\it\\Log 2023.xlsx" → "Log 2023.xlsx": a report never prints a user's folders. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export interface Footnotes {
  list: string[];
  add(text: string): number;
}

/** Numbered footnotes shared by both tables; the same text gets the same number. */
export function footnotes(): Footnotes {
  const list: string[] = [];
  return {
    list,
    add(text: string): number {
      const i = list.indexOf(text);
      if (i >= 0) return i + 1;
      list.push(text);
      return list.length;
    },
  };
}

function wallClock(ms: number, precision: Precision, timeZone: string): WallClock {
  // partsInZone caches the zone offset per day; a luxon DateTime per row asked Intl every time.
  const t = partsInZone(timeZone, ms);
  const utcWall =
    precision === 'month'
      ? new Date(Date.UTC(t.year, t.month - 1, 1))
      : precision === 'day'
        ? new Date(Date.UTC(t.year, t.month - 1, t.day))
        : new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute));
  return { utcWall, precision };
}

function whenText(i: Incident, lang: Lang, timeZone: string): string {
  const zone = zoneAbbreviation(timeZone);
  const start = formatWhen(i.start, lang, zone);
  if (!i.end || i.precision !== 'minute') return start;
  const sameDay = i.end.slice(0, 10) === i.start.slice(0, 10);
  const m = /T(\d{2}):(\d{2})/.exec(i.end);
  const W = REPORT.in(lang).rows;
  if (sameDay && m) return start.replace(` ${zone}`, `–${m[1]}${W.clockSeparator}${m[2]} ${zone}`);
  return `${start} ${W.until} ${formatWhen(i.end, lang, zone)}`;
}

/**
 * Builds the rows of one table (one kind), numbering from 1 and registering footnotes. Each row
 * comes with the metrics module's contribution of the incident to the period, so the notes say
 * exactly what the figures did with it.
 */
export function buildRows(items: Contribution[], opts: { lang: Lang; timeZone: string; fromMs: number; toMs: number; notes: Footnotes }): ReportRow[] {
  const { lang, timeZone, notes } = opts;
  const L = labels(lang);
  const W = L.rows;
  return items.map((c, k) => {
    const i = c.incident;
    const refs = new Set<number>();
    for (const w of i.warnings) if (!isClassifierNote(w)) refs.add(notes.add(w));
    if (c.monthPrecision) {
      refs.add(notes.add(W.monthOnly));
    }
    if (c.unknownDuration) refs.add(notes.add(W.unknownDuration));
    const minutes = formatNumber(c.minutes, 0, lang);
    if (c.ongoing) {
      refs.add(notes.add(W.ongoing(i.title, minutes)));
    } else if (c.interval && (i.startMs < opts.fromMs || (i.endMs ?? i.startMs + (i.durationMinutes ?? 0) * 60_000) > opts.toMs)) {
      refs.add(notes.add(W.clipped(i.title, minutes)));
    }
    return {
      no: k + 1,
      id: i.id,
      kind: i.kind,
      title: i.title,
      when: whenText(i, lang, timeZone),
      start: wallClock(i.startMs, i.precision, timeZone),
      end: i.endMs != null && i.precision === 'minute' ? wallClock(i.endMs, 'minute', timeZone) : null,
      duration: c.ongoing ? W.notRecovered : formatDuration(i.durationMinutes, lang),
      durationMinutes: c.ongoing ? null : i.durationMinutes,
      cause: i.cause,
      followUp: i.followUp,
      category: L.categories[i.category] ?? i.category,
      pic: i.pic,
      unit: i.unit,
      notes: [...refs].sort((a, b) => a - b),
      classifierNotes: i.warnings.filter(isClassifierNote),
      kindGuessed: i.warnings.some((w) => classifierNote(w) === 'kindGuessed'),
      source: `${fileNameOf(i.source.file)}${i.source.sheet ? ` [${i.source.sheet}]` : ''} #${i.source.row}`,
    };
  });
}
