// How a log was read, said out loud: per sheet the header row, each column → field with the rule
// that decided, the columns kept as extras and the date order. Shared by `import` and `inspect`.
import type { Field } from '../types.js';
import type { ColumnReport, SheetReport } from '../sources/table.js';
import { dateOrderLabel } from '../sources/date-order.js';

export const FIELD_NAMES: Record<Field, string> = {
  no: 'No',
  title: 'Judul kejadian',
  date: 'Tanggal',
  start: 'Mulai',
  end: 'Selesai',
  endDate: 'Tanggal selesai',
  duration: 'Lama',
  cause: 'Penyebab',
  followUp: 'Tindak lanjut',
  kind: 'Jenis',
  pic: 'Petugas',
  category: 'Kategori',
  scope: 'Internal/eksternal',
  unit: 'Unit/layanan',
};

function signature(s: SheetReport): string {
  return JSON.stringify([s.headerRow, (s.mapping ?? []).map((m) => [m.column, m.header, m.field, m.unit, m.dateOrder?.order])]);
}

function columnLine(m: ColumnReport): string {
  const target = m.field ? FIELD_NAMES[m.field] : '(kolom tambahan)';
  const extras: string[] = [];
  if (m.unit) extras.push(`satuan ${m.unit}`);
  if (m.dateOrder) extras.push(`urutan ${dateOrderLabel(m.dateOrder.order)}: ${m.dateOrder.reason}`);
  const tail = extras.length ? `; ${extras.join('; ')}` : '';
  const where = m.column === m.header ? JSON.stringify(m.header).padEnd(29) : `${m.column.padEnd(4)} ${JSON.stringify(m.header).padEnd(24)}`;
  return `    ${where} → ${target.padEnd(18)} (${m.rule}${tail})`;
}

/**
 * Lines describing how each sheet was read. Sheets read the same way (one per month) are listed
 * once, with their names.
 */
export function describeSheets(sheets: readonly SheetReport[]): string[] {
  const out: string[] = [];
  const groups = new Map<string, SheetReport[]>();
  for (const s of sheets) {
    if (s.skipped || !s.recognised) continue;
    const key = signature(s);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const names = group.map((s) => (s.sheet == null ? null : `"${s.sheet}"`)).filter(Boolean);
    const rows = group.reduce((n, s) => n + s.rows, 0);
    const where = names.length === 0 ? 'Tabel' : names.length === 1 ? `Sheet ${names[0]}` : `${names.length} sheet (${names.join(', ')})`;
    const header = first.headerRow != null ? `baris judul ${first.headerRow}` : 'nama kolom';
    out.push(`  ${where}: ${header}, ${rows} baris kejadian`);
    for (const m of first.mapping ?? []) out.push(columnLine(m));
  }
  const hidden = sheets.filter((s) => s.skipped === 'hidden').map((s) => `"${s.sheet}"`);
  if (hidden.length) out.push(`  Sheet tersembunyi dilewati: ${hidden.join(', ')} (pilih dengan --sheet)`);
  const unread = sheets.filter((s) => !s.skipped && !s.recognised).map((s) => `"${s.sheet ?? ''}"`);
  if (unread.length) out.push(`  Tanpa tabel log: ${unread.join(', ')}`);
  return out;
}
