import type { CommandModule } from 'yargs';
import { UserError } from '../errors.js';
import { openStore } from '../store/store.js';
import { loadProfile } from '../profile.js';
import { formatInstant } from '../format.js';
import { resolveDbPath, withProfileOption } from './options.js';

interface UndoArgs {
  batch: string;
  db?: string;
  profile: string;
  'dry-run': boolean;
  json: boolean;
}

const SHOWN = 5;

export const undoCommand: CommandModule<object, UndoArgs> = {
  command: 'undo <batch>',
  describe: 'Batalkan satu impor: hapus insidennya dan catatan impornya dalam satu transaksi',
  builder: (y) =>
    withProfileOption(y)
      .positional('batch', { type: 'string', demandOption: true, describe: 'Nomor impor (lihat downtime batches)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Tampilkan apa yang akan dihapus tanpa menghapus' })
      .option('json', { type: 'boolean', default: false, describe: 'Keluaran JSON di stdout' })
      .example('$0 undo 3 --dry-run', 'Lihat apa yang akan dihapus oleh pembatalan impor #3')
      .example('$0 undo 3', 'Batalkan impor #3') as never,
  handler: (argv) => {
    const id = Number(String(argv.batch).replace(/^#/, ''));
    if (!Number.isInteger(id) || id <= 0) throw new UserError(`Nomor impor tidak valid: "${argv.batch}". Lihat nomornya dengan: downtime batches`);
    const profile = loadProfile(argv.profile);
    const dbPath = resolveDbPath(argv.db);
    const dry = argv['dry-run'];
    // Everything is checked on a read-only open: a refused undo leaves the store byte for byte as
    // it was. The real removal checks attached records again, inside its transaction.
    const reader = openStore(dbPath, { readonly: true });
    let batch;
    let incidents;
    try {
      batch = reader.batchById(id);
      if (!batch) throw new UserError(`Impor #${id} tidak ada di ${dbPath}. Lihat daftar impor dengan: downtime batches`);
      incidents = reader.batchIncidents(id);
      reader.refuseIfAttached(id, 'Pembatalan impor');
    } finally {
      reader.close();
    }
    const store = dry ? null : openStore(dbPath);
    try {
      store?.removeBatch(id);
      const titles = incidents.map((i) => i.title);
      if (argv.json) {
        process.stdout.write(
          `${JSON.stringify({ dryRun: dry, batchId: id, file: batch.file, importedAt: batch.importedAt, removed: incidents.length, incidents: incidents.map((i) => ({ id: i.id, title: i.title, start: i.start, source: i.source })) }, null, 2)}\n`,
        );
        return;
      }
      const when = formatInstant(batch.importedAt, profile.hospital.timeZone);
      process.stdout.write(
        `Impor #${id} (${batch.file}, ${when}) ${dry ? 'akan dibatalkan' : 'dibatalkan'}: ${incidents.length} insiden ${dry ? 'akan dihapus' : 'dihapus'}.\n`,
      );
      for (const t of titles.slice(0, SHOWN)) process.stdout.write(`  - ${t}\n`);
      if (titles.length > SHOWN) process.stdout.write(`  … dan ${titles.length - SHOWN} lainnya\n`);
      process.stdout.write(dry ? 'Uji coba (--dry-run): basis data tidak diubah.\n' : `Berkas ${batch.file} bisa diimpor lagi.\n`);
    } finally {
      store?.close();
    }
  },
};
