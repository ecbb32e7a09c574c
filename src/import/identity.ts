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

function text(v: CellValue | undefined): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString();
  return clean(String(v));
}

// A sheet has a handful of headers and 100,000s of rows: each header is keyed once, with the
// separator that follows it in a pair.
const keys = new Map<string, string>();

function key(header: string): string {
  let k = keys.get(header);
  if (k === undefined) {
    k = `${clean(header).toLowerCase()}\u0001`;
    if (keys.size > 10_000) keys.clear();
    keys.set(header, k);
  }
  return k;
}

/**
 * 32 hex chars over the row's non-empty cells as (header, text) pairs, sorted. A mapped cell is
 * keyed by its header as written (the field name when the source has none), so an improved column
 * guess does not change a row's identity. The "No" column is left out: it is the row's place in
 * its file, and the same entry copied into another file gets another number.
 */
export function rowIdentity(row: RawRow): string {
  const pairs: string[] = [];
  const cells = row.cells as Record<Field, RawRow['cells'][Field]>;
  for (const field in cells) {
    const cell = cells[field as Field];
    if (field === 'no' || !cell) continue;
    const t = text(cell.value);
    if (t) pairs.push(key(cell.header ?? field) + t);
  }
  const extra = row.extra;
  if (extra) {
    for (const header in extra) {
      const t = text(extra[header]);
      if (t) pairs.push(key(header) + t);
    }
  }
  pairs.sort();
  return hash('sha256', pairs.join('\u0002'), 'hex').slice(0, 32);
}
