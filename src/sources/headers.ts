// Header rows, section titles and signature blocks: the small predicates the table scanner uses to
// tell a header row, a section title and a signature block apart from data. What a single header
// cell means is decided in columns.ts; every predicate here is pure and unit-tested.
import type { CellValue, Field, Kind } from '../types.js';
import { IMPORT } from '../wording/import.js';
import { columnLetter } from './cells.js';
import { guessColumn, headerWords, type ColumnGuess } from './columns.js';

/** A header cell as the scanner sees it. */
export interface HeaderCell {
  col: number;
  value: CellValue;
}

/** A column's meaning in a header row: guessed from its words, or forced by the user's mapping. */
export interface HeaderMatch {
  col: number;
  text: string;
  guess: ColumnGuess;
}

/** The user's mapping (`--map`, `--mapping`): header text or column letter → field, or ignored. */
export interface ColumnMapping {
  /** Keys are mappingKey(header text) or column letters ("F"). */
  columns: Map<string, Field | 'ignore'>;
  /** Keys a header of some sheet matched: a `--map` entry that matched none is a typo to report. */
  used?: Set<string>;
}

/** "Jam  Up " and "jam up" are the same header. */
export function mappingKey(text: string): string {
  return headerWords(text).join(' ');
}

/** The user's choice for a header cell, if any. */
export function forcedField(mapping: ColumnMapping | undefined, col: number, text: string): Field | 'ignore' | undefined {
  if (!mapping) return undefined;
  const byText = mappingKey(text);
  const f = mapping.columns.get(byText);
  if (f) {
    mapping.used?.add(byText);
    return f;
  }
  const letter = columnLetter(col);
  const g = mapping.columns.get(letter);
  if (g) mapping.used?.add(letter);
  return g;
}

/** The field a header cell names clearly (a strong guess), or null. Only text cells can be headers. */
export function fieldForHeader(value: CellValue | undefined): Field | null {
  const g = guessColumn(value);
  return g && g.strength >= 0.8 ? g.field : null;
}

/** Fields that make a table a log: an incident is a description or a point in time. */
const ANCHORS = new Set<Field>(['title', 'date', 'start', 'end']);

/**
 * The header cells of a row, or null when the row is not a log header: no numbers or dates; at
 * least two fields; one of them a title, date, start or end named clearly; at least half the cells
 * meaningful. `strict` (a header is already in force) asks for three clear names, so a text row
 * inside a table ("Server down | listrik padam") cannot replace the header.
 */
export function matchHeaderRow(cells: readonly HeaderCell[], mapping?: ColumnMapping, strict = false): HeaderMatch[] | null {
  // Cheap test first: a row with a number, a date or text starting with a digit is data.
  for (const c of cells) {
    const v = c.value;
    if (v != null && (typeof v !== 'string' || (v.length > 0 && v.charCodeAt(0) >= 48 && v.charCodeAt(0) <= 57))) return null;
  }
  const matches: HeaderMatch[] = [];
  let filled = 0;
  let forced = 0;
  for (const c of cells) {
    if (c.value == null || c.value === '') continue;
    if (typeof c.value !== 'string') return null;
    filled++;
    const text = c.value.replace(/\s+/g, ' ').trim();
    const f = forcedField(mapping, c.col, text);
    if (f === 'ignore') {
      forced++;
      continue;
    }
    if (f) {
      forced++;
      matches.push({ col: c.col, text, guess: { field: f, strength: 1, rule: IMPORT().columns.forced, forced: true } });
      continue;
    }
    const g = guessColumn(text);
    if (g) matches.push({ col: c.col, text, guess: g });
  }
  const fields = new Set(matches.map((m) => m.guess.field));
  if (fields.size < 2) return null;
  if (forced >= 2) return matches;
  // An anchor named clearly, or a start and an end both named ("Started | Ended", "Opened | Closed").
  const anchored =
    matches.some((m) => ANCHORS.has(m.guess.field) && m.guess.strength >= 0.8) ||
    (matches.some((m) => m.guess.field === 'start' && m.guess.strength >= 0.7) && matches.some((m) => m.guess.field === 'end' && m.guess.strength >= 0.7));
  if (!anchored) return null;
  const score = matches.reduce((s, m) => s + m.guess.strength, 0);
  if (score < 1.8 || matches.length * 2 < filled) return null;
  if (strict && matches.filter((m) => m.guess.strength >= 0.8).length < 3) return null;
  return matches;
}

/** Column → field of a header row, or null (delimiter detection and tests). */
export function headerFields(cells: readonly HeaderCell[]): Map<number, Field> | null {
  const m = matchHeaderRow(cells);
  return m ? new Map(m.map((x) => [x.col, x.guess.field])) : null;
}

