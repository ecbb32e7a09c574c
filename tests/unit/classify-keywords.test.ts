// The classifier's word index against the plain reading it replaced: lower-case the text, turn
// every run of characters other than letters, digits and '-' into one space, then a one-word
// keyword is a word of the text and a longer one a substring " a b " of " text ". Random texts
// from the rules' own words, punctuation, digits and non-ASCII letters.
import { describe, expect, it } from 'vitest';
import { classifyCategory, findKeywords } from '../../src/classify/classify.js';
import { loadRules } from '../../src/classify/rules.js';
import type { NormalisedIncident } from '../../src/types.js';
import { rng } from '../helpers/rng.js';

const rules = loadRules('data/aturan-klasifikasi.yaml');

function norm(text: string): { text: string; tokens: string[] } {
  const bare = text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ').trim();
  return { text: ` ${bare} `, tokens: bare ? bare.split(' ') : [] };
}

function reference(texts: string[], words: readonly string[]): string[] {
  const hits = new Set<number>();
  words.forEach((w, i) => {
    const k = norm(w);
    if (!k.tokens.length) return;
    for (const t of texts) {
      const h = norm(t);
      if (k.tokens.length === 1 ? h.tokens.includes(k.tokens[0]!) : h.text.includes(k.text)) hits.add(i);
    }
  });
  return [...hits].sort((a, b) => a - b).map((i) => words[i]!);
}

function referenceCategory(title: string, cause: string): string {
  let best: { rule: number; score: number } | null = null;
  rules.categories.forEach((c, rule) => {
    const score = reference([title], c.keywords).length * 2 + reference([cause], c.keywords).length;
    if (score > 0 && (!best || score > best.score)) best = { rule, score };
  });
  return best ? rules.categories[(best as { rule: number }).rule]!.category : 'other';
}

// A small deterministic generator (no Math.random: a failure must repeat).
const keywordWords = [...rules.kind.planned, ...rules.kind.unplanned, ...rules.external.keywords, ...rules.categories.flatMap((c) => c.keywords)].flatMap((k) => k.split(/\s+/));
const pieces = [...keywordWords, 'Kejadian', '12', 'v2', 'é', 'İstanbul', '\u212Aabel', 'SERVER', 'Tidak', 'dapat', '-', '--', 'e-', '-klaim'];
const seps = [' ', '  ', ': ', ', ', '/', '.', ' - ', '-', '\t', '\n', '(', ') ', '_', '’', ''];

function text(r: () => number): string {
  const n = Math.floor(r() * 9);
  let s = r() < 0.2 ? seps[Math.floor(r() * seps.length)]! : '';
  for (let i = 0; i < n; i++) {
    let w = pieces[Math.floor(r() * pieces.length)]!;
    if (r() < 0.3) w = w.toUpperCase();
    s += w + seps[Math.floor(r() * seps.length)]!;
  }
  return s;
}

describe('keyword index', () => {
  it('finds what the plain reading finds, in rule order', () => {
    const r = rng(7);
    const lists = [rules.kind.planned, rules.kind.unplanned, rules.external.keywords, ...rules.categories.map((c) => c.keywords)];
    for (let i = 0; i < 600; i++) {
      const a = text(r);
      const b = text(r);
      for (const words of lists) {
        expect(findKeywords(a, words)).toEqual(reference([a], words));
        expect(findKeywords(a, words, b)).toEqual(reference([a, b], words));
      }
    }
  });

  it('scores categories as the plain reading does', () => {
    const r = rng(11);
    for (let i = 0; i < 1500; i++) {
      const title = text(r);
      const cause = text(r);
      const inc = { title, cause, statedCategory: null } as Pick<NormalisedIncident, 'title' | 'cause' | 'statedCategory'>;
      expect(classifyCategory(inc, rules).category).toBe(referenceCategory(title, cause));
    }
  });
});
