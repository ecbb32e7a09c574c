// The language people read. It is one setting for the whole process — like a locale — chosen once
// by the CLI (`--lang`, else DOWNTIME_LANG, else Indonesian) before a command runs. Threading it as
// a parameter through every parser that can raise a message would add an argument to pure
// functions that need it only for wording; documents still take their language explicitly.

export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** DOWNTIME_LANG=en switches to English; anything else (or nothing) is Indonesian. */
export const envLang = (): Lang => (process.env.DOWNTIME_LANG === 'en' ? 'en' : 'id');

let current: Lang = envLang();

/** Called by src/cli.ts once `--lang` is known; tests call it to read the English wording. */
export function setLanguage(lang: Lang): void {
  current = lang;
}

export function language(): Lang {
  return current;
}