const UNPLANNED_RE = /(tidak|tak)\s*(te|ter|di)?(rencana|jadwal)|\bun-?\s*planned\b|\bunscheduled\b|\bdarurat\b/i;
const PLANNED_RE = /terencana|terjadwal|direncanakan|dijadwalkan|\bplanned\b|\bscheduled\b|pemeliharaan\s+rutin/i;

/**
 * The kind a section title announces: 'unplanned', 'planned', null for a title naming both
 * ("Downtime Terencana dan Tidak Terencana"), undefined when the text is not about kind at all.
 */
export function sectionKindOf(text: string): Kind | null | undefined {
  const unplanned = UNPLANNED_RE.test(text);
  const rest = text.replace(new RegExp(UNPLANNED_RE.source, 'gi'), ' ');
  const planned = PLANNED_RE.test(rest);
  if (unplanned && planned) return null;
  if (unplanned) return 'unplanned';
  if (planned) return 'planned';
  return undefined;
}

/** Longest text a section title may have: a sentence in a preamble that mentions kinds is not one. */
export const SECTION_TITLE_MAX_LENGTH = 100;

/**
 * Text that starts a signature block: the table ends here, and rows below it are not data until a
 * new header starts. Strict on purpose — a follow-up "Kepala ruang diberi tahu" is incident text,
 * "Kepala Instalasi SIMRS" alone in a cell is a signatory's position.
 */
export const SIGNATURE_RE = new RegExp(
  [
    // words that only open a signature block, with anything after them
    String.raw`^\s*(?:mengetahui|menyetujui|disetujui|tanda\s+tangan|ttd\b|nip\b\.?\s*:?\s*\d|nrp\b|a\.?\s?n\.?\s+direktur|(?:dibuat|diperiksa|diketahui|disusun|dilaporkan)(?:\s+oleh)?\s*[,:]|(?:dibuat|diperiksa|diketahui|disusun|dilaporkan)\s+oleh\b|yang\s+(?:membuat|melaporkan|menyerahkan|menerima)\b)`,
    // "Solok, 30 November 2022": place and date of signing ("Senin, 9 Januari 2023" is a weekday
    // and a date, the way many logs type their Tanggal)
    String.raw`^\s*(?!(?:senin|selasa|rabu|kamis|jum'?at|jum’at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,)[a-z][a-z .'-]*,\s*\d{1,2}\s+[a-z]+\s+\d{4}\s*$`,
  ].join('|'),
  'i',
);

/**
 * A position alone in its cell, written as positions are — in Title Case ("Kepala Instalasi SIMRS",
 * "Plt. Direktur RSUD M. Natsir"); "Kepala ruang diberi tahu" is a sentence, not a position.
 */
const POSITION_RE = /^\s*(?:(?:Plt|Plh|PLT|PLH)\.?\s+)?(?:(?:Kepala|KEPALA|Ka\.|KA\.)\s*(?:Instalasi|INSTALASI|Unit|UNIT|Ruang(?:an)?|RUANG(?:AN)?|Bagian|BAGIAN|Seksi|SEKSI|Bidang|BIDANG|Sub\s*Bagian|IT|SIMRS)|Direktur|DIREKTUR|Manajer|Manager|MANAJER|Koordinator|KOORDINATOR)(?:\s+(?:[A-Z0-9][\w.()&/-]*|dan|&))*\s*,?\s*$/;

/** Whether a cell's text opens a signature block (see SIGNATURE_RE and the position rule). */
export function isSignatureText(text: string): boolean {
  return SIGNATURE_RE.test(text) || POSITION_RE.test(text);
}

/** A totals line or a note under the table: that row is not data (the table goes on). */
export const NOTE_RE = /^\s*(?:jumlah|total|sub\s*total|grand\s+total|rekapitulasi)\b\s*[:.]?|^\s*(?:catatan|keterangan|note|notes)\s*:/i;

/** Either of the two: for tests and simple callers. */
export const FOOTER_RE = { test: (text: string): boolean => isSignatureText(text) || NOTE_RE.test(text) };

/** "1", "12.", "3)" typed as text, or a whole positive number: an incident number. */
export function isRowNumber(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0;
  if (typeof value === 'string') return /^\s*\d{1,6}\s*[.)]?\s*$/.test(value);
  return false;
}

/** Continuation text that starts a list item reads better on a new line than after a space. */
export function joinContinuation(before: string, after: string): string {
  if (!before) return after;
  if (!after) return before;
  const sep = /^(\d{1,2}[.)]|[a-z][.)]|[-•*–])\s/i.test(after) ? '\n' : ' ';
  return `${before}${sep}${after}`;
}
