// `downtime note ID "…"`: one timeline entry — units informed, an estimate given, a decision taken.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { UserError } from '../errors.js';
import { EVENT_TYPES, type EventType } from '../store/cycle.js';
import type { Store } from '../store/store.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface NoteArgs {
  id: string;
  text: string;
  db?: string;
  profile: string;
  at?: string;
  type?: EventType;
  estimate?: number;
  by?: string;
}

export const noteCommand: CommandModule<object, NoteArgs> = {
  command: 'note <id> <text>',
  describe: commandDescription('note'),
  builder: (y) =>
    withProfileOption(y)
      .positional('id', { type: 'string', demandOption: true, describe: COMMAND_HELP().shared.incident })
      .positional('text', { type: 'string', demandOption: true, describe: COMMAND_HELP().note.text })
      .option('at', { type: 'string', describe: COMMAND_HELP().note.at })
      .option('type', { choices: EVENT_TYPES, describe: COMMAND_HELP().note.type })
      .option('estimate', { type: 'number', describe: COMMAND_HELP().note.estimate })
      .option('by', { type: 'string', describe: COMMAND_HELP().shared.officer })
      .example(exampleList(COMMAND_HELP().note.examples)) as never,
  handler: async (argv) => {
    const { requireIncident, writeSession } = await import('../workflow/session.js');
    const { officer, parseAt, parseId } = await import('../records/at.js');
    const { isoInZone } = await import('../util/zone.js');
    const id = parseId(argv.id);
    const W = COMMANDS().note;
    const type: EventType = argv.type ?? (argv.estimate != null ? 'estimate' : 'other');
    if (argv.estimate != null && (type !== 'estimate' || !Number.isFinite(argv.estimate) || argv.estimate <= 0)) {
      throw new UserError(W.estimateInvalid(String(argv.estimate)));
    }
    if (type === 'estimate' && argv.estimate == null) throw new UserError(W.estimateMissing);
    const text = argv.text.trim();
    if (!text) throw new UserError(W.empty);
    const check = ({ store, zone, now }: { store: Store; zone: string; now: Date }) => {
      const inc = requireIncident(store, id);
      const at = parseAt('--at', argv.at, zone, now);
      if (at < inc.startMs) throw new UserError(W.beforeStart(isoInZone(zone, at), id, inc.start));
      return at;
    };
    const eventId = writeSession(argv, check, (s) => {
      const at = check(s);
      return s.store.cycle.addEvent({
        incidentId: id,
        at: isoInZone(s.zone, at),
        atMs: at,
        type,
        text,
        estimateMinutes: argv.estimate ?? null,
        recordedAt: s.now.toISOString(),
        recordedBy: officer(argv.by, s.profile),
      });
    });
    process.stdout.write(`${W.added(eventId, id)}\n`);
  },
};
