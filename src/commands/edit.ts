// `downtime edit ID --field value … --reason "…"`: corrections that keep a trail. Each changed field
// is one row in `corrections` (old value, new value, when, by whom, why); the incident is updated.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { UserError } from '../errors.js';
import { CATEGORIES } from '../classify/categories.js';
import type { EditableField } from '../store/cycle.js';
import type { Store } from '../store/store.js';
import { applyField, type IncidentColumns } from '../store/fields.js';
import { COMMANDS, fieldLabel } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

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
      .positional('id', { type: 'string', demandOption: true, describe: COMMAND_HELP().shared.incident })
      .option('kind', { choices: ['planned', 'unplanned'], describe: COMMAND_HELP().edit.kind })
      .option('category', { choices: CATEGORIES, describe: COMMAND_HELP().edit.category })
      .option('scope', { choices: ['internal', 'external'], describe: COMMAND_HELP().edit.scope })
      .option('title', { type: 'string', describe: COMMAND_HELP().edit.title })
      .option('cause', { type: 'string', describe: COMMAND_HELP().edit.cause })
      .option('follow-up', { type: 'string', describe: COMMAND_HELP().edit.followUp })
      .option('unit', { type: 'string', describe: COMMAND_HELP().edit.unit })
      .option('pic', { type: 'string', describe: COMMAND_HELP().edit.pic })
      .option('start', { type: 'string', describe: COMMAND_HELP().edit.start })
      .option('end', { type: 'string', describe: COMMAND_HELP().edit.end })
      .option('duration', { type: 'number', describe: COMMAND_HELP().edit.duration })
      .option('reason', { type: 'string', describe: COMMAND_HELP().edit.reason })
      .option('by', { type: 'string', describe: COMMAND_HELP().edit.by })
      .example(exampleList(COMMAND_HELP().edit.examples)) as never,
  handler: async (argv) => {
    const { requireIncident, writeSession } = await import('../workflow/session.js');
    const { officer, parseAt, parseId } = await import('../records/at.js');
    const { isoInZone } = await import('../util/zone.js');
    const id = parseId(argv.id);
    const W = COMMANDS().edit;
    const reason = argv.reason?.trim();
    if (!reason) throw new UserError(W.needReason);
    const asked = OPTIONS.filter(([opt]) => argv[opt] !== undefined);
    if (!asked.length) throw new UserError(W.nothingAsked);
    const plan = ({ store, zone, now }: { store: Store; zone: string; now: Date }) => {
      const inc = requireIncident(store, id);
      const values: { field: EditableField; value: string | null }[] = asked.map(([opt, field]) => {
        const raw = argv[opt];
        if (field === 'start' || field === 'end') return { field, value: isoInZone(zone, parseAt(`--${opt}`, String(raw), zone, now)) };
        if (field === 'duration') {
          const n = Number(raw);
          if (!Number.isFinite(n) || n < 0) throw new UserError(W.durationInvalid(String(raw)));
          return { field, value: String(n) };
        }
        if (field === 'title' && !String(raw).trim()) throw new UserError(W.titleEmpty);
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
        throw new UserError(W.endBeforeStart(String(cols.end), cols.start, id));
      }
      if (!changes.length) throw new UserError(W.unchanged(id));
      return { inc, changes };
    };
    const out = writeSession(argv, plan, (s) => {
      const { changes } = plan(s);
      const by = officer(argv.by, s.profile);
      const at = isoInZone(s.zone, s.now.getTime());
      return changes.map((c) => s.store.correct({ incidentId: id, field: c.field, newValue: c.value, at, by, reason }));
    });
    const { fieldValue } = await import('./field-value.js');
    for (const c of out) process.stdout.write(`${W.corrected(id, fieldLabel(c.field), fieldValue(c.field, c.oldValue), fieldValue(c.field, c.newValue), c.id, c.by)}\n`);
  },
};
