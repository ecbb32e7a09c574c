// The readiness check: what is still missing before a surveyor sees the pack. Pure: the command
// passes the period's records, the months without data (computeStats), the SOPs and "today".
import { formatDateLong } from '../format.js';
import type { Lang, Period } from '../types.js';
import type { RevisionCause } from '../documents/sop/schema.js';
import type { ActionRecord } from '../store/cycle.js';
import { PACK } from '../wording/pack.js';
import type { Finding } from './types.js';
import type { PeriodRecords } from './records.js';

/** What the pack knows of one SOP: its identity, its history and its lint errors. */
export interface SopFacts {
  /** The config it was made from, as the user named it. */
  source: string;
  title: string;
  number: string | null;
  revision: string | null;
  issuedOn: string | null;
  history: Array<{ revision: string; date: string; change: string; cause?: RevisionCause }>;
  /** Lint errors, one line each (formatFinding). */
  lintErrors: string[];
  /** The rendered PDF's file name; null when lint errors kept it from being made. */
  file: string | null;
}

export interface ReadinessInput {
  period: Period;
  records: PeriodRecords;
  /** "2022-03": months of the period with neither incidents nor an attestation. */
  monthsWithoutData: string[];
  sops: SopFacts[];
  /** The pack's date, YYYY-MM-DD in the hospital's zone. */
  today: string;
  lang: Lang;
}

/** Same calendar day `years` later (29 February → 28 February). */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${y}-${md}`;
}

/** The day 12 months before `iso`. */
const minusYear = (iso: string) => addYears(iso, -1);

export function readiness(input: ReadinessInput): Finding[] {
  const { period, records, lang, today } = input;
  const W = PACK.in(lang).readiness;
  const d = (iso: string) => formatDateLong(iso, lang);
  const out: Finding[] = [];

  for (const m of input.monthsWithoutData) out.push({ code: 'month-no-data', element: 'mrmik-13.1c', message: W.monthNoData(d(m), m) });

  const evaluated = new Set(records.evaluations.map((e) => e.incident.id));
  const drillIncidents = new Set(records.drills.map((x) => x.record.incidentId));
  for (const inc of records.incidents) {
    if (inc.kind !== 'unplanned' || evaluated.has(inc.id) || drillIncidents.has(inc.id)) continue;
    out.push({ code: 'unplanned-without-evaluation', element: 'mrmik-13.1c', message: W.unevaluated(inc.id, inc.start.slice(0, 10), inc.title) });
  }

  // Against today, not the period's end: an action of 2022 still open now is open (and overdue) now.
  for (const a of records.actions) {
    if (a.status === 'done') continue;
    const source = a.sourceKind === 'evaluation' ? W.evaluationOf(a.incidentId) : W.drill;
    const overdue = a.due < today;
    out.push({
      code: overdue ? 'overdue-action' : 'open-action',
      element: 'mrmik-13.1c',
      message: (overdue ? W.overdue : W.open)(a.id, source, a.action, a.pic, d(a.due)),
    });
  }

  // "In the last 12 months" counts back from the period's end, or from today for a period not over yet.
  const end = period.to < today ? period.to : today;
  const since = minusYear(end);
  if (!input.records.allDrillDates.some((x) => x > since && x <= end)) out.push({ code: 'no-drill-12-months', element: 'mrmik-13.1b', message: W.noDrill(d(end)) });
  if (!input.records.allTrainingDates.some((x) => x > since && x <= end)) out.push({ code: 'no-training', element: 'mrmik-13.1b', message: W.noTraining(d(end)) });

  for (const s of input.sops) {
    const name = `${s.title}${s.number ? ` (${s.number})` : ''}`;
    if (s.issuedOn) {
      const due = addYears(s.issuedOn, 3);
      if (due <= today) out.push({ code: 'sop-review-due', element: 'mrmik-13.1a', message: W.sopReviewDue(name, d(s.issuedOn), d(due)) });
    }
    if (s.revision && !s.history.some((h) => h.revision === s.revision))
      out.push({ code: 'sop-history-lacks-revision', element: 'mrmik-13.1a', message: W.sopHistory(name, s.revision) });
    for (const e of s.lintErrors) out.push({ code: 'sop-lint-error', element: 'mrmik-13.1a', message: `${s.source}: ${e}` });
  }
  out.push(...revisionCauses(input));
  return out;
}

// An action "revises an SOP" when its text names one: the register has no kind for it, and a false
// alarm is answered by citing the action in the revision it made, which is the point of the check.
const NAMES_SOP = /\b(SPO|SOP)\b/i;

/**
 * 13.1 c asks for the SOP revision an evaluation caused. A revision's `cause` must point at records
 * that exist (an evaluated incident, a done action of that incident), and a done action that
 * revises an SOP must be cited by some revision — else the link the index prints is not checkable.
 */
function revisionCauses(input: ReadinessInput): Finding[] {
  const { records, lang } = input;
  const W = PACK.in(lang).readiness;
  const out: Finding[] = [];
  const evaluated = new Set(records.evaluatedIncidents);
  const actions = new Map(records.allActions.map((a) => [a.id, a]));
  const source = (a: ActionRecord) => (a.sourceKind === 'evaluation' ? W.evaluationOf(a.incidentId) : W.drill);
  const invalid = (message: string): Finding => ({ code: 'sop-revision-cause-invalid', element: 'mrmik-13.1c', message });
  const cited = new Set<number>();
  for (const s of input.sops) {
    const name = `${s.title}${s.number ? ` (${s.number})` : ''}`;
    for (const h of s.history) {
      if (!h.cause) continue;
      const { incident } = h.cause;
      if (incident != null && !evaluated.has(incident)) out.push(invalid(W.causeNoEvaluation(name, h.revision, incident)));
      for (const id of h.cause.actions) {
        cited.add(id);
        const a = actions.get(id);
        if (!a) out.push(invalid(W.causeNoAction(name, h.revision, id)));
        else if (incident != null && (a.sourceKind !== 'evaluation' || a.incidentId !== incident)) out.push(invalid(W.causeActionElsewhere(name, h.revision, id, incident, source(a))));
        else if (a.status !== 'done') out.push(invalid(W.causeActionOpen(name, h.revision, id, a.action)));
      }
    }
  }
  for (const a of records.actions) {
    if (a.status === 'done' && NAMES_SOP.test(a.action) && !cited.has(a.id))
      out.push({ code: 'sop-revision-not-cited', element: 'mrmik-13.1c', message: W.notCited(a.id, source(a), a.action) });
  }
  return out;
}
