// `downtime edit ID --field value … --reason "…"`: corrections that keep a trail. Each changed field
// is one row in `corrections` (old value, new value, when, by whom, why); the incident is updated.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { officer, parseAt, parseId } from '../records/at.js';
import { requireIncident, writeSession } from '../records/session.js';
import { isoInZone } from '../util/zone.js';
import { UserError } from '../errors.js';
import { CATEGORIES } from '../classify/categories.js';
import type { EditableField } from '../store/cycle.js';
import type { Store } from '../store/store.js';
import { applyField, type IncidentColumns } from '../store/fields.js';

interface EditArgs {
  id: string;
  db?: string;
  profile: string;
  reason?: string;
  by?: string;
  kind?: string;
  category?: string;
  scope?: string;
  title?: string;
  cause?: string;
  followUp?: string;
  unit?: string;
  start?: string;
  end?: string;
  duration?: number;
  pic?: string;
}

/** Option → field, in the order corrections are recorded. */
const OPTIONS: [keyof EditArgs, EditableField][] = [
  ['kind', 'kind'], ['category', 'category'], ['scope', 'scope'], ['title', 'title'], ['cause', 'cause'], ['followUp', 'followUp'],
  ['unit', 'unit'], ['pic', 'pic'], ['start', 'start'], ['end', 'end'], ['duration', 'duration'],
];

export const editCommand: CommandModule<object, EditArgs> = {
  command: 'edit <id>',
  describe: commandDescription('edit'),
  builder: (y) =>
    withProfileOption(y)
      .positional('id', { type: 'string', demandOption: true, describe: 'Nomor insiden' })
      .option('kind', { choices: ['planned', 'unplanned'], describe: 'Jenis' })
      .option('category', { choices: CATEGORIES, describe: 'Kategori penyebab' })
      .option('scope', { choices: ['internal', 'external'], describe: 'Lingkup' })
      .option('title', { type: 'string', describe: 'Kejadian' })
      .option('cause', { type: 'string', describe: 'Penyebab' })
      .option('follow-up', { type: 'string', describe: 'Tindak lanjut' })
      .option('unit', { type: 'string', describe: 'Unit/layanan ("" mengosongkan)' })
      .option('pic', { type: 'string', describe: 'Penanggung jawab ("" mengosongkan)' })
      .option('start', { type: 'string', describe: 'Mulai: 2023-08-01T08:30 (waktu RS) atau ISO' })
      .option('end', { type: 'string', describe: 'Selesai: 2023-08-01T10:15 (waktu RS) atau ISO' })
      .option('duration', { type: 'number', describe: 'Lama (menit)' })
      .option('reason', { type: 'string', describe: 'Alasan koreksi (wajib)' })
      .option('by', { type: 'string', describe: 'Yang mengoreksi; bawaan: officer di profil' })
      .example('$0 edit 12 --kind planned --reason "Ternyata pemeliharaan terjadwal, surat edaran 12/VIII"', 'Koreksi jenis, dengan jejak') as never,
  handler: (argv) => {
    const id = parseId(argv.id);
    const reason = argv.reason?.trim();
    if (!reason) throw new UserError('Sebutkan alasan koreksi: --reason "…" (disimpan bersama nilai lama dan baru).');
    const asked = OPTIONS.filter(([opt]) => argv[opt] !== undefined);
    if (!asked.length) throw new UserError('Tidak ada yang diubah: sebutkan mis. --kind planned, --cause "…", --end 2023-08-01T10:15.');
    const plan = ({ store, zone, now }: { store: Store; zone: string; now: Date }) => {
      const inc = requireIncident(store, id);
      const values: { field: EditableField; value: string | null }[] = asked.map(([opt, field]) => {
        const raw = argv[opt];
        if (field === 'start' || field === 'end') return { field, value: isoInZone(zone, parseAt(`--${opt}`, String(raw), zone, now)) };
        if (field === 'duration') {
          const n = Number(raw);
          if (!Number.isFinite(n) || n < 0) throw new UserError(`--duration ${String(raw)}: lama dalam menit, ≥ 0`);
          return { field, value: String(n) };
        }
        if (field === 'title' && !String(raw).trim()) throw new UserError('--title tidak boleh kosong');
        const t = String(raw).trim();
        return { field, value: t || null };
      });
      // Apply on a copy first: the result must still be a valid incident (end not before start).
      let cols = store.db.prepare('SELECT * FROM incidents WHERE id = ?').get(id) as IncidentColumns;
      const changes = values.filter(({ field, value }) => {
        const before = store.fieldValue(id, field);
        cols = applyField(cols, field, value, reason);
        return before !== value;
      });
      if (cols.end_ms != null && cols.end_ms < cols.start_ms) {
        throw new UserError(`Koreksi ditolak: selesai (${cols.end}) lebih awal dari mulai (${cols.start}) insiden ${id}.`);
      }
      if (!changes.length) throw new UserError(`Insiden ${id} sudah berisi nilai itu; tidak ada yang dikoreksi.`);
      return { inc, changes };
    };
    const out = writeSession(argv, plan, (s) => {
      const { changes } = plan(s);
      const by = officer(argv.by, s.profile);
      const at = isoInZone(s.zone, s.now.getTime());
      return changes.map((c) => s.store.correct({ incidentId: id, field: c.field, newValue: c.value, at, by, reason }));
    });
    for (const c of out) process.stdout.write(`Insiden ${id}: ${c.field} "${c.oldValue ?? ''}" → "${c.newValue ?? ''}" (koreksi #${c.id}, oleh ${c.by})\n`);
  },
};
