// `downtime action done N --evidence "…"`: closes one follow-up of the register, with its evidence.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/store.js';
import { language } from '../wording/lang.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface ActionArgs {
  verb: string;
  n: string;
  db?: string;
  profile: string;
  evidence?: string;
}

export const actionCommand: CommandModule<object, ActionArgs> = {
  command: 'action <verb> <n>',
  describe: commandDescription('action'),
  builder: (y) =>
    withProfileOption(y)
      .positional('verb', { choices: ['done'], demandOption: true, describe: COMMAND_HELP().action.verb })
      .positional('n', { type: 'string', demandOption: true, describe: COMMAND_HELP().action.n })
      .option('evidence', { type: 'string', describe: COMMAND_HELP().action.evidence })
      .example(exampleList(COMMAND_HELP().action.examples)) as never,
  handler: async (argv) => {
    const { writeSession } = await import('../workflow/session.js');
    const { parseId } = await import('../records/at.js');
    const { formatInstant } = await import('../format.js');
    const W = COMMANDS().action;
    const n = parseId(argv.n, 'action');
    const evidence = argv.evidence?.trim();
    if (!evidence) throw new UserError(W.needEvidence);
    const check = ({ store, zone }: { store: Store; zone: string }) => {
      const a = store.cycle.action(n);
      if (!a) throw new UserError(W.notFound(n));
      // doneAt is the UTC instant it was closed: said in the hospital's time.
      if (a.status === 'done') throw new UserError(W.already(n, a.doneAt ? formatInstant(a.doneAt, zone, language()) : null, a.evidence ?? '–'));
      return a;
    };
    const a = writeSession(argv, check, (s) => {
      const a = check(s);
      s.store.cycle.completeAction(n, evidence, s.now.toISOString());
      return a;
    });
    process.stdout.write(`${W.done(n, a.action)}\n`);
  },
};
