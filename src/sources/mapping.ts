// What the user says about their log when the guess is not enough: `--map "title=Keterangan,end=Jam
// Up"`, a saved `--mapping FILE.yaml`, `--date-order`, `--sheet`. Parsed and validated here, with
// errors naming the key; the scanner only sees a ColumnMapping.
import { z } from 'zod';
import { UserError } from '../errors.js';
import type { DateOrder, Field } from '../types.js';
import { IMPORT } from '../wording/import.js';
import { mappingKey, type ColumnMapping } from './headers.js';

/** Field keys users write, English and Indonesian, → the field. */
const FIELD_KEYS: Record<string, Field | 'ignore'> = {
  no: 'no', nomor: 'no',
  title: 'title', judul: 'title', kejadian: 'title',
  date: 'date', tanggal: 'date',
  start: 'start', mulai: 'start',
  end: 'end', selesai: 'end',
  enddate: 'endDate', tanggalselesai: 'endDate',
  duration: 'duration', lama: 'duration', durasi: 'duration',
  cause: 'cause', penyebab: 'cause',
  followup: 'followUp', tindaklanjut: 'followUp',
  kind: 'kind', jenis: 'kind',
  pic: 'pic', petugas: 'pic',
  category: 'category', kategori: 'category',
  scope: 'scope', sumber: 'scope',
  unit: 'unit', layanan: 'unit',
  ignore: 'ignore', abaikan: 'ignore', extra: 'ignore', tambahan: 'ignore',
};

export const MAPPING_FIELDS = 'title, date, start, end, endDate, duration, cause, followUp, kind, pic, category, scope, unit, no, ignore';

export interface ReadChoices {
  mapping?: ColumnMapping | undefined;
  dateOrder?: DateOrder | undefined;
  sheets?: string[] | undefined;
}

/** The mapping as data, for the batch record and `inspect`'s ready-to-paste line. */
export interface MappingSpec {
  columns: { field: Field | 'ignore'; column: string }[];
  dateOrder?: DateOrder;
  sheets?: string[];
}

function fieldOf(key: string, where: string): Field | 'ignore' {
  const f = FIELD_KEYS[key.toLowerCase().replace(/[^a-z]/g, '')];
  if (!f) throw new UserError(IMPORT().mapping.notAField(where, key, MAPPING_FIELDS));
  return f;
}

export function toColumnMapping(spec: MappingSpec): ColumnMapping {
  const columns = new Map<string, Field | 'ignore'>();
  const used = new Set<string>();
  for (const { field, column } of spec.columns) {
    columns.set(mappingKey(column), field);
    // "F" may also be a column letter
    if (/^[A-Za-z]{1,3}$/.test(column.trim())) columns.set(column.trim().toUpperCase(), field);
  }
  return { columns, used };
}

/** The entries of a mapping that matched no header in any sheet read: most likely typos. */
export function unusedEntries(spec: MappingSpec, mapping: ColumnMapping): MappingSpec['columns'] {
  const used = mapping.used ?? new Set<string>();
  return spec.columns.filter(({ column }) => !used.has(mappingKey(column)) && !used.has(column.trim().toUpperCase()));
}

/**
 * `title=Keterangan,end=Jam Up` (also `;` between pairs). A pair ends only where the next one starts
 * (`key=`), so a header with a comma reads whole: `date=Hari, Tanggal,title=Kejadian`.
 */
export function parseMapArg(arg: string): MappingSpec {
  const columns: MappingSpec['columns'] = [];
  for (const part of arg.split(/[,;](?=\s*[A-Za-z][A-Za-z _-]*=)/)) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new UserError(IMPORT().mapping.pairShape(part.trim()));
    const key = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (!column) throw new UserError(IMPORT().mapping.noColumn(key));
    const field = fieldOf(key, '--map');
    if (field !== 'ignore' && columns.some((c) => c.field === field)) throw new UserError(IMPORT().mapping.twice(key));
    columns.push({ field, column });
  }
  return { columns };
}

const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const;

const MappingFileSchema = z
  .object({
    columns: z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])),
    dateOrder: z.enum(DATE_ORDERS).optional(),
    sheets: z.array(z.string().min(1)).optional(),
  })
  .strict();

/**
 * A saved mapping file:
 *   columns: { title: Keterangan, end: Jam Up, ignore: [Paraf, Foto] }
 *   dateOrder: mdy
 *   sheets: [Januari, Februari]
 */
export function parseMappingFile(data: unknown, file: string): MappingSpec {
  const r = MappingFileSchema.safeParse(data);
  if (!r.success) {
    const W = IMPORT().mapping;
    const lines = r.error.issues.map((i) => `  ${i.path.join('.') || W.root}: ${i.message}`);
    throw new UserError(W.invalidFile(file, lines));
  }
  const columns: MappingSpec['columns'] = [];
  for (const [key, value] of Object.entries(r.data.columns)) {
    const field = fieldOf(key, `${file}: columns.${key}`);
    for (const column of Array.isArray(value) ? value : [value]) columns.push({ field, column });
  }
  const spec: MappingSpec = { columns };
  if (r.data.dateOrder) spec.dateOrder = r.data.dateOrder;
  if (r.data.sheets) spec.sheets = r.data.sheets;
  return spec;
}

export function parseDateOrder(v: string | undefined): DateOrder | undefined {
  if (v == null) return undefined;
  const t = v.toLowerCase();
  if ((DATE_ORDERS as readonly string[]).includes(t)) return t as DateOrder;
  throw new UserError(IMPORT().mapping.dateOrder(v));
}

/** `--map` wins over the file for the same field; `--date-order`/`--sheet` over the file's. */
export function mergeSpecs(file: MappingSpec | null, arg: MappingSpec | null): MappingSpec | null {
  if (!file) return arg;
  if (!arg) return file;
  const fields = new Set(arg.columns.map((c) => c.field).filter((f) => f !== 'ignore'));
  return { ...file, columns: [...file.columns.filter((c) => !fields.has(c.field as Field)), ...arg.columns] };
}

/** The mapping as one `--map` argument a user can paste. */
export function formatMapArg(columns: { field: Field | 'ignore'; column: string }[]): string {
  return columns.map((c) => `${c.field}=${c.column}`).join(',');
}
