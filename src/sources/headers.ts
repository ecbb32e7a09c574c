// Header synonyms and the small predicates the table scanner uses to tell a header row, a section
// title and a signature block apart from data. Data first so other modules (and users' forks) can
// extend the tables; every predicate is pure and unit-tested.
import type { CellValue, Field, Kind } from '../types.js';

/**
 * Header texts per field, as hospitals write them (Indonesian and English). Matching ignores case,
 * spaces, punctuation and a trailing "(…)" unit note, so "Tgl." = "tgl", "Lama (menit)" = "lama".
 * Extend by pushing to an array; `fieldForHeader` reads the table on every call.
 */
export const HEADER_SYNONYMS: Record<Field, string[]> = {
  no: ['No', 'No.', 'Nomor', 'Nomer', 'No Urut', '#', 'Nr'],
  title: [
    'Kejadian', 'Kejadian Downtime', 'Nama Kejadian', 'Deskripsi', 'Deskripsi Kejadian', 'Description', 'Uraian',
    'Uraian Kejadian', 'Masalah', 'Permasalahan', 'Gangguan', 'Incident', 'Event', 'Judul',
  ],
  date: ['Tanggal', 'Tgl', 'Waktu Kejadian', 'Waktu', 'Date', 'Tanggal Kejadian', 'Tgl Kejadian', 'Hari/Tanggal', 'Hari Tanggal'],
  start: ['Jam Mulai', 'Mulai', 'Start', 'Waktu Mulai', 'Jam Down', 'Offline', 'Jam', 'Pukul', 'Start Time', 'Jam Offline'],
  end: ['Jam Selesai', 'Selesai', 'Pulih', 'End', 'Waktu Selesai', 'Online', 'Jam Pulih', 'End Time', 'Jam Online', 'Waktu Pulih'],
  duration: ['Lama', 'Durasi', 'Duration', 'Lama Downtime', 'Lama Waktu', 'Lama Gangguan', 'Durasi Downtime'],
  cause: ['Penyebab', 'Cause', 'Sebab', 'Root Cause', 'Penyebab Downtime', 'Akar Masalah'],
  followUp: ['Tindak Lanjut', 'Tindakan', 'Action', 'Penanganan', 'Solusi', 'Follow Up', 'Follow-up', 'Perbaikan', 'Tindakan Perbaikan'],
  kind: ['Jenis', 'Jenis Downtime', 'Type', 'Tipe', 'Kategori Downtime', 'Sifat', 'Planned/Unplanned', 'Terencana/Tidak Terencana'],
  pic: ['Petugas', 'PIC', 'Pelaksana', 'Penanggung Jawab', 'Petugas TI', 'Teknisi'],
  category: ['Kategori', 'Kategori Penyebab', 'Category', 'Kelompok'],
  unit: ['Unit', 'Ruangan', 'Layanan', 'Modul', 'Lokasi', 'Perangkat', 'Server', 'Device', 'Unit Terdampak', 'Service'],
  scope: ['Internal/Eksternal', 'Sumber', 'Sumber Gangguan', 'Internal/External', 'Scope', 'Lingkup'],
};

/** Lower case, no accents, no "(unit)" note, only letters and digits ('#' survives as itself). */
export function normaliseHeader(text: string): string {
  const t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/, '')
    .trim();
  if (t === '#') return '#';
  return t.replace(/[^a-z0-9]+/g, '');
}

let synonymIndex: Map<string, Field> | null = null;
let indexedFrom = '';

/**
 * Rebuilt when the table grew (someone pushed a synonym), so extending needs no registration call.
 * The signature is the list lengths: cheap enough to check on every cell of a 100,000-row sheet.
 */
function index(): Map<string, Field> {
  const signature = Object.values(HEADER_SYNONYMS)
    .map((a) => a.length)
    .join(',');
  if (!synonymIndex || signature !== indexedFrom) {
    const m = new Map<string, Field>();
    for (const [field, words] of Object.entries(HEADER_SYNONYMS) as [Field, string[]][]) {
      for (const w of words) {
        const key = normaliseHeader(w);
        if (key && !m.has(key)) m.set(key, field);
      }
    }
    synonymIndex = m;
    indexedFrom = signature;
  }
  return synonymIndex;
}

/** The field a header cell names, or null. Only text cells can be headers. */
export function fieldForHeader(value: CellValue | undefined): Field | null {
  if (typeof value !== 'string') return null;
  const key = normaliseHeader(value);
  if (!key) return null;
  return index().get(key) ?? null;
}

export interface HeaderCell {
  col: number;
  value: CellValue;
}

/**
 * A header row: no numbers or dates, at least two cells that name fields, one of them the title or
 * the date (No + Lama alone is not enough: those also appear in summary tables).
 */
export function headerFields(cells: readonly HeaderCell[]): Map<number, Field> | null {
  const found = new Map<number, Field>();
  for (const c of cells) {
    if (c.value == null || c.value === '') continue;
    if (typeof c.value !== 'string') return null;
    const f = fieldForHeader(c.value);
    if (f) found.set(c.col, f);
  }
  if (found.size < 2) return null;
  const fields = new Set(found.values());
  return fields.has('title') || fields.has('date') ? found : null;
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
 * A signature block or a note under the table: never part of the incident above, never an incident.
 * Matched against the row's first text.
 */
export const FOOTER_RE =
  /^\s*(mengetahui|menyetujui|disetujui|dibuat\s+oleh|diperiksa|diketahui|kepala\b|ka\.?\s*(instalasi|unit|ru)\b|nip\b|nrp\b|ttd\b|tanda\s+tangan|direktur|manager|manajer|koordinator|catatan\s*:|keterangan\s*:|jumlah\b|total\b)|^\s*[a-z][a-z .'-]*,\s*\d{1,2}\s+[a-z]+\s+\d{4}\s*$/i;

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
