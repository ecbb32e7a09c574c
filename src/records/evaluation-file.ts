// eval.yaml: the evaluation after one downtime (MRMIK 13.1 c) — impact on every service unit of
// the profile ("tidak terdampak" is an answer, a missing unit is not), whether the manual fallback
// was used, the re-entry reconciliation per unit and form, root cause, lessons and follow-up
// actions. Errors name the key; a re-entry difference that is not 0 yet is a warning the form shows.
import { z } from 'zod';
import { parseConfig, readConfigFile } from '../config.js';
import { actionSchema, text, yesNo, type FileWarning } from './common-file.js';

export const NOT_AFFECTED = { id: 'tidak terdampak', en: 'not affected' } as const;

const count = z.number({ message: 'isi jumlah lembar (angka)' }).int('jumlah lembar bilangan bulat').min(0, 'jumlah lembar tidak boleh negatif');

const reconciliationSchema = (units: readonly string[]) =>
  z.strictObject({
  unit: z.enum(units as [string, ...string[]], { message: `unit tidak ada di profil (units): ${units.join(', ')}` }),
  form: text,
  /** Sheets filled in on paper during the downtime. */
  paperSheets: count,
  /** Sheets re-entered into SIMRS after recovery. */
  entered: count,
  enteredBy: text.optional(),
  note: text.optional(),
});

const lines = z.union([text.transform((s) => [s]), z.array(text).min(1, 'tulis paling sedikit satu pelajaran')]);

/** One key per profile unit, each required: a missing unit and an unknown one are named in the same run as every other mistake. */
function impactSchema(units: readonly string[]) {
  const answer = (u: string) =>
    z.string({ error: (iss) => (iss.input === undefined ? `dampak pada unit ${u} belum diisi; tulis "tidak terdampak" bila unit ini tidak terdampak` : 'tulis dampaknya sebagai teks') }).trim().min(1, 'tidak boleh kosong');
  return z.strictObject(Object.fromEntries(units.map((u) => [u, answer(u)])) as Record<string, z.ZodType<string>>, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `unit tidak ada di profil (units: ${units.join(', ')}): ${iss.keys.join(', ')}` : undefined),
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
    actions: z.array(actionSchema(incidentDate ? { date: incidentDate, what: 'kejadian' } : undefined)).default([]),
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
  return s === NOT_AFFECTED.id || s === NOT_AFFECTED.en || s === '-';
}

/** Validates parsed eval.yaml; impact keys come back in the profile's unit order. */
export function parseEvaluationFile(data: unknown, file: string, opts: EvaluationFileOptions): { evaluation: Evaluation; warnings: FileWarning[] } {
  const parsed = parseConfig(evaluationSchema(opts.units, opts.incidentDate), data, file, 'Evaluasi pasca downtime');
  const impact = Object.fromEntries(opts.units.map((u) => [u, parsed.impact[u]!]));
  const warnings: FileWarning[] = [];
  parsed.reconciliation.forEach((r, i) => {
    const d = difference(r);
    if (d !== 0)
      warnings.push({
        path: `reconciliation[${i}]`,
        message: `${r.unit}, ${r.form}: selisih ${d} lembar (${r.paperSheets} di kertas, ${r.entered} dientri) — harus 0`,
      });
  });
  return { evaluation: { ...parsed, impact }, warnings };
}

export function readEvaluationFile(path: string, opts: EvaluationFileOptions): { evaluation: Evaluation; warnings: FileWarning[] } {
  return parseEvaluationFile(readConfigFile(path), path, opts);
}
