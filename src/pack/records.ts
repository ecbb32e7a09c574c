// The record-cycle rows of a period, read from the store, and their mapping to the input models of
// the form renderers (src/documents/forms). The evaluation's mapping is the one `downtime form`
// uses (workflow/form-input.ts); drills, trainings and notices are re-rendered from the store only
// by the pack, so their mapping lives here (the commands that record them render from the file).
// The stored `document` columns hold what the record files validated; they are validated again
// here with the same schemas, so a hand-edited row fails with its id, not deep in a renderer.
import { drillProcedure, type DrillReportInput } from '../documents/forms/drill.js';
import type { EvaluationFormInput } from '../documents/forms/evaluation.js';
import { evaluationFormInput } from '../workflow/form-input.js';
import type { NoticeFormInput } from '../documents/forms/notice.js';
import type { TrainingReportInput } from '../documents/forms/training.js';
import type { SopConfig } from '../documents/sop/schema.js';
import { parseDrillFile } from '../records/drill-file.js';
import { parseEvaluationFile } from '../records/evaluation-file.js';
import { parseNoticeFile } from '../records/notice-file.js';
import { parseTrainingFile } from '../records/training-file.js';
import type { Profile } from '../profile.js';
import type { ActionRecord, Correction, DrillRecord, EvaluationRecord, IncidentEvent, NoticeRecord, TrainingRecord } from '../store/cycle.js';
import type { Store } from '../store/store.js';
import type { Incident, Lang, Period } from '../types.js';
import { isoInZone } from '../util/zone.js';
import { PACK } from '../wording/pack.js';

/** Everything of the record cycle that belongs to one period. */
export interface PeriodRecords {
  /** Incidents starting in the period, voided ones left out (they leave every figure). */
  incidents: Incident[];
  attestedMonths: string[];
  evaluations: Array<{ record: EvaluationRecord; incident: Incident; timeline: IncidentEvent[]; corrections: Correction[]; actions: ActionRecord[] }>;
  /** Drills dated in the period. */
  drills: Array<{ record: DrillRecord; actions: ActionRecord[] }>;
  /** Every drill in the store: "no drill in the last 12 months" looks before the period too. */
  allDrillDates: string[];
  trainings: TrainingRecord[];
  /** Every training in the store, for "no training in the last 12 months". */
  allTrainingDates: string[];
  notices: Array<{ record: NoticeRecord; incident: Incident }>;
  /** Actions of the period's evaluations and drills: the action register. */
  actions: ActionRecord[];
  /** Every action in the store and every evaluated incident: an SOP revision may cite one of any year. */
  allActions: ActionRecord[];
  evaluatedIncidents: number[];
}

const inPeriod = (date: string, period: Period) => date >= period.from && date <= period.to;

/** Reads the period's records; the store stays the caller's (opened read-only). */
export function readPeriodRecords(store: Store, period: Period): PeriodRecords {
  const incidents = store.listIncidents(period);
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const allActions = store.cycle.actions();
  const events = store.cycle.eventsOf(incidents.map((i) => i.id));
  const allEvaluations = store.cycle.evaluations();
  const evaluations = allEvaluations
    .filter((e) => byId.has(e.incidentId))
    .map((record) => ({
      record,
      incident: byId.get(record.incidentId)!,
      timeline: events.get(record.incidentId) ?? [],
      corrections: store.cycle.corrections(record.incidentId),
      actions: allActions.filter((a) => a.sourceKind === 'evaluation' && a.sourceId === record.id),
    }));
  const allDrills = store.cycle.drills();
  const trainings = store.cycle.trainings();
  const drills = allDrills.filter((d) => inPeriod(d.date, period)).map((record) => ({ record, actions: allActions.filter((a) => a.sourceKind === 'drill' && a.sourceId === record.id) }));
  const notices = store.cycle
    .notices()
    .filter((n) => byId.has(n.incidentId))
    .map((record) => ({ record, incident: byId.get(record.incidentId)! }));
  return {
    incidents,
    attestedMonths: store.cycle.attestations().map((a) => a.month),
    evaluations,
    drills,
    allDrillDates: allDrills.map((d) => d.date),
    trainings: trainings.filter((t) => inPeriod(t.date, period)),
    allTrainingDates: trainings.map((t) => t.date),
    notices,
    actions: [...evaluations.flatMap((e) => e.actions), ...drills.flatMap((d) => d.actions)].sort((a, b) => a.due.localeCompare(b.due) || a.id - b.id),
    allActions,
    evaluatedIncidents: allEvaluations.map((e) => e.incidentId),
  };
}

/** The log number the forms and the register print for an incident. */
export const logNumber = (incidentId: number): string => String(incidentId);

/**
 * An evaluation row → the evaluation form, through the same mapping `downtime form` uses
 * (records/form-input.ts: scope, corrected fields marked); the actions print with their status in
 * the store today. The stored document is validated first, so a hand-edited row fails with its id.
 */
export function evaluationInput(e: PeriodRecords['evaluations'][number], profile: Profile, lang: Lang): EvaluationFormInput {
  const { evaluation } = parseEvaluationFile(e.record.document, PACK().stored.evaluation(e.record.id, e.incident.id), { units: profile.units });
  const input = evaluationFormInput(e.incident, { events: e.timeline, corrections: e.corrections, evaluation: { document: evaluation, by: e.record.by }, actions: e.actions }, lang);
  // A row whose actions never reached the register (made by hand) prints the file's own.
  return e.actions.length ? input : { ...input, evaluation: { ...input.evaluation, actions: evaluation.actions } };
}

export function drillInput(d: PeriodRecords['drills'][number], sop: Pick<SopConfig, 'procedures'>, profile: Profile, lang: Lang): DrillReportInput {
  const { drill } = parseDrillFile(d.record.document, PACK().stored.drill(d.record.id), sop);
  const actions = d.actions.length ? d.actions.map((a) => ({ action: a.action, pic: a.pic, due: a.due, status: a.status, evidence: a.evidence ?? undefined })) : drill.actions;
  return {
    drill: { ...drill, actions },
    procedure: drillProcedure(sop, drill.procedure, lang, profile.hospital.unit),
    ...(d.record.incidentId != null ? { incidentNumber: logNumber(d.record.incidentId) } : {}),
  };
}

export function trainingInput(t: TrainingRecord): TrainingReportInput {
  return { training: parseTrainingFile(t.document, PACK().stored.training(t.id)) };
}

export function noticeInput(n: PeriodRecords['notices'][number], zone: string): NoticeFormInput {
  // `downtime notice` stores the notice file's keys plus the expected end and the officer who wrote it.
  const { expectedEnd, officer, ...fileKeys } = (n.record.document ?? {}) as Record<string, unknown>;
  const overrides = parseNoticeFile(fileKeys, PACK().stored.notice(n.record.id));
  const inc = n.incident;
  const end = typeof expectedEnd === 'string' ? expectedEnd : inc.endMs == null ? null : isoInZone(zone, inc.endMs);
  return {
    incident: { number: logNumber(inc.id), title: inc.title, start: isoInZone(zone, inc.startMs), end },
    overrides: { ...overrides, ...(n.record.number ? { number: n.record.number } : {}), noticeDate: overrides.noticeDate ?? n.record.noticeDate },
    ...(typeof officer === 'string' ? { officer: { name: officer } } : {}),
  };
}
