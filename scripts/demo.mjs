// `npm run demo`: runs the main job on the sample data in data/ and writes documents into output/.
// It uses a fresh store in output/ so the demo never touches a user's data/downtime.sqlite.
// After the import, the record cycle on the sample hospital: one outage recorded live, corrected,
// evaluated and printed; a drill; a training; a planned downtime announced ahead; an attested
// month. Every time and document date is fixed (--at, --generated-at), so the documents are
// reproducible; only the correction and record timestamps (kept by the store) are the clock's.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const db = 'output/demo.sqlite';
mkdirSync('output', { recursive: true });
rmSync(db, { force: true });

/** Runs one command as a user would; stops the demo on failure. Returns its stdout when captured. */
function downtime(args, { capture = false } = {}) {
  process.stdout.write(`\n$ downtime ${args.map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}\n`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], {
    stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, DOWNTIME_DB: db, DOWNTIME_DEMO: '1' },
  });
  if (capture) process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) process.exit(r.status ?? 1);
  return capture ? r.stdout.trim() : '';
}

for (const args of [
  ['import', 'data/log-downtime-rsud-m-natsir.xlsx'],
  ['list'],
  ['stats', '--year', '2022'],
  ['report', '--year', '2022', '--each-month'],
  // no period: the whole years in the store — the seed's own report, every incident (2021–2022)
  ['report'],
  ['sop', '--check'],
  ['sop'],
]) downtime(args);

// The sample evaluation describes an outage of 5 December 2026; the demo's outage is recorded on
// 24 November (a live record cannot lie in the future), so its copy dates the backup and the
// evidence before the form's date.
const evaluation = readFileSync('data/contoh/evaluasi-contoh.yaml', 'utf8')
  .replace('salinan off-site terakhir 2 Desember 2026', 'salinan off-site terakhir 23 November 2026')
  .replace('uji beban UPS, 10 Desember 2026', 'uji beban UPS, 28 November 2026');
writeFileSync('output/demo-evaluasi.yaml', evaluation);

// One outage, recorded as it happens.
const id = downtime(['open', 'SIMRS tidak bisa diakses', '--at', '2026-11-24T08:15', '--unit', 'Server basis data (serverdb)'], { capture: true });
downtime(['note', id, 'Semua unit pelayanan diberi tahu lewat grup WhatsApp; formulir manual dipakai', '--type', 'informed', '--at', '2026-11-24T08:22']);
downtime(['note', id, 'Estimasi pulih pukul 10.00', '--estimate', '105', '--at', '2026-11-24T08:30']);
downtime(['note', id, 'Perbaikan serverdb dilanjutkan; take over tidak dilakukan', '--type', 'decision', '--at', '2026-11-24T08:45']);
downtime(['close', id, '--at', '2026-11-24T10:40']);
// A correction with its trail, then the evaluation and its printed form.
downtime(['edit', id, '--category', 'power', '--cause', 'Listrik PLN padam 12 menit; UPS ruang server tidak menahan beban', '--reason', 'Hasil pemeriksaan IPSRS 24/11', '--by', 'Andi Pratama, A.Md.Kom.']);
downtime(['evaluate', id, '--file', 'output/demo-evaluasi.yaml', '--by', 'Andi Pratama, A.Md.Kom.']);
downtime(['form', id, '--generated-at', '2026-11-30T09:00:00+07:00']);
downtime(['show', id]);

// A drill and a training (MRMIK 13.1 b).
downtime(['drill', '--file', 'data/contoh/simulasi-takeover.yaml', '--generated-at', '2026-11-25T09:00:00+07:00']);
downtime(['training', '--file', 'data/contoh/pelatihan-downtime.yaml', '--generated-at', '2026-11-25T09:00:00+07:00']);

// A planned downtime, announced ahead.
const planned = downtime(['open', 'Pembaruan bridging V-Claim dan pemeliharaan server', '--kind', 'planned', '--at', '2026-12-06T22:00'], { capture: true });
downtime(['notice', planned, '--file', 'data/contoh/pemberitahuan-contoh.yaml', '--until', '2026-12-07T01:00', '--by', 'Andi Pratama, A.Md.Kom.', '--generated-at', '2026-12-01T09:00:00+07:00']);
downtime(['show', planned]);

// A month without downtime is attested, not assumed; then the year's figures and report.
downtime(['attest', '--month', '2026-10', '--none', '--note', 'Log Uptime Kuma bersih sepanjang Oktober']);
downtime(['actions']);
downtime(['stats', '--year', '2026', '--now', '2026-12-01T09:00:00+07:00']);
downtime(['report', '--year', '2026', '--format', 'pdf', '--generated-at', '2026-12-01T09:00:00+07:00']);

// ---- Accreditation pack --------------------------------------------------------------------
// Last, after every other step: the pack gathers what they wrote into the store. 2022 is the
// seed's imported log; 2026 holds the record cycle above (evaluation, drill, training, notice,
// attested month). The readiness findings are printed; without --strict they do not fail the demo.
downtime(['pack', '--year', '2022']);
downtime(['pack', '--year', '2026']);
