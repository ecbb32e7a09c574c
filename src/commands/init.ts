// `downtime init`: a hospital's own profile, classification rules and SOP configs, from a few
// questions (on a terminal) or flags (for scripts, with --yes). The shipped samples are the starting
// point; what is the hospital's own replaces the sample's names, and `sample: true` is dropped so
// documents stop warning. Never overwrites an existing file.
import type { CommandModule } from 'yargs';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { commandDescription } from './help-text.js';
import { ExitCode, UserError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { writeFileAtomic } from '../util/fs.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface InitArgs {
  dir: string;
  name?: string;
  shortName?: string;
  city?: string;
  province?: string;
  director?: string;
  head?: string;
  yes: boolean;
}

interface Answers {
  name: string;
  shortName: string;
  city: string;
  province: string;
  director: string;
  head: string;
}

/** The answers asked for, in the order they are asked (the questions are in COMMANDS().init). */
const QUESTIONS: (keyof Answers)[] = ['name', 'shortName', 'city', 'province', 'director', 'head'];

/** The sample profile with the hospital's own answers; pure, so it is tested without a terminal. */
export function ownProfile(sample: string, a: Answers): string {
  const q = (s: string): string => JSON.stringify(s);
  return sample
    .replace(/^sample: true\n/m, '')
    .replace(/^# Profil sendiri dibuat.*\n/m, '')
    .replace(/^(  name: ).*$/m, `$1${q(a.name)}`)
    .replace(/^(  shortName: ).*$/m, `$1${q(a.shortName)}`)
    .replace(/^(  city: ).*$/m, `$1${q(a.city)}`)
    .replace(/^(  government: ).*$/m, `$1${q(`PEMERINTAH ${a.province}`.toUpperCase())}`)
    .replace(/^(letterhead:[\s\S]*?\n  name: ).*$/m, `$1${q(a.name)}`)
    .replace(/^(  place: ).*$/m, `$1${q(a.city.toUpperCase())}`)
    .replace(/^(    position: Direktur ).*$/m, `$1${a.shortName}`)
    .replace(/^(    name: )dr\. Contoh.*$/m, `$1${q(a.director)}`)
    .replace(/^(    name: )Contoh Nama, S\.Kom\.$/m, `$1${q(a.head)}`)
    .replace(/^(\s+-\s+"Jl\. Simpang[\s\S]*?\n\s+-\s+"Website.*\n)/m, '    - "Alamat, telepon (ganti)"\n');
}

async function ask(given: Partial<Answers>, yes: boolean): Promise<Answers> {
  const W = COMMANDS().init;
  const missing = QUESTIONS.filter((k) => !given[k]);
  if (missing.length && (yes || !process.stdin.isTTY)) {
    throw new UserError(W.missing(missing.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')));
  }
  const out = { ...given } as Answers;
  if (!missing.length) return out;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    for (const k of missing) {
      let v = '';
      while (!v) v = (await rl.question(`${W.questions[k]}: `)).trim();
      out[k] = v;
    }
  } finally {
    rl.close();
  }
  return out;
}

/** Why a write failed, in words: the common causes by their errno, else the system's own message. */
function whyNot(err: unknown): string {
  const W = COMMANDS().init.why;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTDIR' || code === 'EEXIST') return W.fileOnPath;
  if (code === 'EACCES' || code === 'EPERM') return W.permission;
  if (code === 'ENOSPC') return W.full;
  if (code === 'EROFS') return W.readOnly;
  return (err as Error).message;
}

export const initCommand: CommandModule<object, InitArgs> = {
  command: 'init',
  describe: commandDescription('init'),
  builder: (y) =>
    y
      .option('dir', { type: 'string', default: 'data', describe: COMMAND_HELP().init.dir })
      .option('name', { type: 'string', describe: COMMAND_HELP().init.name })
      .option('short-name', { type: 'string', describe: COMMAND_HELP().init.shortName })
      .option('city', { type: 'string', describe: COMMAND_HELP().init.city })
      .option('province', { type: 'string', describe: COMMAND_HELP().init.province })
      .option('director', { type: 'string', describe: COMMAND_HELP().init.director })
      .option('head', { type: 'string', describe: COMMAND_HELP().init.head })
      .option('yes', { type: 'boolean', default: false, describe: COMMAND_HELP().init.yes })
      .example(exampleList(COMMAND_HELP().init.examples)) as never,
  handler: async (argv) => {
    const dir = resolve(argv.dir);
    const profilePath = join(dir, 'profil-rs.yaml');
    const targets = [profilePath, join(dir, 'aturan-klasifikasi.yaml'), join(dir, 'sop')];
    const W = COMMANDS().init;
    // --dir naming a file used to end in ENOTDIR from deep inside mkdir, as a bug with a stack.
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(W.notAFolder(dir));
    const emptyFolder = (t: string): boolean => statSync(t).isDirectory() && readdirSync(t).length === 0;
    const existing = targets.filter((t) => existsSync(t) && !(t === join(dir, 'sop') && emptyFolder(t)));
    // The shipped data/ is the sample itself: `init` in the package folder must not overwrite it.
    if (existing.length) throw new UserError(W.existing(existing.join(', ')));
    const answers = await ask({ name: argv.name, shortName: argv.shortName, city: argv.city, province: argv.province, director: argv.director, head: argv.head }, argv.yes);
    const shipped = (p: string): string => join(PACKAGE_ROOT, p);
    const profile = ownProfile(readFileSync(shipped('data/profil-rs.yaml'), 'utf8'), answers);
    let target = join(dir, 'sop');
    try {
      mkdirSync(target, { recursive: true });
      writeFileAtomic(profilePath, Buffer.from(profile));
      target = join(dir, 'aturan-klasifikasi.yaml');
      copyFileSync(shipped('data/aturan-klasifikasi.yaml'), target);
      for (const f of readdirSync(shipped('data/sop'))) {
        target = join(dir, 'sop', f);
        copyFileSync(join(shipped('data/sop'), f), target);
      }
    } catch (err) {
      if (err instanceof UserError) throw err;
      // A folder that cannot be written (a file on the path, no permission, a full disk): said in words, not as an errno.
      throw new UserError(W.cannotWrite(target, whyNot(err)), { exitCode: ExitCode.io });
    }
    const S = COMMANDS().shared;
    process.stdout.write(`${[S.written(profilePath), S.written(join(dir, 'aturan-klasifikasi.yaml')), S.written(`${join(dir, 'sop')}/`), W.next].join('\n')}\n`);
  },
};
