// `downtime init`: a hospital's own profile, classification rules and SOP configs, from a few
// questions (on a terminal) or flags (for scripts, with --yes). The shipped samples are the starting
// point; what is the hospital's own replaces the sample's names, and `sample: true` is dropped so
// documents stop warning. Never overwrites an existing file.
import type { CommandModule } from 'yargs';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { commandDescription } from './help-text.js';
import { UserError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';
import { writeFileAtomic } from '../util/fs.js';

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

const QUESTIONS: [keyof Answers, string][] = [
  ['name', 'Nama rumah sakit (lengkap, mis. RSUD MOHAMMAD NATSIR)'],
  ['shortName', 'Nama singkat (mis. RSUD M. Natsir)'],
  ['city', 'Kota tempat tanda tangan (mis. Solok)'],
  ['province', 'Pemerintah daerah di kop (mis. PROVINSI SUMATERA BARAT)'],
  ['director', 'Nama direktur (dengan gelar)'],
  ['head', 'Nama Kepala Instalasi SIMRS (dengan gelar)'],
];

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
  const missing = QUESTIONS.filter(([k]) => !given[k]);
  if (missing.length && (yes || !process.stdin.isTTY)) {
    throw new UserError(`downtime init: belum diisi ${missing.map(([k]) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')} (tanpa terminal, semua jawaban lewat opsi)`);
  }
  const out = { ...given } as Answers;
  if (!missing.length) return out;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    for (const [k, label] of missing) {
      let v = '';
      while (!v) v = (await rl.question(`${label}: `)).trim();
      out[k] = v;
    }
  } finally {
    rl.close();
  }
  return out;
}

export const initCommand: CommandModule<object, InitArgs> = {
  command: 'init',
  describe: commandDescription('init'),
  builder: (y) =>
    y
      .option('dir', { type: 'string', default: 'data', describe: 'Folder tujuan: profil-rs.yaml, aturan-klasifikasi.yaml, sop/' })
      .option('name', { type: 'string', describe: 'Nama rumah sakit (lengkap)' })
      .option('short-name', { type: 'string', describe: 'Nama singkat' })
      .option('city', { type: 'string', describe: 'Kota tempat tanda tangan' })
      .option('province', { type: 'string', describe: 'Pemerintah daerah di kop, mis. "PROVINSI SUMATERA BARAT"' })
      .option('director', { type: 'string', describe: 'Nama direktur' })
      .option('head', { type: 'string', describe: 'Nama Kepala Instalasi SIMRS' })
      .option('yes', { type: 'boolean', default: false, describe: 'Tanpa pertanyaan: semua jawaban dari opsi' })
      .example('$0 init', 'Tanya nama rumah sakit, kota, direktur … lalu tulis data/profil-rs.yaml, aturan dan SPO')
      .example('$0 init --name "RSUD SEHAT" --short-name "RSUD Sehat" --city Padang --province "PROVINSI SUMATERA BARAT" --director "dr. A" --head "B, S.Kom." --yes', 'Untuk skrip') as never,
  handler: async (argv) => {
    const dir = resolve(argv.dir);
    const profilePath = join(dir, 'profil-rs.yaml');
    const targets = [profilePath, join(dir, 'aturan-klasifikasi.yaml'), join(dir, 'sop')];
    const existing = targets.filter((t) => existsSync(t) && !(t === join(dir, 'sop') && readdirSync(t).length === 0));
    // The shipped data/ is the sample itself: `init` in the package folder must not overwrite it.
    if (existing.length) throw new UserError(`downtime init: sudah ada ${existing.join(', ')}; tidak ditimpa (pilih folder lain dengan --dir)`);
    const answers = await ask({ name: argv.name, shortName: argv.shortName, city: argv.city, province: argv.province, director: argv.director, head: argv.head }, argv.yes);
    const shipped = (p: string): string => join(PACKAGE_ROOT, p);
    mkdirSync(join(dir, 'sop'), { recursive: true });
    writeFileAtomic(profilePath, Buffer.from(ownProfile(readFileSync(shipped('data/profil-rs.yaml'), 'utf8'), answers)));
    copyFileSync(shipped('data/aturan-klasifikasi.yaml'), join(dir, 'aturan-klasifikasi.yaml'));
    for (const f of readdirSync(shipped('data/sop'))) copyFileSync(join(shipped('data/sop'), f), join(dir, 'sop', f));
    process.stdout.write(
      `Ditulis: ${profilePath}\nDitulis: ${join(dir, 'aturan-klasifikasi.yaml')}\nDitulis: ${join(dir, 'sop')}/\n` +
        'Lengkapi NIP, alamat kop, nomor dan peraturan direktur di SPO, lalu periksa: downtime sop --check\n',
    );
  },
};
