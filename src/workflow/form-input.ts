// Store rows → the renderers' input models (src/documents/forms/*). Pure: the commands read the
// store and pass the rows in. The incident's log number is its store id, as `downtime show ID`
// cites it; a field with a correction is marked on the form (issue 9: "documents mark a corrected
// figure"), and a corrected start or end marks the duration too, since it follows from them.
import { CATEGORY_LABELS } from '../classify/categories.js';
import type { Incident, Lang } from '../types.js';
import type { ActionRecord, Correction, IncidentEvent } from '../store/cycle.js';
import type { EvaluationFormInput, IncidentSummary, TimelineEntry } from '../documents/forms/evaluation.js';
import type { Evaluation } from '../records/evaluation-file.js';
import { RECORDS } from '../wording/records.js';

/** Fields the evaluation form prints that a correction can have changed. */
const MARKED = ['title', 'kind', 'start', 'end', 'duration', 'category', 'unit', 'scope', 'cause'] as const;

export function correctedFields(corrections: readonly Pick<Correction, 'field'>[]): string[] {
  const fields = new Set<string>(corrections.map((c) => c.field));
  if (fields.has('start') || fields.has('end')) fields.add('duration');
  return MARKED.filter((f) => fields.has(f));
}

export function incidentSummary(inc: Incident, corrections: readonly Pick<Correction, 'field'>[], lang: Lang): IncidentSummary {
  return {
    number: String(inc.id),
    title: inc.title,
    kind: inc.kind,
    start: inc.start,
    end: inc.end,
    durationMinutes: inc.durationMinutes,
    category: CATEGORY_LABELS[inc.category][lang],
    unit: inc.unit,
    scope: RECORDS.in(lang).scope[inc.scope],
    cause: inc.cause || null,
    corrected: correctedFields(corrections),
  };
}

export function timelineEntries(events: readonly IncidentEvent[]): TimelineEntry[] {
  return events.map((e) => ({ at: e.at, type: e.type, text: e.text }));
}

/**
 * The stored evaluation with the register's actions in place of the file's: the form prints each
 * action as it stands now (done with its evidence after `downtime action done`).
 */
export function evaluationFormInput(
  inc: Incident,
  rows: { events: readonly IncidentEvent[]; corrections: readonly Correction[]; evaluation: { document: unknown; by: string | null }; actions: readonly ActionRecord[] },
  lang: Lang,
): EvaluationFormInput {
  const doc = rows.evaluation.document as Evaluation;
  const actions = rows.actions.map((a) => ({ action: a.action, pic: a.pic, due: a.due, status: a.status, ...(a.evidence ? { evidence: a.evidence } : {}) }));
  return {
    incident: incidentSummary(inc, rows.corrections.filter((c) => c.field !== 'evaluation'), lang),
    timeline: timelineEntries(rows.events),
    evaluation: { ...doc, actions },
    officer: rows.evaluation.by ? { name: rows.evaluation.by } : null,
  };
}
