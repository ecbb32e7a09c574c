// Formulir Evaluasi Pasca Downtime (MRMIK 13.1 c): the incident, its timeline, the impact on every
// service unit of the profile, the re-entry reconciliation (difference must be 0), root cause,
// lessons, follow-up actions and the three signatures Petugas TI · Kepala Instalasi SIMRS ·
// Mengetahui, manajemen. A pure renderer: the caller maps its store rows to EvaluationFormInput.
import { F } from '../kit/pdf-base.js';
import { difference, isNotAffected, type Evaluation } from '../../records/evaluation-file.js';
import { FORMS } from '../../wording/forms.js';
import { FormDoc, minutesBetween, personColumn, signatoryColumn, type DocumentIdentity, type FormOptions } from './form-doc.js';

export type TimelineType = 'informed' | 'estimate' | 'decision' | 'recovered' | 'other';

/** One incident as the form prints it. Times are ISO 8601 (with offset, or local to the hospital). */
export interface IncidentSummary {
  /** Log number as the hospital cites it, e.g. "DT-2026-014" or "14". */
  number: string;
  title: string;
  kind: 'planned' | 'unplanned';
  start: string;
  /** Null: not yet recovered. */
  end: string | null;
  /** Recorded duration; computed from start and end when null. */
  durationMinutes: number | null;
  /** Category label as users read it ("Jaringan / ISP"). */
  category: string | null;
  unit: string | null;
  /** "Seluruh sistem" / "Sebagian modul". */
  scope?: string | null;
  cause?: string | null;
  /** A corrected figure is marked on the form: names of fields whose value was corrected. */
  corrected?: string[];
}

export interface TimelineEntry {
  at: string;
  type: TimelineType;
  text: string;
}

export interface EvaluationFormInput {
  incident: IncidentSummary;
  timeline: TimelineEntry[];
  evaluation: Evaluation;
  /** Petugas TI (pelaksana); null or absent: a blank to write the name on. */
  officer?: { name: string; nip?: string | null } | null;
  document?: DocumentIdentity;
}


export async function renderEvaluationPdf(input: EvaluationFormInput, opts: FormOptions): Promise<Buffer> {
  const L = FORMS.in(opts.lang).evaluation;
  const f = new FormDoc(opts, L.title);
  const { incident: inc, evaluation: ev } = input;
  const zone = opts.profile.hospital.timeZone;
  f.heading1(L.title, [`${L.number}: ${inc.number}`]);

  const mark = (field: string, value: string): string => (inc.corrected?.includes(field) ? `${value} (${L.corrected})` : value);
  const minutes = inc.durationMinutes ?? minutesBetween(inc.start, inc.end, zone);
  f.heading(L.incident);
  f.fields([
    { label: L.event, value: mark('title', inc.title), bold: true },
    { label: L.kind, value: mark('kind', L.kinds[inc.kind]) },
    { label: L.start, value: mark('start', f.when(inc.start)) },
    { label: L.end, value: inc.end ? mark('end', f.when(inc.end)) : L.notRecovered },
    { label: L.duration, value: mark('duration', inc.end || inc.durationMinutes != null ? f.duration(minutes) : L.notRecovered) },
    { label: L.category, value: mark('category', inc.category ?? f.L.none) },
    { label: L.unit, value: mark('unit', inc.unit ?? f.L.none) },
    ...(inc.scope ? [{ label: L.scope, value: mark('scope', inc.scope) }] : []),
    ...(inc.cause ? [{ label: L.cause, value: mark('cause', inc.cause) }] : []),
    { label: L.fallback, value: f.yesNo(ev.manualFallbackUsed) },
    { label: L.lastBackup, value: ev.lastBackup ?? f.L.none },
  ]);

  if (input.timeline.length === 0) {
    f.heading(L.timeline);
    f.empty(L.noTimeline);
  } else
    f.table(
      [
        { header: L.tl.at, share: 0.3 },
        { header: L.tl.type, share: 0.2 },
        { header: L.tl.text, share: 0.5 },
      ],
      input.timeline.map((t) => [f.when(t.at), L.types[t.type], t.text]),
      { heading: L.timeline },
    );

  f.table(
    [
      { header: L.im.no, share: 0.06, align: 'center' },
      { header: L.im.unit, share: 0.22 },
      { header: L.im.affected, share: 0.12, align: 'center' },
      { header: L.im.impact, share: 0.6 },
    ],
    Object.entries(ev.impact).map(([unit, impact], i) => [String(i + 1), unit, f.yesNo(!isNotAffected(impact)), impact]),
    { heading: L.impact },
  );

  if (ev.reconciliation.length === 0) {
    f.heading(L.recon);
    f.empty(L.noRecon);
  } else {
    f.table(
      [
        { header: L.rc.unit, share: 0.16 },
        { header: L.rc.form, share: 0.28 },
        { header: L.rc.paper, share: 0.12, align: 'right' },
        { header: L.rc.entered, share: 0.12, align: 'right' },
        { header: L.rc.diff, share: 0.1, align: 'right' },
        { header: L.rc.by, share: 0.22 },
      ],
      ev.reconciliation.map((r) => {
        const d = difference(r);
        return [r.unit, r.note ? `${r.form} — ${r.note}` : r.form, String(r.paperSheets), String(r.entered), d === 0 ? '0' : { text: String(d), font: F.bold }, r.enteredBy ?? ''];
      }),
      { heading: L.recon },
    );
    const open = ev.reconciliation.filter((r) => difference(r) !== 0).length;
    if (open) f.paragraph(L.reconWarning(open), { font: F.bold });
  }

  f.heading(L.rootCause);
  f.prose(ev.rootCause);
  f.heading(L.lessons);
  f.prose(ev.lessons.length === 1 ? ev.lessons[0]! : ev.lessons.map((l, i) => `${i + 1}. ${l}`).join('\n'));

  f.actionTable(ev.actions, { heading: L.actions, none: L.noActions, withSignatures: true });

  const s = opts.profile.signatories;
  const columns = [personColumn(L.made, L.officer, input.officer), signatoryColumn(s.preparedBy, L.checked)];
  if (s.acknowledgedBy) columns.push(signatoryColumn(s.acknowledgedBy, f.L.acknowledged));
  f.signatures(columns, f.placeAndDate());
  return f.finish(input.document ?? {});
}
