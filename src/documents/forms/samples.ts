// The four forms rendered from the samples in data/contoh/ for the sample hospital: what
// scripts/render-forms-sample.mjs writes for `npm run demo`, and what the tests and the golden
// pages read back. The incident parts stand in for store rows (the commands map real rows).
import { join } from 'node:path';
import { loadSopConfig } from '../sop/config.js';
import { readDrillFile } from '../../records/drill-file.js';
import { readEvaluationFile } from '../../records/evaluation-file.js';
import { readNoticeFile } from '../../records/notice-file.js';
import { readTrainingFile } from '../../records/training-file.js';
import { drillProcedure, renderDrillPdf } from './drill.js';
import { renderEvaluationPdf, type EvaluationFormInput } from './evaluation.js';
import type { FormOptions } from './form-doc.js';
import { renderNoticePdf, type NoticeFormInput } from './notice.js';
import { renderTrainingPdf } from './training.js';
import { FORMS } from '../../wording/forms.js';

export const SAMPLE_DIR = 'data/contoh';
export const SAMPLE_SOP = 'data/sop/spo-takeover-server.yaml';

const officer = { name: 'Andi Pratama, A.Md.Kom.' };

export const sampleIncident: EvaluationFormInput['incident'] = {
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

export const sampleTimeline: EvaluationFormInput['timeline'] = [
  { at: '2026-12-05T08:15:00+07:00', type: 'other', text: 'Laporan dari Pendaftaran: SIMRS tidak bisa diakses' },
  { at: '2026-12-05T08:22:00+07:00', type: 'informed', text: 'Semua unit pelayanan diberi tahu lewat grup WhatsApp; formulir manual dipakai' },
  { at: '2026-12-05T08:30:00+07:00', type: 'estimate', text: 'Estimasi pulih pukul 10.00' },
  { at: '2026-12-05T08:45:00+07:00', type: 'decision', text: 'Perbaikan serverdb dilanjutkan; take over tidak dilakukan karena sistem berkas sedang diperiksa' },
  { at: '2026-12-05T10:40:00+07:00', type: 'recovered', text: 'PostgreSQL hidup, uji klien berhasil, unit diberi tahu' },
];

export const sampleNoticeIncident: NoticeFormInput['incident'] = {
  number: 'DT-2026-015',
  title: 'Pembaruan bridging V-Claim dan pemeliharaan server',
  start: '2026-12-06T22:00:00+07:00',
  end: '2026-12-07T01:00:00+07:00',
};

export interface SampleForm {
  /** File stem: "formulir-evaluasi-DT-2026-014". */
  name: string;
  pdf: Buffer;
}

export async function renderSampleForms(opts: FormOptions, dir = SAMPLE_DIR, sopPath = SAMPLE_SOP): Promise<SampleForm[]> {
  const { profile, lang } = opts;
  const { evaluation } = readEvaluationFile(join(dir, 'evaluasi-contoh.yaml'), { units: profile.units, incidentDate: sampleIncident.start.slice(0, 10) });
  const notice = readNoticeFile(join(dir, 'pemberitahuan-contoh.yaml'));
  const sop = loadSopConfig(sopPath);
  const { drill } = readDrillFile(join(dir, 'simulasi-takeover.yaml'), sop);
  const training = readTrainingFile(join(dir, 'pelatihan-downtime.yaml'));
  const suffix = FORMS.in(lang).common.fileSuffix;
  return [
    { name: `formulir-evaluasi-${sampleIncident.number}${suffix}`, pdf: await renderEvaluationPdf({ incident: sampleIncident, timeline: sampleTimeline, evaluation, officer }, opts) },
    { name: `pemberitahuan-downtime-${sampleNoticeIncident.number}${suffix}`, pdf: await renderNoticePdf({ incident: sampleNoticeIncident, overrides: notice, officer }, opts) },
    {
      name: `laporan-simulasi-${drill.date}${suffix}`,
      pdf: await renderDrillPdf({ drill, procedure: drillProcedure(sop, drill.procedure, lang, profile.hospital.unit), incidentNumber: 'DT-2026-012' }, opts),
    },
    { name: `laporan-pelatihan-${training.date}${suffix}`, pdf: await renderTrainingPdf({ training }, opts) },
  ];
}
