// Month and day words as Indonesian hospital logs spell them. Our own tables rather than luxon's
// `id` locale, because luxon rejects old spellings (Nopember, Pebruari), common abbreviations
// (Agt, Ags, Nop), Jum'at and English names that en-US Excel produces.

// The names messages print are in the wording layer: months in COMMON, weekdays in IMPORT.date.days.

/** Spellings per month (index 0 = January), already lower-case and without trailing dot. */
const MONTH_WORDS: readonly (readonly string[])[] = [
  ['januari', 'jan', 'january'],
  ['februari', 'pebruari', 'feb', 'febr', 'peb', 'pebr', 'february'],
  ['maret', 'mar', 'mrt', 'march'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'jun', 'june'],
  ['juli', 'jul', 'july'],
  ['agustus', 'agu', 'agt', 'ags', 'agst', 'aug', 'august'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct', 'october'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'des', 'dec', 'december'],
];

/** Spellings per weekday (index 0 = Sunday); Ahad is the Islamic name for Minggu. */
const DAY_WORDS: readonly (readonly string[])[] = [
  ['minggu', 'ahad', 'min', 'sunday', 'sun'],
  ['senin', 'sen', 'monday', 'mon'],
  ['selasa', 'sel', 'tuesday', 'tue', 'tues'],
  ['rabu', 'rab', 'wednesday', 'wed'],
  ['kamis', 'kam', 'thursday', 'thu', 'thur', 'thurs'],
  ['jumat', "jum'at", 'jum', 'friday', 'fri'],
  ['sabtu', 'sab', 'saturday', 'sat'],
];

/** Roman month numerals as used in Indonesian document numbers ("001/SPO/SIMRS/X/2022"). */
export const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

function index(table: readonly (readonly string[])[], base: number): Map<string, number> {
  const m = new Map<string, number>();
  table.forEach((words, i) => words.forEach((w) => m.set(w, i + base)));
  return m;
}
const MONTHS = index(MONTH_WORDS, 1);
const DAYS = index(DAY_WORDS, 0);

/**
 * Lower-cases, folds typographic apostrophes (Jum’at) to ', non-breaking and repeated spaces to
 * one space, and trims: every word lookup and pattern in the parsers assumes this form.
 */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function key(word: string): string {
  return normaliseText(word).replace(/\.+$/, '');
}

/** 1–12 for any month spelling ("Nopember", "Agt.", "Oct"), else null. */
export function monthFromWord(word: string): number | null {
  return MONTHS.get(key(word)) ?? null;
}

/** 0 (Minggu/Sunday) – 6 (Sabtu) for any day spelling ("Jum’at", "Ahad", "Sen."), else null. */
export function dayFromWord(word: string): number | null {
  return DAYS.get(key(word)) ?? null;
}

/** 1–12 for a Roman month numeral ("x", "XII"), else null. */
export function monthFromRoman(word: string): number | null {
  const i = (ROMAN_MONTHS as readonly string[]).indexOf(word.trim().toUpperCase());
  return i < 0 ? null : i + 1;
}
