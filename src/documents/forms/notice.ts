// Pemberitahuan Downtime Terencana (DT-02): letter number (the profile's classification prefix and
// a blank sequence the general office fills in after signing), the units addressed, when and until
// when, modules that stop, the manual procedure, the lead time against the profile minimum (with a
// visible remark when shorter), per-unit acknowledgement, the IT readiness checklist, signatures.
import { DateTime } from 'luxon';
import { F } from '../kit/pdf-base.js';
import type { NoticeOverrides } from '../../records/notice-file.js';
import type { Profile } from '../../profile.js';
import { FORMS } from '../../wording/forms.js';
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


export async function renderNoticePdf(input: NoticeFormInput, opts: FormOptions): Promise<Buffer> {
  const L = FORMS.in(opts.lang).notice;
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
