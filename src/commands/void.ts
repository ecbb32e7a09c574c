// `downtime void ID --reason "…"`: the incident leaves every figure but stays in the store, with a
// correction row saying who took it out and why (`list --all` and `show` still show it).
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { officer, parseId } from '../records/at.js';
import { requireIncident, writeSession } from '../records/session.js';
import { UserError } from '../errors.js';
import { isoInZone } from '../util/zone.js';
import type { Store } from '../store/store.js';

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
      .positional('id', { type: 'string', demandOption: true, describe: 'Nomor insiden' })
      .option('reason', { type: 'string', describe: 'Alasan (wajib)' })
      .option('by', { type: 'string', describe: 'Petugas; bawaan: officer di profil' })
      .example('$0 void 14 --reason "Tercatat dua kali, sama dengan insiden 12"', 'Keluarkan dari semua angka, tanpa menghapus') as never,
  handler: (argv) => {
    const id = parseId(argv.id);
    const reason = argv.reason?.trim();
    if (!reason) throw new UserError('Sebutkan alasan: downtime void ID --reason "…"');
    const check = ({ store }: { store: Store }) => {
      const inc = requireIncident(store, id);
      if (inc.voided) throw new UserError(`Insiden ${id} sudah dibatalkan (void) sebelumnya: ${inc.voidReason ?? ''}`);
    };
    const c = writeSession(argv, check, (s) => {
      check(s);
      return s.store.correct({ incidentId: id, field: 'voided', newValue: '1', at: isoInZone(s.zone, s.now.getTime()), by: officer(argv.by, s.profile), reason });
    });
    process.stdout.write(`Insiden ${id} dibatalkan dari perhitungan (koreksi #${c.id}); tetap tersimpan, lihat: downtime show ${id}\n`);
  },
};
