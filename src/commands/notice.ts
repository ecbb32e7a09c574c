// `downtime notice ID`: the Pemberitahuan Downtime Terencana (DT-02, PDF/A) for a planned incident
// — which may lie in the future — and the notice recorded in the store (number, notice date), so the
// lead time (notice date → start) is a figure in stats and the report. The PDF is written inside
// the store's transaction: a notice that could not be written is not recorded either.
import { loadProfile, sampleProfileWarning } from '../profile.js';
import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { withLangOption, withProfileOption } from './options.js';
import { parseIsoInstant } from './option-values.js';
import { officer, parseAt, parseId } from '../records/at.js';
import { readSession, requireIncident, writeSession, type Session } from '../records/session.js';
import { documentPath, formOptions, localDate, type DocumentArgs } from '../records/documents.js';
import { isoInZone } from '../util/zone.js';
import { UserError } from '../errors.js';
import type { NoticeOverrides } from '../records/notice-file.js';

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
      .positional('id', { type: 'string', demandOption: true, describe: 'Nomor insiden terencana' })
      .option('file', { type: 'string', describe: 'Isi pemberitahuan (YAML, semua kunci opsional): kegiatan, modul, prosedur manual, kesiapan' })
      .option('date', { type: 'string', describe: 'Tanggal pemberitahuan YYYY-MM-DD; bawaan: noticeDate di berkas, lalu tanggal dokumen' })
      .option('number', { type: 'string', describe: 'Nomor surat lengkap; bawaan: awalan profil dengan nomor urut kosong' })
      .option('until', { type: 'string', describe: 'Perkiraan selesai (2026-12-07T01:00, waktu RS) bila insiden belum punya waktu selesai' })
      .option('out', { type: 'string', default: 'output', describe: 'Folder keluaran' })
      .option('generated-at', { type: 'string', describe: 'Tanggal dokumen (ISO) untuk keluaran yang dapat diulang; bawaan: sekarang' })
      .option('by', { type: 'string', describe: 'Petugas TI yang membuat; bawaan: officer di profil' })
      .option('json', { type: 'boolean', default: false, describe: 'Cetak hasil sebagai JSON' })
      .example('$0 notice 15 --file data/contoh/pemberitahuan-contoh.yaml --until 2026-12-07T01:00', 'output/pemberitahuan-downtime-15.pdf')
      .example('$0 notice 15 --date 2026-12-01 --number "800/123/RSUD-MN/SIMRS/XII/2026"', 'Dengan tanggal dan nomor surat') as never,
  handler: async (argv) => {
    // A document with the sample hospital's letterhead and NIPs must not leave unnoticed.
    const sampleWarning = sampleProfileWarning(loadProfile(argv.profile));
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);
    const id = parseId(argv.id);
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    const { readNoticeFile } = await import('../records/notice-file.js');
    const fromFile: NoticeOverrides = argv.file ? readNoticeFile(argv.file) : {};
    if (argv.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(argv.date.trim())) throw new UserError(`--date ${argv.date}: tanggal pemberitahuan YYYY-MM-DD, mis. --date 2026-12-01`);
    if (argv.date !== undefined) parseIsoInstant('--date', argv.date.trim());
    const number = argv.number?.trim() || fromFile.number;

    const plan = ({ store, profile, zone }: Session) => {
      const inc = requireIncident(store, id);
      if (inc.voided) throw new UserError(`Insiden ${id} sudah dibatalkan (void): tidak diberitahukan.`);
      if (inc.kind !== 'planned') {
        throw new UserError(`Insiden ${id} tidak terencana; pemberitahuan hanya untuk downtime terencana. Bila memang terencana: downtime edit ${id} --kind planned --reason "…"`);
      }
      const noticeDate = argv.date?.trim() ?? fromFile.noticeDate ?? localDate(generatedAt.getTime(), zone);
      const start = localDate(inc.startMs, zone);
      if (noticeDate > start) throw new UserError(`Tanggal pemberitahuan ${noticeDate} sesudah downtime dimulai (${start}): pemberitahuan harus sebelum atau pada hari mulai.`);
      let end = inc.end;
      if (argv.until !== undefined) {
        const untilMs = parseAt('--until', argv.until, zone, generatedAt, { future: true });
        if (untilMs <= inc.startMs) throw new UserError(`--until ${argv.until}: perkiraan selesai harus sesudah mulai (${inc.start}).`);
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
    process.stdout.write(`Pemberitahuan #${noticeId} untuk insiden ${id} dicatat: nomor ${printed}, tanggal ${checked.noticeDate}.\n${argv.lang === 'en' ? 'Written' : 'Ditulis'}: ${file}\n`);
  },
};
