// `downtime drill --file drill.yaml`: one drill (simulasi, MRMIK 13.1 b) recorded as a planned
// incident linked to the drill — from the first measured step's start to the last one's end — with
// its actions in the register, and its Laporan Simulasi (PDF/A) written. The report names the
// incident's number, so the number is taken before the transaction (the next incident id) and the
// transaction refuses if another write took it in between; the PDF is written inside the
// transaction, so a report that could not be written leaves nothing recorded.
import type { CommandModule } from 'yargs';
import { basename } from 'node:path';
import { commandDescription } from './help-text.js';
import { withLangOption, withProfileOption } from './options.js';
import { parseIsoInstant } from './option-values.js';
import type { Session } from '../workflow/session.js';
import type { DocumentArgs } from '../workflow/documents.js';
import { isoInZone, zonedMillis } from '../util/zone.js';
import { UserError } from '../errors.js';
import { DEFAULT_SOP_CONFIG } from '../documents/sop/default-paths.js';
import type { Drill } from '../records/drill-file.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface DrillArgs extends DocumentArgs {
  file: string;
  sop: string;
  db?: string;
  profile: string;
  json: boolean;
}

const MIN = 60_000;

/** The drill's span: the first measured start to the last measured end, on the drill's date. */
export function drillSpan(drill: Drill, zone: string): { startMs: number; endMs: number } {
  const [y, m, d] = drill.date.split('-').map(Number) as [number, number, number];
  const at = (hhmm: string) => zonedMillis(zone, y, m, d, Number(hhmm.slice(0, 2)), Number(hhmm.slice(3, 5)));
  return { startMs: Math.min(...drill.steps.map((s) => at(s.start))), endMs: Math.max(...drill.steps.map((s) => at(s.end))) };
}

export const drillCommand: CommandModule<object, DrillArgs> = {
  command: 'drill',
  describe: commandDescription('drill'),
  builder: (y) =>
    withLangOption(withProfileOption(y))
      .option('file', { type: 'string', demandOption: true, describe: COMMAND_HELP().drill.file })
      .option('sop', { type: 'string', default: DEFAULT_SOP_CONFIG, describe: COMMAND_HELP().drill.sop })
      .option('out', { type: 'string', default: 'output', describe: COMMAND_HELP().shared.out })
      .option('generated-at', { type: 'string', describe: COMMAND_HELP().shared.documentDate })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.resultJson })
      .example(exampleList(COMMAND_HELP().drill.examples)) as never,
  handler: async (argv) => {
    const { loadProfile, sampleProfileWarning } = await import('../profile.js');
    const { readIfExists, writeSession } = await import('../workflow/session.js');
    const { documentPath, formOptions } = await import('../workflow/documents.js');
    // A document with the sample hospital's letterhead and NIPs must not leave unnoticed.
    const sampleWarning = sampleProfileWarning(loadProfile(argv.profile));
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);
    const W = COMMANDS().drill;
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    const [{ loadSopConfig }, { readDrillFile }, { drillProcedure, renderDrillPdf }, { writeForm }, { recordDrill }] = await Promise.all([
      import('../documents/sop/config.js'),
      import('../records/drill-file.js'),
      import('../documents/forms/drill.js'),
      import('../documents/forms/form-doc.js'),
      import('../store/record-api.js'),
    ]);
    const sop = loadSopConfig(argv.sop);
    const { drill, warnings } = readDrillFile(argv.file, sop);

    const plan = ({ store, zone, now }: Session) => {
      const seen = store.cycle.drillOn(drill.date, drill.procedure);
      if (seen) throw new UserError(W.already(argv.file, drill.procedure, drill.date, seen.id, seen.incidentId));
      const span = drillSpan(drill, zone);
      if (span.startMs > now.getTime() + MIN) throw new UserError(W.notYet(argv.file, drill.date, drill.steps[0]!.start));
      const nextId = (store.db.prepare('SELECT coalesce(max(id), 0) + 1 FROM incidents').pluck().get() as number);
      return { span, nextId };
    };
    const profile = loadProfile(argv.profile);
    // The report names the incident's number: checked read-only first, rendered, then recorded.
    const checked = readIfExists(argv, plan) ?? { span: drillSpan(drill, profile.hospital.timeZone), nextId: 1 };
    const pdf = await renderDrillPdf(
      { drill, procedure: drillProcedure(sop, drill.procedure, argv.lang, profile.hospital.unit), incidentNumber: String(checked.nextId) },
      await formOptions(profile, argv.lang, generatedAt),
    );
    let file = '';
    const result = writeSession(
      argv,
      () => undefined,
      (s) => {
        const c = plan(s);
        if (c.nextId !== checked.nextId) throw new UserError(W.storeChanged(checked.nextId));
        const coordinator = drill.participants.find((p) => /koordinator|coordinator/i.test(p.role));
        const proc = drillProcedure(sop, drill.procedure, 'id', s.profile.hospital.unit);
        const stored = COMMANDS.in('id').stored;
        const { drillId, incidentId } = recordDrill(
          s.store,
          { date: drill.date, procedure: drill.procedure, document: drill, createdAt: isoInZone(s.zone, s.now.getTime()) },
          {
            identity: `drill:${drill.date}:${drill.procedure}`,
            untilMs: null,
            kind: 'planned',
            kindReason: stored.drillKind(basename(argv.file)),
            title: drill.title ?? proc.name,
            start: isoInZone(s.zone, c.span.startMs),
            end: isoInZone(s.zone, c.span.endMs),
            precision: 'minute',
            startMs: c.span.startMs,
            endMs: c.span.endMs,
            durationMinutes: Math.round((c.span.endMs - c.span.startMs) / MIN),
            // Short: the report's tables print it; the scenario is in the drill's own report.
            cause: stored.drillCause(proc.name.toLowerCase(), drill.date),
            followUp: '',
            pic: coordinator?.name ?? null,
            unit: drill.place ?? null,
            category: 'other',
            categoryReason: stored.drillCategory,
            scope: 'internal',
            source: { file: 'downtime drill', sheet: null, row: 0 },
            warnings: [],
            extra: {},
          },
          drill.actions,
          s.now,
        );
        if (incidentId !== checked.nextId) throw new Error(`drill incident got id ${incidentId}, report printed ${checked.nextId}`);
        file = documentPath(argv.out, `laporan-simulasi-${drillId}`, argv.lang);
        writeForm(file, pdf);
        return { drillId, incidentId, actions: s.store.cycle.actionsOf('drill', drillId).map((a) => a.id) };
      },
      { create: true },
    );
    for (const w of warnings) process.stderr.write(`${COMMANDS().shared.warning(argv.file, w.path, w.message)}\n`);
    if (argv.json) {
      process.stdout.write(`${JSON.stringify({ ...result, files: [file], warnings })}\n`);
      return;
    }
    process.stdout.write(`${W.recorded(result.drillId, result.incidentId, COMMANDS().shared.registerActions(result.actions))}\n${COMMANDS().shared.written(file)}\n`);
  },
};
