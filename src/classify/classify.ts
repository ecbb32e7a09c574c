// Decides kind, cause category and scope, and records which rule fired. Pure: rules are passed in.
import type { Category, ClassifiedIncident, Kind, NormalisedIncident, Scope } from '../types.js';
import type { Rules } from './rules.js';

const NON_WORD = /[^\p{L}\p{N}-]+/gu;

function normaliseWords(text: string): string {
  return ` ${text.toLowerCase().replace(NON_WORD, ' ').trim()} `;
}

// Keywords are normalised once per word list, not once per incident: 100,000 rows × ~150 keywords.
const needleCache = new WeakMap<readonly string[], { word: string; needle: string }[]>();

function needles(words: readonly string[]): { word: string; needle: string }[] {
  let n = needleCache.get(words);
  if (!n) {
    n = words.map((word) => ({ word, needle: normaliseWords(word) })).filter((x) => x.needle.trim().length > 0);
    needleCache.set(words, n);
  }
  return n;
}

/** Word-boundary keyword match, so "lis" does not fire inside "listrik" and "sep" not in "september". */
export function findKeywords(text: string, words: readonly string[]): string[] {
  const hay = normaliseWords(text);
  return needles(words)
    .filter(({ needle }) => hay.includes(needle))
    .map(({ word }) => word);
}

export interface KindDecision {
  kind: Kind;
  reason: string;
  guessed: boolean;
}

export function classifyKind(inc: Pick<NormalisedIncident, 'title' | 'cause' | 'statedKind'>, rules: Rules): KindDecision {
  if (inc.statedKind) return { kind: inc.statedKind.kind, reason: inc.statedKind.reason, guessed: false };
  const text = `${inc.title} ${inc.cause}`;
  const planned = findKeywords(text, rules.kind.planned);
  const unplanned = findKeywords(text, rules.kind.unplanned);
  const quote = (ws: string[]) => ws.map((w) => `"${w}"`).join(', ');
  if (planned.length && !unplanned.length) {
    return { kind: 'planned', reason: `kata kunci terencana ${quote(planned)}`, guessed: true };
  }
  if (unplanned.length && !planned.length) {
    return { kind: 'unplanned', reason: `kata kunci tidak terencana ${quote(unplanned)}`, guessed: true };
  }
  if (planned.length && unplanned.length) {
    // A failed update is still an outage nobody scheduled: the safe reading for availability.
    return {
      kind: 'unplanned',
      reason: `kata kunci bertentangan (terencana ${quote(planned)}; tidak terencana ${quote(unplanned)}); dianggap tidak terencana`,
      guessed: true,
    };
  }
  return { kind: 'unplanned', reason: 'tidak ada kolom jenis, judul bagian, atau kata kunci; dianggap tidak terencana', guessed: true };
}

export interface CategoryDecision {
  category: Category;
  reason: string;
  guessed: boolean;
}

/** Keyword score: a hit in the title weighs 2, in the cause 1; ties go to the rule listed first. */
export function classifyCategory(inc: Pick<NormalisedIncident, 'title' | 'cause' | 'statedCategory'>, rules: Rules): CategoryDecision {
  if (inc.statedCategory) {
    const stated = inc.statedCategory.toLowerCase();
    const byName = rules.categories.find(
      (c) => c.category === stated || (c.label ?? '').toLowerCase() === stated || findKeywords(stated, c.keywords).length > 0,
    );
    if (byName) return { category: byName.category, reason: `kolom Kategori = "${inc.statedCategory}"`, guessed: false };
  }
  let best: { category: Category; score: number; hits: string[] } | null = null;
  for (const rule of rules.categories) {
    const inTitle = findKeywords(inc.title, rule.keywords);
    const inCause = findKeywords(inc.cause, rule.keywords);
    const score = inTitle.length * 2 + inCause.length;
    if (score > 0 && (!best || score > best.score)) {
      best = { category: rule.category, score, hits: [...new Set([...inTitle, ...inCause])] };
    }
  }
  if (!best) return { category: 'other', reason: 'tidak ada kata kunci kategori yang cocok', guessed: true };
  return { category: best.category, reason: `kata kunci ${best.hits.map((w) => `"${w}"`).join(', ')}`, guessed: false };
}

export function classifyScope(inc: Pick<NormalisedIncident, 'title' | 'cause'>, category: Category, rules: Rules): { scope: Scope; reason: string } {
  const hits = findKeywords(`${inc.title} ${inc.cause}`, rules.external.keywords);
  if (hits.length) return { scope: 'external', reason: `kata kunci eksternal ${hits.map((w) => `"${w}"`).join(', ')}` };
  if (category === 'external') return { scope: 'external', reason: 'kategori layanan eksternal' };
  return { scope: 'internal', reason: 'tidak ada petunjuk penyebab eksternal' };
}

export function classify(inc: NormalisedIncident, rules: Rules): ClassifiedIncident {
  const kind = classifyKind(inc, rules);
  const category = classifyCategory(inc, rules);
  const scope = classifyScope(inc, category.category, rules);
  const warnings = [...inc.warnings];
  if (kind.guessed) warnings.push(`Jenis ditebak: ${kind.kind === 'planned' ? 'terencana' : 'tidak terencana'} (${kind.reason})`);
  if (category.guessed) warnings.push(`Kategori penyebab tidak dikenali: ${category.reason}`);
  return {
    ...inc,
    warnings,
    kind: kind.kind,
    kindReason: kind.reason,
    category: category.category,
    categoryReason: `${category.reason}; ${scope.scope === 'external' ? 'eksternal' : 'internal'}: ${scope.reason}`,
    scope: scope.scope,
  };
}
