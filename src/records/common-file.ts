// Pieces shared by the record files (eval.yaml, drill.yaml, training.yaml, notice.yaml): YAML's
// own types accepted with the user's meaning (2026-12-05 arrives as a Date, "ya" means yes), one
// follow-up action shape, and warnings that carry the key they are about.
import { z } from 'zod';
import { RECORDS } from '../wording/records.js';

/** A zod message in the language people read at parse time (schemas are built once, at load). */
export const say = (pick: (w: ReturnType<typeof RECORDS>) => string) => ({ error: () => pick(RECORDS()) });

/** Something the document shows but that does not stop it, e.g. a re-entry difference that is not 0 yet. */
export interface FileWarning {
  /** `reconciliation[2].entered`, in the notation of errors (src/config.ts). */
  path: string;
  message: string;
}

/** A required text: a missing key says so in words, not as zod's "expected string, received undefined". */
export const text = z
  .string({ error: (iss) => (iss.input === undefined ? RECORDS().field.required : RECORDS().field.notText) })
  .trim()
  .min(1, say((w) => w.field.empty));

/** YAML reads 2026-12-05 as a Date (UTC midnight): take its calendar date back. */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, say((w) => w.field.dateFormat))
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), say((w) => w.field.dateMissing)),
);

/** "08.30", "8:30" or a YAML sexagesimal number (8:30 unquoted reads as 510) → "08:30". */
export const clockTime = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1440 ? `${Math.floor(v / 60)}:${v % 60}` : v),
  z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3])[.:][0-5]\d$/, say((w) => w.field.clockFormat))
    .transform((s) => {
      const [h, m] = s.split(/[.:]/);
      return `${h!.padStart(2, '0')}:${m}`;
    }),
);

/** ya/tidak, yes/no, true/false. */
export const yesNo = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (['ya', 'y', 'yes', 'sudah'].includes(s)) return true;
  if (['tidak', 't', 'no', 'belum'].includes(s)) return false;
  return v;
}, z.boolean(say((w) => w.field.yesNo)));

export const ACTION_STATUSES = ['open', 'done'] as const;

/**
 * One follow-up action (PDCA register): evidence is required once it is done; when `notBefore`
 * (the incident's or the drill's date) is known, no action may be due before it. Checked on the
 * fields themselves, so a missing field elsewhere in the file does not hide these errors.
 */
export function actionSchema(notBefore?: { date: string; what: string }) {
  const due = notBefore
    ? isoDate.refine((d) => typeof d !== 'string' || d >= notBefore.date, { error: (iss) => RECORDS().action.dueBefore(String(iss.input), notBefore.what, notBefore.date) })
    : isoDate;
  return z
    .strictObject({
      action: text,
      pic: text,
      due,
      status: z.enum(ACTION_STATUSES, say((w) => w.action.status)).default('open'),
      evidence: text.optional(),
    })
    .superRefine((a, ctx) => {
      if (a.status === 'done' && !a.evidence) ctx.addIssue({ code: 'custom', path: ['evidence'], message: RECORDS().action.doneNeedsEvidence });
    });
}
export type FollowUpAction = z.infer<ReturnType<typeof actionSchema>>;
