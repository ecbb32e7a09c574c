// Shared set-up for every PDF the tool writes: PDF/A-1b, embedded Arimo/Cousine, paper sizes,
// reproducible metadata. pdfkit is imported here only, so commands that do not render stay fast.
import PDFDocument from 'pdfkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { escapeXml, missingCodePoints, withoutControls, xmlSafe } from './safe-text.js';
import { useFastLayout, type EmbeddedFontLike } from './fast-layout.js';
import { create as createFontkitFont } from 'fontkit';

/** A font as fontkit parsed it; pdfkit is the only reader (see fontFaces). */
type FontkitFace = ReturnType<typeof createFontkitFont>;

const require = createRequire(import.meta.url);

/** Paper sizes in PostScript points (1 mm = 72/25.4 pt). F4/folio is 215 × 330 mm. */
export const PAPER: Record<'A4' | 'F4', [number, number]> = {
  A4: [595.28, 841.89],
  F4: [609.45, 935.43],
};

export const mm = (v: number): number => (v * 72) / 25.4;

function fontFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), 'files', file);
}

/** Font files shipped through npm (@fontsource): Arimo is metric-compatible with Arial, Cousine with Courier New. */
export const FONT_FILES = {
  regular: fontFile('@fontsource/arimo', 'arimo-latin-400-normal.woff'),
  bold: fontFile('@fontsource/arimo', 'arimo-latin-700-normal.woff'),
  italic: fontFile('@fontsource/arimo', 'arimo-latin-400-italic.woff'),
  boldItalic: fontFile('@fontsource/arimo', 'arimo-latin-700-italic.woff'),
  mono: fontFile('@fontsource/cousine', 'cousine-latin-400-normal.woff'),
  monoBold: fontFile('@fontsource/cousine', 'cousine-latin-700-normal.woff'),
} as const;

/**
 * Registered font names; use these with doc.font(). They are the fonts' own PostScript names on
 * purpose: pdfkit caches an opened font under its PostScript name, and the default font passed to
 * the constructor is cached under that name only. Registering Arimo Regular as 'Arimo' made every
 * doc.font('Arimo') open and parse the font file again (then compare it with the cached one and
 * throw it away) — the SOP's main cost. With equal names every switch is a cache hit.
 */
export const F = {
  regular: 'Arimo-Regular',
  bold: 'Arimo-Bold',
  italic: 'Arimo-Italic',
  boldItalic: 'Arimo-BoldItalic',
  mono: 'Cousine-Regular',
  monoBold: 'Cousine-Bold',
} as const;

/** WOFF 1.0 → sfnt (TrueType/OpenType) bytes; anything else is returned as is. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables: { tag: Buffer; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const e = 44 + i * 20;
    const offset = woff.readUInt32BE(e + 4);
    const compLength = woff.readUInt32BE(e + 8);
    const origLength = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag: woff.subarray(e, e + 4), checksum: woff.readUInt32BE(e + 16), data: compLength < origLength ? inflateSync(raw) : raw });
  }
  // The sfnt table directory: tables keep their WOFF order (sorted by tag) and 4-byte alignment.
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  const head = Buffer.alloc(12 + 16 * numTables);
  head.writeUInt32BE(flavor, 0);
  head.writeUInt16BE(numTables, 4);
  head.writeUInt16BE(pow2 * 16, 6);
  head.writeUInt16BE(Math.log2(pow2), 8);
  head.writeUInt16BE(numTables * 16 - pow2 * 16, 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    const r = 12 + i * 16;
    t.tag.copy(head, r);
    head.writeUInt32BE(t.checksum, r + 4);
    head.writeUInt32BE(offset, r + 8);
    head.writeUInt32BE(t.data.length, r + 12);
    const padded = (t.data.length + 3) & ~3;
    parts.push(t.data, Buffer.alloc(padded - t.data.length));
    offset += padded;
  });
  return Buffer.concat(parts);
}

let fontData: Record<keyof typeof F, Buffer> | null = null;

/**
 * The fonts as plain TrueType, unpacked once per process. fontkit reads WOFF tables through a
 * pure-JS inflate *on every table access* — once per glyph for 'glyf' — which cost ~0.4 s per
 * document; node's zlib unpacks a whole file in about a millisecond. Same faces and metrics, still
 * embedded (subset): only the container changes.
 */
export function fontBuffers(): Record<keyof typeof F, Buffer> {
  fontData ??= Object.fromEntries(Object.entries(FONT_FILES).map(([k, file]) => [k, woffToSfnt(readFileSync(file))])) as Record<keyof typeof F, Buffer>;
  return fontData;
}

let faces: Record<keyof typeof F, FontkitFace> | null = null;

