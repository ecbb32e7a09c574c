// The take-over config: what `downtime sop` reads. zod checks the shape (types, IPv4, enums) and
// names the field path; the procedure's *meaning* (same address, fencing, GARP…) is left to the
// linter, so one run reports every slip with its path instead of stopping at the first.
import { z } from 'zod';
import { SOP } from '../../wording/sop.js';
import { PACK } from '../../wording/pack.js';

/** The schema's messages, read when a config is checked (the language is set by then). */
const S = () => SOP().schema;

/** Action kinds a sub-step can be; each has a default wording and default commands (defaults.ts). */
export const ACTION_KINDS = [
  'fence',
  'stop-db',
  'unmount',
  'release-diskset',
  'vip-remove',
  'take-diskset',
  'mount',
  'check-ownership',
  'vip-add',
  'garp',
  'start-db',
  'check-db',
  'smoke-test',
  'notify',
  'log',
  'custom',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTORS = ['petugas', 'kepala', 'unit'] as const;
export type Actor = (typeof ACTORS)[number];

export const PROCEDURE_KEYS = ['takeover', 'failback', 'drill'] as const;
export type ProcedureKey = (typeof PROCEDURE_KEYS)[number];

const text = z.string().trim().min(1, { error: () => S().notEmpty });
// YAML reads 2022-11-25 as a Date and 01 as the number 1: accept both and keep the user's meaning.
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => S().isoDate }),
);
const revision = z.preprocess(
  (v) => (typeof v === 'number' ? String(v).padStart(2, '0') : v),
  z.string().regex(/^\d{2}$/, { error: () => S().revision }),
);
const commandList = z.array(text);

const actionSchema = z.object({
  do: z.enum(ACTION_KINDS, { error: () => S().actionKind(ACTION_KINDS.join(', ')) }),
  /** Replaces the default wording of this kind. Required for `custom`. */
  text: text.optional(),
  /** Replaces the default commands of this kind for this sub-step only; [] means "no command". */
  commands: commandList.optional(),
});
export type ActionConfig = z.infer<typeof actionSchema>;

const stepSchema = z.object({
  title: text,
  /** Host key (primary/backup) or host name; omitted for steps done at a client or by people. */
  host: text.optional(),
  /** Account used to log in; must be listed under `accounts`. */
  user: text.optional(),
  /** How the account logs in; telnet is accepted so a legacy runbook can be linted, and warned about. */
  via: z.enum(['ssh', 'console', 'telnet']).optional(),
  actor: z.enum(ACTORS).default('petugas'),
  targetMinutes: z.number().positive({ error: () => S().targetMinutes }),
  output: text.optional(),
  actions: z.array(actionSchema).min(1, { error: () => S().oneAction }),
});
export type StepConfig = z.infer<typeof stepSchema>;

const procedureSchema = z.object({
  /** A paragraph printed after the template's intro (e.g. when failback is scheduled). */
  intro: text.optional(),
  steps: z.array(stepSchema),
});
export type ProcedureConfig = z.infer<typeof procedureSchema>;

const hostSchema = z.object({
  name: text,
  address: z.ipv4({ error: () => S().ipv4('192.168.20.221') }),
  description: text.optional(),
});
export type HostConfig = z.infer<typeof hostSchema>;

/** The messages of `history[].cause`; the pack checks the cause against the store (MRMIK 13.1 c). */
const C = () => PACK().cause;
const recordNumber = (message: () => string) => z.number({ error: message }).int({ error: message }).positive({ error: message });

/**
 * What caused a revision: the evaluation of incident N and/or follow-up action N (or several), by
 * the numbers `downtime list` and `downtime actions` show. Strict, so a misspelt key (`insiden:`)
 * is named instead of silently dropped. Read as { incident, actions } whatever the user wrote.
 */
export const revisionCause = z
  .strictObject({
    incident: recordNumber(() => C().incidentNumber).optional(),
    action: z.union([recordNumber(() => C().actionNumber), z.array(recordNumber(() => C().actionNumber)).min(1, { error: () => C().actionNumber })], { error: () => C().actionNumber }).optional(),
  })
  .refine((c) => c.incident != null || c.action != null, { error: () => C().empty })
  .transform((c) => ({ incident: c.incident ?? null, actions: c.action == null ? [] : Array.isArray(c.action) ? c.action : [c.action] }));
export type RevisionCause = z.output<typeof revisionCause>;

/** The document identity (MRMIK 3) every SPO config carries, whatever its procedure. */
export const sopDocumentSchema = z.object({
    // Optional here: a missing identity field is a lint error with its path, reported with the rest.
    title: text.optional(),
    number: text.optional(),
    revision: revision.optional(),
    issuedOn: isoDate.optional(),
    /** The director's regulation KEBIJAKAN cites, e.g. "Peraturan Direktur … Nomor … tentang …". */
    regulation: text.optional(),
    /** Base name of the output files; default `spo-takeover-server`. */
    // Starts with a letter or digit: "..", ".x" gave hidden files ("...pdf"). At most 120 characters:
    // with "-en", the extension and the temporary name of an atomic write it stays under the
    // 255-byte limit of a file name (300 gave ENAMETOOLONG).
    fileName: z
      .string()
      .max(120, { error: () => S().fileNameLength })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: () => S().fileNameChars })
      .optional(),
    /** Overrides the profile's director (signatories.acknowledgedBy) as the approver. */
    approvedBy: z.object({ position: text, name: text, nip: z.string().optional() }).optional(),
    history: z
      .array(z.object({ revision, date: isoDate, change: text, content: text.optional(), cause: revisionCause.optional() }))
      .default([]),
  });

export const sopConfigSchema = z.object({
  /** Optional in a take-over config ("takeover"); a unit procedure says kind: units. */
  kind: z.literal('takeover').optional(),
  document: sopDocumentSchema,
  /** Operational cautions printed in "Hal-hal yang perlu diperhatikan" (lint findings never are). */
  cautions: z.array(text).default([]),
  hosts: z.object({ primary: hostSchema, backup: hostSchema }),
  vip: z.object({
    address: z.ipv4({ error: () => S().ipv4('192.168.20.220') }),
    prefix: z.number().int().min(8).max(32),
    interface: text,
  }),
  storage: z.object({
    volumeGroup: text,
    device: text,
    mountPoint: text,
  }),
  database: z.object({
    service: text.default('postgresql'),
    user: text.default('postgres'),
    dataDir: text,
    port: z.number().int().positive().default(5432),
  }),
  /** Minutes the on-call engineer tries to bring the primary back before the take-over decision. */
  decideAfterMinutes: z.number().positive().default(15),
  /** Accounts the steps log in with; `sudo: true` marks an administrator account. */
  accounts: z.array(z.object({ name: text, sudo: z.boolean().default(false) })).min(1),
  /** Per-kind replacements of the default commands, e.g. `start-db: ["sudo systemctl start postgresql-14"]`. */
  commands: z.partialRecord(z.enum(ACTION_KINDS), commandList).default({}),
  units: z.array(text).min(1, { error: () => S().unitsToNotify }),
  smokeTests: z.array(z.object({ name: text, how: text, expect: text.optional() })).min(1, { error: () => S().smokeTests }),
  contacts: z.array(z.object({ role: text, name: text.optional(), phone: text.optional() })).default([]),
  relatedDocuments: z.array(text).default([]),
  procedures: z.object({
    takeover: procedureSchema.optional(),
    failback: procedureSchema.optional(),
    drill: procedureSchema.optional(),
  }),
});

export type SopConfig = z.infer<typeof sopConfigSchema>;
