// `downtime action done N --evidence "…"`: closes one follow-up of the register, with its evidence.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { parseId } from '../records/at.js';
import { writeSession } from '../records/session.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/store.js';

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
      .positional('verb', { choices: ['done'], demandOption: true, describe: 'done: tandai selesai' })
      .positional('n', { type: 'string', demandOption: true, describe: 'Nomor tindak lanjut (lihat downtime actions)' })
      .option('evidence', { type: 'string', describe: 'Bukti penyelesaian (wajib), mis. "SPO revisi 02, notulen 5/9"' })
      .example('$0 action done 3 --evidence "UPS diganti, BA serah terima 14/09/2023"', 'Tindak lanjut #3 selesai') as never,
  handler: (argv) => {
    const n = parseId(argv.n, 'tindak lanjut');
    const evidence = argv.evidence?.trim();
    if (!evidence) throw new UserError('Sebutkan buktinya: downtime action done N --evidence "…"');
    const check = ({ store }: { store: Store }) => {
      const a = store.cycle.action(n);
      if (!a) throw new UserError(`Tindak lanjut #${n} tidak ada. Lihat daftarnya dengan: downtime actions`);
      if (a.status === 'done') throw new UserError(`Tindak lanjut #${n} sudah selesai (${a.doneAt ? `${a.doneAt}; ` : ''}bukti: ${a.evidence ?? '–'}).`);
      return a;
    };
    const a = writeSession(argv, check, (s) => {
      const a = check(s);
      s.store.cycle.completeAction(n, evidence, s.now.toISOString());
      return a;
    });
    process.stdout.write(`Tindak lanjut #${n} selesai: ${a.action}\n`);
  },
};
