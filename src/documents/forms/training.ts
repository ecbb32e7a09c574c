// Training evidence of MRMIK 13.1 b (D): a short report (topic, date, trainer, participants per
// unit against the invitation, material) followed by the attendance list (Daftar Hadir) with a
// signature column, in one PDF: the report page first, the list after it on its own page.
import type { Training } from '../../records/training-file.js';
import { FORMS } from '../../wording/forms.js';
import { FormDoc, personColumn, signatoryColumn, type DocumentIdentity, type FormOptions } from './form-doc.js';
import { formText } from './templates.js';

export interface TrainingReportInput {
  training: Training;
  document?: DocumentIdentity;
}


/** Participants per unit in first-seen order, with the invited number when the file gives one. */
export function participantsPerUnit(t: Training): { unit: string; present: number; invited: number | null }[] {
  const units = new Map<string, number>();
  for (const u of Object.keys(t.invited ?? {})) units.set(u, 0);
  for (const p of t.participants) units.set(p.unit, (units.get(p.unit) ?? 0) + 1);
  return [...units].map(([unit, present]) => ({ unit, present, invited: t.invited?.[unit] ?? null }));
}

export async function renderTrainingPdf(input: TrainingReportInput, opts: FormOptions): Promise<Buffer> {
  const L = FORMS.in(opts.lang).training;
  const t = input.training;
  const f = new FormDoc(opts, L.title);
  const weekday = L.days[(new Date(`${t.date}T00:00:00Z`).getUTCDay() + 6) % 7]!;
  const date = `${weekday}, ${f.longDate(t.date)}`;
  const time = t.start ? `${f.clock(t.start)}${t.end ? ` ${L.until} ${f.clock(t.end)}` : ''}` : null;
  const trainer = t.trainer.position ? `${t.trainer.name} (${t.trainer.position})` : t.trainer.name;
  const header = [
    { label: L.topic, value: t.topic, bold: true },
    { label: L.date, value: date },
    ...(time ? [{ label: L.time, value: time }] : []),
    { label: L.place, value: t.place },
    { label: L.trainer, value: trainer },
  ];

  f.heading1(L.title, [t.topic]);
  f.fields([...header, { label: L.count, value: L.people(t.participants.length) }], 120);
  f.prose(formText('training-intro', opts.lang, { hospital: opts.profile.hospital, topic: t.topic, date, place: t.place, trainer }));

  const per = participantsPerUnit(t);
  const pct = (present: number, invited: number | null): string => (invited ? `${Math.round((100 * present) / invited)} %` : '–');
  const invitedTotal = t.invited ? Object.values(t.invited).reduce((a, b) => a + b, 0) : null;
  f.table(
    [
      { header: L.pu.no, share: 0.07, align: 'center' },
      { header: L.pu.unit, share: 0.45 },
      { header: L.pu.invited, share: 0.16, align: 'right' },
      { header: L.pu.present, share: 0.16, align: 'right' },
      { header: L.pu.share, share: 0.16, align: 'right' },
    ],
    [
      ...per.map((u, i) => [String(i + 1), u.unit, u.invited == null ? '–' : String(u.invited), String(u.present), pct(u.present, u.invited)]),
      ['', L.total, invitedTotal == null ? '–' : String(invitedTotal), String(t.participants.length), pct(t.participants.length, invitedTotal)],
    ],
    { fontSize: 9, heading: L.perUnit },
  );

  f.heading(L.material);
  f.prose(t.material);

  const s = opts.profile.signatories;
  const columns = [personColumn(L.made, L.trainerRole, { name: t.trainer.name, nip: t.trainer.nip }), signatoryColumn(s.preparedBy, f.L.acknowledged)];
  if (t.trainer.name === s.preparedBy.name) columns.shift();
  if (s.acknowledgedBy && columns.length < 2) columns.push(signatoryColumn(s.acknowledgedBy, f.L.acknowledged));
  if (columns[0]?.heading === f.L.acknowledged) columns[0] = { ...columns[0], heading: L.made };
  f.signatures(columns, f.placeAndDate(t.date));

  // The attendance list: its own page, with the session's identity repeated above the table.
  f.doc.addPage();
  f.doc.y = f.doc.page.margins.top;
  f.heading1(L.attendance, [t.topic]);
  f.fields(header.slice(1), 120);
  f.table(
    [
      { header: L.at.no, share: 0.06, align: 'center' },
      { header: L.at.name, share: 0.3 },
      { header: L.at.position, share: 0.22 },
      { header: L.at.unit, share: 0.18 },
      { header: L.at.sign, share: 0.24 },
    ],
    t.participants.map((p, i) => [String(i + 1), `${p.name}\n`, p.position ?? '', p.unit, i % 2 ? `${'\u00a0'.repeat(14)}${i + 1}.` : `${i + 1}.`]),
    { fontSize: 9, withSignatures: true },
  );
  f.signatures([personColumn(L.trainerRole, '', { name: t.trainer.name, nip: t.trainer.nip })], f.placeAndDate(t.date));
  return f.finish(input.document ?? {});
}
