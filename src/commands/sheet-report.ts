// How a log was read, said out loud: per sheet the header row, each column → field with the rule
// that decided, the columns kept as extras and the date order. Shared by `import` and `inspect`.
import type { Field } from '../types.js';
import type { ColumnReport, SheetReport } from '../sources/table.js';
import { dateOrderLabel } from '../sources/date-order.js';
import { COMMANDS } from '../wording/commands.js';

/** A field's name as the reader's language says it ("Judul kejadian"). */
export const fieldName = (field: Field): string => COMMANDS().sheets.fields[field];

function signature(s: SheetReport): string {
  return JSON.stringify([s.headerRow, (s.mapping ?? []).map((m) => [m.column, m.header, m.field, m.unit, m.dateOrder?.order])]);
}

function columnLine(m: ColumnReport): string {
  const W = COMMANDS().sheets;
  const target = m.field ? fieldName(m.field) : W.extraColumn;
  const extras: string[] = [];
  if (m.unit) extras.push(W.unit(m.unit));
  if (m.dateOrder) extras.push(W.dateOrder(dateOrderLabel(m.dateOrder.order), m.dateOrder.reason));
  const tail = extras.length ? `; ${extras.join('; ')}` : '';
  const where = m.column === m.header ? JSON.stringify(m.header).padEnd(29) : `${m.column.padEnd(4)} ${JSON.stringify(m.header).padEnd(24)}`;
  return `    ${where} → ${target.padEnd(18)} (${m.rule}${tail})`;
}

/**
 * Lines describing how each sheet was read. Sheets read the same way (one per month) are listed
 * once, with their names.
 */
export function describeSheets(sheets: readonly SheetReport[]): string[] {
  const W = COMMANDS().sheets;
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
    const where = names.length === 0 ? W.table : names.length === 1 ? W.sheet(names[0]!) : W.sheetsNamed(names.length, names.join(', '));
    const header = first.headerRow != null ? W.headerRow(first.headerRow) : W.columnNames;
    out.push(`  ${W.group(where, header, rows)}`);
    for (const m of first.mapping ?? []) out.push(columnLine(m));
  }
  const hidden = sheets.filter((s) => s.skipped === 'hidden').map((s) => `"${s.sheet}"`);
  if (hidden.length) out.push(`  ${W.hidden(hidden.join(', '))}`);
  const unread = sheets.filter((s) => !s.skipped && !s.recognised).map((s) => `"${s.sheet ?? ''}"`);
  if (unread.length) out.push(`  ${W.unread(unread.join(', '))}`);
  return out;
}
