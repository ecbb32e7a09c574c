// `downtime void ID --reason "…"`: the incident leaves every figure but stays in the store, with a
// correction row saying who took it out and why (`list --all` and `show` still show it).
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/store.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface VoidArgs {
  id: string;
  db?: string;
  profile: string;
  reason?: string;
  by?: string;
}

export const voidCommand: CommandModule<object, VoidArgs> = {
  command: 'void <id>',
  describe: commandDescription('void'),
  builder: (y) =>
    withProfileOption(y)
      .positional('id', { type: 'string', demandOption: true, describe: COMMAND_HELP().shared.incident })
      .option('reason', { type: 'string', describe: COMMAND_HELP().void.reason })
      .option('by', { type: 'string', describe: COMMAND_HELP().shared.officer })
      .example(exampleList(COMMAND_HELP().void.examples)) as never,
  handler: async (argv) => {
    const { requireIncident, writeSession } = await import('../workflow/session.js');
    const { officer, parseId } = await import('../records/at.js');
    const { isoInZone } = await import('../util/zone.js');
    const id = parseId(argv.id);
    const W = COMMANDS().void;
    const reason = argv.reason?.trim();
    if (!reason) throw new UserError(W.needReason);
    const check = ({ store }: { store: Store }) => {
      const inc = requireIncident(store, id);
      if (inc.voided) throw new UserError(W.already(id, inc.voidReason ?? ''));
    };
    const c = writeSession(argv, check, (s) => {
      check(s);
      return s.store.correct({ incidentId: id, field: 'voided', newValue: '1', at: isoInZone(s.zone, s.now.getTime()), by: officer(argv.by, s.profile), reason });
    });
    process.stdout.write(`${W.voided(id, c.id)}\n`);
  },
};
