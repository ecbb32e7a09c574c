// The report's words in its own language: the table in wording/report.ts plus the category names,
// which have their own home (classify/categories.ts) and are not repeated in the report's table.
import type { Category, Lang, Period } from '../../types.js';
import { formatDateLong, monthName } from '../../format.js';
import { CATEGORIES, CATEGORY_LABELS } from '../../classify/categories.js';
import { LANGS } from '../../wording/lang.js';
import { REPORT, type ReportWords } from '../../wording/report.js';

export interface ReportLabels extends ReportWords {
  categories: Record<Category, string>;
}

const categoryNames = (lang: Lang): Record<Category, string> => Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_LABELS[c][lang]])) as Record<Category, string>;

/** Built once per language: the report model hands the same object to both renderers. */
const LABELS = Object.fromEntries(LANGS.map((lang) => [lang, { ...REPORT.in(lang), categories: categoryNames(lang) }])) as Record<Lang, ReportLabels>;

export function labels(lang: Lang): ReportLabels {
  return LABELS[lang];
}

const ROMAN_QUARTER = ['I', 'II', 'III', 'IV'];

/** "Periode Oktober 2022", "Triwulan IV 2022", "Tahun 2022", "Periode 1 Januari 2022 s.d. 15 Maret 2022". */
export function periodTitle(period: Period, lang: Lang): string {
  const P = REPORT.in(lang).period;
  const [y, m] = period.from.split('-').map(Number) as [number, number];
  switch (period.granularity) {
    case 'month':
      return P.month(monthName(m, lang), y);
    case 'quarter':
      return P.quarter(ROMAN_QUARTER[Math.floor((m - 1) / 3)] ?? '', y);
    case 'year':
      return P.year(y);
    default:
      return P.range(formatDateLong(period.from, lang), formatDateLong(period.to, lang));
  }
}
