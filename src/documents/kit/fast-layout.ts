// A fast path for pdfkit's per-word text layout with our own Latin fonts. pdfkit lays out every
// new word of a document through fontkit's full OpenType shaper (script detection, GSUB, GPOS),
// which was most of a report's rendering time. For the Arimo and Cousine files we ship, and text
// made only of the characters in FAST below, that shaper does exactly this: one glyph per code
// point from the cmap, its hmtx advance, plus the GPOS pair kerning ('kern' lookups, type 2) —
// the only lookups of these fonts that can touch a glyph that is not a combining mark (ccmp and
// mark/mkmk need a combining mark, which FAST excludes). tests/unit/fastlayout-equal.test.ts
// checks, glyph by glyph, that this path and fontkit agree on every pair of FAST characters in
// every face, so widths, line breaks and drawn positions stay identical. Anything else (other
// characters, explicit OpenType features, an unknown font) goes to fontkit as before.

/** The structures of fontkit's parsed tables this path reads (fontkit has no types for them). */
interface Coverage {
  version: 1 | 2;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}
interface ClassDef {
  version: 1 | 2;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface ValueRecord {
  xAdvance?: number;
  yAdvance?: number;
  xPlacement?: number;
  yPlacement?: number;
}
interface PairSubtable {
  version: 1 | 2;
  coverage: Coverage;
  pairSets?: { get(i: number): Iterable<{ secondGlyph: number; value1: ValueRecord; value2: ValueRecord }> };
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: { get(i: number): { get(j: number): { value1: ValueRecord; value2: ValueRecord } } };
}
interface Lookup {
  lookupType: number;
  subTables: { toArray?: () => PairSubtable[] } & Iterable<PairSubtable>;
}
interface Gpos {
  scriptList: { tag: string; script: { defaultLangSys: { featureIndexes: number[] } | null } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(i: number): Lookup };
}
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
export interface FontkitFont {
  postscriptName: string;
  GPOS?: Gpos;
  glyphForCodePoint(cp: number): Glyph;
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: Record<string, number>[]; advanceWidth: number };
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}
/** pdfkit's EmbeddedFont, as far as this path uses it. */
export interface EmbeddedFontLike {
  font: FontkitFont;
  scale: number;
  layoutRun: (text: string, features?: unknown) => Run;
  layout: (text: string, features?: unknown) => { glyphs: Glyph[]; positions: Position[] };
  encode: (text: string, features?: unknown) => [string[], Position[]];
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
}

/**
 * Printable ASCII, no-break space and Latin-1 letters and signs (not the soft hyphen, which
 * fontkit hides as a default-ignorable), the dashes, quotes, bullet and ellipsis of typed text.
 */
export const FAST = /^[\x20-\x7e\xa0-\xac\xae-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2212]*$/;

/** The faces whose tables were checked to hold nothing but pair kerning for FAST text. */
const KNOWN = /^(Arimo|Cousine)-(Regular|Bold|Italic|BoldItalic)$/;

const coverageIndex = (c: Coverage, g: number): number => {
  if (c.version === 1) return c.glyphs!.indexOf(g);
  for (const r of c.rangeRecords!) if (r.start <= g && g <= r.end) return r.startCoverageIndex + g - r.start;
  return -1;
};

const classOf = (d: ClassDef, g: number): number => {
  if (d.version === 1) {
    const i = g - d.startGlyph!;
    return i >= 0 && i < d.classValueArray!.length ? d.classValueArray![i]! : 0;
  }
  for (const r of d.classRangeRecord!) if (r.start <= g && g <= r.end) return r.class;
  return 0;
};

/** Only an advance change is expected; a placement or vertical change means "not for this path". */
const plainAdvance = (v: ValueRecord | undefined): number | null => {
  if (!v) return 0;
  if (v.yAdvance || v.xPlacement || v.yPlacement) return null;
  return v.xAdvance ?? 0;
};

/** The subtables of the 'kern' lookups fontkit applies to Latin text, or null if any is not pair kerning. */
function kernSubtables(gpos: Gpos | undefined): PairSubtable[][] | null {
  if (!gpos) return [];
  // fontkit falls back to 'latn' when the text's own script (or none, for digits) is not in the font.
  const script = gpos.scriptList.find((s) => s.tag === 'latn') ?? gpos.scriptList.find((s) => s.tag === 'DFLT');
  const langSys = script?.script.defaultLangSys;
  if (!langSys) return [];
  const indexes = new Set<number>();
  for (const fi of langSys.featureIndexes) {
    const f = gpos.featureList[fi]!;
    if (f.tag === 'kern') for (const li of f.feature.lookupListIndexes) indexes.add(li);
    else if (f.tag !== 'mark' && f.tag !== 'mkmk') return null;
  }
  const lookups: PairSubtable[][] = [];
  for (const li of [...indexes].sort((a, b) => a - b)) {
    const lookup = gpos.lookupList.get(li);
    if (lookup.lookupType !== 2) return null;
    lookups.push(lookup.subTables.toArray ? lookup.subTables.toArray() : [...lookup.subTables]);
  }
  return lookups;
}

/**
 * The kerning fontkit adds between glyphs a and b: [to a's advance, to b's advance], or null when
 * the pair does something this path does not reproduce. Per lookup, the first subtable that
 * applies wins, as in fontkit's GPOS processor.
 */
