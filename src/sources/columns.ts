// Column recognition by meaning. A header is split into words (spaces, dots, underscores, slashes,
// camelCase), the words are looked up in a small vocabulary of concepts (date, time, duration,
// description …) and qualifiers (start: mulai/down/padam/begin …, end: selesai/up/pulih/restored …),
// and the combination decides the field, with a strength and the rule that fired. Pure data and
// predicates: `inspect` prints the rule, tests table-test it.
import type { CellValue, Field, Kind } from '../types.js';
import { IMPORT } from '../wording/import.js';

/** Fields a column can mean. `endDate` is the end's own date column (multi-day outages). */
export type ColumnField = Field | 'endDate';

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days';

export interface ColumnGuess {
  field: ColumnField;
  /** 0–1: 1 = a known name, ~0.9 = composed from known words, ≤ 0.7 = a weak hint. */
  strength: number;
  /** Why, in the user's words: 'nama kolom dikenal', 'kata "jam" + "up" (selesai)'. */
  rule: string;
  /** A unit the header names: "Lama (menit)", "Hours", "Duration (seconds)". */
  unit?: DurationUnit;
  /** The user's mapping decided it, not the words. */
  forced?: boolean;
}

type Concept = 'date' | 'clock' | 'datetime' | 'duration' | 'title' | 'event' | 'cause' | 'followUp' | 'kind' | 'pic' | 'category' | 'scope' | 'unit' | 'no';
type Qualifier = 'start' | 'end';

/** Whole names that need no composing (normalised: words joined by one space). */
const KNOWN: Record<string, ColumnField> = {};
function known(field: ColumnField, ...names: string[]): void {
  for (const n of names) KNOWN[n] = field;
}
known('no', 'no', 'nomor', 'nomer', 'no urut', '#', 'nr', 'nomor urut', 'number', 'urut', 'id');
known('title', 'kejadian', 'kejadian downtime', 'nama kejadian', 'deskripsi', 'deskripsi kejadian', 'description', 'uraian', 'uraian kejadian', 'masalah', 'permasalahan', 'gangguan', 'incident', 'event', 'judul', 'issue', 'issue description', 'summary', 'problem', 'problem description', 'kendala', 'keluhan', 'subject', 'title', 'perihal', 'incident description', 'event description', 'apa yang terjadi', 'yang terjadi', 'what happened', 'kejadian apa', 'uraian masalah', 'uraian gangguan', 'deskripsi masalah', 'deskripsi gangguan', 'nama gangguan', 'kegiatan', 'uraian kegiatan', 'pekerjaan', 'uraian pekerjaan', 'activity', 'aktivitas', 'details', 'detail');
known('date', 'tanggal', 'tgl', 'date', 'tanggal kejadian', 'tgl kejadian', 'hari tanggal', 'hari tgl', 'waktu kejadian', 'waktu', 'day date', 'event date', 'incident date', 'tanggal gangguan', 'tgl gangguan', 'periode');
known('start', 'jam mulai', 'mulai', 'start', 'waktu mulai', 'jam down', 'offline', 'jam', 'pukul', 'start time', 'jam offline', 'begin', 'jam gangguan', 'waktu gangguan', 'down', 'padam', 'waktu padam', 'jam padam', 'time', 'time down', 'down time', 'outage start', 'start date time', 'start datetime', 'failure time');
known('end', 'jam selesai', 'selesai', 'pulih', 'end', 'waktu selesai', 'online', 'jam pulih', 'end time', 'jam online', 'waktu pulih', 'up', 'jam up', 'nyala', 'jam nyala', 'waktu nyala', 'restored', 'resolved', 'time up', 'up time', 'end date time', 'end datetime', 'restore time', 'recovery time', 'waktu normal', 'jam normal', 'normal');
known('endDate', 'tanggal selesai', 'tgl selesai', 'tanggal pulih', 'tgl pulih', 'end date', 'date restored', 'restored date', 'date resolved', 'resolved date', 'tanggal normal', 'tgl normal', 'finish date');
known('duration', 'lama', 'durasi', 'duration', 'lama downtime', 'lama waktu', 'lama gangguan', 'durasi downtime', 'lama down', 'lama padam', 'downtime', 'outage duration', 'total downtime', 'lama offline', 'durasi gangguan', 'mttr', 'elapsed');
// A failure's type (LANL-style "failure_type": "Hardware", "Software: kernel panic") says what caused
// it; it is not planned/unplanned, which "type" alone would mean.
known('cause', 'failure type', 'fault type', 'failure category', 'failure class', 'error type', 'jenis kerusakan', 'penyebab', 'cause', 'sebab', 'root cause', 'penyebab downtime', 'akar masalah', 'reason', 'alasan', 'penyebab gangguan', 'cause of failure', 'failure cause', 'faktor penyebab');
known('followUp', 'tindak lanjut', 'tindakan', 'action', 'penanganan', 'solusi', 'follow up', 'perbaikan', 'tindakan perbaikan', 'resolution', 'solution', 'corrective action', 'action taken', 'actions', 'langkah penanganan', 'upaya', 'upaya perbaikan', 'respon', 'response');
known('kind', 'jenis', 'jenis downtime', 'type', 'tipe', 'kategori downtime', 'sifat', 'planned unplanned', 'terencana tidak terencana', 'downtime type', 'outage type', 'jenis kejadian', 'klasifikasi');
known('pic', 'petugas', 'pic', 'pelaksana', 'penanggung jawab', 'petugas ti', 'teknisi', 'operator', 'technician', 'engineer', 'handled by', 'assignee', 'officer', 'nama petugas', 'petugas jaga');
known('category', 'kategori', 'kategori penyebab', 'category', 'kelompok', 'cause category', 'kategori gangguan', 'jenis gangguan', 'tipe gangguan', 'jenis masalah', 'jenis kendala', 'jenis insiden', 'kategori masalah');
known('scope', 'internal eksternal', 'sumber', 'sumber gangguan', 'internal external', 'scope', 'lingkup');
// "Line", "Area", "Site", "Wilayah" group the things that stop; they are left to the concept rule
// (weaker) so that "Line | Machine" and "Area | Device" take the machine or device as the unit.
known('unit', 'unit', 'ruangan', 'ruang', 'layanan', 'modul', 'module', 'lokasi', 'location', 'perangkat', 'server', 'device', 'unit terdampak', 'service', 'equipment', 'mesin', 'machine', 'aplikasi', 'application', 'sistem', 'system', 'asset', 'host', 'node', 'poli', 'instalasi', 'feeder', 'penyulang', 'wilayah', 'gardu', 'hostname', 'nama server', 'nama perangkat', 'unit kerja', 'bagian', 'layanan terdampak', 'modul terdampak', 'component', 'komponen', 'peralatan', 'alat');

