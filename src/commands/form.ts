// `downtime form ID`: the Formulir Evaluasi Pasca Downtime (PDF/A) of one incident, from the store:
// the incident (corrected fields marked), its timeline, the evaluation and the register's actions as
// they stand now. Refused, with what to do, when the incident has no evaluation yet.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withLangOption, withProfileOption } from './options.js';
import { parseIsoInstant } from './option-values.js';
import type { DocumentArgs } from '../workflow/documents.js';
import { UserError } from '../errors.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface FormArgs extends DocumentArgs {
  id: string;
  db?: string;
  profile: string;
  json: boolean;
}

export const formCommand: CommandModule<object, FormArgs> = {
  command: 'form <id>',
  describe: commandDescription('form'),
  builder: (y) =>
    withLangOption(withProfileOption(y))
      .positional('id', { type: 'string', demandOption: true, describe: COMMAND_HELP().shared.incident })
      .option('out', { type: 'string', default: 'output', describe: COMMAND_HELP().shared.out })
      .option('generated-at', { type: 'string', describe: COMMAND_HELP().shared.documentDate })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().form.json })
      .example(exampleList(COMMAND_HELP().form.examples)) as never,
  handler: async (argv) => {
    const { loadProfile, sampleProfileWarning } = await import('../profile.js');
    const { readSession, requireIncident } = await import('../workflow/session.js');
    const { parseId } = await import('../records/at.js');
    const { documentPath, formOptions } = await import('../workflow/documents.js');
    // A document with the sample hospital's letterhead and NIPs must not leave unnoticed.
    const sampleWarning = sampleProfileWarning(loadProfile(argv.profile));
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);
    const id = parseId(argv.id);
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    const { evaluationFormInput } = await import('../workflow/form-input.js');
    const { input, profile } = readSession(argv, ({ store, profile }) => {
      const inc = requireIncident(store, id);
      const evaluation = store.cycle.evaluation(id);
      if (!evaluation) {
        throw new UserError(COMMANDS().form.noEvaluation(id));
      }
      const rows = { events: store.cycle.events(id), corrections: store.cycle.corrections(id), evaluation, actions: store.cycle.actionsOf('evaluation', evaluation.id) };
      return { input: evaluationFormInput(inc, rows, argv.lang), profile };
    });
    const file = documentPath(argv.out, `formulir-evaluasi-${id}`, argv.lang);
    const [{ renderEvaluationPdf }, { writeForm }] = await Promise.all([import('../documents/forms/evaluation.js'), import('../documents/forms/form-doc.js')]);
    writeForm(file, await renderEvaluationPdf(input, await formOptions(profile, argv.lang, generatedAt)));
    process.stdout.write(argv.json ? `${JSON.stringify({ files: [file] })}\n` : `${COMMANDS().shared.written(file)}\n`);
  },
};
