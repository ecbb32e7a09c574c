// Reading a config the way the linter and the model both need it: which host a step names, which
// kinds a sub-step really performs (its declared kind plus what its commands do), with config paths.
import { ACTION_DEFAULTS, fill, placeholderValues } from './defaults.js';
import type { Lang } from '../../types.js';
import { PROCEDURE_KEYS, type ActionConfig, type ActionKind, type HostConfig, type ProcedureKey, type SopConfig, type StepConfig } from './schema.js';

export type HostKey = 'primary' | 'backup';

/** A step names a host by its key (primary/backup) or its name (serverdb/backup). */
export function resolveHost(config: SopConfig, ref: string | undefined): { key: HostKey; host: HostConfig } | null {
  if (ref == null) return null;
  for (const key of ['primary', 'backup'] as const) {
    const host = config.hosts[key];
    if (ref === key || ref === host.name) return { key, host };
  }
  return null;
}

export function otherHost(key: HostKey): HostKey {
  return key === 'primary' ? 'backup' : 'primary';
}

/** The commands a sub-step runs: its own list, else the config's per-kind list, else the default. */
export function actionCommands(config: SopConfig, action: ActionConfig, hostName: string | null, lang: Lang = 'id'): string[] {
  const raw = action.commands ?? config.commands[action.do] ?? ACTION_DEFAULTS[action.do].commands;
  const values = placeholderValues(config, lang, hostName);
  return raw.map((c) => fill(c, values));
}

// What a command does, recognised from its text: a custom sub-step that runs `vgchange -a y` takes
// the diskset whatever it is called, so fencing and GARP checks cannot be dodged by a label.
const COMMAND_KINDS: [ActionKind, RegExp][] = [
  ['take-diskset', /\bvgchange\s+-a\s*y\b|\bmetaset\b.*\s-t\b/],
  ['release-diskset', /\bvgchange\s+-a\s*n\b|\bmetaset\b.*\s-r\b/],
  ['mount', /(^|\s)mount\s+\S/],
  ['vip-add', /\bip\s+a(ddr(ess)?)?\s+add\b|\bifconfig\s+\S+:\d+\s+\d/],
  ['garp', /\barping\b/],
  ['fence', /\bpoweroff\b|\bipmitool\b.*power\s+off|\bshutdown\s+-h\b/],
];

export function effectiveKinds(action: ActionConfig, commands: string[]): Set<ActionKind> {
  const kinds = new Set<ActionKind>([action.do]);
  for (const c of commands) for (const [kind, re] of COMMAND_KINDS) if (re.test(c)) kinds.add(kind);
  return kinds;
}

export interface WalkedAction {
  procedure: ProcedureKey;
  stepIndex: number;
  actionIndex: number;
  step: StepConfig;
  action: ActionConfig;
  host: { key: HostKey; host: HostConfig } | null;
  commands: string[];
  kinds: Set<ActionKind>;
  path: string;
}

export function stepPath(procedure: ProcedureKey, stepIndex: number): string {
  return `procedures.${procedure}.steps[${stepIndex}]`;
}

/** Every sub-step of every procedure in document order, with its config path. */
export function walkActions(config: SopConfig): WalkedAction[] {
  const out: WalkedAction[] = [];
  for (const procedure of PROCEDURE_KEYS) {
    const steps = config.procedures[procedure]?.steps ?? [];
    steps.forEach((step, stepIndex) => {
      const host = resolveHost(config, step.host);
      step.actions.forEach((action, actionIndex) => {
        const commands = actionCommands(config, action, host?.host.name ?? null);
        out.push({
          procedure,
          stepIndex,
          actionIndex,
          step,
          action,
          host,
          commands,
          kinds: effectiveKinds(action, commands),
          path: `${stepPath(procedure, stepIndex)}.actions[${actionIndex}]`,
        });
      });
    });
  }
  return out;
}

/** Account names a command uses: `sudo -u X`, `su - X`, `ssh X@host`. */
export function usersInCommand(command: string): string[] {
  const users: string[] = [];
  for (const re of [/\bsudo\s+(?:-\S+\s+)*-u\s+([A-Za-z_][\w.-]*)/g, /\bsu\s+(?:-\s+|-l\s+)?([A-Za-z_][\w.-]*)/g, /\bssh\s+(?:-\S+\s+)*([A-Za-z_][\w.-]*)@/g]) {
    for (const m of command.matchAll(re)) if (m[1]) users.push(m[1]);
  }
  return users;
}
