// `downtime training --file training.yaml`: one training session on the downtime procedures
// (MRMIK 13.1 b, evidence D) recorded in the store, and its short report with the attendance list
// (PDF/A) written — inside the same transaction, so a report that could not be written leaves
// nothing recorded. The same topic on the same date is not recorded twice.
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withLangOption, withProfileOption } from './options.js';
import { parseIsoInstant } from './option-values.js';
import { writeSession, type Session } from '../records/session.js';
import { documentPath, formOptions, localDate, type DocumentArgs } from '../records/documents.js';
import { loadProfile, sampleProfileWarning } from '../profile.js';
import { isoInZone } from '../util/zone.js';
import { UserError } from '../errors.js';

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
      .option('file', { type: 'string', demandOption: true, describe: 'Data pelatihan (YAML): topik, tanggal, tempat, pelatih, peserta per unit, materi' })
      .option('out', { type: 'string', default: 'output', describe: 'Folder keluaran' })
      .option('generated-at', { type: 'string', describe: 'Tanggal dokumen (ISO) untuk keluaran yang dapat diulang; bawaan: sekarang' })
      .option('json', { type: 'boolean', default: false, describe: 'Cetak hasil sebagai JSON' })
      .example('$0 training --file data/contoh/pelatihan-downtime.yaml', 'Catat pelatihan dan tulis output/laporan-pelatihan-1.pdf') as never,
  handler: async (argv) => {
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
    const today = localDate(Date.now(), profile.hospital.timeZone);
    if (training.date > today) throw new UserError(`${argv.file}: date ${training.date}: pelatihan itu belum terjadi; laporan dan daftar hadir dicatat sesudah pelatihan.`);
    const pdf = await renderTrainingPdf({ training }, await formOptions(profile, argv.lang, generatedAt));
    const check = ({ store }: Session) => {
      const seen = store.cycle.trainingOn(training.date, training.topic);
      if (seen) throw new UserError(`${argv.file}: pelatihan "${training.topic}" tanggal ${training.date} sudah tercatat (#${seen.id}).`);
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
    process.stdout.write(`Pelatihan #${id} dicatat (${training.participants.length} peserta).\n${argv.lang === 'en' ? 'Written' : 'Ditulis'}: ${file}\n`);
  },
};
