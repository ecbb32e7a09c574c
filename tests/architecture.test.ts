// The house as the README draws it: every module belongs to one layer and imports only from its own
// layer or those below it — static imports and dynamic `import()` alike. A new arrow up a layer (or a
// module nobody placed) fails here with the file and the import that does it.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(import.meta.dirname, '../src');

/** Bottom to top. A module's layer is the first pattern its path (relative to src/) matches. */
const LAYERS: Array<[string, RegExp]> = [
  ['wording', /^wording\//],
  ['base', /^(util\/|[^/]+\.ts$)(?<!^cli\.ts$)/],
  ['sources', /^sources\//],
  ['normalise', /^normalise\//],
  ['classify', /^classify\//],
  ['store', /^store\//],
  ['import', /^import\//],
  ['metrics', /^metrics\//],
  ['documents/kit', /^documents\/kit\//],
  ['documents/sop', /^documents\/sop\//],
  ['records', /^records\/(at|common-file|drill-file|evaluation-file|notice-file|training-file)\.ts$/],
  ['documents/forms+report', /^documents\/(forms|report)\//],
  ['workflow', /^workflow\//],
  ['pack', /^pack\//],
  ['commands', /^commands\//],
  ['cli', /^cli\.ts$/],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

const layerOf = (rel: string): number => LAYERS.findIndex(([, re]) => re.test(rel));

describe('architecture', () => {
  const modules = files(SRC).map((f) => relative(SRC, f));

  it('places every module in a layer', () => {
    expect(modules.filter((m) => layerOf(m) < 0)).toEqual([]);
  });

  it('imports only from the same layer or below', () => {
    const upward: string[] = [];
    for (const m of modules) {
      const text = readFileSync(join(SRC, m), 'utf8');
      for (const [, spec] of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = relative(SRC, resolve(dirname(join(SRC, m)), spec!)).replace(/\.js$/, '.ts');
        const from = layerOf(m);
        const to = layerOf(target);
        if (to > from) upward.push(`${m} (${LAYERS[from]![0]}) → ${target} (${LAYERS[to]?.[0] ?? '?'})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle between modules (type-only imports aside)', () => {
    const graph = new Map<string, string[]>();
    for (const m of modules) {
      const text = readFileSync(join(SRC, m), 'utf8');
      const deps: string[] = [];
      for (const [, spec] of text.matchAll(/^(?!import type\b)(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm))
        deps.push(relative(SRC, resolve(dirname(join(SRC, m)), spec!)).replace(/\.js$/, '.ts'));
      graph.set(m, deps);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (m: string, path: string[]): void => {
      if (state.get(m) === 'done') return;
      if (state.get(m) === 'open') {
        cycles.push([...path.slice(path.indexOf(m)), m].join(' → '));
        return;
      }
      state.set(m, 'open');
      for (const d of graph.get(m) ?? []) visit(d, [...path, m]);
      state.set(m, 'done');
    };
    for (const m of modules) visit(m, []);
    expect(cycles).toEqual([]);
  });
});
