// eval.yaml: the evaluation after one downtime (MRMIK 13.1 c) — impact on every service unit of
// the profile ("tidak terdampak" is an answer, a missing unit is not), whether the manual fallback
// was used, the re-entry reconciliation per unit and form, root cause, lessons and follow-up
// actions. Errors name the key; a re-entry difference that is not 0 yet is a warning the form shows.
import { z } from 'zod';
import { parseConfig, readConfigFile } from '../config.js';
import { actionSchema, say, text, yesNo, type FileWarning } from './common-file.js';
import { LANGS } from '../wording/lang.js';
import { RECORDS } from '../wording/records.js';

const count = z
  .number(say((w) => w.evaluation.sheets))
  .int(say((w) => w.evaluation.sheetsInteger))
  .min(0, say((w) => w.evaluation.sheetsNegative));

const reconciliationSchema = (units: readonly string[]) =>
  z.strictObject({
  unit: z.enum(units as [string, ...string[]], say((w) => w.evaluation.unknownUnit(units.join(', ')))),
  form: text,
  /** Sheets filled in on paper during the downtime. */
  paperSheets: count,
  /** Sheets re-entered into SIMRS after recovery. */
  entered: count,
  enteredBy: text.optional(),
  note: text.optional(),
});

const lines = z.union([text.transform((s) => [s]), z.array(text).min(1, say((w) => w.evaluation.lessons))]);

/** One key per profile unit, each required: a missing unit and an unknown one are named in the same run as every other mistake. */
function impactSchema(units: readonly string[]) {
  const answer = (u: string) =>
    z
      .string({ error: (iss) => (iss.input === undefined ? RECORDS().evaluation.impactMissing(u) : RECORDS().evaluation.impactText) })
      .trim()
      .min(1, say((w) => w.field.empty));
  return z.strictObject(Object.fromEntries(units.map((u) => [u, answer(u)])) as Record<string, z.ZodType<string>>, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? RECORDS().evaluation.unknownUnits(units.join(', '), iss.keys.join(', ')) : undefined),
  });
}

function evaluationSchema(units: readonly string[], incidentDate?: string) {
  return z.strictObject({
    /** Unit → impact as written; "tidak terdampak" when the unit was not affected. */
    impact: impactSchema(units),
    manualFallbackUsed: yesNo,
    /** Status of the last backup before the downtime, as the DT-01 form asks. */
    lastBackup: text.optional(),
    reconciliation: z.array(reconciliationSchema(units)).default([]),
    rootCause: text,
    lessons: lines,
    actions: z.array(actionSchema(incidentDate ? { date: incidentDate, what: RECORDS().action.ofIncident } : undefined)).default([]),
  });
}

export type Evaluation = z.output<ReturnType<typeof evaluationSchema>>;

export interface EvaluationFileOptions {
  /** The profile's service units, in the order the form prints them. */
  units: readonly string[];
  /** The incident's start date (YYYY-MM-DD) when known: no action may be due before it. */
  incidentDate?: string;
}

/** Sheets on paper minus sheets entered: must reach 0. */
export const difference = (r: Evaluation['reconciliation'][number]): number => r.paperSheets - r.entered;

export function isNotAffected(impact: string): boolean {
  const s = impact.trim().toLowerCase();
  return s === '-' || LANGS.some((lang) => s === RECORDS.in(lang).evaluation.notAffected);
}

/** Validates parsed eval.yaml; impact keys come back in the profile's unit order. */
export function parseEvaluationFile(data: unknown, file: string, opts: EvaluationFileOptions): { evaluation: Evaluation; warnings: FileWarning[] } {
  const parsed = parseConfig(evaluationSchema(opts.units, opts.incidentDate), data, file, RECORDS().what.evaluation);
  const impact = Object.fromEntries(opts.units.map((u) => [u, parsed.impact[u]!]));
  const warnings: FileWarning[] = [];
  parsed.reconciliation.forEach((r, i) => {
    const d = difference(r);
    if (d !== 0)
      warnings.push({
        path: `reconciliation[${i}]`,
        message: RECORDS().evaluation.difference(r.unit, r.form, d, r.paperSheets, r.entered),
      });
  });
  return { evaluation: { ...parsed, impact }, warnings };
}

export function readEvaluationFile(path: string, opts: EvaluationFileOptions): { evaluation: Evaluation; warnings: FileWarning[] } {
  return parseEvaluationFile(readConfigFile(path), path, opts);
}
