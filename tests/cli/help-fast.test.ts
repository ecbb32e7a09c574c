// The top-level help printed without yargs (commands/help-text.ts) must be exactly what yargs
// prints for the same command line, at every terminal width and in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { buildParser } from '../../src/commands/index.js';
import { renderTopHelp } from '../../src/commands/help-text.js';
import { setLanguage, type Lang } from '../../src/wording/lang.js';

/** yargs' rendering; `envDefault` is what DOWNTIME_LANG says (the `--lang` default it shows). */
async function yargsHelp(lang: Lang, width: number, envDefault?: Lang): Promise<string> {
  setLanguage(lang);
  if (envDefault) process.env.DOWNTIME_LANG = envDefault;
  try {
    return await (await buildParser([], width)).getHelp();
  } finally {
    delete process.env.DOWNTIME_LANG;
  }
}

// The `--lang` default the help shows is DOWNTIME_LANG's: unset here.
delete process.env.DOWNTIME_LANG;

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, DOWNTIME_LANG: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('top-level help without yargs', () => {
  afterEach(() => setLanguage('id'));

  for (const lang of ['id', 'en'] as const) {
    // Every third width (odd and even: yargs halves the width for the first column), and the ends.
    it(`matches yargs' rendering at widths from 40 to 110 columns (${lang})`, async () => {
      const differing: number[] = [];
      for (const width of [...Array.from({ length: 24 }, (_, i) => 40 + 3 * i), 80, 110]) {
        const mine = renderTopHelp(lang, 'id', width);
        const theirs = await yargsHelp(lang, width);
        if (mine !== theirs) differing.push(width);
      }
      expect(differing).toEqual([]);
      expect(renderTopHelp(lang, 'id', 100)).toBe(await yargsHelp(lang, 100));
    });
  }

  it('is what `downtime --help` prints, in the language --lang or DOWNTIME_LANG asks for', async () => {
    const id = await yargsHelp('id', 100);
    const en = await yargsHelp('en', 100);
    expect(id).toContain('Perintah:');
    expect(en).toContain('Commands:');
    expect(run(['--help']).out).toBe(`${id}\n`);
    expect(run(['-h']).out).toBe(`${id}\n`);
    expect(run(['--help', '--lang', 'en']).out).toBe(`${en}\n`);
    expect(run(['--lang=en', '--help']).out).toBe(`${en}\n`);
    expect(run(['--help'], { DOWNTIME_LANG: 'en' }).out).toBe(`${await yargsHelp('en', 100, 'en')}\n`);
    expect(run(['--help', '--lang', 'id'], { DOWNTIME_LANG: 'en' }).out).toBe(`${await yargsHelp('id', 100, 'en')}\n`);
    expect(await yargsHelp('id', 100, 'en')).toContain('[bawaan: "en"]');
  });

  it('answers --version and a line without a command as yargs does', () => {
    const version = run(['--version']);
    expect(version.code).toBe(0);
    expect(version.out).toBe('0.1.0\n');
    // Through yargs (another option on the line): the same answer.
    expect(run(['--db', 'x.sqlite', '--version']).out).toBe('0.1.0\n');
    const none = run([]);
    expect(none.code).toBe(1);
    expect(none.err).toBe('Sebutkan perintah.\nLihat: downtime --help\n');
    expect(run(['--db', 'x.sqlite']).err).toBe(none.err);
    expect(run(['--lang', 'en']).err).toBe('Name a command.\nSee: downtime --help\n');
  });
});
