// The config of an SPO that people follow, not servers: the service units' downtime procedure
// (inform, manual forms, keep the paper, re-enter and reconcile, report). Same document identity
// and SPO layout as the take-over config, but no hosts, addresses or commands: steps are sentences.
import { z } from 'zod';
import { SOP } from '../../wording/sop.js';

/** The schema's messages, read when a config is checked (the language is set by then). */
const S = () => SOP().schema;
import { ACTORS, sopDocumentSchema } from './schema.js';

const text = z.string().trim().min(1, { error: () => S().notEmpty });

const unitStepSchema = z.object({
  title: text,
  actor: z.enum(ACTORS).default('unit'),
  targetMinutes: z.number().positive({ error: () => S().targetMinutes }),
  output: text.optional(),
  /** The sub-steps a), b), … as sentences. */
  actions: z.array(text).min(1, { error: () => S().oneAction }),
});

const unitProcedureSchema = z.object({
  title: text,
  intro: text.optional(),
  steps: z.array(unitStepSchema).min(1, { error: () => S().oneStep }),
});

export const unitSopConfigSchema = z.object({
  /** Tells this config from a server take-over config in data/sop/. */
  kind: z.literal('units'),
  document: sopDocumentSchema,
  /** Section texts in the prose grammar (paragraphs, "1." / "a." / "-" items). */
  text: z.object({ pengertian: text, tujuan: text, respons: text.optional() }),
  units: z.array(text).min(1, { error: () => S().unitsRunning }),
  /** Manual forms per unit: what each unit fills on paper during downtime. */
  forms: z.array(z.object({ unit: text, forms: z.array(text).min(1) })).default([]),
  contacts: z.array(z.object({ role: text, name: text.optional(), phone: text.optional() })).default([]),
  relatedDocuments: z.array(text).default([]),
  cautions: z.array(text).default([]),
  procedures: z.array(unitProcedureSchema).min(1, { error: () => S().oneProcedure }),
});

export type UnitSopConfig = z.infer<typeof unitSopConfigSchema>;