/** Words and the concept they carry. */
const CONCEPTS: Record<string, Concept> = {
  tanggal: 'date', tgl: 'date', date: 'date', hari: 'date', day: 'date', periode: 'date',
  jam: 'clock', pukul: 'clock', pkl: 'clock', time: 'clock', clock: 'clock',
  waktu: 'datetime', datetime: 'datetime', timestamp: 'datetime', when: 'datetime',
  lama: 'duration', durasi: 'duration', duration: 'duration', lamanya: 'duration', elapsed: 'duration', mttr: 'duration', length: 'duration',
  kejadian: 'title', deskripsi: 'title', description: 'title', desc: 'title', uraian: 'title', masalah: 'title', permasalahan: 'title', issue: 'title',
  summary: 'title', problem: 'title', kendala: 'title', keluhan: 'title', subject: 'title', title: 'title', judul: 'title', perihal: 'title',
  keterangan: 'title', ket: 'title', remarks: 'title', remark: 'title', catatan: 'title', notes: 'title', note: 'title', comment: 'title', comments: 'title',
  kegiatan: 'title', pekerjaan: 'title', activity: 'title', aktivitas: 'title', details: 'title', detail: 'title', incident: 'title',
  event: 'event', gangguan: 'event', downtime: 'event', outage: 'event', failure: 'event', fault: 'event', alarm: 'event', alert: 'event', insiden: 'event', interruption: 'event', stop: 'event', breakdown: 'event', trouble: 'event',
  penyebab: 'cause', cause: 'cause', sebab: 'cause', reason: 'cause', alasan: 'cause', akar: 'cause', root: 'cause',
  tindak: 'followUp', tindakan: 'followUp', action: 'followUp', actions: 'followUp', penanganan: 'followUp', solusi: 'followUp', perbaikan: 'followUp',
  resolution: 'followUp', solution: 'followUp', corrective: 'followUp', repair: 'followUp', upaya: 'followUp', followup: 'followUp', remedy: 'followUp',
  jenis: 'kind', tipe: 'kind', type: 'kind', sifat: 'kind', klasifikasi: 'kind',
  petugas: 'pic', pic: 'pic', assigned: 'pic', pelaksana: 'pic', teknisi: 'pic', operator: 'pic', technician: 'pic', engineer: 'pic', assignee: 'pic', officer: 'pic', staff: 'pic',
  kategori: 'category', category: 'category', kelompok: 'category',
  scope: 'scope', lingkup: 'scope', sumber: 'scope',
  unit: 'unit', ruangan: 'unit', ruang: 'unit', layanan: 'unit', modul: 'unit', module: 'unit', lokasi: 'unit', location: 'unit', perangkat: 'unit',
  server: 'unit', device: 'unit', service: 'unit', equipment: 'unit', mesin: 'unit', machine: 'unit', aplikasi: 'unit', application: 'unit',
  sistem: 'unit', system: 'unit', asset: 'unit', host: 'unit', hostname: 'unit', node: 'unit', poli: 'unit', site: 'unit', area: 'unit', line: 'unit',
  feeder: 'unit', penyulang: 'unit', wilayah: 'unit', gardu: 'unit', komponen: 'unit', component: 'unit', peralatan: 'unit', alat: 'unit',
  monitor: 'unit', website: 'unit', url: 'unit', endpoint: 'unit', situs: 'unit',
  no: 'no', nomor: 'no', nomer: 'no', nr: 'no', number: 'no', urut: 'no', '#': 'no', id: 'no', tiket: 'no', ticket: 'no',
};

