// drill.yaml: one drill (simulasi) of a procedure of the take-over SOP (data/sop/spo-takeover-server.yaml) —
// date, procedure, participants with role and unit, measured start and end per step, findings and
// follow-up actions (MRMIK 13.1 b). The procedure must exist in the SOP config and the step
// numbers must be its steps; a step not measured is a warning (the report shows it as failed).
import { z } from 'zod';
import { parseConfig, readConfigFile } from '../config.js';
import { PROCEDURE_KEYS, type ProcedureKey, type SopConfig } from '../documents/sop/schema.js';
import { actionSchema, clockTime, isoDate, say, text, type FileWarning } from './common-file.js';
import { RECORDS } from '../wording/records.js';

const participantSchema = z.strictObject({
  name: text,
  /** Role in the drill: pelaksana, pengamat, koordinator … */
  role: text,
  unit: text,
  position: text.optional(),
});

const stepSchema = z.strictObject({
  /** 1-based number of the step in the SOP procedure. */
  step: z.number(say((w) => w.drill.step)).int().min(1),
  start: clockTime,
  end: clockTime,
  note: text.optional(),
});

/** `date`: the drill's own date read ahead from the file (when valid), so a due date before it is named with every other mistake. */
function drillSchema(sop: Pick<SopConfig, 'procedures'>, date?: string) {
  return z
    .strictObject({
      date: isoDate,
      procedure: z.enum(PROCEDURE_KEYS, say((w) => w.drill.procedure(PROCEDURE_KEYS.join(', ')))),
      title: text.optional(),
      place: text.optional(),
      scenario: text.optional(),
      participants: z.array(participantSchema).min(1, say((w) => w.drill.participants)),
      steps: z.array(stepSchema).min(1, say((w) => w.drill.steps)),
      findings: z.array(text).default([]),
      actions: actionsSchema(date),
    })
    .superRefine((d, ctx) => {
      const W = RECORDS();
      const proc = sop.procedures[d.procedure];
      if (!proc) {
        ctx.addIssue({ code: 'custom', path: ['procedure'], message: W.drill.noProcedure(d.procedure) });
        return;
      }
      const seen = new Set<number>();
      d.steps.forEach((s, i) => {
        if (s.step > proc.steps.length) ctx.addIssue({ code: 'custom', path: ['steps', i, 'step'], message: W.drill.tooFewSteps(d.procedure, proc.steps.length) });
        if (seen.has(s.step)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'step'], message: W.drill.twice(s.step) });
        seen.add(s.step);
        // A drill runs within one day; an end before the start is a typing slip, not midnight.
        if (s.end < s.start) ctx.addIssue({ code: 'custom', path: ['steps', i, 'end'], message: W.field.endBeforeStart(s.end, s.start) });
      });
    });
}

/** Actions are checked once the drill's date is known: none may be due before it. */
function actionsSchema(date: string | undefined) {
  return z.array(actionSchema(date ? { date, what: RECORDS().action.ofDrill } : undefined)).default([]);
}

export type Drill = z.output<ReturnType<typeof drillSchema>>;

function dateOf(data: unknown): string | undefined {
  const r = isoDate.safeParse((data as { date?: unknown } | null)?.date);
  return r.success ? r.data : undefined;
}
export type { ProcedureKey };

export function parseDrillFile(data: unknown, file: string, sop: Pick<SopConfig, 'procedures'>): { drill: Drill; warnings: FileWarning[] } {
  const drill = parseConfig(drillSchema(sop, dateOf(data)), data, file, RECORDS().what.drill);
  const steps = sop.procedures[drill.procedure]!.steps;
  const warnings: FileWarning[] = [];
  steps.forEach((s, i) => {
    if (!drill.steps.some((m) => m.step === i + 1)) warnings.push({ path: 'steps', message: RECORDS().drill.notMeasured(i + 1, s.title) });
  });
  return { drill: { ...drill, steps: [...drill.steps].sort((a, b) => a.step - b.step) }, warnings };
}

export function readDrillFile(path: string, sop: Pick<SopConfig, 'procedures'>): { drill: Drill; warnings: FileWarning[] } {
  return parseDrillFile(readConfigFile(path), path, sop);
}
