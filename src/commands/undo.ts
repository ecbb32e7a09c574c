import type { CommandModule } from 'yargs';
import { UserError } from '../errors.js';
import { resolveDbPath, withProfileOption } from './options.js';
import { commandDescription } from './help-text.js';
import { language } from '../wording/lang.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface UndoArgs {
  batch: string;
  db?: string;
  profile: string;
  'dry-run': boolean;
  json: boolean;
}

const SHOWN = 5;

export const undoCommand: CommandModule<object, UndoArgs> = {
  command: 'undo <batch>',
  describe: commandDescription('undo'),
  builder: (y) =>
    withProfileOption(y)
      .positional('batch', { type: 'string', demandOption: true, describe: COMMAND_HELP().undo.batch })
      .option('dry-run', { type: 'boolean', default: false, describe: COMMAND_HELP().undo.dryRun })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.json })
      .example(exampleList(COMMAND_HELP().undo.examples)) as never,
  handler: async (argv) => {
    const { loadProfile } = await import('../profile.js');
    const { formatInstant } = await import('../format.js');
    const { openStore } = await import('../store/store.js');
    const W = COMMANDS().undo;
    const id = Number(String(argv.batch).replace(/^#/, ''));
    if (!Number.isInteger(id) || id <= 0) throw new UserError(W.invalidNumber(String(argv.batch)));
    const profile = loadProfile(argv.profile);
    const dbPath = resolveDbPath(argv.db);
    const dry = argv['dry-run'];
    // Everything is checked on a read-only open: a refused undo leaves the store byte for byte as
    // it was. The real removal checks attached records again, inside its transaction.
    const reader = openStore(dbPath, { readonly: true });
    let batch;
    let incidents;
    try {
      batch = reader.batchById(id);
      if (!batch) throw new UserError(W.notFound(id, dbPath));
      incidents = reader.batchIncidents(id);
      reader.refuseIfAttached(id, W.what);
    } finally {
      reader.close();
    }
    const store = dry ? null : openStore(dbPath);
    try {
      store?.removeBatch(id);
      const titles = incidents.map((i) => i.title);
      if (argv.json) {
        process.stdout.write(
          `${JSON.stringify({ dryRun: dry, batchId: id, file: batch.file, importedAt: batch.importedAt, removed: incidents.length, incidents: incidents.map((i) => ({ id: i.id, title: i.title, start: i.start, source: i.source })) }, null, 2)}\n`,
        );
        return;
      }
      const when = formatInstant(batch.importedAt, profile.hospital.timeZone, language());
      process.stdout.write(`${W.done(id, batch.file, when, dry, incidents.length)}\n`);
      for (const t of titles.slice(0, SHOWN)) process.stdout.write(`  - ${t}\n`);
      if (titles.length > SHOWN) process.stdout.write(`  ${W.more(titles.length - SHOWN)}\n`);
      process.stdout.write(`${dry ? COMMANDS().shared.dryRunUnchanged : W.canReimport(batch.file)}\n`);
    } finally {
      store?.close();
    }
  },
};