const QUALIFIERS: Record<string, Qualifier> = {
  mulai: 'start', down: 'start', off: 'start', offline: 'start', padam: 'start', putus: 'start', awal: 'start', begin: 'start', beginning: 'start',
  start: 'start', started: 'start', starts: 'start', dari: 'start', from: 'start', mati: 'start', terjadi: 'start', occurred: 'start', open: 'start',
  opened: 'start', lapor: 'start', dilaporkan: 'start', reported: 'start', failed: 'start', hilang: 'start', stop: 'start', stopped: 'start',
  berhenti: 'start', breakdown: 'start',
  selesai: 'end', up: 'end', on: 'end', online: 'end', pulih: 'end', normal: 'end', nyala: 'end', menyala: 'end', hidup: 'end', akhir: 'end',
  end: 'end', ended: 'end', ends: 'end', restored: 'end', restore: 'end', resolved: 'end', recovery: 'end', recovered: 'end', sampai: 'end', hingga: 'end',
  to: 'end', until: 'end', finish: 'end', finished: 'end', close: 'end', closed: 'end', fixed: 'end', kembali: 'end', back: 'end', cleared: 'end', tutup: 'end',
  restart: 'end', restarted: 'end', running: 'end', resume: 'end', resumed: 'end', jalan: 'end', beroperasi: 'end',
  resolution: 'end', restoration: 'end', pemulihan: 'end', since: 'start', sejak: 'start', created: 'start',
  clear: 'end', completed: 'end', complete: 'end', occurrence: 'start', onset: 'start', began: 'start', begun: 'start', commenced: 'start',
};

/** Qualifiers that only join ("Created On", "Resolved At", "Up To"): another qualifier beside them decides. */
const JOINING_QUALIFIERS = new Set(['on', 'to', 'from', 'dari', 'sampai', 'hingga', 'until']);

/**
 * Times that are not the downtime's: when someone answered ("Waktu Respon", "Response Time"), a
 * target or an estimate ("Target Selesai", "ETA"). Such a column is kept as an extra, not read as
 * the start or the end.
 */
const NOT_THE_DOWNTIME = new Set(['respon', 'respons', 'response', 'tanggapan', 'sla', 'target', 'estimasi', 'estimated', 'estimate', 'eta', 'perkiraan', 'expected']);
/** "Ditangani Oleh", "Resolved By": the person who handled it. "Dilaporkan Oleh" is someone else. */
const HANDLED = new Set(['ditangani', 'dikerjakan', 'diperbaiki', 'ditindaklanjuti', 'handled', 'fixed', 'resolved', 'repaired', 'assigned', 'closed', 'solved']);

/**
 * Words that name the thing stopping (a machine, a feeder, a service), not the downtime beginning.
 * In a log that has such a column, a plain "Start" / "Mulai" column is the thing starting again.
 */
const STOP_WORDS = new Set(['stop', 'stopped', 'berhenti', 'down', 'off', 'offline', 'mati', 'padam', 'putus', 'breakdown', 'failed']);
const PLAIN_START_WORDS = new Set(['start', 'started', 'starts', 'mulai', 'begin']);

/** A header column as reinterpretRestart reads it (the table scanner's HeaderColumn is one). */
export interface HeaderColumnMeaning {
  text: string;
  field: ColumnField | null;
  forced?: boolean;
}

