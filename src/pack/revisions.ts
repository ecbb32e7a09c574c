// The SOP revisions the index lists under 13.1 c: those dated in the period, and those whose
// `cause` names an evaluation or action of the period (a revision made early next year still
// answers this year's evaluation). Each points at the files of the folder its cause names — the
// evaluation form, the drill report — so a surveyor can follow the link. Pure.
import { ELEMENT_DIR } from './elements.js';
import type { SopRevisionNote } from './index-doc.js';
import type { SopFacts } from './readiness.js';
import type { PeriodRecords } from './records.js';
import { drillReportName, evaluationFormName } from './sources.js';
import type { Period } from '../types.js';

export function sopRevisionNotes(facts: readonly SopFacts[], period: Period, records: PeriodRecords): SopRevisionNote[] {
  const evaluatedHere = new Set(records.evaluations.map((e) => e.incident.id));
  const drillsHere = new Map(records.drills.map((d) => [d.record.id, d.record]));
  const actionsHere = new Set(records.actions.map((a) => a.id));
  const allActions = new Map(records.allActions.map((a) => [a.id, a]));
  const evaluationFile = (incident: number | null) => (incident != null && evaluatedHere.has(incident) ? `${ELEMENT_DIR['mrmik-13.1c']}/${evaluationFormName(incident)}` : null);

  const notes: SopRevisionNote[] = [];
  for (const f of facts) {
    for (const h of f.history) {
      if (h.revision === '00') continue;
      const cause = h.cause ?? null;
      const dated = h.date >= period.from && h.date <= period.to;
      const answersPeriod = !!cause && ((cause.incident != null && evaluatedHere.has(cause.incident)) || cause.actions.some((id) => actionsHere.has(id)));
      if (!dated && !answersPeriod) continue;
      const evidence: string[] = [];
      const add = (file: string | null) => {
        if (file && !evidence.includes(file)) evidence.push(file);
      };
      if (cause) {
        add(evaluationFile(cause.incident));
        for (const id of cause.actions) {
          const a = allActions.get(id);
          if (!a) continue;
          if (a.sourceKind === 'evaluation') add(evaluationFile(a.incidentId));
          else {
            const drill = drillsHere.get(a.sourceId);
            if (drill) add(`${ELEMENT_DIR['mrmik-13.1b']}/${drillReportName(drill)}`);
          }
        }
      }
      notes.push({ sop: f.title, file: f.file ? `${ELEMENT_DIR['mrmik-13.1a']}/${f.file}` : null, revision: h.revision, date: h.date, change: h.change, cause, evidence });
    }
  }
  return notes.sort((a, b) => a.date.localeCompare(b.date) || a.sop.localeCompare(b.sop));
}
