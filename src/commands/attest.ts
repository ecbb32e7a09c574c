// `downtime attest --month 2023-08 --none`: a month with no downtime is recorded, not assumed.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { officer } from '../records/at.js';
import { writeSession } from '../records/session.js';
import { UserError } from '../errors.js';
import { resolvePeriod } from '../period.js';
import { partsInZone } from '../util/zone.js';
import type { Store } from '../store/store.js';

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
      .option('month', { type: 'string', demandOption: true, describe: 'Bulan YYYY-MM' })
      .option('none', { type: 'boolean', default: false, describe: 'Menyatakan tidak ada downtime pada bulan itu' })
      .option('by', { type: 'string', describe: 'Yang menyatakan; bawaan: officer di profil' })
      .option('note', { type: 'string', describe: 'Keterangan, mis. "Dicek dari log Uptime Kuma"' })
      .example('$0 attest --month 2023-08 --none --note "Log monitoring bersih"', 'Agustus 2023: nihil downtime (bukan "tidak ada data")') as never,
  handler: (argv) => {
    if (!argv.none) throw new UserError('Saat ini hanya pernyataan nihil yang dicatat: downtime attest --month YYYY-MM --none');
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(argv.month)) throw new UserError(`--month ${argv.month}: gunakan YYYY-MM, mis. --month 2023-08`);
    const check = ({ store, zone, now }: { store: Store; zone: string; now: Date }) => {
      const period = resolvePeriod({ month: argv.month }, zone, now);
      const today = partsInZone(zone, now.getTime());
      if (argv.month > `${today.year}-${String(today.month).padStart(2, '0')}`) throw new UserError(`--month ${argv.month}: bulan itu belum berlalu.`);
      const existing = store.cycle.attestation(argv.month);
      if (existing) throw new UserError(`Bulan ${argv.month} sudah dinyatakan nihil oleh ${existing.by} (${existing.at}).`);
      const recorded = store.listIncidents(period).filter((i) => i.startMs >= period.fromMs && i.startMs < period.toMs);
      if (recorded.length) {
        throw new UserError(`Bulan ${argv.month} berisi ${recorded.length} insiden (mis. #${recorded[0]!.id} ${recorded[0]!.title}); tidak bisa dinyatakan nihil. Bila insiden itu salah catat: downtime void ID --reason "…"`);
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
    process.stdout.write(`Bulan ${argv.month} dinyatakan nihil downtime oleh ${by}.\n`);
  },
};
