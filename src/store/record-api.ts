// What the document commands (evaluate, drill, training, notice — wired by the lead to the forms
// branch's renderers) store, each in ONE transaction with its follow-up actions. Validation that
// needs the store lives here: the incident exists, an action's due date is not before the incident.
import { UserError } from '../errors.js';
import type { Store, NewIncident } from './store.js';
import type { NewAction, NewEvaluation, DrillRecord, NoticeRecord, TrainingRecord } from './cycle.js';
import { partsInZone } from '../util/zone.js';
import { STORE } from '../wording/store.js';

/** An action as an evaluation or drill YAML gives it (status open unless done, with evidence). */
export type ActionInput = Pick<NewAction, 'action' | 'pic' | 'due'> & Partial<Pick<NewAction, 'status' | 'evidence' | 'doneAt'>>;

function localDate(ms: number, zone: string): string {
  const p = partsInZone(zone, ms);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Refuses actions due before `fromDate` or done without evidence; the message names the action. */
function checkActions(actions: readonly ActionInput[], fromDate: string, where: string): void {
  actions.forEach((a, i) => {
    const W = STORE().record;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(a.due)) throw new UserError(W.dueNotDate(where, i, a.due));
    if (a.due < fromDate) throw new UserError(W.dueBefore(where, i, a.due, fromDate, a.action));
    if (a.status === 'done' && !a.evidence?.trim()) throw new UserError(W.doneWithoutEvidence(where, i, a.action));
  });
}

/** Stores an evaluation of an incident and its actions; refuses a second evaluation of the same incident. */
export function recordEvaluation(store: Store, e: NewEvaluation, actions: readonly ActionInput[], zone: string): number {
  return store.db.transaction(() => {
    const inc = store.incidentById(e.incidentId);
    if (!inc) throw new UserError(STORE().record.noIncident(e.incidentId));
    if (store.cycle.evaluation(e.incidentId)) throw new UserError(STORE().record.alreadyEvaluated(e.incidentId));
    checkActions(actions, localDate(inc.startMs, zone), STORE().record.evaluationOf(e.incidentId));
    const id = store.cycle.insertEvaluation(e);
    for (const a of actions) store.cycle.insertAction(id, { ...a, sourceKind: 'evaluation', incidentId: e.incidentId });
    return id;
  })();
}

/**
 * Stores a drill as a planned incident (live batch) linked to the drill, and the drill's actions.
 * Returns both ids.
 */
/** Who revises an evaluation, when and why: kept with the previous evaluation as a correction. */
export interface Revision {
  at: string;
  by: string;
  reason: string;
}

/**
 * Revises the evaluation of an incident (`evaluate --replace`), keeping the old one's trail: the
 * previous evaluation, with its actions, is kept whole as a correction (field 'evaluation', old
 * value JSON) with when, by whom and why. The evaluation keeps its id; its open actions are replaced
 * by the new ones, while actions already done stay in the register (they are evidence of work done)
 * and a new action with the same wording as a done one is not added twice.
 */
export function reviseEvaluation(store: Store, e: NewEvaluation, actions: readonly ActionInput[], zone: string, rev: Revision): { id: number; correctionId: number; keptDone: number } {
  return store.db.transaction(() => {
    const inc = store.incidentById(e.incidentId);
    if (!inc) throw new UserError(STORE().record.noIncident(e.incidentId));
    const old = store.cycle.evaluation(e.incidentId);
    if (!old) throw new UserError(STORE().record.notEvaluated(e.incidentId));
    checkActions(actions, localDate(inc.startMs, zone), STORE().record.evaluationOf(e.incidentId));
    const oldActions = store.cycle.actionsOf('evaluation', old.id);
    const correctionId = store.cycle.addCorrection({
      incidentId: e.incidentId,
      identity: inc.identity,
      field: 'evaluation',
      oldValue: JSON.stringify({ id: old.id, createdAt: old.createdAt, by: old.by, document: old.document, actions: oldActions }),
      newValue: JSON.stringify(e.document),
      at: rev.at,
      by: rev.by,
      reason: rev.reason,
    });
    store.cycle.updateEvaluation(old.id, e);
    store.cycle.deleteOpenActions('evaluation', old.id);
    const done = new Set(oldActions.filter((a) => a.status === 'done').map((a) => a.action.trim().toLowerCase()));
    for (const a of actions) {
      if (done.has(a.action.trim().toLowerCase())) continue;
      store.cycle.insertAction(old.id, { ...a, sourceKind: 'evaluation', incidentId: e.incidentId });
    }
    return { id: old.id, correctionId, keptDone: done.size };
  })();
}

export function recordDrill(
  store: Store,
  drill: Omit<DrillRecord, 'id' | 'incidentId'>,
  incident: NewIncident,
  actions: readonly ActionInput[],
  now: Date,
): { drillId: number; incidentId: number } {
  return store.db.transaction(() => {
    if (incident.kind !== 'planned') throw new Error('a drill is recorded as a planned incident');
    checkActions(actions, drill.date, STORE().record.drillOn(drill.date));
    const incidentId = store.insertLiveIncident(incident, now);
    const drillId = store.cycle.insertDrill({ ...drill, incidentId });
    for (const a of actions) store.cycle.insertAction(drillId, { ...a, sourceKind: 'drill', incidentId });
    return { drillId, incidentId };
  })();
}

export function recordTraining(store: Store, t: Omit<TrainingRecord, 'id'>): number {
  return store.db.transaction(() => store.cycle.insertTraining(t))();
}

/** Stores a planned-downtime notice; the incident must exist and be planned. */
export function recordNotice(store: Store, n: Omit<NoticeRecord, 'id'>): number {
  return store.db.transaction(() => {
    const inc = store.incidentById(n.incidentId);
    if (!inc) throw new UserError(STORE().record.noIncident(n.incidentId));
    if (inc.kind !== 'planned') throw new UserError(STORE().record.notPlanned(n.incidentId));
    return store.cycle.insertNotice(n);
  })();
}
