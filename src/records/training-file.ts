// training.yaml: one training session on the downtime procedures (MRMIK 13.1 b, evidence D):
// topic, date, place, trainer, participants by unit and a summary of the material.
import { z } from 'zod';
import { parseConfig, readConfigFile } from '../config.js';
import { clockTime, isoDate, say, text } from './common-file.js';
import { RECORDS } from '../wording/records.js';

const trainingSchema = z
  .strictObject({
    topic: text,
    date: isoDate,
    start: clockTime.optional(),
    end: clockTime.optional(),
    place: text,
    trainer: z.strictObject({ name: text, position: text.optional(), nip: text.optional() }),
    participants: z.array(z.strictObject({ name: text, unit: text, position: text.optional() })).min(1, say((w) => w.training.participants)),
    /** What was taught, as a few paragraphs or "- " items (the kit's prose grammar). */
    material: text,
    /** Invited participants per unit, when the TOR set a number: the report shows attendance against it. */
    invited: z.record(z.string(), z.number().int().min(0)).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.start && t.end && t.end < t.start) ctx.addIssue({ code: 'custom', path: ['end'], message: RECORDS().field.endBeforeStart(t.end, t.start) });
  });

export type Training = z.output<typeof trainingSchema>;

export function parseTrainingFile(data: unknown, file: string): Training {
  return parseConfig(trainingSchema, data, file, RECORDS().what.training);
}

export function readTrainingFile(path: string): Training {
  return parseTrainingFile(readConfigFile(path), path);
}