/**
 * A factory's or a power company's log often has "Stop Time | Start Time" (or "Jam Mati | Jam
 * Mulai"): the machine stops, then starts again. Read word by word both would be the start, and
 * the downtime's end would be lost. When a row of headers has a start column (or a start date)
 * named by a stop word and another named only by a plain start word, and nothing names the end,
 * the plain one is the end. Returns the columns to change; the user's mapping is never changed.
 */
export function reinterpretRestart(byCol: ReadonlyMap<number, HeaderColumnMeaning>): { col: number; field: ColumnField; stopText: string }[] {
  const out: { col: number; field: ColumnField; stopText: string }[] = [];
  const cols = [...byCol].map(([col, c]) => ({ col, c, words: headerWords(c.text) }));
  for (const [startField, endField] of [['start', 'end'], ['date', 'endDate']] as const) {
    if (cols.some((x) => x.c.field === endField)) continue;
    const named = cols.filter((x) => x.c.field === startField);
    const stop = named.find((x) => x.words.some((w) => STOP_WORDS.has(w)) && !x.words.some((w) => PLAIN_START_WORDS.has(w)));
    const plain = named.filter((x) => !x.c.forced && x.words.some((w) => PLAIN_START_WORDS.has(w)) && !x.words.some((w) => STOP_WORDS.has(w)));
    if (stop && plain.length === 1 && plain[0]!.col > stop.col) out.push({ col: plain[0]!.col, field: endField, stopText: stop.c.text });
  }
  return out;
}

/**
 * "Tanggal | Waktu": beside a date column, "Waktu" (or "Waktu Kejadian") holds the time — "08.00",
 * "08.00-08.30 WIB" — not a second date. When two columns mean the date and nothing names the
 * start, the one named only by a date-time word ("waktu", "when"; not a timestamp of the form it
 * came from) is the start. The user's mapping is never changed.
 */
export function reinterpretTimeBesideDate(byCol: ReadonlyMap<number, HeaderColumnMeaning>): { col: number; field: ColumnField; dateText: string }[] {
  const dates: { col: number; c: HeaderColumnMeaning; words: string[] }[] = [];
  for (const [col, c] of byCol) {
    if (c.field === 'start') return [];
    if (c.field === 'date') dates.push({ col, c, words: headerWords(c.text) });
  }
  if (dates.length < 2) return [];
  const dated = dates.find((x) => x.words.some((w) => CONCEPTS[w] === 'date'));
  const timed = dates.filter((x) => !x.c.forced && x !== dated && x.words.some((w) => w === 'waktu' || w === 'when') && !x.words.some((w) => CONCEPTS[w] === 'date'));
  return dated && timed.length === 1 ? [{ col: timed[0]!.col, field: 'start', dateText: dated.c.text }] : [];
}

const UNIT_WORDS: Record<string, DurationUnit> = {
  detik: 'seconds', dtk: 'seconds', det: 'seconds', seconds: 'seconds', second: 'seconds', secs: 'seconds', sec: 'seconds', s: 'seconds',
  menit: 'minutes', mnt: 'minutes', minutes: 'minutes', minute: 'minutes', mins: 'minutes', min: 'minutes', m: 'minutes',
  jam: 'hours', jm: 'hours', hours: 'hours', hour: 'hours', hrs: 'hours', hr: 'hours', h: 'hours',
  hari: 'days', days: 'days', day: 'days',
};

/** Words that carry nothing: "Tanggal *dan* Jam", "Time *of* Failure", "Jam (WIB)". */
const FILLER = new Set(['dan', 'and', 'of', 'the', 'yang', 'di', 'ke', 'pada', 'in', 'at', 'by', 'for', 'per', 'a', 'an', 'wib', 'wita', 'wit', 'utc', 'gmt', 'lokal', 'local', 'ti', 'it', 'simrs', 'nama', 'name', 'total', 'jumlah', 'terdampak', 'affected', 'atau', 'or', 'hh', 'mm', 'ss', 'dd', 'yyyy', 'yy']);