/**
 * The fonts parsed by fontkit, once per process, for every document. pdfkit (0.20) takes a parsed
 * font where it takes a file; given the bytes it parses them again for each document and each
 * face — the cmap, metrics, kerning and every glyph a document uses, ≈ 50 ms of a monthly report.
 * A parsed font is read-only to pdfkit: each document makes its own subset from it.
 */
export function fontFaces(): Record<keyof typeof F, FontkitFace> {
  faces ??= Object.fromEntries(Object.entries(fontBuffers()).map(([k, bytes]) => [k, createFontkitFont(bytes)])) as Record<keyof typeof F, FontkitFace>;
  return faces;
}

export interface PdfOptions {
  paper: 'A4' | 'F4';
  layout?: 'portrait' | 'landscape';
  margins?: { top: number; bottom: number; left: number; right: number };
  title: string;
  author: string;
  subject: string;
  /** Fixed creation date for reproducible output. */
  generatedAt: Date;
  lang: 'id' | 'en';
}

/**
 * A PDF/A-1b document with all fonts embedded and pages buffered (for "Halaman n dari N").
 * The standard Helvetica is never used: PDF/A requires embedded fonts.
 */
export function createPdf(opts: PdfOptions): PDFKit.PDFDocument {
  const fonts = fontFaces();
  const options = {
    size: PAPER[opts.paper],
    layout: opts.layout ?? 'portrait',
    margins: opts.margins ?? { top: mm(20), bottom: mm(20), left: mm(25), right: mm(20) },
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.4',
    subset: 'PDF/A-1b',
    tagged: false,
    lang: opts.lang === 'id' ? 'id-ID' : 'en-US',
    // The default font pdfkit opens at construction is already embedded Arimo (never the
    // standard Helvetica, which PDF/A forbids); it is cached under F.regular, see F. pdfkit 0.20
    // takes a parsed font here like registerFont() does; @types/pdfkit only lists a path.
    font: fonts.regular as unknown as string,
    info: {
      Title: metaText(opts.title),
      Author: metaText(opts.author),
      Subject: metaText(opts.subject),
      Creator: 'simrs-downtime',
      Producer: 'simrs-downtime (pdfkit)',
      CreationDate: opts.generatedAt,
      ModDate: opts.generatedAt,
    },
  } as PDFKit.PDFDocumentOptions;
  const doc = new PDFDocument(options);
  for (const key of Object.keys(F) as (keyof typeof F)[]) doc.registerFont(F[key], fonts[key] as unknown as string);
  // When text runs over a page, pdfkit adds the page with the options given here and re-applies
  // their `font`. A parsed font has no cache key, so every such page opened Arimo again;
  // the registered name is a cache hit on the same font. pdfkit keeps this object, not a copy.
  options.font = F.regular;
  layOutFast(doc);
  batchPageContent(doc);
  doc.font(F.regular);
  escapeXmpMetadata(doc);
  drawOnlyPrintable(doc);
  return doc;
}

/** Every font the document switches to lays out Latin text without fontkit's shaper (fast-layout.ts). */
function layOutFast(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as PdfkitInternals;
  const font = d.font;
  d.font = function (this: PdfkitInternals, ...args: unknown[]) {
    const result = (font as (...a: unknown[]) => unknown).apply(this, args);
    useFastLayout(this._font as unknown as EmbeddedFontLike);
    return result;
  };
}

/** A page's content stream as pdfkit keeps it (a PDFReference). */
interface ContentStream {
  write(chunk: unknown): void;
  finalize(): void;
}

/**
 * pdfkit turns every operator it adds to a page ("BT", a Tm, a TJ…) into a Uint8Array of its own,
 * a byte per character in a JavaScript loop, and joins them all when the page is written: tens of
 * thousands of small arrays for a report. The page's strings are kept as strings instead and
 * converted once, natively, when pdfkit writes the page — the same bytes (each string plus "\n",
 * latin1 as pdfkit's conversion takes the low byte), in the same order.
 */
function batchPageContent(doc: PDFKit.PDFDocument): void {
  doc.on('pageAdded', () => {
    const content = (doc as unknown as { page: { content: ContentStream } }).page.content;
    const { write, finalize } = content;
    let pending: string[] = [];
    const flush = (): void => {
      if (!pending.length) return;
      const bytes = Buffer.from(`${pending.join('\n')}\n`, 'latin1');
      pending = [];
      write.call(content, bytes);
    };
    content.write = function (this: ContentStream, chunk: unknown): void {
      if (typeof chunk === 'string') pending.push(chunk);
      else {
        flush();
        write.call(this, chunk);
      }
    };
    content.finalize = function (this: ContentStream): void {
      flush();
      finalize.call(this);
    };
  });
}

