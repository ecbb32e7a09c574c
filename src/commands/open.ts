// `downtime open "title"`: records an outage as it happens; prints the new incident's id.
import type { CommandModule } from 'yargs';
import { randomBytes } from 'node:crypto';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { officer, parseAt } from '../records/at.js';
import { writeSession } from '../records/session.js';
import { isoInZone } from '../util/zone.js';
import { LIVE_FILE } from '../store/store.js';
import { CATEGORIES } from '../classify/categories.js';
import type { Category, Kind } from '../types.js';
import { UserError } from '../errors.js';
import { loadProfile } from '../profile.js';

interface OpenArgs {
  title: string;
  db?: string;
  profile: string;
  at?: string;
  kind: Kind;
  category?: Category;
  unit?: string;
  by?: string;
  json: boolean;
}

export const openCommand: CommandModule<object, OpenArgs> = {
  command: 'open <title>',
  describe: commandDescription('open'),
  builder: (y) =>
    withProfileOption(y)
      .positional('title', { type: 'string', demandOption: true, describe: 'Kejadian, mis. "SIMRS tidak bisa diakses"' })
      .option('at', { type: 'string', describe: 'Mulai: 08.30 (hari ini), 2023-08-01T08:30 atau ISO; bawaan: sekarang' })
      .option('kind', { choices: ['unplanned', 'planned'] as const, default: 'unplanned' as const, describe: 'Tidak terencana / terencana' })
      .option('category', { choices: CATEGORIES, describe: 'Kategori penyebab (bisa diubah nanti dengan edit)' })
      .option('unit', { type: 'string', describe: 'Unit atau layanan yang terdampak' })
      .option('by', { type: 'string', describe: 'Petugas yang mencatat; bawaan: officer di profil' })
      .option('json', { type: 'boolean', default: false, describe: 'Cetak {"id": …} sebagai JSON' })
      .example('$0 open "SIMRS tidak bisa diakses" --at 08.30 --unit Pendaftaran', 'Catat downtime yang sedang terjadi') as never,
  handler: (argv) => {
    const title = argv.title.trim();
    if (!title) throw new UserError('Judul kejadian kosong: downtime open "SIMRS tidak bisa diakses"');
    // Checked before the store is opened: a refused open does not touch (or create) it.
    const profile = loadProfile(argv.profile);
    const zone = profile.hospital.timeZone;
    // A planned downtime may be recorded ahead (its notice goes out days before).
    const startMs = parseAt('--at', argv.at, zone, new Date(), { future: argv.kind === 'planned' });
    const by = officer(argv.by, profile);
    const id = writeSession(
      argv,
      () => undefined,
      ({ store, now }) => {
        return store.insertLiveIncident(
          {
            identity: `live:${randomBytes(16).toString('hex')}`,
            untilMs: null,
            kind: argv.kind,
            kindReason: `dicatat langsung (downtime open${argv.kind === 'planned' ? ' --kind planned' : ''})`,
            title,
            start: isoInZone(zone, startMs),
            end: null,
            precision: 'minute',
            startMs,
            endMs: null,
            durationMinutes: null,
            cause: '',
            followUp: '',
            pic: by,
            unit: argv.unit?.trim() || null,
            category: argv.category ?? 'other',
            categoryReason: argv.category ? 'dicatat langsung (--category)' : 'belum ditentukan (ubah dengan downtime edit ID --category … --reason …)',
            scope: 'internal',
            source: { file: LIVE_FILE, sheet: null, row: 0 },
            warnings: [],
            extra: {},
          },
          now,
        );
      },
      { create: true },
    );
    process.stdout.write(argv.json ? `${JSON.stringify({ id })}\n` : `${id}\n`);
  },
};
