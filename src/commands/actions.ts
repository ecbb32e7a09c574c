// `downtime actions`: the follow-up register across incidents and drills (PDCA).
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { readSession } from '../records/session.js';
import { renderTextTable } from '../util/text-table.js';
import { partsInZone } from '../util/zone.js';

interface ActionsArgs {
  db?: string;
  profile: string;
  open: boolean;
  overdue: boolean;
  json: boolean;
}

export const actionsCommand: CommandModule<object, ActionsArgs> = {
  command: 'actions',
  describe: commandDescription('actions'),
  builder: (y) =>
    withProfileOption(y)
      .option('open', { type: 'boolean', default: false, describe: 'Hanya yang belum selesai' })
      .option('overdue', { type: 'boolean', default: false, describe: 'Hanya yang belum selesai dan lewat target' })
      .option('json', { type: 'boolean', default: false, describe: 'Keluaran JSON di stdout' })
      .example('$0 actions --overdue', 'Tindak lanjut yang terlambat') as never,
  handler: (argv) => {
    const { rows, today } = readSession(argv, ({ store, zone, now }) => {
      const p = partsInZone(zone, now.getTime());
      const today = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
      const all = store.cycle.actions();
      const rows = all
        .filter((a) => !(argv.open || argv.overdue) || a.status === 'open')
        .filter((a) => !argv.overdue || a.due < today)
        .map((a) => ({ ...a, overdue: a.status === 'open' && a.due < today }));
      return { rows, today };
    });
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    const head = ['No', 'Sumber', 'Insiden', 'Tindakan', 'PIC', 'Target', 'Status', 'Bukti'];
    const body = rows.map((a) => [
      String(a.id),
      `${a.sourceKind === 'drill' ? 'simulasi' : 'evaluasi'} #${a.sourceId}`,
      a.incidentId == null ? '–' : String(a.incidentId),
      a.action,
      a.pic,
      a.due,
      a.status === 'done' ? `selesai ${a.doneAt?.slice(0, 10) ?? ''}` : a.overdue ? 'TERLAMBAT' : 'terbuka',
      a.evidence ?? '',
    ]);
    process.stdout.write(renderTextTable(head, body, { maxWidths: [5, 14, 8, 40, 20, 10, 16, 30] }));
    process.stdout.write(`${rows.length} tindak lanjut (per ${today}).\n`);
  },
};
