// The cause categories, once: their order (tables, charts, stats). Their names live in the wording
// layer (src/wording/categories.ts), one table per language.
import type { Category, Kind, Scope } from '../types.js';
import { CATEGORY_WORDS } from '../wording/categories.js';
import { LANGS, type Lang } from '../wording/lang.js';

export const CATEGORIES = ['network', 'external', 'power', 'hardware', 'software', 'database', 'other'] as const satisfies readonly Category[];

// The wording table's keys are the stored codes; the compiler checks that they cover every one.
CATEGORY_WORDS.in('id').categories satisfies Record<Category, string>;
CATEGORY_WORDS.in('id').kinds satisfies Record<Kind, string>;
CATEGORY_WORDS.in('id').scopes satisfies Record<Scope, string>;

/** A category's name in a language. */
export const categoryName = (c: Category, lang: Lang): string => CATEGORY_WORDS.in(lang).categories[c];

/**
 * Per category, its name in each language: the shape listings read today (`CATEGORY_LABELS[c][lang]`),
 * built from the wording table so there is one source of the names.
 */
export const CATEGORY_LABELS: Record<Category, Record<Lang, string>> = Object.fromEntries(
  CATEGORIES.map((c) => [c, Object.fromEntries(LANGS.map((l) => [l, categoryName(c, l)]))]),
) as Record<Category, Record<Lang, string>>;
