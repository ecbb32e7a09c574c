// yargs' own Indonesian replaced by natural wording, and English when DOWNTIME_LANG=en.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, DOWNTIME_LANG: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('help and argument messages', () => {
  it('speaks natural Indonesian, not yargs\' stiff defaults', () => {
    const help = run(['inspect', '--help']);
    expect(help.out).toContain('Argumen:');
    expect(help.out).toContain('Opsi:');
    expect(help.out).toContain('[angka]');
    expect(help.out).not.toMatch(/Posisional|\[nomor\]|Pilihan:/);
    // A flag's default in words, not the JavaScript value.
    expect(help.out).toContain('[ya/tidak] [bawaan: tidak]');
    expect(help.out).not.toContain('bawaan: false');
    const missing = run(['import']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Argumen kurang: ada 0, perlu sedikitnya 1');
    // The help to read is the command's own.
    expect(missing.err).toContain('Lihat: downtime import --help');
    const bad = run(['report', '--lang', 'xx']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Opsi --lang: "xx" bukan pilihan');
    expect(run(['list', '--bogus']).err).toContain('Opsi tidak dikenal: bogus');
    expect(run(['stats', '--month', '2024-01', '--year', '2024']).err).toContain('Opsi --month dan --year tidak boleh dipakai bersama');
  });

  it('--lang en switches yargs\' words, the shared option descriptions and the messages', () => {
    const help = run(['report', '--help', '--lang', 'en']);
    expect(help.out).toContain('Options:');
    expect(help.out).toContain('Month YYYY-MM, e.g. 2022-10');
    expect(help.out).toContain('Hospital profile (letterhead, time zone, targets, signatories)');
    expect(help.out).toContain('Language of messages, help and documents');
    expect(help.out).toContain('[number]');
    expect(help.out).toContain('[boolean] [default: false]');
    expect(help.out).not.toMatch(/Opsi:|Bulan YYYY-MM|\[teks\]/);
    expect(run(['inspect', '--help'], { DOWNTIME_LANG: 'en' }).out).toContain('Only this sheet (may be repeated; hidden sheets too)');
    const missing = run(['import', '--lang', 'en']);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('Not enough arguments: got 0, need at least 1\nSee: downtime import --help\n');
    expect(run(['stats', '--month', '2024-01', '--year', '2024', '--lang=en']).err).toContain('Options --month and --year cannot be used together');
    expect(run(['report', '--lang', 'xx']).err).toContain('Opsi --lang: "xx" bukan pilihan');
    expect(run(['report', '--lang', 'xx'], { DOWNTIME_LANG: 'en' }).err).toContain('Option --lang: "xx" is not a choice; choices: "id", "en"');
    const format = run(['report', '--format', 'docx', '--lang', 'en']);
    expect(format.code).toBe(1);
    expect(format.err).toBe('--format docx: choose pdf, xlsx or pdf,xlsx (for example: --format pdf,xlsx)\n');
    expect(run(['report', '--format', 'docx']).err).toBe('--format docx: pilih pdf, xlsx atau pdf,xlsx (contoh: --format pdf,xlsx)\n');
    expect(run(['stats', '--now', 'kemarin', '--lang', 'en']).err).toContain('--now kemarin: not an ISO date (for example: --now 2026-11-25');
  });

  it('DOWNTIME_LANG=en switches the top-level help, command descriptions included', () => {
    const help = run(['--help'], { DOWNTIME_LANG: 'en' });
    expect(help.out).toContain('Commands:');
    expect(help.out).toContain('Look at an unknown log');
    expect(help.out).not.toContain('Periksa log');
  });
});
