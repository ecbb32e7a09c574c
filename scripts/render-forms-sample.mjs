// Renders the four forms of the record cycle from the samples in data/contoh/ for the sample
// hospital into output/ (or the folder given as the first argument): the evaluation form, the
// planned-downtime notice, the drill report and the training report with its attendance list.
// Needs the build (npm run build); the incident parts are sample data standing in for store rows.
import { join } from 'node:path';
import { loadProfile } from '../dist/profile.js';
import { loadLogo } from '../dist/documents/kit/logo.js';
import { loadSopConfig } from '../dist/documents/sop/config.js';
import { readEvaluationFile } from '../dist/records/evaluation-file.js';
import { readDrillFile } from '../dist/records/drill-file.js';
import { readTrainingFile } from '../dist/records/training-file.js';
import { readNoticeFile } from '../dist/records/notice-file.js';
import { renderEvaluationPdf } from '../dist/documents/forms/evaluation.js';
import { renderNoticePdf } from '../dist/documents/forms/notice.js';
import { renderDrillPdf, drillProcedure } from '../dist/documents/forms/drill.js';
import { renderTrainingPdf } from '../dist/documents/forms/training.js';
import { writeForm } from '../dist/documents/forms/form-doc.js';

const out = process.argv[2] ?? 'output';
const lang = process.argv[3] === 'en' ? 'en' : 'id';
const generatedAt = new Date(process.env.GENERATED_AT ?? '2026-12-10T09:00:00+07:00');
const profile = loadProfile('data/profil-rs.yaml');
const opts = { profile, lang, generatedAt, logo: loadLogo(profile.logoPath) };
const officer = { name: 'Andi Pratama, A.Md.Kom.' };
const suffix = lang === 'en' ? '-en' : '';

const incident = {
  number: 'DT-2026-014',
  title: 'SIMRS tidak bisa diakses: server basis data mati saat listrik padam',
  kind: 'unplanned',
  start: '2026-12-05T08:15:00+07:00',
  end: '2026-12-05T10:40:00+07:00',
  durationMinutes: null,
  category: 'Listrik / UPS',
  unit: 'Server basis data (serverdb)',
  scope: 'Seluruh sistem',
  cause: 'Listrik PLN padam 12 menit; UPS ruang server tidak menahan beban',
};
const timeline = [
  { at: '2026-12-05T08:15:00+07:00', type: 'other', text: 'Laporan dari Pendaftaran: SIMRS tidak bisa diakses' },
  { at: '2026-12-05T08:22:00+07:00', type: 'informed', text: 'Semua unit pelayanan diberi tahu lewat grup WhatsApp; formulir manual dipakai' },
  { at: '2026-12-05T08:30:00+07:00', type: 'estimate', text: 'Estimasi pulih pukul 10.00' },
  { at: '2026-12-05T08:45:00+07:00', type: 'decision', text: 'Perbaikan serverdb dilanjutkan; take over tidak dilakukan karena sistem berkas sedang diperiksa' },
  { at: '2026-12-05T10:40:00+07:00', type: 'recovered', text: 'PostgreSQL hidup, uji klien berhasil, unit diberi tahu' },
];
const { evaluation } = readEvaluationFile('data/contoh/evaluasi-contoh.yaml', { units: profile.units, incidentDate: '2026-12-05' });
const files = [];
const put = async (name, pdf) => {
  const path = join(out, `${name}${suffix}.pdf`);
  writeForm(path, await pdf);
  files.push(path);
};
await put('formulir-evaluasi-DT-2026-014', renderEvaluationPdf({ incident, timeline, evaluation, officer }, opts));

const notice = readNoticeFile('data/contoh/pemberitahuan-contoh.yaml');
await put(
  'pemberitahuan-downtime-DT-2026-015',
  renderNoticePdf(
    {
      incident: { number: 'DT-2026-015', title: 'Pembaruan bridging V-Claim dan pemeliharaan server', start: '2026-12-06T22:00:00+07:00', end: '2026-12-07T01:00:00+07:00' },
      overrides: notice,
      officer,
    },
    opts,
  ),
);

const sop = loadSopConfig('data/sop-takeover.yaml');
const { drill } = readDrillFile('data/contoh/simulasi-takeover.yaml', sop);
await put('laporan-simulasi-2026-11-18', renderDrillPdf({ drill, procedure: drillProcedure(sop, drill.procedure, lang, profile.hospital.unit), incidentNumber: 'DT-2026-012' }, opts));

const training = readTrainingFile('data/contoh/pelatihan-downtime.yaml');
await put('laporan-pelatihan-2026-11-11', renderTrainingPdf({ training }, opts));

for (const f of files) console.log(f);
