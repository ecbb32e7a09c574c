// `downtime evaluate ID --file eval.yaml`: the evaluation after one downtime (MRMIK 13.1 c), stored
// with its follow-up actions in one transaction. The short fields also come as flags (--root-cause,
// --lessons, --manual-used), which win over the file's. `--replace --reason` revises an evaluation
// and keeps the old one whole as a correction (see reviseEvaluation): an evaluation may already have
// been printed and signed, so a revision must leave a trail rather than overwrite it.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withProfileOption } from './options.js';
import type { Session } from '../workflow/session.js';
import { UserError } from '../errors.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface EvaluateArgs {
  id: string;
  db?: string;
  profile: string;
  file?: string;
  rootCause?: string;
  lessons?: string[];
  manualUsed?: string;
  replace: boolean;
  reason?: string;
  by?: string;
  json: boolean;
}

export const evaluateCommand: CommandModule<object, EvaluateArgs> = {
  command: 'evaluate <id>',
  describe: commandDescription('evaluate'),
  builder: (y) =>
    withProfileOption(y)
      .positional('id', { type: 'string', demandOption: true, describe: COMMAND_HELP().shared.incident })
      .option('file', { type: 'string', describe: COMMAND_HELP().evaluate.file })
      .option('root-cause', { type: 'string', describe: COMMAND_HELP().evaluate.rootCause })
      .option('lessons', { type: 'string', array: true, describe: COMMAND_HELP().evaluate.lessons })
      .option('manual-used', { type: 'string', describe: COMMAND_HELP().evaluate.manualUsed })
      .option('replace', { type: 'boolean', default: false, describe: COMMAND_HELP().evaluate.replace })
      .option('reason', { type: 'string', describe: COMMAND_HELP().evaluate.reason })
      .option('by', { type: 'string', describe: COMMAND_HELP().evaluate.by })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.resultJson })
      .example(exampleList(COMMAND_HELP().evaluate.examples)) as never,
  handler: async (argv) => {
    const { requireIncident, writeSession } = await import('../workflow/session.js');
    const { officer, parseId } = await import('../records/at.js');
    const { isoInZone } = await import('../util/zone.js');
    const { localDate } = await import('../workflow/documents.js');
    const id = parseId(argv.id);
    const W = COMMANDS().evaluate;
    if (argv.replace && !argv.reason?.trim()) throw new UserError(W.needReason);
    if (!argv.replace && argv.reason !== undefined) throw new UserError(W.reasonWithoutReplace);
    const { readConfigFile } = await import('../config.js');
    const { parseEvaluationFile, isNotAffected, difference } = await import('../records/evaluation-file.js');
    const { recordEvaluation, reviseEvaluation } = await import('../store/record-api.js');
    const data = argv.file ? readConfigFile(argv.file) : {};
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new UserError(W.notAMapping(String(argv.file)));
    const merged: Record<string, unknown> = { ...(data as Record<string, unknown>) };
    if (argv.rootCause !== undefined) merged.rootCause = argv.rootCause;
    if (argv.lessons !== undefined) merged.lessons = argv.lessons.map(String);
    if (argv.manualUsed !== undefined) merged.manualFallbackUsed = argv.manualUsed;
    const label = argv.file ? argv.file : W.fromOptions;

    let warnings: { path: string; message: string }[] = [];
    const plan = ({ store, profile, zone }: Session) => {
      const inc = requireIncident(store, id);
      const parsed = parseEvaluationFile(merged, label, { units: profile.units, incidentDate: localDate(inc.startMs, zone) });
      const { evaluation } = parsed;
      const existing = store.cycle.evaluation(id);
      if (existing && !argv.replace) {
        throw new UserError(W.exists(id, existing.createdAt));
      }
      if (!existing && argv.replace) throw new UserError(W.nothingToRevise(id));
      warnings = parsed.warnings;
      return { evaluation };
    };
    const result = writeSession(argv, plan, (s) => {
      const { evaluation } = plan(s);
      const by = officer(argv.by, s.profile);
      const at = isoInZone(s.zone, s.now.getTime());
      const record = {
        incidentId: id,
        document: evaluation,
        fallbackUsed: evaluation.manualFallbackUsed,
        rootCause: evaluation.rootCause,
        unitsAffected: Object.values(evaluation.impact).filter((v) => !isNotAffected(v)).length,
        reconciled: evaluation.reconciliation.every((r) => difference(r) === 0),
        createdAt: at,
        by,
      };
      if (argv.replace) {
        const r = reviseEvaluation(s.store, record, evaluation.actions, s.zone, { at, by, reason: argv.reason!.trim() });
        return { evaluationId: r.id, correctionId: r.correctionId, revised: true, by, actions: s.store.cycle.actionsOf('evaluation', r.id).map((a) => a.id) };
      }
      const evaluationId = recordEvaluation(s.store, record, evaluation.actions, s.zone);
      return { evaluationId, correctionId: null, revised: false, by, actions: s.store.cycle.actionsOf('evaluation', evaluationId).map((a) => a.id) };
    });
    // Warnings (a re-entry difference not yet 0) do not stop the evaluation; the form shows them too.
    for (const w of warnings) process.stderr.write(`${COMMANDS().shared.warning(label, w.path, w.message)}\n`);
    if (argv.json) {
      process.stdout.write(`${JSON.stringify({ incidentId: id, ...result, warnings })}\n`);
      return;
    }
    process.stdout.write(`${W.saved(id, result.revised ? result.correctionId : null, result.by, COMMANDS().shared.registerActions(result.actions))}\n${W.printForm(id)}\n`);
  },
};
