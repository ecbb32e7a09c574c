// The row identity is stored: a faster way of computing it must give the same 32 hex characters.
// `reference` is the plain definition (pairs "key\u0001text", sorted, joined by \u0002, SHA-256).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rowIdentity } from '../../src/import/identity.js';
import type { CellValue, Field, RawCell, RawRow } from '../../src/types.js';
import { rng } from '../helpers/rng.js';

function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function text(v: CellValue | undefined): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString();
  return clean(String(v));
}

function reference(row: RawRow): string {
  const pairs: string[] = [];
  for (const [field, cell] of Object.entries(row.cells) as [Field, RawCell | undefined][]) {
    if (field === 'no' || !cell) continue;
    const t = text(cell.value);
    if (t) pairs.push(`${clean(cell.header ?? field).toLowerCase()}\u0001${t}`);
  }
  for (const [header, v] of Object.entries(row.extra ?? {})) {
    const t = text(v);
    if (t) pairs.push(`${clean(header).toLowerCase()}\u0001${t}`);
  }
  pairs.sort();
  return createHash('sha256').update(pairs.join('\u0002')).digest('hex').slice(0, 32);
}

const FIELDS: Field[] = ['no', 'date', 'start', 'end', 'duration', 'title', 'cause', 'followUp', 'pic', 'unit', 'kind', 'category'];
// Headers that are prefixes of one another, differ only in case or spaces, or hold low controls.
const HEADERS = ['Jam', 'Jam Mulai', 'jam', ' Jam  Mulai ', 'Lama', 'Lama (menit)', 'Kejadian', 'Ket', 'Ket.', 'a\u0001b', 'a', 'a\u0000', 'Café', 'Cafe\u0301', 'Z', '', 'Tanggal'];
const TEXTS = ['', ' ', 'ISP putus', 'isp putus', 'ISP  putus ', '\u0002x', '\u0001', 'Ünïcode', '45 menit', 'a\tb', 'Kejadian 1: ISP putus'];

function value(r: () => number): CellValue {
  const p = r();
  if (p < 0.15) return new Date(Date.UTC(2000, 0, 1 + Math.floor(r() * 3), Math.floor(r() * 3)));
  if (p < 0.3) return Math.floor(r() * 100) / (r() < 0.5 ? 1 : 7);
  if (p < 0.35) return r() < 0.5;
  if (p < 0.4) return null;
  return TEXTS[Math.floor(r() * TEXTS.length)]!;
}

describe('row identity', () => {
  it('is the sorted (header, text) pairs hashed, whatever the headers and texts', () => {
    const r = rng(3);
    for (let i = 0; i < 4000; i++) {
      const cells: Partial<Record<Field, RawCell>> = {};
      for (const f of FIELDS) {
        if (r() < 0.4) continue;
        const cell: RawCell = { value: value(r), column: 'A' };
        if (r() < 0.8) cell.header = HEADERS[Math.floor(r() * HEADERS.length)]!;
        cells[f] = cell;
      }
      const extra: Record<string, string> = {};
      const n = Math.floor(r() * 3);
      for (let k = 0; k < n; k++) extra[HEADERS[Math.floor(r() * HEADERS.length)]!] = String(value(r) ?? '');
      const row: RawRow = { source: { file: 'x.xlsx', sheet: 'S', row: i + 1 }, cells, sectionKind: null, sectionTitle: null, extra };
      expect(rowIdentity(row)).toBe(reference(row));
    }
  });
});
