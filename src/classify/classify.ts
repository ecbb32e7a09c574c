// Decides kind, cause category and scope, and records which rule fired. Pure: rules are passed in.
import type { Category, ClassifiedIncident, Kind, NormalisedIncident, Scope } from '../types.js';
import type { Rules } from './rules.js';
import { CATEGORY_WORDS } from '../wording/categories.js';
import { IMPORT } from '../wording/import.js';
import { LANGS, RECORD_LANG, type Lang } from '../wording/lang.js';

const NON_WORD = /[^\p{L}\p{N}-]+/gu;

interface Hay {
  /** The text's words: lower case, split at anything that is not a letter, digit or '-'. */
  tokens: string[];
}

// One incident asks for its title and cause about eight times in a row (kind, category, scope):
// the last two texts keep their words, so each is split once per incident.
let lastText: string | null = null;
let lastHay: Hay | null = null;
let prevText: string | null = null;
let prevHay: Hay | null = null;

function hayOf(text: string): Hay {
  if (text === lastText) return lastHay!;
  if (text === prevText) return prevHay!;
  const n = hayFrom(text);
  prevText = lastText;
  prevHay = lastHay;
  lastText = text;
  lastHay = n;
  return n;
}

/**
 * ASCII text split into words in one pass: the same words as replacing every run of characters
 * other than a–z, 0–9 and '-' by a space, trimming and splitting at spaces. null for other text.
 */
function asciiTokens(lower: string): string[] | null {
  const out: string[] = [];
  let from = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c > 0x7f) return null;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
    if (word) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      out.push(lower.slice(from, i));
      from = -1;
    }
  }
  if (from >= 0) out.push(from === 0 ? lower : lower.slice(from));
  return out;
}

/**
 * The text's words, worked out each time it is asked for beyond the last two texts. (A map of the
 * last 1,000 texts used to keep them: titles are nearly all unique, so it held a thousand short-
 * lived texts, each a slice of the 64 KB sheet XML piece it came from, and every young-generation
 * GC copied those pieces on to the old generation: 0.8 MB a GC, half the import's GC time.)
 */
function hayFrom(text: string): Hay {
  const lower = text.toLowerCase();
  // For ASCII text the Unicode classes are exactly a–z and 0–9; a plain loop is much cheaper.
  let tokens = asciiTokens(lower);
  if (!tokens) {
    const bare = lower.replace(NON_WORD, ' ').trim();
    tokens = bare ? bare.split(' ') : [];
  }
  return { tokens };
}

interface Needles {
  /**
   * Keywords by their first word → the rest of their words and their position in the rule list.
   * A multi-word keyword (" tidak dapat ") matches where its words follow each other in the text,
   * which is where its normalised form is a substring of the text's, spaces at both ends.
   */
  byFirst: Map<string, { rest: string[]; index: number }[]>;
}

// Keywords are compiled once per word list, not once per incident: 100,000 rows × ~150 keywords.
const needleCache = new WeakMap<readonly string[], Needles>();

function needles(words: readonly string[]): Needles {
  let n = needleCache.get(words);
  if (!n) {
    const built: Needles = { byFirst: new Map() };
    words.forEach((word, index) => {
      // Not through hayOf: a keyword's words must not take a slot in the last-two memo.
      const { tokens } = hayFrom(word);
      if (!tokens.length) return;
      const list = built.byFirst.get(tokens[0]!);
      const entry = { rest: tokens.slice(1), index };
      if (list) list.push(entry);
      else built.byFirst.set(tokens[0]!, [entry]);
    });
    needleCache.set(words, built);
    n = built;
  }
  return n;
}

const NO_HITS: readonly number[] = Object.freeze([]);

/**
 * Positions of the keywords of `n` found in the text, sorted, once each. Not remembered with the
 * text: a map per text for that raised the peak memory of a 300,000-row import by ~35 MB.
 */
function foundIn(hay: Hay, n: Needles): readonly number[] {
  let hits: number[] | null = null;
  const { tokens } = hay;
  const byFirst = n.byFirst;
  for (let i = 0; i < tokens.length; i++) {
    const cands = byFirst.get(tokens[i]!);
    if (!cands) continue;
    for (const c of cands) {
      const rest = c.rest;
      let ok = i + rest.length < tokens.length;
      for (let k = 0; ok && k < rest.length; k++) ok = tokens[i + 1 + k] === rest[k];
      if (ok) (hits ??= []).push(c.index);
    }
  }
  return hits ? sortedUnique(hits) : NO_HITS;
}

