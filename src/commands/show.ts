// `downtime show ID`: everything about one incident — fields, source, timeline, corrections,
// evaluation, actions, linked drill and notices.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import { CATEGORY_LABELS } from '../classify/categories.js';
import type { EvaluationRecord } from '../store/cycle.js';
import { language } from '../wording/lang.js';
import { COMMANDS, fieldLabel } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface ShowArgs {
  id: string;
  db?: string;
  profile: string;
  json: boolean;
}

/** The evaluation in a few lines: when and by whom, the answers a reader looks for, what to print. */
function evaluationLines(e: EvaluationRecord | null, id: number, units: number): string[] {
  const W = COMMANDS().show;
  if (!e) return [W.noEvaluation(id)];
  const yn = (b: boolean | null) => (b == null ? '–' : b ? W.yes : W.no);
  const L = W.evaluationLabels;
  const line = (label: string, value: string) => `  ${label.padEnd(24)} ${value}`;
  return [
    W.evaluation(e.createdAt, e.by, id),
    line(L.manualUsed, yn(e.fallbackUsed)),
    line(L.unitsAffected, W.unitsOf(String(e.unitsAffected ?? '–'), units)),
    line(L.reconciled, e.reconciled == null ? '–' : e.reconciled ? W.reconciledYes : W.reconciledNo),
    line(L.rootCause, e.rootCause ?? '–'),
  ];
}

export const showCommand: CommandModule<object, ShowArgs> = {
  command: 'show <id>',
  describe: commandDescription('show'),
  builder: (y) =>
    withProfileOption(y)
      .positional('id', { type: 'string', demandOption: true, describe: COMMAND_HELP().shared.incident })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.json })
      .example(exampleList(COMMAND_HELP().show.examples)) as never,
  handler: async (argv) => {
    const { readSession, requireIncident } = await import('../workflow/session.js');
    const { parseId } = await import('../records/at.js');
    const { formatDuration } = await import('../format.js');
    const { fieldValue } = await import('./field-value.js');
    const { incidentJson } = await import('./list.js');
    const { LIVE_SOURCE_KIND } = await import('../store/store.js');
    const id = parseId(argv.id);
    let unitCount = 0;
    const data = readSession(argv, ({ store, profile }) => {
      unitCount = profile.units.length;
      const inc = requireIncident(store, id);
      const batch = store.batchById(inc.batchId);
      return {
        incident: { ...incidentJson(inc), voided: !!inc.voided, voidReason: inc.voidReason ?? null },
        batch: batch ? { id: batch.id, file: batch.file, sourceKind: batch.sourceKind, importedAt: batch.importedAt } : null,
        timeline: store.cycle.events(id),
        corrections: store.cycle.corrections(id),
        evaluation: store.cycle.evaluation(id),
        actions: store.cycle.actions({ incidentId: id }),
        drill: store.cycle.drillOfIncident(id),
        notices: store.cycle.notices(id),
      };
    });
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      return;
    }
    const i = data.incident;
    const W = COMMANDS().show;
    const lang = language();
    const field = (label: string, value: string) => `  ${label.padEnd(13)} ${value}`;
    const L = W.labels;
    const lines: string[] = [
      `${W.incident(i.id)}${i.voided ? W.voided(i.voidReason ?? '') : ''}`,
      field(L.title, i.title),
      field(L.kind, `${i.kind === 'planned' ? COMMANDS().shared.planned : COMMANDS().shared.unplanned} (${i.kindReason})`),
      field(L.start, i.start),
      field(L.end, i.end ?? (i.durationMinutes == null ? W.notRecovered : '–')),
      field(L.duration, formatDuration(i.durationMinutes, lang)),
      field(L.category, W.scope(`${CATEGORY_LABELS[i.category][lang]} (${i.categoryReason})`, fieldValue('scope', i.scope))),
      field(L.cause, i.cause || '–'),
      field(L.followUp, i.followUp || '–'),
      field(L.unit, i.unit ?? '–'),
      field(L.pic, i.pic ?? '–'),
      field(
        L.source,
        data.batch?.sourceKind === LIVE_SOURCE_KIND
          ? W.live(i.source.row, data.batch.id)
          : `${W.source(`${i.source.file}${i.source.sheet ? ` [${i.source.sheet}]` : ''}`, i.source.row)}${data.batch ? W.batch(data.batch.id, data.batch.sourceKind) : ''}`,
      ),
      '',
      W.timeline(data.timeline.length),
      ...data.timeline.map((e) => `  ${e.at}  ${W.types[e.type]}${e.estimateMinutes != null ? W.minutes(e.estimateMinutes) : ''}: ${e.text}${e.recordedBy ? ` — ${e.recordedBy}` : ''}`),
      '',
      W.corrections(data.corrections.length),
      ...data.corrections.map((c) =>
        c.field === 'evaluation'
          ? `  #${c.id} ${c.at}  ${W.evaluationRevised(i.id, c.by, c.reason)}`
          : `  #${c.id} ${c.at}  ${W.corrected(fieldLabel(c.field), fieldValue(c.field, c.oldValue), fieldValue(c.field, c.newValue), c.by, c.reason)}`,
      ),
      '',
      ...evaluationLines(data.evaluation, i.id, unitCount),
      W.actions(data.actions.length),
      ...data.actions.map((a) => W.action(a.id, a.status === 'done', a.action, a.pic, a.due, a.evidence)),
      W.drill(data.drill ? W.drillOf(data.drill.id, data.drill.date, data.drill.procedure) : '–'),
      W.notices(data.notices.length ? data.notices.map((n) => W.notice(n.id, n.number, n.noticeDate)).join('; ') : '–'),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  },
};
