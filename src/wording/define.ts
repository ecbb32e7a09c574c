// One keyed word table per language. A table is written once in Indonesian; its English twin must
// have exactly the same keys and the same parameters, which the compiler checks (a missing or extra
// key, or a message that takes different arguments, is a type error).
import { language, type Lang } from './lang.js';

/** A fixed text, or a message built from its parameters. */
export type Entry = string | ((...args: never[]) => string) | readonly string[];
export type Table = { readonly [key: string]: Entry | Table };

/** The English twin of an Indonesian table: same keys, same shapes; texts may differ. */
export type Twin<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? readonly string[]
      : T[K] extends (...args: infer A) => string
        ? (...args: A) => string
        : Twin<T[K]>;
};

export interface Words<T extends Table> {
  /** The table in the language people read now (see lang.ts). */
  (): T;
  /** The table in a given language: documents, whose language is their own option. */
  readonly in: (lang: Lang) => T;
}

/**
 * `const W = words({ id: {...}, en: {...} })`, then `W().fileMissing(path)` for a message, or
 * `W.in(lang).title` where the language is explicit.
 */
export function words<T extends Table>(tables: { id: T; en: Twin<T> }): Words<T> {
  const byLang = tables as unknown as Record<Lang, T>;
  const get = (() => byLang[language()]) as Words<T>;
  (get as { in: (lang: Lang) => T }).in = (lang: Lang) => byLang[lang];
  return get;
}