/** Lower case, no accents, camelCase and letter/digit boundaries split, separators → one space. */
export function headerWords(text: string): string[] {
  const t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/#/g, ' # ')
    .replace(/[^a-z0-9#]+/g, ' ')
    .trim();
  return t ? t.split(' ') : [];
}

/** The unit a header names in brackets or as a word: "Lama (menit)", "Durasi/Jam", "Hours". */
function unitOf(text: string, words: string[]): DurationUnit | undefined {
  const bracket = bracketUnit(text);
  if (bracket) return bracket.unit;
  for (const w of words) if (UNIT_WORDS[w] && w.length > 1) return UNIT_WORDS[w];
  return undefined;
}

/** A unit alone in brackets, "(menit)", "[jam]", "(hrs.)": the word, its unit and where it sits. */
function bracketUnit(text: string): { word: string; unit: DurationUnit; index: number; length: number } | null {
  const m = /[([]\s*([a-z.]+)\s*[)\]]/i.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase().replace(/\.$/, '');
  const unit = UNIT_WORDS[word];
  return unit ? { word, unit, index: m.index, length: m[0].length } : null;
}

const MAX_HEADER_LENGTH = 60;

/** Words that say a column holds an identifier: "Incident ID", "No. Kejadian", "Ticket #". */
const ID_WORDS = new Set(['id', 'no', 'nomor', 'nomer', 'nr', 'number', '#']);

/**
 * What a header cell means, or null. Only short text can be a header ("Server down, diperbaiki"
 * typed in a log row is not one).
 */
export function guessColumn(value: CellValue | undefined): ColumnGuess | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_HEADER_LENGTH) return null;
  const words = headerWords(text);
  if (words.length === 0 || words.length > 6) return null;
  const g = guessFromWords(text, words);
  return g ? lengthNamedInBrackets(text, g) : null;
}

/**
 * "Total Down (Menit)", "Padam (jam)", "Down (menit)": a point in time named with a unit in
 * brackets is the downtime's length in that unit, not a clock time. "(jam)" is also how a clock
 * column is annotated ("Waktu Padam (jam)"), so it makes a length only when nothing else in the
 * name is a time or a date.
 */
function lengthNamedInBrackets(text: string, g: ColumnGuess): ColumnGuess {
  if ((g.field !== 'start' && g.field !== 'end') || g.forced) return g;
  const b = bracketUnit(text);
  if (!b || b.word.length < 2) return g;
  if (CONCEPTS[b.word] === 'clock') {
    const rest = headerWords(`${text.slice(0, b.index)} ${text.slice(b.index + b.length)}`);
    if (rest.some((w) => { const c = CONCEPTS[w]; return c === 'clock' || c === 'datetime' || c === 'date'; })) return g;
  }
  return { field: 'duration', strength: 0.85, rule: IMPORT().columns.unitInBrackets(b.word), unit: b.unit };
}

/** Words that make a header a yes/no flag of the kind: "Planned?", "Terencana (Y/T)", "Unscheduled". */
const PLANNED_FLAG_WORDS = new Set(['planned', 'unplanned', 'scheduled', 'unscheduled', 'terencana', 'terjadwal', 'direncanakan', 'dijadwalkan']);
/** Planned only with an explicit yes/no ("Maintenance (Y/N)"): "Pemeliharaan" alone is a log's description column. */
const WEAK_PLANNED_FLAG_WORDS = new Set(['maintenance', 'pemeliharaan']);
const YES_NO_WORDS = new Set(['y', 'n', 'ya', 't', 'yes', 'no', 'tidak', 'tdk', 'non', 'un', 'is', 'apakah', 'iya', 'bukan']);
const FLAG_COMPANIONS = new Set(['downtime', 'outage', 'gangguan', 'event', 'kejadian', 'work', 'pekerjaan', 'kegiatan']);

function plannedFlag(text: string, words: string[]): string | null {
  let flag: string | null = null;
  let weak: string | null = null;
  let yesNo = /\?/.test(text);
  for (const w of words) {
    if (PLANNED_FLAG_WORDS.has(w)) flag ??= w;
    else if (WEAK_PLANNED_FLAG_WORDS.has(w)) weak ??= w;
    else if (YES_NO_WORDS.has(w)) yesNo = true;
    else if (!FLAG_COMPANIONS.has(w) && !FILLER.has(w)) return null;
  }
  return flag ?? (weak && yesNo ? weak : null);
}

const PLANNED_FLAG_CACHE = new Map<string, Kind | null>();
const FLAG_YES = /^(?:y|ya|iya|yes|true|benar|v|x|✓|✔|√|1)$/i;
const FLAG_NO = /^(?:n|no|t|tidak|tdk|bukan|false|salah|0)$/i;

/**
 * The kind a yes/no value of a flag column says: "Ya" under "Terencana?" is planned, "No" under
 * "Planned?" unplanned, "Y" under "Unplanned (Y/N)" unplanned. Null when the header is not such a
 * flag or the value is not yes or no (the caller then reads it as a kind word).
 */
