import type { CommandModule } from 'yargs';

// Every command, registered explicitly, each behind a loader: the CLI evaluates only the modules of
// the command on its command line (`downtime report` does not load the importer's readers and
// normalisers, ~50 ms). Each command file also loads its heavy modules (exceljs, pdfkit, docx)
// inside its handler so that `--help` stays fast.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandModule<any, any>;

const LOADERS: Record<string, () => Promise<AnyCommand>> = {
  import: async () => (await import('./import.js')).importCommand,
  inspect: async () => (await import('./inspect.js')).inspectCommand,
  list: async () => (await import('./list.js')).listCommand,
  batches: async () => (await import('./batches.js')).batchesCommand,
  undo: async () => (await import('./undo.js')).undoCommand,
  stats: async () => (await import('./stats.js')).statsCommand,
  report: async () => (await import('./report.js')).reportCommand,
  sop: async () => (await import('./sop.js')).sopCommand,
};

/**
 * The commands named anywhere in `args` (a token equal to a command name; an option value that
 * happens to be one only loads a module too many), or all of them when none is named — for
 * `downtime --help`, a typo (yargs then suggests the nearest) or no command at all.
 */
export async function loadCommands(args: readonly string[]): Promise<AnyCommand[]> {
  const named = Object.keys(LOADERS).filter((name) => args.includes(name));
  return Promise.all((named.length ? named : Object.keys(LOADERS)).map((name) => LOADERS[name]!()));
}
