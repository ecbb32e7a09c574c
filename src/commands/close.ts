// `downtime close ID [--at]`: the outage is over; its end and a "recovered" timeline entry.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { UserError } from '../errors.js';
import { language } from '../wording/lang.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface CloseArgs {
  id: string;
  db?: string;
  profile: string;
  at?: string;
  by?: string;
}

export const closeCommand: CommandModule<object, CloseArgs> = {
  command: 'close <id>',
  describe: commandDescription('close'),
  builder: (y) =>
    withProfileOption(y)
      .positional('id', { type: 'string', demandOption: true, describe: COMMAND_HELP().close.id })
      .option('at', { type: 'string', describe: COMMAND_HELP().close.at })
      .option('by', { type: 'string', describe: COMMAND_HELP().shared.officer })
      .example(exampleList(COMMAND_HELP().close.examples)) as never,
  handler: async (argv) => {
    const { requireIncident, writeSession } = await import('../workflow/session.js');
    const { officer, parseAt, parseId } = await import('../records/at.js');
    const { formatDuration } = await import('../format.js');
    const { isoInZone } = await import('../util/zone.js');
    const id = parseId(argv.id);
    const W = COMMANDS().close;
    const check = ({ store, zone, now }: { store: import('../store/store.js').Store; zone: string; now: Date }) => {
      const inc = requireIncident(store, id);
      if (inc.voided) throw new UserError(W.voided(id, inc.voidReason ?? ''));
      if (inc.endMs != null || (inc.durationMinutes != null && inc.precision === 'minute')) {
        throw new UserError(W.alreadyClosed(id, inc.end ?? W.afterMinutes(inc.durationMinutes ?? 0)));
      }
      if (inc.precision !== 'minute') throw new UserError(W.onlyKnown(id, inc.precision));
      const endMs = parseAt('--at', argv.at, zone, now);
      if (endMs < inc.startMs) throw new UserError(W.beforeStart(String(argv.at), isoInZone(zone, endMs), id, inc.start));
      return endMs;
    };
    const result = writeSession(argv, check, (s) => {
      const end = check(s);
      const by = officer(argv.by, s.profile);
      const iso = isoInZone(s.zone, end);
      const stored = COMMANDS.in('id').stored;
      s.store.setField(id, 'end', iso, stored.closedReason);
      s.store.cycle.addEvent({ incidentId: id, at: iso, atMs: end, type: 'recovered', text: stored.recovered, estimateMinutes: null, recordedAt: s.now.toISOString(), recordedBy: by });
      return requireIncident(s.store, id);
    });
    process.stdout.write(`${W.closed(id, result.end ?? '', formatDuration(result.durationMinutes, language()))}\n`);
  },
};