export function kindOfFlag(header: string | undefined, value: string): Kind | null {
  if (!header) return null;
  let yes = PLANNED_FLAG_CACHE.get(header);
  if (yes === undefined) {
    const words = headerWords(header);
    const flag = plannedFlag(header, words);
    // "Unplanned?", "Tidak Terencana?": the header read as a kind value says what "yes" means.
    yes = flag ? (kindOfText(header) === 'unplanned' ? 'unplanned' : 'planned') : null;
    if (PLANNED_FLAG_CACHE.size > 1000) PLANNED_FLAG_CACHE.clear();
    PLANNED_FLAG_CACHE.set(header, yes);
  }
  if (!yes) return null;
  const v = value.trim();
  if (FLAG_YES.test(v)) return yes;
  if (FLAG_NO.test(v)) return yes === 'planned' ? 'unplanned' : 'planned';
  return null;
}

/**
 * The kind a Jenis cell names ("Tidak Terencana", "Planned", "TT", "Tidak direncanakan",
 * "Emergency", "Maint."), or null. The one vocabulary of kind values: the header check, the planned
 * flags and the normaliser all read kinds here.
 */
export function kindOfText(text: string): Kind | null {
  const t = text.toLowerCase();
  if (/\b(?:tidak|tdk|tak|belum|un|non)[\s-]*(?:(?:di|ter?)?(?:rencana|jadwal)|planned|scheduled)|unplanned|darurat|mendadak|emergency|^tt$/.test(t)) return 'unplanned';
  if (/rencana|jadwal|planned|scheduled|pelihara|maint|^t$/.test(t)) return 'planned';
  return null;
}

