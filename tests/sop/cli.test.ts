// The built CLI (dist/, `npm test` builds first): exit codes of --check and of generation, and
// that a lint error writes nothing.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED } from './helpers.js';

const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', 'sop', ...args], { encoding: 'utf8' });

describe.skipIf(!existsSync('dist/cli.js'))('downtime sop (built CLI)', () => {
  it('--check on the sample: exit 0', () => {
    const r = cli('--check');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('0 galat');
  });
  it('--check on the seed as typed: exit 4 with paths and codes', () => {
    const r = cli('--check', '--config', SEED);
    expect(r.status).toBe(4);
    expect(r.stdout).toContain('GALAT same-address hosts.backup.address');
    expect(r.stdout).toMatch(/PERINGATAN telnet procedures\.takeover\.steps\[0\]\.via/);
    expect(r.stdout).toMatch(/PERINGATAN root-login /);
  });
  it('--check --json prints only JSON on stdout', () => {
    const r = cli('--check', '--json', '--config', SEED);
    expect(r.status).toBe(4);
    const out = JSON.parse(r.stdout) as { ok: boolean; errors: unknown[] };
    expect(out.ok).toBe(false);
    expect(out.errors.length).toBeGreaterThan(0);
  });
  it('warnings only: exit 0, warnings on stderr and in the document', () => {
    const out = mkdtempSync(join(tmpdir(), 'sop-cli-'));
    const r = cli('--check', '--config', 'tests/fixtures/sop/warnings-only.yaml');
    expect(r.status).toBe(0);
    const g = cli('--config', 'tests/fixtures/sop/warnings-only.yaml', '--format', 'docx', '--out', out, '--generated-at', '2022-11-25T08:00:00+07:00');
    expect(g.status, g.stderr).toBe(0);
    expect(g.stderr).toContain('PERINGATAN telnet');
    expect(readdirSync(out)).toEqual(['spo-takeover-server.docx']);
  });
  it('a lint error stops generation: exit 4, nothing written', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sop-cli-')), 'out');
    const r = cli('--config', SEED, '--out', out);
    expect(r.status).toBe(4);
    expect(r.stderr).toContain('SPO tidak dibuat');
    expect(existsSync(out)).toBe(false);
  });
  it('writes both formats, reproducibly with --generated-at', () => {
    const a = mkdtempSync(join(tmpdir(), 'sop-cli-'));
    const b = mkdtempSync(join(tmpdir(), 'sop-cli-'));
    for (const out of [a, b]) expect(cli('--out', out, '--generated-at', '2022-11-25T08:00:00+07:00').status).toBe(0);
    // Every SPO of data/sop/: the take-over and the service units' procedure.
    expect(readdirSync(a).sort()).toEqual(['spo-penanganan-downtime-unit.docx', 'spo-penanganan-downtime-unit.pdf', 'spo-takeover-server.docx', 'spo-takeover-server.pdf']);
    for (const f of readdirSync(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).toBe(true);
  });
  it('a bad --format is an input error (exit 1)', () => {
    expect(cli('--format', 'odt').status).toBe(1);
  });
});
