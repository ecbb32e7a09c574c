// The bundled `downtime report` keeps what it validated from unchanged config files (the profile,
// each SPO's title and number) for its next run (src/util/result-cache.ts). A user must never see
// the difference: an edited file is read again, a broken one reported every time.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf.js';

const SAMPLE = 'data/log-downtime-rsud-m-natsir.xlsx';
const AT = '2026-11-25T09:00:00+07:00';

describe('report with the result cache (unchanged configs are not parsed again)', () => {
  let dir: string;
  let db: string;
  let profile: string;
  let sopDir: string;
  const report = (name: string) => runCli(['report', '--db', db, '--month', '2022-10', '--format', 'pdf', '--profile', profile, '--sop', sopDir, '--out', join(dir, name), '--generated-at', AT]);
  const text = (name: string): string => pdfText(join(dir, name, 'laporan-downtime-2022-10.pdf')).replace(/\s+/g, ' ');

  beforeAll(() => {
    dir = tempDir('downtime-result-cache-');
    db = join(dir, 'store.sqlite');
    expect(runCli(['import', SAMPLE, '--db', db]).code).toBe(0);
    profile = join(dir, 'profil.yaml');
    writeFileSync(profile, readFileSync('data/profil-rs.yaml', 'utf8'));
    sopDir = join(dir, 'sop');
    mkdirSync(sopDir);
    for (const f of readdirSync('data/sop')) copyFileSync(join('data/sop', f), join(sopDir, f));
  });

  it('gives the same bytes on the run that reads the cache as on the run that filled it', () => {
    expect(report('first').code).toBe(0);
    expect(report('second').code).toBe(0);
    const a = readFileSync(join(dir, 'first', 'laporan-downtime-2022-10.pdf'));
    const b = readFileSync(join(dir, 'second', 'laporan-downtime-2022-10.pdf'));
    expect(b.equals(a)).toBe(true);
    // The entries exist: the second run could read them (they sit beside the report's code cache).
    expect(readdirSync('dist/bundle-cjs').filter((f) => f.startsWith('result-profile-')).length).toBeGreaterThan(0);
    expect(readdirSync('dist/bundle-cjs').filter((f) => f.startsWith('result-sop-ref-')).length).toBeGreaterThan(0);
  });

  it('reads an edited profile and an edited SPO again (same length, so only the bytes tell)', () => {
    writeFileSync(profile, readFileSync(profile, 'utf8').replaceAll('RSUD MOHAMMAD NATSIR', 'RSUD MOHAMMAD NATSIX'));
    const sop = join(sopDir, 'spo-takeover-server.yaml');
    writeFileSync(sop, readFileSync(sop, 'utf8').replace('009/RSUD-MN/SIMRS/XI/2022', '019/RSUD-MN/SIMRS/XI/2022'));
    expect(report('edited').code).toBe(0);
    const t = text('edited');
    expect(t).toContain('RSUD MOHAMMAD NATSIX');
    expect(t).not.toContain('RSUD MOHAMMAD NATSIR');
    expect(t).toMatch(/No\. 019\/RSUD-MN\/SIMRS\/ ?XI\/2022/); // (the line may break after the last slash)
  });

  it('reports a broken SPO on every run, and a broken profile as the error it is', () => {
    const sop = join(sopDir, 'spo-takeover-server.yaml');
    writeFileSync(sop, readFileSync(sop, 'utf8').replace(/^document:/m, 'document: [\n'));
    for (const name of ['broken-1', 'broken-2']) {
      const r = report(name);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/PERINGATAN: .*spo-takeover-server\.yaml/);
      expect(text(name)).not.toMatch(/019\/RSUD-MN\/SIMRS/);
      expect(text(name)).toMatch(/No\. 010\/RSUD-MN/);
    }
    writeFileSync(profile, readFileSync(profile, 'utf8').replace(/timeZone: .*/, 'timeZone: Mars/Olympus'));
    for (let i = 0; i < 2; i++) {
      const r = report(`bad-profile-${i}`);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('profil.yaml');
      expect(r.stderr).toContain('hospital.timeZone');
    }
  });
});
