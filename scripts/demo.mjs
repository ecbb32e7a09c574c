// `npm run demo`: runs the main job on the sample data in data/ and writes documents into output/.
// It uses a fresh store in output/ so the demo never touches a user's data/downtime.sqlite.
import { spawnSync } from 'node:child_process';
import { rmSync, mkdirSync } from 'node:fs';

const db = 'output/demo.sqlite';
mkdirSync('output', { recursive: true });
rmSync(db, { force: true });

const steps = [
  ['import', 'data/log-downtime-rsud-m-natsir.xlsx'],
  ['list'],
  ['stats', '--year', '2022'],
  ['report', '--year', '2022', '--each-month'],
  // no period: the whole years in the store — the seed's own report, every incident (2021–2022)
  ['report'],
  ['sop', '--check'],
  ['sop'],
];

for (const args of steps) {
  process.stdout.write(`\n$ downtime ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit', env: { ...process.env, DOWNTIME_DB: db } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// ---- Accreditation pack (branch `pack`) -------------------------------------------------------
// Last, after every other step: the pack gathers what they wrote into the store (evaluations,
// drills, trainings, notices the cycle steps add) for the sample year. The readiness findings are
// printed; without --strict they do not fail the demo.
{
  const args = ['pack', '--year', '2022'];
  process.stdout.write(`\n$ downtime ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit', env: { ...process.env, DOWNTIME_DB: db } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