function guessFromWords(text: string, words: string[]): ColumnGuess | null {
  const unit = unitOf(text, words);
  const withUnit = (g: ColumnGuess): ColumnGuess => (g.field === 'duration' && unit ? { ...g, unit } : g);
  const W = IMPORT().columns;
  const M = W.meanings;

  // 1. A known name, with or without a bracketed note ("Jam Selesai (WIB)", "Lama (menit)"). A
  // note that names an end of the downtime is part of the name: "Waktu (Mulai - Selesai)".
  const note = /\s*[([]([^)\]]*)[)\]]\s*$/.exec(text);
  const noteNamesEnd = note != null && headerWords(note[1]!).some((w) => QUALIFIERS[w]);
  const bare = note && !noteNamesEnd ? headerWords(text.slice(0, note.index)) : words;
  for (const candidate of [words.join(' '), bare.join(' ')]) {
    const f = KNOWN[candidate];
    if (f) return withUnit({ field: f, strength: 1, rule: W.known });
  }

  // 2. A unit alone is a duration: "Menit", "Hours", "(jam)" — but "Jam" alone is a clock time.
  const meaningful = words.filter((w) => !FILLER.has(w) || w === 'total' || w === 'jumlah');
  if (meaningful.length >= 1 && meaningful.every((w) => UNIT_WORDS[w] && w.length > 1 && w !== 'jam' && w !== 'hari' && w !== 'day') ) {
    return { field: 'duration', strength: 0.8, rule: W.unitAlone(meaningful.join(' '), unitLabel(unit ?? 'minutes')), unit: unit ?? 'minutes' };
  }
  if (meaningful.length >= 2 && (meaningful[0] === 'total' || meaningful[0] === 'jumlah') && meaningful.slice(1).every((w) => UNIT_WORDS[w])) {
    return { field: 'duration', strength: 0.8, rule: W.unit(meaningful.slice(1).join(' ')), unit: unit ?? 'minutes' };
  }

  // 3. A yes/no flag of the kind: "Planned?", "Terencana (Y/T)".
  const flag = plannedFlag(text, words);
  if (flag) return { field: 'kind', strength: 0.8, rule: W.plannedFlag(flag) };

  // 4. A person named by "oleh"/"by": the one who handled it is the PIC, anyone else an extra.
  if (words.includes('oleh') || words.includes('by')) {
    const handled = words.find((w) => HANDLED.has(w));
    return handled ? { field: 'pic', strength: 0.8, rule: W.word(handled) } : null;
  }
  if (words.some((w) => NOT_THE_DOWNTIME.has(w))) return null;
  // "Number of Customers Affected", "Jumlah Pasien", "Count": a count, not a number naming the incident.
  const n = words.indexOf('number');
  if ((n >= 0 && words[n + 1] === 'of') || words.some((w) => w === 'count' || w === 'banyaknya') || (words[0] === 'jumlah' && !words.some((w) => UNIT_WORDS[w]))) return null;

  // 5. Compose from concepts and qualifiers.
  const concepts: { word: string; c: Concept }[] = [];
  const quals: { word: string; q: Qualifier }[] = [];
  let unknown = 0;
  for (const w of words) {
    if (FILLER.has(w) || /^\d+$/.test(w)) continue;
    const c = CONCEPTS[w];
    const q = QUALIFIERS[w];
    if (c) concepts.push({ word: w, c });
    if (q) quals.push({ word: w, q });
    if (!c && !q && !UNIT_WORDS[w]) unknown++;
  }
  // "Stop Start", "Stop End", "Down End": the stop word names the event, the other word says which end of it.
  const unstopped = quals.length > 1 && quals.some((x) => !STOP_WORDS.has(x.word)) ? quals.filter((x) => !STOP_WORDS.has(x.word)) : quals;
  const named = unstopped.length > 1 && unstopped.some((x) => !JOINING_QUALIFIERS.has(x.word)) ? unstopped.filter((x) => !JOINING_QUALIFIERS.has(x.word)) : unstopped;
  const qual = named.length ? named[named.length - 1]! : null;
  const conflicting = new Set(named.map((q) => q.q)).size > 1;
  const has = (c: Concept) => concepts.find((x) => x.c === c);
  const penalty = Math.min(0.3, unknown * 0.15);
  const make = (field: ColumnField, strength: number, rule: string) => withUnit({ field, strength: Math.max(0.3, strength - penalty), rule });
  const q = qual && !conflicting ? qual : null;
  // "Waktu (Mulai - Selesai)", "Jam Mulai/Selesai", "Start - End": one column holding "08.00 - 09.30".
  if (conflicting && !has('duration') && !has('date') && concepts.every((x) => x.c === 'clock' || x.c === 'datetime' || x.c === 'event')) {
    const first = named.find((x) => x.q === 'start');
    const last = named.find((x) => x.q === 'end');
    if (first && last) return make('start', 0.85, W.range(`"${first.word}" + "${last.word}"`));
  }

  const dur = has('duration');
  if (dur) return make('duration', 0.9, W.wordMeaning(dur.word, M.duration));
  const clock = has('clock');
  const dt = has('datetime');
  const date = has('date');
  if (q) {
    const ql = M[q.q];
    if (clock || dt) return make(q.q, 0.9, W.wordPlus((clock ?? dt)!.word, q.word, ql));
    if (date) return make(q.q === 'start' ? 'date' : 'endDate', 0.9, W.wordPlus(date.word, q.word, ql));
    if (has('event') && concepts.length === 1) return make(q.q, 0.8, W.wordPlus(has('event')!.word, q.word, ql));
    // "Mulai Perbaikan | Selesai Perbaikan", "Repair Completed": the repair's two ends are the downtime's.
    const repair = concepts.find((x) => x.word === 'perbaikan' || x.word === 'repair');
    if (repair && concepts.length === 1) return make(q.q, 0.8, W.wordPlus(repair.word, q.word, ql));
    // "Machine Stop | Machine Start", "Server Down", "Layanan Pulih": the thing and what it did.
    const thing = has('unit');
    if (thing && concepts.every((x) => x.c === 'unit' || x.c === 'event')) return make(q.q, 0.8, W.wordPlus(thing.word, q.word, ql));
  }
  if (date && (clock || dt)) return make('date', 0.85, W.wordPlus(date.word, (clock ?? dt)!.word, M.dateAndTime));
  // "Hari" / "Day" alone is the weekday beside "Tanggal" more often than a date of its own.
  if (date) return make('date', concepts.length === 1 && (date.word === 'hari' || date.word === 'day') && meaningful.length === 1 ? 0.6 : 0.85, W.wordMeaning(date.word, M.date));
  if (dt) return make('date', 0.7, W.wordMeaning(dt.word, M.datetime));
  if (clock && has('event')) return make('start', 0.8, W.wordPlus(clock.word, has('event')!.word, M.start));
  if (clock) return make('start', 0.7, W.wordMeaning(clock.word, M.clock));
  // "Down At", "Resolved At", "Padam Pada": a qualifier with "at" is the moment it happened.
  if (q && concepts.length === 0) return make(q.q, words.includes('at') || words.includes('pada') ? 0.8 : 0.7, W.wordMeaning(q.word, M[q.q]));

  const order: [Concept, ColumnField, number][] = [
    ['cause', 'cause', 0.9],
    ['followUp', 'followUp', 0.9],
    ['kind', 'kind', 0.85],
    ['category', 'category', 0.85],
    ['pic', 'pic', 0.85],
    ['scope', 'scope', 0.8],
    ['title', 'title', 0.85],
    ['unit', 'unit', 0.8],
    ['no', 'no', 0.75],
  ];
  // "Incident ID", "No. Tiket", "Nomor Kejadian": the incident's number, not its description. The ID
  // of a thing ("node_id", "Server ID") names the thing: that is the unit.
  const id = concepts.find((x) => x.c === 'no' && ID_WORDS.has(x.word));
  if (id && meaningful.length <= 3 && concepts.every((x) => x.c === 'no' || x.c === 'title' || x.c === 'event')) return make('no', 0.8, W.identifier(id.word));
  for (const [c, field, s] of order) {
    const hit = has(c);
    if (!hit) continue;
    // "Keterangan", "Catatan", "Remarks": a description only when nothing better names one.
    const weakTitle = field === 'title' && /^(keterangan|ket|remarks?|catatan|notes?|comments?)$/.test(hit.word);
    // "Site ID" beside "Site Name": the name says more to the reader of a report.
    const idOfThing = field === 'unit' && words.some((w) => ID_WORDS.has(w));
    return make(field, weakTitle ? 0.6 : idOfThing ? 0.75 : s, W.word(hit.word));
  }
  if (has('event')) return make('title', 0.6, W.wordMeaning(has('event')!.word, M.event));
  return null;
}

