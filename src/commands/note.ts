// `downtime note ID "…"`: one timeline entry — units informed, an estimate given, a decision taken.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { officer, parseAt, parseId } from '../records/at.js';
import { requireIncident, writeSession } from '../records/session.js';
import { isoInZone } from '../util/zone.js';
import { UserError } from '../errors.js';
import { EVENT_TYPES, type EventType } from '../store/cycle.js';
import type { Store } from '../store/store.js';

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
      .positional('id', { type: 'string', demandOption: true, describe: 'Nomor insiden' })
      .positional('text', { type: 'string', demandOption: true, describe: 'Isi catatan' })
      .option('at', { type: 'string', describe: 'Waktu: 08.45 (hari ini), 2023-08-01T08:45 atau ISO; bawaan: sekarang' })
      .option('type', { choices: EVENT_TYPES, describe: 'informed = unit diberi tahu, estimate = perkiraan pulih, decision = keputusan (mis. take over), recovered, other' })
      .option('estimate', { type: 'number', describe: 'Perkiraan lama downtime dari mulai (menit); jenisnya estimate' })
      .option('by', { type: 'string', describe: 'Petugas; bawaan: officer di profil' })
      .example('$0 note 12 "Unit rawat jalan & IGD diberi tahu via grup WA" --type informed --at 08.40', 'Waktu unit diberi tahu')
      .example('$0 note 12 "Perkiraan pulih pukul 10.00" --estimate 90', 'Perkiraan yang disampaikan ke unit') as never,
  handler: (argv) => {
    const id = parseId(argv.id);
    const type: EventType = argv.type ?? (argv.estimate != null ? 'estimate' : 'other');
    if (argv.estimate != null && (type !== 'estimate' || !Number.isFinite(argv.estimate) || argv.estimate <= 0)) {
      throw new UserError(`--estimate ${argv.estimate}: perkiraan adalah menit (> 0) sejak mulai insiden, hanya untuk --type estimate`);
    }
    if (type === 'estimate' && argv.estimate == null) throw new UserError('--type estimate perlu --estimate MENIT (perkiraan lama downtime sejak mulai)');
    const text = argv.text.trim();
    if (!text) throw new UserError('Catatan kosong.');
    const check = ({ store, zone, now }: { store: Store; zone: string; now: Date }) => {
      const inc = requireIncident(store, id);
      const at = parseAt('--at', argv.at, zone, now);
      if (at < inc.startMs) throw new UserError(`--at: catatan (${isoInZone(zone, at)}) lebih awal dari mulai insiden ${id} (${inc.start})`);
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
    process.stdout.write(`Catatan #${eventId} ditambahkan ke insiden ${id}.\n`);
  },
};
