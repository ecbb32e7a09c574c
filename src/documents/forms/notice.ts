// Pemberitahuan Downtime Terencana (DT-02): letter number (the profile's classification prefix and
// a blank sequence the general office fills in after signing), the units addressed, when and until
// when, modules that stop, the manual procedure, the lead time against the profile minimum (with a
// visible remark when shorter), per-unit acknowledgement, the IT readiness checklist, signatures.
import { DateTime } from 'luxon';
import { F } from '../kit/pdf-base.js';
import type { NoticeOverrides } from '../../records/notice-file.js';
import type { Profile } from '../../profile.js';
import type { Lang } from '../../types.js';
import { FormDoc, minutesBetween, personColumn, signatoryColumn, type DocumentIdentity, type FormOptions } from './form-doc.js';
import { formText } from './templates.js';

export interface NoticeFormInput {
  incident: {
    /** Log number, e.g. "DT-2026-015". */
    number: string;
    title: string;
    /** Planned start and expected end, ISO 8601 (with offset, or local to the hospital). */
    start: string;
    end: string | null;
  };
  /** notice.yaml, or {} for the defaults. */
  overrides: NoticeOverrides;
  officer?: { name: string; nip?: string | null } | null;
  document?: DocumentIdentity;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** The blank sequence: no-break spaces, so no line wrapper collapses the room left to write in. */
const BLANK = '\u00a0'.repeat(8);

/** "800/        /RSUD-MN/SIMRS/XII/2026" for a notice dated in December 2026. */
export function noticeNumber(profile: Pick<Profile, 'notice'>, noticeDate: string, given?: string): string {
  if (given) return given;
  const month = Number(noticeDate.slice(5, 7));
  return `${profile.notice.classification}/${BLANK}/${profile.notice.unitCode}/${ROMAN[month - 1]}/${noticeDate.slice(0, 4)}`;
}

/** Whole calendar days from the notice date to the start date, in the hospital's zone. */
export function leadDays(noticeDate: string, start: string, zone: string): number {
  const a = DateTime.fromISO(noticeDate, { zone }).startOf('day');
  const b = DateTime.fromISO(start, { zone }).setZone(zone).startOf('day');
  return Math.round(b.diff(a, 'days').days);
}

const LABELS = {
  id: {
    title: 'Pemberitahuan Downtime Terencana',
    number: 'Nomor',
    date: 'Tanggal',
    to: 'Kepada Yth.',
    toUnits: (units: string[]) => `Kepala Unit ${units.join(', ')}`,
    subject: 'Perihal',
    log: 'Nomor log',
    activity: 'Kegiatan',
    activities: { maintenance: 'pemeliharaan server', update: 'pembaruan aplikasi', migration: 'migrasi data', network: 'perbaikan jaringan', other: 'pekerjaan lain' },
    start: 'Mulai',
    end: 'Perkiraan selesai',
    duration: 'Perkiraan lama',
    modules: 'Modul/layanan yang berhenti',
    allModules: 'Seluruh layanan SIMRS',
    channels: 'Diumumkan melalui',
    defaultChannels: ['Surat edaran'],
    lead: 'Jarak pemberitahuan',
    leadText: (d: number, min: number) => `${d} hari sebelum downtime (minimal ${min} hari)`,
    short: (min: number) => `PERHATIAN: pemberitahuan kurang dari ${min} hari sebelum downtime.`,
    manual: 'Prosedur manual selama downtime',
    defaultManual: 'Unit pelayanan memakai formulir manual downtime sesuai SPO Penanganan Downtime SIMRS dan mengentri ulang setelah layanan pulih.',
    ack: 'Tanda terima per unit',
    ak: { no: 'No', unit: 'Unit', forms: 'Formulir manual siap', sheets: 'Jumlah lembar', receiver: 'Nama penerima', date: 'Tanggal', paraf: 'Paraf' },
    ready: { yes: 'Ya', no: 'Belum' },
    checklist: 'Daftar periksa kesiapan TI',
    ck: { no: 'No', item: 'Butir', done: 'Selesai', remark: 'Keterangan' },
    items: ['Backup terakhir diverifikasi', 'Uji restore berhasil', 'Petugas TI jaga selama downtime', 'Nomor kontak dibagikan ke unit'],
    made: 'Dibuat oleh,',
    checked: 'Diperiksa oleh,',
    officer: 'Petugas TI',
  },
  en: {
    title: 'Planned Downtime Notice',
    number: 'Number',
    date: 'Date',
    to: 'To',
    toUnits: (units: string[]) => `Heads of ${units.join(', ')}`,
    subject: 'Subject',
    log: 'Log number',
    activity: 'Activity',
    activities: { maintenance: 'server maintenance', update: 'an application update', migration: 'a data migration', network: 'network repair', other: 'other work' },
    start: 'Start',
    end: 'Expected end',
    duration: 'Expected duration',
    modules: 'Modules/services that stop',
    allModules: 'All SIMRS services',
    channels: 'Announced through',
    defaultChannels: ['Circular letter'],
    lead: 'Notice lead time',
    leadText: (d: number, min: number) => `${d} day(s) before the downtime (minimum ${min} days)`,
    short: (min: number) => `ATTENTION: notice given less than ${min} days before the downtime.`,
    manual: 'Manual procedure during the downtime',
    defaultManual: 'Service units use the manual downtime forms of the SIMRS downtime SOP and re-enter them after recovery.',
    ack: 'Acknowledgement per unit',
    ak: { no: 'No', unit: 'Unit', forms: 'Manual forms ready', sheets: 'Sheets', receiver: 'Receiver', date: 'Date', paraf: 'Initials' },
    ready: { yes: 'Yes', no: 'Not yet' },
    checklist: 'IT readiness checklist',
    ck: { no: 'No', item: 'Item', done: 'Done', remark: 'Remark' },
    items: ['Last backup verified', 'Restore tested', 'IT staff on duty during the downtime', 'Contacts shared with the units'],
    made: 'Prepared by,',
    checked: 'Verified by,',
    officer: 'IT Officer',
  },
} satisfies Record<Lang, unknown>;

export async function renderNoticePdf(input: NoticeFormInput, opts: FormOptions): Promise<Buffer> {
  const L = LABELS[opts.lang];
  const { profile } = opts;
  const o = input.overrides;
  const f = new FormDoc(opts, L.title);
  const zone = profile.hospital.timeZone;
  const noticeDate = o.noticeDate ?? f.issuedDate();
  const units = o.units ?? profile.units;
  const min = profile.notice.minimumDays;
  const lead = leadDays(noticeDate, input.incident.start, zone);
  const minutes = minutesBetween(input.incident.start, input.incident.end, zone);
  const activity = o.description ?? L.activities[o.activity ?? 'maintenance'];

  f.heading1(L.title, [`${L.number}: ${noticeNumber(profile, noticeDate, o.number)}`]);
  f.fields(
    [
      { label: L.date, value: f.longDate(noticeDate) },
      { label: L.to, value: L.toUnits(units) },
      { label: L.subject, value: input.incident.title, bold: true },
      { label: L.log, value: input.incident.number },
    ],
    130,
  );
  f.prose(
    formText('notice-intro', opts.lang, {
      hospital: profile.hospital,
      activity,
      start: f.when(input.incident.start),
      end: f.when(input.incident.end),
      duration: f.duration(minutes),
    }),
  );
  f.fields(
    [
      { label: L.activity, value: activity },
      { label: L.start, value: f.when(input.incident.start) },
      { label: L.end, value: f.when(input.incident.end) },
      { label: L.duration, value: f.duration(minutes) },
      { label: L.modules, value: (o.modules ?? [L.allModules]).join(', ') },
      { label: L.channels, value: (o.channels ?? L.defaultChannels).join(', ') },
      { label: L.lead, value: L.leadText(lead, min), bold: lead < min },
    ],
    130,
  );
  if (lead < min) f.paragraph(L.short(min), { font: F.bold });

  f.heading(L.manual);
  f.prose(o.manualProcedure ?? L.defaultManual);
  f.doc.moveDown(0.3);
  f.prose(formText('notice-closing', opts.lang, { hospital: profile.hospital }));

  const prep = new Map((o.preparation ?? []).map((p) => [p.unit, p]));
  f.table(
    [
      { header: L.ak.no, share: 0.05, align: 'center' },
      { header: L.ak.unit, share: 0.2 },
      { header: L.ak.forms, share: 0.13, align: 'center' },
      { header: L.ak.sheets, share: 0.1, align: 'right' },
      { header: L.ak.receiver, share: 0.24 },
      { header: L.ak.date, share: 0.14 },
      { header: L.ak.paraf, share: 0.14 },
    ],
    // Tall rows: the receiver signs by hand.
    units.map((u, i) => {
      const p = prep.get(u);
      return [String(i + 1), u, p ? (p.formsPrepared ? L.ready.yes : L.ready.no) : '', p?.sheets != null ? String(p.sheets) : '', '\n', '', ''];
    }),
    { fontSize: 9, heading: L.ack },
  );

  const checklist = o.checklist ?? L.items.map((item) => ({ item, done: false, remark: undefined }));
  f.table(
    [
      { header: L.ck.no, share: 0.05, align: 'center' },
      { header: L.ck.item, share: 0.42 },
      { header: L.ck.done, share: 0.11, align: 'center' },
      { header: L.ck.remark, share: 0.42 },
    ],
    checklist.map((c, i) => [String(i + 1), c.item, o.checklist ? f.yesNo(c.done) : '', c.remark ?? '']),
    { fontSize: 9, heading: L.checklist, withSignatures: true },
  );

  const s = profile.signatories;
  const columns = [personColumn(L.made, L.officer, input.officer), signatoryColumn(s.preparedBy, L.checked)];
  if (s.acknowledgedBy) columns.push(signatoryColumn(s.acknowledgedBy, f.L.acknowledged));
  f.signatures(columns, f.placeAndDate(noticeDate));
  // The notice is issued the day it goes out.
  return f.finish({ issuedOn: noticeDate, ...input.document });
}