/** "menit", "jam", in the language people read now. */
export function unitLabel(u: DurationUnit): string {
  return IMPORT().columns.units[u];
}

/** Minutes per unit of a bare number in a duration column. */
export const MINUTES_PER_UNIT: Record<DurationUnit, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 };

/**
 * A units row right under the header: every filled cell is only a unit ("menit", "(jam)", "WIB",
 * "hh:mm", "dd/mm/yyyy"). Returns the duration unit per column it names, or null if not such a row.
 */
export function unitsRow(cells: readonly { col: number; value: CellValue }[]): Map<number, DurationUnit | null> | null {
  const out = new Map<number, DurationUnit | null>();
  for (const c of cells) {
    if (typeof c.value !== 'string') return null;
    const t = c.value.trim().toLowerCase().replace(/^[([]\s*|\s*[)\]]$/g, '').replace(/\.$/, '');
    if (!t) continue;
    const u = UNIT_WORDS[t];
    if (u && t.length > 1) out.set(c.col, u);
    else if (/^(wib|wita|wit|utc|gmt|hh[:.]mm(?:[:.]ss)?|dd[/.-]mm[/.-]yy(?:yy)?|mm[/.-]dd[/.-]yy(?:yy)?|yyyy[/.-]mm[/.-]dd|tgl|teks|text|angka|%|rp)$/.test(t)) out.set(c.col, null);
    else return null;
  }
  return out.size ? out : null;
}

/** "(1) (2) (3) …" or "1 2 3 …" printed under a header: numbers that follow the column order. */
export function isColumnNumberRow(cells: readonly { col: number; value: CellValue }[]): boolean {
  if (cells.length < 3) return false;
  const nums: number[] = [];
  for (const c of cells) {
    const v = c.value;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\(?\s*\d{1,2}\s*\)?\s*$/.test(v) ? Number(v.replace(/[^\d]/g, '')) : NaN;
    if (!Number.isInteger(n)) return false;
    nums.push(n);
  }
  return nums.every((n, i) => i === 0 || n === nums[i - 1]! + 1) && nums[0]! <= 2;
}

/** Values that mean "nothing here": "-", "N/A", "tidak diketahui" — an empty cell, not an error. */
const NOTHING_RE = /^(?:[-–—?.]+|n\s*\/\s*a|na|n\.a\.?|nil|none|null|unknown|tidak diketahui|tdk diketahui|belum diketahui|tidak ada data|#n\/a|kosong)$/i;

export function isNothing(value: CellValue): boolean {
  return typeof value === 'string' && value.length <= 20 && NOTHING_RE.test(value.trim());
}

/** A row saying the month had no incidents: "NIHIL", "Tidak ada kejadian", "No incidents". */
export const NOTHING_HAPPENED_RE = /^\s*(?:nihil|tidak\s+ada\s+(?:kejadian|gangguan|downtime)|tdk\s+ada\s+kejadian|no\s+(?:incidents?|downtime|outages?)|none\s+reported)\b/i;
