// `downtime close ID [--at]`: the outage is over; its end and a "recovered" timeline entry.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { officer, parseAt, parseId } from '../records/at.js';
import { requireIncident, writeSession } from '../records/session.js';
import { isoInZone } from '../util/zone.js';
import { UserError } from '../errors.js';
import { formatDuration } from '../format.js';

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
      .positional('id', { type: 'string', demandOption: true, describe: 'Nomor insiden (dari downtime open)' })
      .option('at', { type: 'string', describe: 'Pulih: 10.15 (hari ini), 2023-08-01T10:15 atau ISO; bawaan: sekarang' })
      .option('by', { type: 'string', describe: 'Petugas; bawaan: officer di profil' })
      .example('$0 close 12 --at 10.15', 'Insiden 12 pulih pukul 10.15') as never,
  handler: (argv) => {
    const id = parseId(argv.id);
    const check = ({ store, zone, now }: { store: import('../store/store.js').Store; zone: string; now: Date }) => {
      const inc = requireIncident(store, id);
      if (inc.voided) throw new UserError(`Insiden ${id} sudah dibatalkan (void): ${inc.voidReason ?? ''}`);
      if (inc.endMs != null || (inc.durationMinutes != null && inc.precision === 'minute')) {
        throw new UserError(`Insiden ${id} sudah ditutup (selesai ${inc.end ?? `setelah ${inc.durationMinutes} menit`}). Untuk mengubah jam selesai: downtime edit ${id} --end … --reason "…"`);
      }
      if (inc.precision !== 'minute') throw new UserError(`Insiden ${id} hanya diketahui ${inc.precision === 'day' ? 'tanggalnya' : 'bulannya'}; isi lamanya dengan downtime edit ${id} --duration MENIT --reason "…"`);
      const endMs = parseAt('--at', argv.at, zone, now);
      if (endMs < inc.startMs) throw new UserError(`--at ${argv.at}: waktu pulih (${isoInZone(zone, endMs)}) lebih awal dari mulai insiden ${id} (${inc.start})`);
      return endMs;
    };
    const result = writeSession(argv, check, (s) => {
      const end = check(s);
      const by = officer(argv.by, s.profile);
      const iso = isoInZone(s.zone, end);
      s.store.setField(id, 'end', iso, 'ditutup');
      s.store.cycle.addEvent({ incidentId: id, at: iso, atMs: end, type: 'recovered', text: 'Layanan pulih', estimateMinutes: null, recordedAt: s.now.toISOString(), recordedBy: by });
      return requireIncident(s.store, id);
    });
    process.stdout.write(`Insiden ${id} ditutup: ${result.end}, lama ${formatDuration(result.durationMinutes)}.\n`);
  },
};
