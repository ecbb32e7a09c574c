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

/**
 * The language of what is kept in the store with a record (classifier reasons and warnings, the
 * placeholder title, a correction's "dikoreksi: …"): the hospital's own, whatever language the
 * clerk who ran the import or the edit reads. Records are read later by the hospital's documents
 * and by other people; a store must not mix languages depending on who typed `--lang en`.
 */
export const RECORD_LANG: Lang = 'id';

/** Runs `fn` with the process language set to `lang`, then puts it back (pure, synchronous work only). */
export function inLanguage<T>(lang: Lang, fn: () => T): T {
  const was = current;
  current = lang;
  try {
    return fn();
  } finally {
    current = was;
  }
}
