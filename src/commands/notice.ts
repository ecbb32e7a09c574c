// `downtime notice ID`: the Pemberitahuan Downtime Terencana (DT-02, PDF/A) for a planned incident
// — which may lie in the future — and the notice recorded in the store (number, notice date), so the
// lead time (notice date → start) is a figure in stats and the report. The PDF is written inside
// the store's transaction: a notice that could not be written is not recorded either.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withLangOption, withProfileOption } from './options.js';
import { parseIsoInstant } from './option-values.js';
import type { Session } from '../workflow/session.js';
import type { DocumentArgs } from '../workflow/documents.js';
import { UserError } from '../errors.js';
import type { NoticeOverrides } from '../records/notice-file.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface NoticeArgs extends DocumentArgs {
  id: string;
  db?: string;
  profile: string;
  file?: string;
  date?: string;
  number?: string;
  until?: string;
  by?: string;
  json: boolean;
}

export const noticeCommand: CommandModule<object, NoticeArgs> = {
  command: 'notice <id>',
  describe: commandDescription('notice'),
  builder: (y) =>
    withLangOption(withProfileOption(y))
      .positional('id', { type: 'string', demandOption: true, describe: COMMAND_HELP().notice.id })
      .option('file', { type: 'string', describe: COMMAND_HELP().notice.file })
      .option('date', { type: 'string', describe: COMMAND_HELP().notice.date })
      .option('number', { type: 'string', describe: COMMAND_HELP().notice.number })
      .option('until', { type: 'string', describe: COMMAND_HELP().notice.until })
      .option('out', { type: 'string', default: 'output', describe: COMMAND_HELP().shared.out })
      .option('generated-at', { type: 'string', describe: COMMAND_HELP().shared.documentDate })
      .option('by', { type: 'string', describe: COMMAND_HELP().notice.by })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.resultJson })
      .example(exampleList(COMMAND_HELP().notice.examples)) as never,
  handler: async (argv) => {
    const { loadProfile, sampleProfileWarning } = await import('../profile.js');
    const { readSession, requireIncident, writeSession } = await import('../workflow/session.js');
    const { officer, parseAt, parseId } = await import('../records/at.js');
    const { isoInZone } = await import('../util/zone.js');
    const { documentPath, formOptions, localDate } = await import('../workflow/documents.js');
    // A document with the sample hospital's letterhead and NIPs must not leave unnoticed.
    const sampleWarning = sampleProfileWarning(loadProfile(argv.profile));
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);
    const id = parseId(argv.id);
    const W = COMMANDS().notice;
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    const { readNoticeFile } = await import('../records/notice-file.js');
    const fromFile: NoticeOverrides = argv.file ? readNoticeFile(argv.file) : {};
    if (argv.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(argv.date.trim())) throw new UserError(W.dateFormat(argv.date));
    if (argv.date !== undefined) parseIsoInstant('--date', argv.date.trim());
    const number = argv.number?.trim() || fromFile.number;

    const plan = ({ store, profile, zone }: Session) => {
      const inc = requireIncident(store, id);
      if (inc.voided) throw new UserError(W.voided(id));
      if (inc.kind !== 'planned') {
        throw new UserError(W.notPlanned(id));
      }
      const noticeDate = argv.date?.trim() ?? fromFile.noticeDate ?? localDate(generatedAt.getTime(), zone);
      const start = localDate(inc.startMs, zone);
      if (noticeDate > start) throw new UserError(W.afterStart(noticeDate, start));
      let end = inc.end;
      if (argv.until !== undefined) {
        const untilMs = parseAt('--until', argv.until, zone, generatedAt, { future: true });
        if (untilMs <= inc.startMs) throw new UserError(W.untilBeforeStart(argv.until, inc.start));
        end = isoInZone(zone, untilMs);
      }
      const overrides: NoticeOverrides = { ...fromFile, noticeDate, ...(number ? { number } : {}) };
      const by = officer(argv.by, profile);
      return { input: { incident: { number: String(inc.id), title: inc.title, start: inc.start, end }, overrides, officer: { name: by } }, noticeDate, profile, expectedEnd: end };
    };
    const checked = readSession(argv, plan);
    const file = documentPath(argv.out, `pemberitahuan-downtime-${id}`, argv.lang);
    const [{ renderNoticePdf, noticeNumber }, { writeForm }, { recordNotice }] = await Promise.all([
      import('../documents/forms/notice.js'),
      import('../documents/forms/form-doc.js'),
      import('../store/record-api.js'),
    ]);
    const pdf = await renderNoticePdf(checked.input, await formOptions(checked.profile, argv.lang, generatedAt));
    const noticeId = writeSession(argv, plan, (s, c) => {
      const nid = recordNotice(s.store, {
        incidentId: id,
        number: number ?? null,
        noticeDate: c.noticeDate,
        document: { ...c.input.overrides, expectedEnd: c.expectedEnd, officer: c.input.officer.name },
        createdAt: isoInZone(s.zone, s.now.getTime()),
      });
      writeForm(file, pdf);
      return nid;
    });
    const printed = noticeNumber(checked.profile, checked.noticeDate, number).replace(/\u00a0+/g, '…');
    if (argv.json) {
      process.stdout.write(`${JSON.stringify({ incidentId: id, noticeId, number: number ?? null, noticeDate: checked.noticeDate, files: [file] })}\n`);
      return;
    }
    process.stdout.write(`${W.recorded(noticeId, id, printed, checked.noticeDate)}\n${COMMANDS().shared.written(file)}\n`);
  },
};