/** Info-dictionary text: the same string goes into XMP, and Preflight checks that both agree. */
const metaText = (s: string): string => xmlSafe(withoutControls(s));

interface PdfkitInternals {
  info: Record<string, unknown>;
  _addInfo: () => void;
  _font: { font: { characterSet: number[] } };
  text: (...args: unknown[]) => unknown;
  heightOfString: (...args: unknown[]) => number;
  widthOfString: (...args: unknown[]) => number;
  font: (name: string) => unknown;
}

/**
 * pdfkit 0.20 pastes Title/Author/Subject into the XMP packet unescaped: "RS Ibu & Anak" made
 * every PDF fail PDF/A ("7.1 Error on MetaData"). The Info dictionary keeps the plain text (it is a
 * PDF string); only the XML copy is escaped, so both still say the same thing.
 */
function escapeXmpMetadata(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as PdfkitInternals;
  const addInfo = d._addInfo;
  d._addInfo = function (this: PdfkitInternals) {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? escapeXml(v) : v]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

const coverage = new WeakMap<object, Set<number>>();

function glyphsOf(font: { characterSet: number[] }): Set<number> {
  let set = coverage.get(font);
  if (!set) coverage.set(font, (set = new Set(font.characterSet)));
  return set;
}

/** Printable ASCII and LF: the text of almost every call, drawn as is. */
const PLAIN = /^[\x20-\x7e\n]*$/;

/** Text drawOnlyPrintable leaves as it is (printable ASCII and newlines): safe to hand to pdfkit's internals directly. */
export const isPlainText = (s: string): boolean => PLAIN.test(s);

/** Shown instead of a character the current font has no glyph for. */
export const REPLACEMENT = '\ufffd';

/**
 * A character the embedded font lacks (emoji, CJK, Arabic) is drawn as U+FFFD ("?" in Cousine,
 * which has no U+FFFD), controls and bidi overrides are dropped: a missing glyph made the file
 * invalid PDF/A ("3.3.1 Glyph error") and its zero width let the text run out of its table cell.
 * Wrapping the three calls that take text covers every string any renderer draws or measures, so
 * measuring and drawing agree. Renderers add a note naming what was replaced (see unprintable()).
 */
function drawOnlyPrintable(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as PdfkitInternals;
  const printable = (s: unknown): unknown => {
    if (typeof s !== 'string' || PLAIN.test(s)) return s;
    const glyphs = glyphsOf(d._font.font);
    const replacement = glyphs.has(0xfffd) ? REPLACEMENT : '?';
    let out = '';
    for (const ch of withoutControls(s)) out += ch === '\n' || glyphs.has(ch.codePointAt(0)!) ? ch : replacement;
    return out;
  };
  for (const name of ['text', 'heightOfString', 'widthOfString'] as const) {
    const original = d[name] as (...args: unknown[]) => unknown;
    (d as unknown as Record<string, unknown>)[name] = function (this: unknown, text: unknown, ...rest: unknown[]) {
      return original.call(this, printable(text), ...rest);
    };
  }
}

/**
 * The code points in `texts` that some embedded font cannot draw, once each: what a renderer's note
 * lists ("ditampilkan sebagai �"). Checked against every registered face, so bold or mono text is
 * covered too.
 */
export function unprintable(doc: PDFKit.PDFDocument, texts: Iterable<string>): number[] {
  const d = doc as unknown as PdfkitInternals;
  const current = d._font;
  const faces = Object.values(F).map((name) => {
    d.font(name);
    return glyphsOf(d._font.font);
  });
  d._font = current;
  const missing = new Set<number>();
  for (const t of texts) {
    if (PLAIN.test(t)) continue;
    for (const cp of missingCodePoints(t, (c) => faces.every((g) => g.has(c) || c === 0x09))) missing.add(cp);
  }
  return [...missing];
}

/** Every string inside a plain-data model (a document model, its texts), for unprintable(). */
export function stringsOf(value: unknown): string[] {
  // A plain recursive walk into one array: a recursive generator cost a yield per level per string.
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') out.push(v);
    else if (depth < 12 && v && typeof v === 'object' && !Buffer.isBuffer(v) && !(v instanceof Uint8Array) && !(v instanceof Date)) {
      for (const x of Object.values(v)) walk(x, depth + 1);
    }
  };
  walk(value, 0);
  return out;
}

/** Ends the document and collects its bytes. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Writes a footer on every buffered page without pdfkit adding a page: the bottom margin is set to
 * 0 while writing (see ../shared/LIBRARIES.md).
 */
export function forEachPage(doc: PDFKit.PDFDocument, draw: (pageIndex: number, pageCount: number) => void): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    draw(i - range.start, range.count);
    doc.page.margins.bottom = saved;
  }
}
