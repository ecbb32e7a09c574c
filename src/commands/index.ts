import yargs, { type Argv, type CommandModule } from 'yargs';
import { UserError } from '../errors.js';
import { HELP, YARGS } from '../wording/help.js';
import { language, setLanguage } from '../wording/lang.js';
import { COMMAND_NAMES, SIGNATURES, commandDescription, helpWidth, packageVersion, type CommandName } from './help-text.js';
import { LANG_OPTION } from './options.js';

// Every command, registered explicitly, each behind a loader: the CLI evaluates only the modules of
// the command on its command line (`downtime report` does not load the importer's readers and
// normalisers, ~50 ms). With no command named (a typo, `--db x --help`; plain `downtime --help`
// does not even get here, see src/cli.ts) the commands are registered by name and description
// only, so no command module loads — none of zod, yaml, better-sqlite3, luxon or cli-progress.
// A command's own `--help` loads its module, since yargs needs its builder; the command modules
// import what only their handler needs (profile, store, luxon, cli-progress…) inside the handler,
// so `downtime report --help` loads yargs and the wording, not zod, yaml or better-sqlite3.
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

/**
 * The commands named anywhere in `args` (a token equal to a command name; an option value that
 * happens to be one only loads a module too many). When none is named, no handler can run: yargs
 * only lists the commands or suggests the nearest one, so a name and a description are enough.
 */
export async function loadCommands(args: readonly string[]): Promise<AnyCommand[]> {
  const named = COMMAND_NAMES.filter((name) => args.includes(name));
  if (named.length) return Promise.all(named.map(async (name) => wordedDefaults(await LOADERS[name]())));
  return COMMAND_NAMES.map((name) => ({ command: SIGNATURES[name], describe: commandDescription(name), handler: () => undefined }));
}

/** What yargs keeps of a command's options, as far as `wordedDefaults` reads it. */
interface OptionTable {
  boolean: string[];
  default: Record<string, unknown>;
  defaultDescription: Record<string, string | undefined>;
}

/**
 * yargs shows a flag's default as the JavaScript value: "[ya/tidak] [bawaan: false]". After the
 * command's builder, every flag that is off by default gets its default said in words instead.
 */
function wordedDefaults(command: AnyCommand): AnyCommand {
  const { builder } = command;
  if (typeof builder !== 'function') return command;
  return {
    ...command,
    builder: (y: Argv) => {
      const built = (builder(y) ?? y) as Argv;
      const options = (built as unknown as { getOptions(): OptionTable }).getOptions();
      for (const key of options.boolean) {
        if (options.default[key] === false && !options.defaultDescription[key]) built.default(key, false, HELP().off);
      }
      return built;
    },
  };
}

/**
 * yargs lays out the whole help text after starting every command's handler, in case the handler
 * later asks for it (usage.cacheHelpMessage, for async handlers): ≈ 50 ms of string-width and
 * wrapping on each run. No handler here shows help (a refusal is a UserError naming `--help`), and
 * `--help` itself does not go through a handler, so the cache is never read: skip it.
 */
function skipHelpCache(parser: Argv): void {
  const internal = (parser as unknown as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } }).getInternalMethods?.();
  const usage = internal?.getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

/**
 * The whole command line: global options, yargs' words in the language set before (src/cli.ts
 * reads `--lang` from the arguments first, so even the command descriptions follow it), and the
 * commands `args` names. A refused command line is a UserError pointing at the help to read.
 * `wrapAt` is the help's width (the terminal's, at most 110).
 */
export async function buildParser(args: readonly string[], wrapAt = helpWidth()): Promise<Argv> {
  const lang = language();
  const H = HELP();
  const command = args.find((a): a is CommandName => (COMMAND_NAMES as readonly string[]).includes(a)) ?? '';
  const parser = yargs([...args])
    .scriptName('downtime')
    .locale(lang)
    .updateStrings(YARGS() as unknown as Record<string, string>)
    .usage(H.usage)
    .option('db', { type: 'string', describe: H.db, global: true })
    .option('lang', { ...LANG_OPTION(), global: true })
    // The language was read from the arguments before yargs ran; this keeps the two in step.
    .middleware((argv) => {
      if (argv.lang === 'id' || argv.lang === 'en') setLanguage(argv.lang);
    })
    .strict()
    .demandCommand(1, H.demandCommand)
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version(packageVersion())
    .wrap(wrapAt)
    .fail((msg, err) => {
      if (err) throw err;
      throw new UserError(`${msg}\n${H.seeHelp(command)}`);
    });
  for (const c of await loadCommands(args)) parser.command(c);
  skipHelpCache(parser);
  return parser;
}
