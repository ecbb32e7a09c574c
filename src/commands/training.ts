// `downtime training --file training.yaml`: one training session on the downtime procedures
// (MRMIK 13.1 b, evidence D) recorded in the store, and its short report with the attendance list
// (PDF/A) written — inside the same transaction, so a report that could not be written leaves
// nothing recorded. The same topic on the same date is not recorded twice.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withLangOption, withProfileOption } from './options.js';
import { parseIsoInstant } from './option-values.js';
import type { Session } from '../workflow/session.js';
import type { DocumentArgs } from '../workflow/documents.js';
import { UserError } from '../errors.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface TrainingArgs extends DocumentArgs {
  file: string;
  db?: string;
  profile: string;
  json: boolean;
}

export const trainingCommand: CommandModule<object, TrainingArgs> = {
  command: 'training',
  describe: commandDescription('training'),
  builder: (y) =>
    withLangOption(withProfileOption(y))
      .option('file', { type: 'string', demandOption: true, describe: COMMAND_HELP().training.file })
      .option('out', { type: 'string', default: 'output', describe: COMMAND_HELP().shared.out })
      .option('generated-at', { type: 'string', describe: COMMAND_HELP().shared.documentDate })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.resultJson })
      .example(exampleList(COMMAND_HELP().training.examples)) as never,
  handler: async (argv) => {
    const { loadProfile, sampleProfileWarning } = await import('../profile.js');
    const { writeSession } = await import('../workflow/session.js');
    const { isoInZone } = await import('../util/zone.js');
    const { documentPath, formOptions, localDate } = await import('../workflow/documents.js');
    // A document with the sample hospital's letterhead and NIPs must not leave unnoticed.
    const sampleWarning = sampleProfileWarning(loadProfile(argv.profile));
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    const [{ readTrainingFile }, { renderTrainingPdf }, { writeForm }, { recordTraining }] = await Promise.all([
      import('../records/training-file.js'),
      import('../documents/forms/training.js'),
      import('../documents/forms/form-doc.js'),
      import('../store/record-api.js'),
    ]);
    const training = readTrainingFile(argv.file);
    const profile = loadProfile(argv.profile);
    const W = COMMANDS().training;
    const today = localDate(Date.now(), profile.hospital.timeZone);
    if (training.date > today) throw new UserError(W.notYet(argv.file, training.date));
    const pdf = await renderTrainingPdf({ training }, await formOptions(profile, argv.lang, generatedAt));
    const check = ({ store }: Session) => {
      const seen = store.cycle.trainingOn(training.date, training.topic);
      if (seen) throw new UserError(W.already(argv.file, training.topic, training.date, seen.id));
    };
    let file = '';
    const id = writeSession(
      argv,
      check,
      (s) => {
        check(s);
        const tid = recordTraining(s.store, { date: training.date, topic: training.topic, document: training, createdAt: isoInZone(s.zone, s.now.getTime()) });
        file = documentPath(argv.out, `laporan-pelatihan-${tid}`, argv.lang);
        writeForm(file, pdf);
        return tid;
      },
      { create: true },
    );
    if (argv.json) {
      process.stdout.write(`${JSON.stringify({ trainingId: id, participants: training.participants.length, files: [file] })}\n`);
      return;
    }
    process.stdout.write(`${W.recorded(id, training.participants.length)}\n${COMMANDS().shared.written(file)}\n`);
  },
};
