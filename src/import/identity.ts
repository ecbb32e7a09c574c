// A row's identity: what the clerk typed in it, not how we read it. Two rows are the same row when
// every cell holds the same text under the same header, whatever the column order, the mapping the
// importer guessed, or the whitespace. Used across files only: rows of one file are never
// duplicates of each other (two machines failing at once, two shifts with the same entry).
import { hash } from 'node:crypto';
import type { CellValue, Field, RawRow } from '../types.js';

// Printable ASCII with single inner spaces is already NFC, collapsed and trimmed: most cells are,
// and skipping normalize/replace/trim for them halved the cost of identifying a row.
const NEEDS_CLEANING = /[^\x21-\x7e ]|  |^ | $/;

function clean(s: string): string {
  return NEEDS_CLEANING.test(s) ? s.normalize('NFC').replace(/\s+/g, ' ').trim() : s;
}

// Rows of a day share its date: the last date's text is kept for the next row.
let lastDateMs = NaN;
let lastDateText = '';

function text(v: CellValue | undefined): string {
  if (v == null) return '';
  if (v instanceof Date) {
    const ms = v.getTime();
    if (ms !== lastDateMs) {
      lastDateText = v.toISOString();
      lastDateMs = ms;
    }
    return lastDateText;
  }
  return clean(String(v));
}

// A sheet has a handful of headers and 100,000s of rows: each header is keyed once, with the
// separator that follows it in a pair.
const keys = new Map<string, string>();
/** Keys with no character below U+0002 but their terminator: see `rowIdentity`. */
const plainKeys = new Set<string>();
const CONTROL_KEY = /[\u0000\u0001]/;

function key(header: string): string {
  let k = keys.get(header);
  if (k === undefined) {
    const cleaned = clean(header).toLowerCase();
    k = `${cleaned}\u0001`;
    if (keys.size > 10_000) {
      keys.clear();
      plainKeys.clear();
    }
    keys.set(header, k);
    if (!CONTROL_KEY.test(cleaned)) plainKeys.add(k);
  }
  return k;
}

// The pairs of the row being identified, reused from row to row.
const pairKeys: string[] = [];
const pairTexts: string[] = [];

/**
 * 32 hex chars over the row's non-empty cells as (header, text) pairs, sorted. A mapped cell is
 * keyed by its header as written (the field name when the source has none), so an improved column
 * guess does not change a row's identity. The "No" column is left out: it is the row's place in
 * its file, and the same entry copied into another file gets another number.
 */
export function rowIdentity(row: RawRow): string {
  let n = 0;
  let plain = true;
  const cells = row.cells as Record<Field, RawRow['cells'][Field]>;
  for (const field in cells) {
    const cell = cells[field as Field];
    if (field === 'no' || !cell) continue;
    const t = text(cell.value);
    if (!t) continue;
    const k = key(cell.header ?? field);
    if (plain && !plainKeys.has(k)) plain = false;
    pairKeys[n] = k;
    pairTexts[n++] = t;
  }
  const extra = row.extra;
  if (extra) {
    for (const header in extra) {
      const t = text(extra[header]);
      if (!t) continue;
      const k = key(header);
      if (plain && !plainKeys.has(k)) plain = false;
      pairKeys[n] = k;
      pairTexts[n++] = t;
    }
  }
  if (!plain) {
    const pairs: string[] = [];
    for (let i = 0; i < n; i++) pairs.push(pairKeys[i]! + pairTexts[i]!);
    pairs.sort();
    return hash('sha256', pairs.join('\u0002'), 'hex').slice(0, 32);
  }
  // Each key ends in U+0001 and holds no other character that low, so one key is never a prefix
  // of another: ordering the pairs by key, then by text, is the order of the joined "key text"
  // strings the identity sorts (an insertion sort: a row has a handful of cells).
  for (let i = 1; i < n; i++) {
    const k = pairKeys[i]!;
    const t = pairTexts[i]!;
    let j = i - 1;
    while (j >= 0 && (pairKeys[j]! > k || (pairKeys[j] === k && pairTexts[j]! > t))) {
      pairKeys[j + 1] = pairKeys[j]!;
      pairTexts[j + 1] = pairTexts[j]!;
      j--;
    }
    pairKeys[j + 1] = k;
    pairTexts[j + 1] = t;
  }
  let joined = n ? pairKeys[0]! + pairTexts[0]! : '';
  for (let i = 1; i < n; i++) joined += `\u0002${pairKeys[i]!}${pairTexts[i]!}`;
  return hash('sha256', joined, 'hex').slice(0, 32);
}
