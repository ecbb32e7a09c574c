// `downtime actions`: the follow-up register across incidents and drills (PDCA).
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { renderTextTable } from '../util/text-table.js';
import { partsInZone } from '../util/zone.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface ActionsArgs {
  db?: string;
  profile: string;
  open: boolean;
  overdue: boolean;
  json: boolean;
}

/** YYYY-MM-DD of an instant in the hospital's zone. */
function dateInZone(zone: string, ms: number): string {
  const p = partsInZone(zone, ms);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export const actionsCommand: CommandModule<object, ActionsArgs> = {
  command: 'actions',
  describe: commandDescription('actions'),
  builder: (y) =>
    withProfileOption(y)
      .option('open', { type: 'boolean', default: false, describe: COMMAND_HELP().actions.open })
      .option('overdue', { type: 'boolean', default: false, describe: COMMAND_HELP().actions.overdue })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.json })
      .example(exampleList(COMMAND_HELP().actions.examples)) as never,
  handler: async (argv) => {
    const { readSession } = await import('../workflow/session.js');
    const { rows, today, zone } = readSession(argv, ({ store, zone, now }) => {
      const today = dateInZone(zone, now.getTime());
      const all = store.cycle.actions();
      const rows = all
        .filter((a) => !(argv.open || argv.overdue) || a.status === 'open')
        .filter((a) => !argv.overdue || a.due < today)
        .map((a) => ({ ...a, overdue: a.status === 'open' && a.due < today }));
      return { rows, today, zone };
    });
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    const W = COMMANDS().actions;
    const body = rows.map((a) => [
      String(a.id),
      W.source(a.sourceKind, a.sourceId),
      a.incidentId == null ? '–' : String(a.incidentId),
      a.action,
      a.pic,
      a.due,
      // doneAt is a UTC instant: its date in the hospital's zone, not UTC's (after 17.00 WIB they differ).
      a.status === 'done' ? W.done(a.doneAt ? dateInZone(zone, Date.parse(a.doneAt)) : '') : a.overdue ? W.overdue : W.open,
      a.evidence ?? '',
    ]);
    process.stdout.write(renderTextTable([...W.head], body, { maxWidths: [5, 14, 8, 40, 20, 10, 16, 30] }));
    process.stdout.write(`${W.summary(rows.length, today)}\n`);
  },
};
