// `downtime attest --month 2023-08 --none`: a month with no downtime is recorded, not assumed.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/store.js';
import { language } from '../wording/lang.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface AttestArgs {
  db?: string;
  profile: string;
  month: string;
  none: boolean;
  by?: string;
  note?: string;
}

export const attestCommand: CommandModule<object, AttestArgs> = {
  command: 'attest',
  describe: commandDescription('attest'),
  builder: (y) =>
    withProfileOption(y)
      .option('month', { type: 'string', demandOption: true, describe: COMMAND_HELP().attest.month })
      .option('none', { type: 'boolean', default: false, describe: COMMAND_HELP().attest.none })
      .option('by', { type: 'string', describe: COMMAND_HELP().attest.by })
      .option('note', { type: 'string', describe: COMMAND_HELP().attest.note })
      .example(exampleList(COMMAND_HELP().attest.examples)) as never,
  handler: async (argv) => {
    const { writeSession } = await import('../workflow/session.js');
    const { officer } = await import('../records/at.js');
    const { formatInstant } = await import('../format.js');
    const { partsInZone } = await import('../util/zone.js');
    const { resolvePeriod } = await import('../period.js');
    const W = COMMANDS().attest;
    if (!argv.none) throw new UserError(W.onlyNone);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(argv.month)) throw new UserError(W.monthFormat(argv.month));
    const check = ({ store, zone, now }: { store: Store; zone: string; now: Date }) => {
      const period = resolvePeriod({ month: argv.month }, zone, now);
      const today = partsInZone(zone, now.getTime());
      if (argv.month > `${today.year}-${String(today.month).padStart(2, '0')}`) throw new UserError(W.notPast(argv.month));
      const existing = store.cycle.attestation(argv.month);
      // `at` is the UTC instant it was recorded: said in the hospital's time, as a clerk reads it.
      if (existing) throw new UserError(W.already(argv.month, existing.by, formatInstant(existing.at, zone, language())));
      const recorded = store.listIncidents(period).filter((i) => i.startMs >= period.fromMs && i.startMs < period.toMs);
      if (recorded.length) {
        throw new UserError(W.hasIncidents(argv.month, recorded.length, recorded[0]!.id, recorded[0]!.title));
      }
    };
    const by = writeSession(
      argv,
      (s) => check(s),
      (s) => {
        check(s);
        const by = officer(argv.by, s.profile);
        s.store.cycle.attest({ month: argv.month, none: true, by, at: s.now.toISOString(), note: argv.note?.trim() || null });
        return by;
      },
      { create: true },
    );
    process.stdout.write(`${W.attested(argv.month, by)}\n`);
  },
};
