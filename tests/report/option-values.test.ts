// One ISO date parser for --generated-at (report, sop) and --now (stats): the same values are
// refused everywhere, as user errors naming the option.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseIsoInstant } from '../../src/commands/option-values.js';
import { UserError } from '../../src/errors.js';
import { CLI, runCli, tempDir } from '../helpers/cli.js';

describe('parseIsoInstant', () => {
  it('accepts dates and instants with or without an offset', () => {
    expect(parseIsoInstant('--now', '2026-11-25T09:00:00+07:00').toISOString()).toBe('2026-11-25T02:00:00.000Z');
    expect(parseIsoInstant('--now', '2026-11-25').toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(parseIsoInstant('--now', undefined, () => new Date(0)).getTime()).toBe(0);
  });
  it.each(['12', 'kemarin', '2022-99-99', '2022-02-30', '2022-10-01T25:00', '25/11/2026'])('refuses %s', (v) => {
    expect(() => parseIsoInstant('--now', v)).toThrow(UserError);
    expect(() => parseIsoInstant('--now', v)).toThrow(`--now ${v}: bukan tanggal ISO`);
  });
});

describe('the built CLI refuses the same values in every command (exit 1)', () => {
  const out = join(tempDir('downtime-options-'), 'out');
  it.each([
    [['sop', '--generated-at', '12', '--out', out]],
    [['report', '--generated-at', '12', '--out', out]],
    [['stats', '--now', 'kemarin']],
    [['stats', '--now', '2022-99-99']],
  ])('%j', (args) => {
    const r = runCli(args);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${args[1]} ${args[2]}: bukan tanggal ISO`);
  });

  it('sop prints absolute paths, like report', () => {
    const dir = tempDir('downtime-sop-abs-');
    const args = ['sop', '--config', resolve('data/sop/spo-takeover-server.yaml'), '--profile', resolve('data/profil-rs.yaml'), '--format', 'pdf', '--out', 'keluaran'];
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(`Ditulis: ${join(realpathSync(dir), 'keluaran', 'spo-takeover-server.pdf')}`);
  });
});
