// Laporan Simulasi (MRMIK 13.1 b): per step of the SOP procedure the measured time against its
// target minutes and pass/fail, the total recovery time against the procedure's total target,
// findings, follow-up actions and the attendance list with a signature column.
import { F } from '../kit/pdf-base.js';
import { sopLabels } from '../sop/labels.js';
import type { ProcedureKey, SopConfig } from '../sop/schema.js';
import type { Drill } from '../../records/drill-file.js';
import type { Lang } from '../../types.js';
import { FORMS } from '../../wording/forms.js';
import { FormDoc, personColumn, signatoryColumn, type DocumentIdentity, type FormOptions } from './form-doc.js';
import { formText } from './templates.js';

export interface DrillProcedure {
  key: ProcedureKey;
  /** "Simulasi take over". */
  name: string;
  steps: { title: string; targetMinutes: number }[];
}

export interface DrillReportInput {
  drill: Drill;
  procedure: DrillProcedure;
  /** Log number of the planned incident the drill was recorded as, when there is one. */
  incidentNumber?: string;
  document?: DocumentIdentity;
}

/** The procedure as the SOP config defines it; the drill file was validated against the same config. */
export function drillProcedure(sop: Pick<SopConfig, 'procedures'>, key: ProcedureKey, lang: Lang, unit: string): DrillProcedure {
  const steps = sop.procedures[key]?.steps ?? [];
  return { key, name: sopLabels(lang, unit).procedure[key], steps: steps.map((s) => ({ title: s.title, targetMinutes: s.targetMinutes })) };
}

const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export interface StepResult {
  no: number;
  title: string;
  target: number;
  start: string | null;
  end: string | null;
  /** Null: not measured (counts as failed). */
  minutes: number | null;
  pass: boolean;
  note: string | null;
}

/** Per-step results and the totals: recovery time is first measured start → last measured end. */
export function drillResults(drill: Drill, proc: DrillProcedure): { steps: StepResult[]; totalMinutes: number | null; targetMinutes: number; pass: boolean } {
  const steps = proc.steps.map((s, i): StepResult => {
    const m = drill.steps.find((x) => x.step === i + 1);
    const minutes = m ? toMinutes(m.end) - toMinutes(m.start) : null;
    return { no: i + 1, title: s.title, target: s.targetMinutes, start: m?.start ?? null, end: m?.end ?? null, minutes, pass: minutes != null && minutes <= s.targetMinutes, note: m?.note ?? null };
  });
  const measured = drill.steps;
  const totalMinutes = measured.length ? toMinutes(measured[measured.length - 1]!.end) - toMinutes(measured[0]!.start) : null;
  const targetMinutes = proc.steps.reduce((a, s) => a + s.targetMinutes, 0);
  return { steps, totalMinutes, targetMinutes, pass: totalMinutes != null && totalMinutes <= targetMinutes && steps.every((s) => s.minutes != null) };
}


export async function renderDrillPdf(input: DrillReportInput, opts: FormOptions): Promise<Buffer> {
  const L = FORMS.in(opts.lang).drill;
  const { drill, procedure } = input;
  const title = L.titleOf(procedure);
  const f = new FormDoc(opts, title);
  const r = drillResults(drill, procedure);
  f.heading1(title, drill.title ? [drill.title] : []);
  f.fields(
    [
      { label: L.date, value: f.longDate(drill.date) },
      { label: L.procedure, value: procedure.name },
      ...(drill.place ? [{ label: L.place, value: drill.place }] : []),
      ...(input.incidentNumber ? [{ label: L.log, value: input.incidentNumber }] : []),
    ],
    110,
  );
  f.prose(formText('drill-intro', opts.lang, { hospital: opts.profile.hospital, drill: L.drillName(procedure), date: f.longDate(drill.date), place: drill.place ?? opts.profile.hospital.unit }));
  if (drill.scenario) f.fields([{ label: L.scenario, value: drill.scenario }], 110);

  f.table(
    [
      { header: L.st.no, share: 0.05, align: 'center' },
      { header: L.st.step, share: 0.3 },
      { header: L.st.target, share: 0.09, align: 'right' },
      { header: L.st.start, share: 0.08, align: 'center' },
      { header: L.st.end, share: 0.08, align: 'center' },
      { header: L.st.measured, share: 0.1, align: 'right' },
      { header: L.st.result, share: 0.1, align: 'center' },
      { header: L.st.note, share: 0.2 },
    ],
    r.steps.map((s) => [
      String(s.no),
      s.title,
      String(s.target),
      s.start ? f.clock(s.start) : '',
      s.end ? f.clock(s.end) : '',
      s.minutes == null ? L.notMeasured : String(s.minutes),
      s.pass ? L.pass : { text: L.fail, font: F.bold },
      s.note ?? '',
    ]),
    { heading: L.results },
  );
  f.fields(
    [
      { label: L.total, value: L.totalText(r.totalMinutes == null ? L.notMeasured : f.duration(r.totalMinutes), r.targetMinutes), bold: true },
      { label: L.stepsSum, value: f.duration(r.steps.reduce((a, s) => a + (s.minutes ?? 0), 0)) },
      { label: L.overall, value: `${r.pass ? L.pass : L.fail} — ${r.steps.filter((s) => s.pass).length}/${r.steps.length} ${L.pass.toLowerCase()}` },
    ],
    150,
  );

  f.heading(L.findings);
  if (drill.findings.length === 0) f.empty(L.noFindings);
  else f.prose(drill.findings.map((x, i) => `${i + 1}. ${x}`).join('\n'));

  f.actionTable(drill.actions, { heading: L.actions, none: L.noActions });

  f.table(
    [
      { header: L.at.no, share: 0.05, align: 'center' },
      { header: L.at.name, share: 0.32 },
      { header: L.at.role, share: 0.17 },
      { header: L.at.unit, share: 0.2 },
      { header: L.at.sign, share: 0.26 },
    ],
    // Two lines per row: room for a signature.
    drill.participants.map((p, i) => [String(i + 1), p.position ? `${p.name}\n${p.position}` : `${p.name}\n`, p.role, p.unit, i % 2 ? `${'\u00a0'.repeat(14)}${i + 1}.` : `${i + 1}.`]),
    { fontSize: 9, heading: L.attendance, withSignatures: true },
  );

  const s = opts.profile.signatories;
  const coordinator = drill.participants.find((p) => /koordinator|coordinator/i.test(p.role));
  const columns = [signatoryColumn(s.preparedBy, L.made)];
  if (!coordinator || coordinator.name !== s.preparedBy.name) columns.unshift(personColumn(L.made, L.coordinator, coordinator));
  if (s.acknowledgedBy) columns.push(signatoryColumn(s.acknowledgedBy, f.L.acknowledged));
  f.signatures(columns, f.placeAndDate(drill.date));
  return f.finish(input.document ?? {});
}
