// Options shared by several commands, declared once.
import type { Argv } from 'yargs';
import { LANGS, envLang, type Lang } from '../wording/lang.js';
import { HELP } from '../wording/help.js';

export { DEFAULT_DB_PATH, resolveDbPath } from '../paths.js';

export interface PeriodArgs {
  month?: string;
  quarter?: string;
  year?: number;
  from?: string;
  to?: string;
}

export function withPeriodOptions<T>(y: Argv<T>): Argv<T & PeriodArgs> {
  const O = HELP().options;
  return y
    .option('month', { type: 'string', describe: O.month })
    .option('quarter', { type: 'string', describe: O.quarter })
    .option('year', { type: 'number', describe: O.year })
    .option('from', { type: 'string', describe: O.from })
    .option('to', { type: 'string', describe: O.to })
    .conflicts('month', ['quarter', 'year', 'from', 'to'])
    .conflicts('quarter', ['year', 'from', 'to'])
    .conflicts('year', ['from', 'to']) as Argv<T & PeriodArgs>;
}

export interface LangArgs {
  lang: Lang;
}

/**
 * `--lang id|en`, a global option (commands/index.ts): messages, help and documents alike. Its
 * default is DOWNTIME_LANG, so one setting switches them all.
 */
export const LANG_OPTION = () => ({ choices: LANGS, default: envLang(), describe: HELP().lang }) as const;

/**
 * The language a command line asks for (`--lang en`, `--lang=en`; the last one wins), read before
 * yargs is loaded so that everything it builds — descriptions, its own words — is in it. An
 * unknown value is left to yargs to refuse; null when the line does not say.
 */
export function langFromArgs(args: readonly string[]): Lang | null {
  let lang: Lang | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? args[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) lang = value as Lang;
  }
  return lang;
}

/**
 * `--lang` is global now (every command has it); this only tells the compiler that `argv.lang`
 * reaches the command's handler. Kept so command modules can declare that they read it.
 */
export function withLangOption<T>(y: Argv<T>): Argv<T & LangArgs> {
  return y as Argv<T & LangArgs>;
}

export function withProfileOption<T>(y: Argv<T>): Argv<T & { profile: string }> {
  return y.option('profile', {
    type: 'string',
    default: 'data/profil-rs.yaml',
    describe: HELP().options.profile,
  }) as Argv<T & { profile: string }>;
}
