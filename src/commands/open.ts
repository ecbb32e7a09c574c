// `downtime open "title"`: records an outage as it happens; prints the new incident's id.
import type { CommandModule } from 'yargs';
import { randomBytes } from 'node:crypto';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { CATEGORIES } from '../classify/categories.js';
import type { Category, Kind } from '../types.js';
import { UserError } from '../errors.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface OpenArgs {
  title: string;
  db?: string;
  profile: string;
  at?: string;
  kind: Kind;
  category?: Category;
  unit?: string;
  by?: string;
  json: boolean;
}

export const openCommand: CommandModule<object, OpenArgs> = {
  command: 'open <title>',
  describe: commandDescription('open'),
  builder: (y) =>
    withProfileOption(y)
      .positional('title', { type: 'string', demandOption: true, describe: COMMAND_HELP().open.title })
      .option('at', { type: 'string', describe: COMMAND_HELP().open.at })
      .option('kind', { choices: ['unplanned', 'planned'] as const, default: 'unplanned' as const, describe: COMMAND_HELP().open.kind })
      .option('category', { choices: CATEGORIES, describe: COMMAND_HELP().open.category })
      .option('unit', { type: 'string', describe: COMMAND_HELP().open.unit })
      .option('by', { type: 'string', describe: COMMAND_HELP().open.by })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().open.json })
      .example(exampleList(COMMAND_HELP().open.examples)) as never,
  handler: async (argv) => {
    const { loadProfile } = await import('../profile.js');
    const { writeSession } = await import('../workflow/session.js');
    const { officer, parseAt } = await import('../records/at.js');
    const { isoInZone } = await import('../util/zone.js');
    const { LIVE_FILE } = await import('../store/store.js');
    const title = argv.title.trim();
    if (!title) throw new UserError(COMMANDS().open.emptyTitle);
    // Checked before the store is opened: a refused open does not touch (or create) it.
    const profile = loadProfile(argv.profile);
    const zone = profile.hospital.timeZone;
    // A planned downtime may be recorded ahead (its notice goes out days before).
    const startMs = parseAt('--at', argv.at, zone, new Date(), { future: argv.kind === 'planned' });
    const by = officer(argv.by, profile);
    const stored = COMMANDS.in('id').stored;
    const id = writeSession(
      argv,
      () => undefined,
      ({ store, now }) => {
        return store.insertLiveIncident(
          {
            identity: `live:${randomBytes(16).toString('hex')}`,
            untilMs: null,
            kind: argv.kind,
            kindReason: stored.liveKind(argv.kind === 'planned'),
            title,
            start: isoInZone(zone, startMs),
            end: null,
            precision: 'minute',
            startMs,
            endMs: null,
            durationMinutes: null,
            cause: '',
            followUp: '',
            pic: by,
            unit: argv.unit?.trim() || null,
            category: argv.category ?? 'other',
            categoryReason: argv.category ? stored.liveCategory : stored.liveCategoryOpen,
            scope: 'internal',
            source: { file: LIVE_FILE, sheet: null, row: 0 },
            warnings: [],
            extra: {},
          },
          now,
        );
      },
      { create: true },
    );
    process.stdout.write(argv.json ? `${JSON.stringify({ id })}\n` : `${id}\n`);
  },
};