function sortedUnique(xs: number[]): number[] {
  if (xs.length > 1) {
    let sorted = true;
    for (let r = 1; sorted && r < xs.length; r++) sorted = xs[r - 1]! <= xs[r]!;
    if (!sorted) xs.sort((x, y) => x - y);
    let w = 1;
    for (let r = 1; r < xs.length; r++) if (xs[r] !== xs[w - 1]) xs[w++] = xs[r]!;
    xs.length = w;
  }
  return xs;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Word-boundary keyword match, so "lis" does not fire inside "listrik" and "sep" not in
 * "september". Hits come back once each, in the order of the rule list.
 */
export function findKeywords(text: string, words: readonly string[], ...more: string[]): readonly string[] {
  const n = needles(words);
  let hits = foundIn(hayOf(text), n);
  for (const t of more) {
    const h = foundIn(hayOf(t), n);
    if (h.length) hits = hits.length ? sortedUnique([...hits, ...h]) : h;
  }
  if (!hits.length) return NONE;
  return hits.map((i) => words[i]!);
}

export interface KindDecision {
  kind: Kind;
  reason: string;
  guessed: boolean;
}

type ClassifyWords = ReturnType<typeof IMPORT>['classify'];
/** A reason not yet put into words: the decision is made once, and said in any language. */
type Said = (W: ClassifyWords) => string;

/** `"a", "b"`: a loop, where map and join were compiled for one array shape and thrown away at the next. */
function quote(ws: readonly string[]): string {
  let out = '';
  for (let k = 0; k < ws.length; k++) out = k === 0 ? `"${ws[k]}"` : `${out}, "${ws[k]}"`;
  return out;
}

function decideKind(inc: Pick<NormalisedIncident, 'title' | 'cause' | 'statedKind'>, rules: Rules): { kind: Kind; guessed: boolean; said: Said } {
  if (inc.statedKind) {
    // The normaliser's reason ("kolom Jenis = …") is already words, in the language it ran in.
    const reason = inc.statedKind.reason;
    return { kind: inc.statedKind.kind, said: () => reason, guessed: false };
  }
  const title = { planned: findKeywords(inc.title, rules.kind.planned), unplanned: findKeywords(inc.title, rules.kind.unplanned) };
  const cause = { planned: findKeywords(inc.cause, rules.kind.planned), unplanned: findKeywords(inc.cause, rules.kind.unplanned) };
  if (title.planned.length && !title.unplanned.length) {
    const said: Said = (W) => W.titlePlanned(quote(title.planned), cause.unplanned.length ? W.overCause(quote(cause.unplanned)) : '');
    return { kind: 'planned', said, guessed: true };
  }
  if (title.unplanned.length && !title.planned.length) {
    return { kind: 'unplanned', said: (W) => W.titleUnplanned(quote(title.unplanned)), guessed: true };
  }
  const planned = [...new Set([...title.planned, ...cause.planned])];
  const unplanned = [...new Set([...title.unplanned, ...cause.unplanned])];
  if (planned.length && unplanned.length) {
    // A failed update is still an outage nobody scheduled: the safe reading for availability.
    return { kind: 'unplanned', said: (W) => W.conflict(quote(planned), quote(unplanned)), guessed: true };
  }
  if (planned.length) return { kind: 'planned', said: (W) => W.causePlanned(quote(planned)), guessed: true };
  if (unplanned.length) return { kind: 'unplanned', said: (W) => W.causeUnplanned(quote(unplanned)), guessed: true };
  return { kind: 'unplanned', said: (W) => W.noKindClue, guessed: true };
}

/**
 * Keywords decide when nothing stated the kind. The title is what the clerk says happened; the
 * cause is how. So a planned word in the title ("Pemeliharaan server") outweighs an unplanned word
 * in the cause ("harddisk rusak": why the part was replaced), while a title with both ("Update
 * aplikasi gagal") is an outage nobody scheduled. Without a kind word in the title, the cause
 * decides the same way. The reason is a stored text: in RECORD_LANG unless asked otherwise.
 */
export function classifyKind(inc: Pick<NormalisedIncident, 'title' | 'cause' | 'statedKind'>, rules: Rules, lang: Lang = RECORD_LANG): KindDecision {
  const d = decideKind(inc, rules);
  return { kind: d.kind, reason: d.said(IMPORT.in(lang).classify), guessed: d.guessed };
}

export interface CategoryDecision {
  category: Category;
  reason: string;
  guessed: boolean;
}

function decideCategory(inc: Pick<NormalisedIncident, 'title' | 'cause' | 'statedCategory'>, rules: Rules): { category: Category; guessed: boolean; said: Said } {
  if (inc.statedCategory) {
    const stated = inc.statedCategory.toLowerCase();
    const byName = rules.categories.find(
      (c) => c.category === stated || (c.label ?? '').toLowerCase() === stated || findKeywords(stated, c.keywords).length > 0,
    );
    const column = inc.statedCategory;
    if (byName) return { category: byName.category, said: (W) => W.categoryColumn(column), guessed: false };
  }
  const index = categoryIndex(rules.categories);
  // Positions in the index's one list: sorted, so grouped by rule, and by keyword within a rule.
  const inTitle = foundIn(hayOf(inc.title), index.needles);
  const inCause = foundIn(hayOf(inc.cause), index.needles);
  if (!inTitle.length && !inCause.length) return { category: 'other', said: (W) => W.noCategoryKeyword, guessed: true };
  const { ruleOf } = index;
  // Most texts hit one rule only: it wins without scoring the others.
  let rule = ruleOf[inTitle.length ? inTitle[0]! : inCause[0]!]!;
  let oneRule = true;
  for (const i of inTitle) if (ruleOf[i] !== rule) oneRule = false;
  for (const i of inCause) if (ruleOf[i] !== rule) oneRule = false;
  if (!oneRule) {
    const score = new Array<number>(rules.categories.length).fill(0);
    for (const i of inTitle) score[ruleOf[i]!]! += 2;
    for (const i of inCause) score[ruleOf[i]!]! += 1;
    rule = 0;
    for (let r = 1; r < score.length; r++) if (score[r]! > score[rule]!) rule = r;
  }
  // The winning rule's keywords found in either text, in the rule's order, once each: the two
  // sorted lists merged in one pass, their words quoted as they come. (Spread, filter, sort and
  // two maps did the same with five arrays a row, and their array shapes — a frozen empty list or
  // a list of hits — made V8 throw away and recompile this function twice an import.)
  const { kwOf } = index;
  const words = rules.categories[rule]!.keywords;
  let found = '';
  let prev = -1;
  for (let a = 0, b = 0; a < inTitle.length || b < inCause.length; ) {
    const i = b >= inCause.length || (a < inTitle.length && inTitle[a]! <= inCause[b]!) ? inTitle[a++]! : inCause[b++]!;
    if (i === prev) continue;
    prev = i;
    if (ruleOf[i] !== rule) continue;
    found = found === '' ? `"${words[kwOf[i]!]}"` : `${found}, "${words[kwOf[i]!]}"`;
  }
  return { category: rules.categories[rule]!.category, said: (W) => W.keywords(found), guessed: false };
}

/** Keyword score: a hit in the title weighs 2, in the cause 1; ties go to the rule listed first. */
export function classifyCategory(inc: Pick<NormalisedIncident, 'title' | 'cause' | 'statedCategory'>, rules: Rules, lang: Lang = RECORD_LANG): CategoryDecision {
  const d = decideCategory(inc, rules);
  return { category: d.category, reason: d.said(IMPORT.in(lang).classify), guessed: d.guessed };
}

interface CategoryIndex {
  /** Every rule's keywords in one list, rule after rule. */
  needles: Needles;
  /** Position in that list → the rule, and the keyword's position within the rule. */
  ruleOf: number[];
  kwOf: number[];
}

const categoryIndexes = new WeakMap<Rules['categories'], CategoryIndex>();

/** Every category's keywords in one word index: one pass over a text finds all categories' hits. */
function categoryIndex(categories: Rules['categories']): CategoryIndex {
  let idx = categoryIndexes.get(categories);
  if (idx) return idx;
  const flat: string[] = [];
  const ruleOf: number[] = [];
  const kwOf: number[] = [];
  categories.forEach((c, rule) =>
    c.keywords.forEach((word, kw) => {
      flat.push(word);
      ruleOf.push(rule);
      kwOf.push(kw);
    }),
  );
  idx = { needles: needles(flat), ruleOf, kwOf };
  categoryIndexes.set(categories, idx);
  return idx;
}

function decideScope(inc: Pick<NormalisedIncident, 'title' | 'cause'>, category: Category, rules: Rules): { scope: Scope; said: Said } {
  const hits = findKeywords(inc.title, rules.external.keywords, inc.cause);
  if (hits.length) return { scope: 'external', said: (W) => W.externalKeywords(quote(hits)) };
  if (category === 'external') return { scope: 'external', said: (W) => W.externalCategory };
  return { scope: 'internal', said: (W) => W.noExternalClue };
}

export function classifyScope(inc: Pick<NormalisedIncident, 'title' | 'cause'>, category: Category, rules: Rules, lang: Lang = RECORD_LANG): { scope: Scope; reason: string } {
  const d = decideScope(inc, category, rules);
  return { scope: d.scope, reason: d.said(IMPORT.in(lang).classify) };
}

export interface Classification {
  /** What is stored: reasons and warnings in RECORD_LANG (wording/lang.ts), whoever ran the import. */
  incident: ClassifiedIncident;
  /** The warnings classify added (kind guessed, category unknown), said in `lang`: what an import lists. */
  notes(lang: Lang): string[];
}

interface Decisions {
  kind: ReturnType<typeof decideKind>;
  category: ReturnType<typeof decideCategory>;
  scope: ReturnType<typeof decideScope>;
}

function decide(inc: NormalisedIncident, rules: Rules): Decisions {
  const kind = decideKind(inc, rules);
  const category = decideCategory(inc, rules);
  return { kind, category, scope: decideScope(inc, category.category, rules) };
}

function notesOf(d: Decisions, lang: Lang): string[] {
  const W = IMPORT.in(lang).classify;
  const out: string[] = [];
  if (d.kind.guessed) out.push(W.kindGuessed(CATEGORY_WORDS.in(lang).kinds[d.kind.kind], d.kind.said(W)));
  if (d.category.guessed) out.push(W.categoryUnknown(d.category.said(W)));
  return out;
}

function classified(inc: NormalisedIncident, d: Decisions, lang: Lang): ClassifiedIncident {
  const W = IMPORT.in(lang).classify;
  return {
    source: inc.source,
    title: inc.title,
    start: inc.start,
    end: inc.end,
    durationMinutes: inc.durationMinutes,
    cause: inc.cause,
    followUp: inc.followUp,
    pic: inc.pic,
    unit: inc.unit,
    extra: inc.extra,
    statedKind: inc.statedKind,
    statedCategory: inc.statedCategory,
    warnings: [...inc.warnings, ...notesOf(d, lang)],
    kind: d.kind.kind,
    kindReason: d.kind.said(W),
    category: d.category.category,
    categoryReason: W.categoryReason(d.category.said(W), CATEGORY_WORDS.in(lang).scopes[d.scope.scope], d.scope.said(W)),
    scope: d.scope.scope,
  };
}

/**
 * Decides once, says it twice when needed: the store gets the record's language, the import's
 * list of issues the language of the person running it.
 */
export function classifyRecord(inc: NormalisedIncident, rules: Rules): Classification {
  const d = decide(inc, rules);
  return { incident: classified(inc, d, RECORD_LANG), notes: (lang) => notesOf(d, lang) };
}

/**
 * The incident with its reasons said in `lang`: RECORD_LANG for what is stored; a preview that
 * stores nothing (`inspect`) may say them in the reader's language.
 */
export function classify(inc: NormalisedIncident, rules: Rules, lang: Lang = RECORD_LANG): ClassifiedIncident {
  return classified(inc, decide(inc, rules), lang);
}

/**
 * The warnings `classify` adds, in either language. The store keeps RECORD_LANG, but stores made
 * before that rule may hold English notes of an import run with `--lang en`.
 */
export function classifierNote(warning: string): 'kindGuessed' | 'categoryUnknown' | null {
  for (const lang of LANGS) {
    const W = IMPORT.in(lang).classify;
    if (warning.startsWith(`${W.kindGuessedLabel}:`)) return 'kindGuessed';
    if (warning.startsWith(`${W.categoryUnknownLabel}:`)) return 'categoryUnknown';
  }
  return null;
}
