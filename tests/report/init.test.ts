// `downtime init` for scripts: flags in, the hospital's own profile (no sample marker), rules and
// both SOP configs out; documents made with it do not warn; existing files are never overwritten.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { loadProfile, sampleProfileWarning } from '../../src/profile.js';

const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, DOWNTIME_DEMO: '' } });
const FLAGS = ['--name', 'RSUD SEHAT SENTOSA', '--short-name', 'RSUD Sehat', '--city', 'Padang', '--province', 'Provinsi Sumatera Barat', '--director', 'dr. Ani, M.Kes.', '--head', 'Budi, S.Kom.', '--yes'];

describe.skipIf(!existsSync('dist/cli.js'))('downtime init', () => {
  it('writes an own profile, rules and SOP configs from flags; SOPs made with it do not warn', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'init-')), 'data');
    const r = cli('init', '--dir', dir, ...FLAGS);
    expect(r.status, r.stderr).toBe(0);
    const p = loadProfile(join(dir, 'profil-rs.yaml'));
    expect(p.sample).toBe(false);
    expect(sampleProfileWarning(p, {})).toBeNull();
    expect(p.hospital.name).toBe('RSUD SEHAT SENTOSA');
    expect(p.letterhead.name).toBe('RSUD SEHAT SENTOSA');
    expect(p.letterhead.government).toBe('PEMERINTAH PROVINSI SUMATERA BARAT');
    expect(p.signatories.acknowledgedBy?.name).toBe('dr. Ani, M.Kes.');
    expect(p.signatories.preparedBy.name).toBe('Budi, S.Kom.');
    expect(readFileSync(join(dir, 'profil-rs.yaml'), 'utf8')).not.toContain('Contoh Nama');
    expect(readdirSync(join(dir, 'sop')).sort()).toEqual(['spo-penanganan-downtime-unit.yaml', 'spo-takeover-server.yaml']);
    const out = join(dir, '..', 'out');
    const s = cli('sop', '--profile', join(dir, 'profil-rs.yaml'), '--config', join(dir, 'sop', 'spo-penanganan-downtime-unit.yaml'), '--format', 'pdf', '--out', out);
    expect(s.status, s.stderr).toBe(0);
    expect(s.stderr).not.toContain('profil CONTOH');
    const again = cli('init', '--dir', dir, ...FLAGS);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('tidak ditimpa');
  });

  it('without a terminal every answer must come as an option; the sample profile warns', () => {
    const r = cli('init', '--dir', join(mkdtempSync(join(tmpdir(), 'init-')), 'd'), '--name', 'X', '--yes');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--city');
    const s = cli('sop', '--check');
    expect(s.status).toBe(0);
    const w = cli('sop', '--format', 'pdf', '--out', mkdtempSync(join(tmpdir(), 'init-')));
    expect(w.stderr).toContain('profil CONTOH');
  });
});
