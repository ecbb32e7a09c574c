// A store the pack tests build: three incidents of 2023 recorded with the cycle commands, January
// attested as nil, an evaluation of incident 1 (one action done, one open and overdue), a drill,
// a training and a notice for the planned incident — the records kept from the sample files in
// data/contoh with their dates moved into 2023. Incident 2 is unplanned and not evaluated.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfigFile } from '../../src/config.js';
import { loadProfile } from '../../src/profile.js';
import { loadSopConfig } from '../../src/documents/sop/config.js';
import { parseDrillFile } from '../../src/records/drill-file.js';
import { parseEvaluationFile } from '../../src/records/evaluation-file.js';
import { parseNoticeFile } from '../../src/records/notice-file.js';
import { parseTrainingFile } from '../../src/records/training-file.js';
import { recordEvaluation, recordNotice, recordTraining } from '../../src/store/record-api.js';
import { openStore } from '../../src/store/store.js';
import { setup } from '../cycle/helpers.js';

export function packStore() {
  const t = setup();
  t.ok('open', 'SIMRS tidak bisa diakses: listrik padam', '--at', '2023-03-05T08:15', '--category', 'power', '--by', 'Andi');
  t.ok('close', '1', '--at', '2023-03-05T10:40', '--by', 'Andi');
  t.ok('open', 'Jaringan ke BPJS putus', '--at', '2023-04-10T09:00', '--category', 'network', '--by', 'Andi');
  t.ok('close', '2', '--at', '2023-04-10T09:45', '--by', 'Andi');
  t.ok('open', 'Pemeliharaan server basis data', '--kind', 'planned', '--at', '2023-05-20T22:00', '--by', 'Andi');
  t.ok('close', '3', '--at', '2023-05-20T23:30', '--by', 'Andi');
  t.ok('attest', '--month', '2023-01', '--none', '--by', 'Andi');

  const profile = loadProfile('data/profil-rs.yaml');
  const zone = profile.hospital.timeZone;
  const evalData = readConfigFile('data/contoh/evaluasi-contoh.yaml') as Record<string, unknown>;
  const { evaluation } = parseEvaluationFile({ ...evalData, actions: [] }, 'eval', { units: profile.units });
  const sop = loadSopConfig('data/sop/spo-takeover-server.yaml');
  const drillData = readConfigFile('data/contoh/simulasi-takeover.yaml') as Record<string, unknown>;
  const { drill } = parseDrillFile({ ...drillData, date: '2023-06-15', actions: [] }, 'drill', sop);
  const training = parseTrainingFile({ ...(readConfigFile('data/contoh/pelatihan-downtime.yaml') as object), date: '2023-02-10' }, 'training');
  const notice = parseNoticeFile({ ...(readConfigFile('data/contoh/pemberitahuan-contoh.yaml') as object), noticeDate: '2023-05-15' }, 'notice');

  const store = openStore(t.db);
  try {
    recordEvaluation(
      store,
      { incidentId: 1, document: evaluation, fallbackUsed: true, rootCause: evaluation.rootCause, unitsAffected: 3, reconciled: true, createdAt: '2023-03-06T09:00:00+07:00', by: 'Andi Pratama' },
      [
        { action: 'Ganti baterai UPS ruang server', pic: 'IPSRS', due: '2023-03-20', status: 'done', evidence: 'BA serah terima 18/03/2023' },
        { action: 'Uji beban UPS tiap enam bulan', pic: 'Instalasi SIMRS', due: '2023-04-30' },
      ],
      zone,
    );
    store.db.transaction(() => {
      const id = store.cycle.insertDrill({ date: drill.date, procedure: drill.procedure, document: drill, incidentId: null, createdAt: '2023-06-15T12:00:00+07:00' });
      store.cycle.insertAction(id, { sourceKind: 'drill', incidentId: null, action: 'Perbarui daftar kontak di SPO', pic: 'Kepala Instalasi SIMRS', due: '2023-07-01', status: 'done', evidence: 'SPO revisi 02' });
    })();
    recordTraining(store, { date: training.date, topic: training.topic, document: training, createdAt: '2023-02-10T15:00:00+07:00' });
    recordNotice(store, { incidentId: 3, number: null, noticeDate: '2023-05-15', document: notice, createdAt: '2023-05-15T08:00:00+07:00' });
  } finally {
    store.close();
  }
  return { ...t, out: join(t.dir, 'pack') };
}

/**
 * The sample SOPs as revised after this store's records, each history entry naming its cause: the
 * units' SOP after the evaluation of incident 1 (its lesson: the pharmacy's re-entry needs the
 * pharmacist sooner), the take-over SOP after the drill's done action 3 (contacts updated, evidence
 * "SPO revisi 02"). Returns the two config paths, for `--sop`.
 */
export function revisedSops(dir: string, over: { unitCause?: string; takeoverCause?: string } = {}): string[] {
  const unit = readFileSync('data/sop/spo-penanganan-downtime-unit.yaml', 'utf8')
    .replace('revision: "00"\n  issuedOn', 'revision: "01"\n  issuedOn')
    .replace(
      '\ntext:',
      `    - revision: "01"
      date: 2023-03-20
      change: Entri ulang farmasi diverifikasi apoteker
      content: Resep manual diverifikasi apoteker sebelum dientri ulang, paling lambat 1 hari setelah pulih.
      cause: ${over.unitCause ?? '{ incident: 1 }'}

text:`,
    );
  const takeover = readFileSync('data/sop/spo-takeover-server.yaml', 'utf8')
    .replace('revision: "01"\n  issuedOn', 'revision: "02"\n  issuedOn')
    .replace(
      '\nhosts:',
      `    - revision: "02"
      date: 2023-06-20
      change: Daftar kontak diperbarui
      content: Nomor Petugas TI jaga dan Kepala Instalasi SIMRS diperbarui sesudah simulasi.
      cause: ${over.takeoverCause ?? '{ action: 3 }'}

hosts:`,
    );
  const paths = [join(dir, 'spo-unit-revisi.yaml'), join(dir, 'spo-takeover-revisi.yaml')];
  writeFileSync(paths[0]!, unit);
  writeFileSync(paths[1]!, takeover);
  return paths;
}
