import type { CommandModule } from 'yargs';
import { commandDescription, type CommandName } from './help-text.js';

// Every command, registered explicitly, each behind a loader: the CLI evaluates only the modules of
// the command on its command line (`downtime report` does not load the importer's readers and
// normalisers, ~50 ms). With no command named (`downtime --help`, a typo, nothing at all) the
// commands are registered by name and description only, so the top-level help loads no command
// module — none of zod, yaml, better-sqlite3, luxon or cli-progress.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandModule<any, any>;

const LOADERS: Record<CommandName, () => Promise<AnyCommand>> = {
  import: async () => (await import('./import.js')).importCommand,
  inspect: async () => (await import('./inspect.js')).inspectCommand,
  list: async () => (await import('./list.js')).listCommand,
  batches: async () => (await import('./batches.js')).batchesCommand,
  undo: async () => (await import('./undo.js')).undoCommand,
  stats: async () => (await import('./stats.js')).statsCommand,
  report: async () => (await import('./report.js')).reportCommand,
  sop: async () => (await import('./sop.js')).sopCommand,
  open: async () => (await import('./open.js')).openCommand,
  close: async () => (await import('./close.js')).closeCommand,
  note: async () => (await import('./note.js')).noteCommand,
  show: async () => (await import('./show.js')).showCommand,
  edit: async () => (await import('./edit.js')).editCommand,
  void: async () => (await import('./void.js')).voidCommand,
  attest: async () => (await import('./attest.js')).attestCommand,
  actions: async () => (await import('./actions.js')).actionsCommand,
  action: async () => (await import('./action.js')).actionCommand,
  init: async () => (await import('./init.js')).initCommand,
  evaluate: async () => (await import('./evaluate.js')).evaluateCommand,
  form: async () => (await import('./form.js')).formCommand,
  notice: async () => (await import('./notice.js')).noticeCommand,
  drill: async () => (await import('./drill.js')).drillCommand,
  training: async () => (await import('./training.js')).trainingCommand,
  pack: async () => (await import('./pack.js')).packCommand,
};

const NAMES = Object.keys(LOADERS) as CommandName[];

/** The command line each module declares (its `command`), for the name-only registration. */
const SIGNATURES: Record<CommandName, string> = {
  import: 'import <files..>',
  inspect: 'inspect <file>',
  list: 'list',
  batches: 'batches',
  undo: 'undo <batch>',
  stats: 'stats',
  report: 'report',
  sop: 'sop',
  open: 'open <title>',
  close: 'close <id>',
  note: 'note <id> <text>',
  show: 'show <id>',
  edit: 'edit <id>',
  void: 'void <id>',
  attest: 'attest',
  actions: 'actions',
  action: 'action <verb> <n>',
  init: 'init',
  evaluate: 'evaluate <id>',
  form: 'form <id>',
  notice: 'notice <id>',
  drill: 'drill',
  training: 'training',
  pack: 'pack',
};

/**
 * The commands named anywhere in `args` (a token equal to a command name; an option value that
 * happens to be one only loads a module too many). When none is named, no handler can run: yargs
 * only lists the commands or suggests the nearest one, so a name and a description are enough.
 */
export async function loadCommands(args: readonly string[]): Promise<AnyCommand[]> {
  const named = NAMES.filter((name) => args.includes(name));
  if (named.length) return Promise.all(named.map((name) => LOADERS[name]()));
  return NAMES.map((name) => ({ command: SIGNATURES[name], describe: commandDescription(name), handler: () => undefined }));
}