function pairKern(lookups: PairSubtable[][], a: number, b: number): [number, number] | null {
  let first = 0;
  let second = 0;
  for (const subtables of lookups) {
    for (const t of subtables) {
      const index = coverageIndex(t.coverage, a);
      if (index === -1) continue;
      let values: { value1: ValueRecord; value2: ValueRecord } | undefined;
      if (t.version === 1) {
        for (const pair of t.pairSets!.get(index)) if (pair.secondGlyph === b) {
          values = pair;
          break;
        }
        if (!values) continue;
      } else {
        values = t.classRecords!.get(classOf(t.classDef1!, a)).get(classOf(t.classDef2!, b));
      }
      const v1 = plainAdvance(values.value1);
      const v2 = plainAdvance(values.value2);
      if (v1 === null || v2 === null) return null;
      first += v1;
      second += v2;
      break;
    }
  }
  return [first, second];
}

const patched = new WeakSet<object>();

/** What the fast path learns about one parsed font; kept as long as the font (kit/pdf-base.ts shares it between documents). */
interface FaceTables {
  lookups: PairSubtable[][];
  glyphs: Map<number, Glyph | null>;
  advance: Map<Glyph, number>;
  kerns: Map<number, [number, number] | null>;
}
const faceTables = new WeakMap<FontkitFont, FaceTables | null>();

function tablesOf(font: FontkitFont): FaceTables | null {
  let tables = faceTables.get(font);
  if (tables === undefined) {
    const lookups = kernSubtables(font.GPOS);
    tables = lookups ? { lookups, glyphs: new Map(), advance: new Map(), kerns: new Map() } : null;
    faceTables.set(font, tables);
  }
  return tables;
}

/**
 * The fast layout of one of pdfkit's embedded fonts: a run as pdfkit's own layoutRun returns it
 * (positions scaled to 1000 units per em), or null where fontkit's shaper must decide. Null for
 * the whole font when it is not one of ours or its tables hold more than pair kerning.
 */
export function fastLayout(embedded: EmbeddedFontLike): ((text: string) => Run | null) | null {
  const font = embedded.font;
  if (!font || typeof font.glyphForCodePoint !== 'function' || !KNOWN.test(font.postscriptName ?? '')) return null;
  const tables = tablesOf(font);
  if (!tables) return null;
  const { lookups, glyphs, advance, kerns } = tables;
  const glyphOf = (cp: number): Glyph | null => {
    let g = glyphs.get(cp);
    if (g === undefined) {
      const found = font.glyphForCodePoint(cp);
      // A character the font lacks (.notdef) takes the shaper's way.
      g = found && found.id !== 0 ? found : null;
      glyphs.set(cp, g);
      if (g) advance.set(g, g.advanceWidth);
    }
    return g;
  };
  const kernOf = (a: number, b: number): [number, number] | null => {
    const key = a * 65536 + b;
    let k = kerns.get(key);
    if (k === undefined) kerns.set(key, (k = lookups.length ? pairKern(lookups, a, b) : [0, 0]));
    return k;
  };
  return (text: string): Run | null => {
    if (!FAST.test(text)) return null;
    const run: Glyph[] = [];
    for (let i = 0; i < text.length; i++) {
      const g = glyphOf(text.charCodeAt(i));
      if (!g) return null;
      run.push(g);
    }
    // In font units first, as fontkit adds them; scaled afterwards, as pdfkit's layoutRun does.
    const advances = run.map((g) => advance.get(g)!);
    for (let i = 0; i + 1 < run.length; i++) {
      const k = kernOf(run[i]!.id, run[i + 1]!.id);
      if (!k) return null;
      advances[i]! += k[0];
      advances[i + 1]! += k[1];
    }
    const scale = embedded.scale;
    const positions: Position[] = run.map((g, i) => ({ xAdvance: advances[i]! * scale, yAdvance: 0 * scale, xOffset: 0 * scale, yOffset: 0 * scale, advanceWidth: advance.get(g)! * scale }));
    let advanceWidth = 0;
    for (const p of positions) advanceWidth += p.xAdvance;
    return { glyphs: run, positions, advanceWidth };
  };
}

/** Gives one of pdfkit's embedded fonts the fast path, once; text it does not cover goes to fontkit. */
export function useFastLayout(embedded: EmbeddedFontLike): void {
  if (!embedded || patched.has(embedded)) return;
  patched.add(embedded);
  const fast = fastLayout(embedded);
  if (!fast) return;
  const original = embedded.layoutRun;
  embedded.layoutRun = function (this: EmbeddedFontLike, text: string, features?: unknown): Run {
    return (features === undefined ? fast(text) : null) ?? original.call(this, text, features);
  };
  // pdfkit's encode, with each glyph's subset code written out once instead of on every use:
  // includeGlyph gives a glyph the same code every time, and widths/unicode are only filled the
  // first time a code is seen — so the content stream and the font's tables come out the same.
  const encode = embedded.encode;
  const codes = new Map<number, string>();
  embedded.encode = function (this: EmbeddedFontLike, text: string, features?: unknown): [string[], Position[]] {
    if (features !== undefined) return encode.call(this, text, features);
    const { glyphs, positions } = this.layout(text);
    const res = new Array<string>(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      let code = codes.get(glyph.id);
      if (code === undefined) {
        const gid = this.subset.includeGlyph(glyph.id);
        code = `0000${gid.toString(16)}`.slice(-4);
        if (this.widths[gid] == null) this.widths[gid] = glyph.advanceWidth * this.scale;
        if (this.unicode[gid] == null) this.unicode[gid] = glyph.codePoints;
        codes.set(glyph.id, code);
      }
      res[i] = code;
    }
    return [res, positions];
  };
}
