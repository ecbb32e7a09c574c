// eval.yaml: the evaluation after one downtime (MRMIK 13.1 c) — impact on every service unit of
// the profile ("tidak terdampak" is an answer, a missing unit is not), whether the manual fallback
// was used, the re-entry reconciliation per unit and form, root cause, lessons and follow-up
// actions. Errors name the key; a re-entry difference that is not 0 yet is a warning the form shows.
import { z } from 'zod';
import { parseConfig, readConfigFile } from '../config.js';
import { actionSchema, dueBefore, text, yesNo, type FileWarning } from './common-file.js';

export const NOT_AFFECTED = { id: 'tidak terdampak', en: 'not affected' } as const;

const count = z.number({ message: 'isi jumlah lembar (angka)' }).int('jumlah lembar bilangan bulat').min(0, 'jumlah lembar tidak boleh negatif');

const reconciliationSchema = z.strictObject({
  unit: text,
  form: text,
  /** Sheets filled in on paper during the downtime. */
  paperSheets: count,
  /** Sheets re-entered into SIMRS after recovery. */
  entered: count,
  enteredBy: text.optional(),
  note: text.optional(),
});

const lines = z.union([text.transform((s) => [s]), z.array(text).min(1, 'tulis paling sedikit satu pelajaran')]);

function evaluationSchema(units: readonly string[], incidentDate?: string) {
  return z
    .strictObject({
      /** Unit → impact as written; "tidak terdampak" when the unit was not affected. */
      impact: z.record(z.string(), text),
      manualFallbackUsed: yesNo,
      /** Status of the last backup before the downtime, as the DT-01 form asks. */
      lastBackup: text.optional(),
      reconciliation: z.array(reconciliationSchema).default([]),
      rootCause: text,
      lessons: lines,
      actions: z.array(actionSchema).default([]),
    })
    .superRefine((e, ctx) => {
      for (const u of units)
        if (!(u in e.impact)) ctx.addIssue({ code: 'custom', path: ['impact', u], message: `dampak pada unit ${u} belum diisi; tulis "tidak terdampak" bila unit ini tidak terdampak` });
      for (const u of Object.keys(e.impact))
        if (!units.includes(u)) ctx.addIssue({ code: 'custom', path: ['impact', u], message: `unit tidak ada di profil (units): ${units.join(', ')}` });
      e.reconciliation.forEach((r, i) => {
        if (!units.includes(r.unit)) ctx.addIssue({ code: 'custom', path: ['reconciliation', i, 'unit'], message: `unit tidak ada di profil (units): ${units.join(', ')}` });
      });
      dueBefore(e.actions, incidentDate, ctx, 'kejadian');
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
