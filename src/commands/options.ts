// Options shared by several commands, declared once.
import type { Argv } from 'yargs';
import { resolve } from 'node:path';
import { envLang } from '../wording/lang.js';

export const DEFAULT_DB_PATH = 'data/downtime.sqlite';

/** `--db PATH`, else `$DOWNTIME_DB`, else data/downtime.sqlite. */
export function resolveDbPath(db: string | undefined): string {
  return resolve(db ?? process.env.DOWNTIME_DB ?? DEFAULT_DB_PATH);
}

export interface PeriodArgs {
  month?: string;
  quarter?: string;
  year?: number;
  from?: string;
  to?: string;
}

export function withPeriodOptions<T>(y: Argv<T>): Argv<T & PeriodArgs> {
  return y
    .option('month', { type: 'string', describe: 'Bulan YYYY-MM, mis. 2022-10' })
    .option('quarter', { type: 'string', describe: 'Triwulan YYYY-Qn, mis. 2022-Q4' })
    .option('year', { type: 'number', describe: 'Tahun YYYY' })
    .option('from', { type: 'string', describe: 'Tanggal awal YYYY-MM-DD (bersama --to)' })
    .option('to', { type: 'string', describe: 'Tanggal akhir YYYY-MM-DD, inklusif' })
    .conflicts('month', ['quarter', 'year', 'from', 'to'])
    .conflicts('quarter', ['year', 'from', 'to'])
    .conflicts('year', ['from', 'to']) as Argv<T & PeriodArgs>;
}

export interface LangArgs {
  lang: 'id' | 'en';
}

export function withLangOption<T>(y: Argv<T>): Argv<T & LangArgs> {
  // DOWNTIME_LANG sets the default, so one setting switches documents and messages alike.
  return y.option('lang', { choices: ['id', 'en'] as const, default: envLang(), describe: 'Bahasa keluaran' }) as Argv<T & LangArgs>;
}

export function withProfileOption<T>(y: Argv<T>): Argv<T & { profile: string }> {
  return y.option('profile', {
    type: 'string',
    default: 'data/profil-rs.yaml',
    describe: 'Profil rumah sakit (kop surat, zona waktu, target, penandatangan)',
  }) as Argv<T & { profile: string }>;
}
