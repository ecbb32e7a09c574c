// yargs' own Indonesian replaced by natural wording, and English when DOWNTIME_LANG=en.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('help and argument messages', () => {
  it('speaks natural Indonesian, not yargs\' stiff defaults', () => {
    const help = run(['inspect', '--help']);
    expect(help.out).toContain('Argumen:');
    expect(help.out).toContain('Opsi:');
    expect(help.out).toContain('[angka]');
    expect(help.out).not.toMatch(/Posisional|\[nomor\]|Pilihan:/);
    const missing = run(['import']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Argumen kurang: ada 0, perlu sedikitnya 1');
    const bad = run(['report', '--lang', 'xx']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Opsi --lang: "xx" bukan pilihan');
    expect(run(['list', '--bogus']).err).toContain('Opsi tidak dikenal: bogus');
    expect(run(['stats', '--month', '2024-01', '--year', '2024']).err).toContain('Opsi --month dan --year tidak boleh dipakai bersama');
  });

  it('DOWNTIME_LANG=en switches the top-level help, command descriptions included', () => {
    const help = run(['--help'], { DOWNTIME_LANG: 'en' });
    expect(help.out).toContain('Commands:');
    expect(help.out).toContain('Look at an unknown log');
    expect(help.out).not.toContain('Periksa log');
  });
});
