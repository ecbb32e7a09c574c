// The report's fonts as plain TrueType, decompressed once per process. fontkit reads WOFF tables
// through a pure-JS inflate *on every table access* — once per glyph for 'glyf' — which cost
// ~400 ms per report; node's zlib unpacks the whole file in a millisecond. Same faces (Arimo,
// Cousine from npm), same metrics, still embedded: only the container changes.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { FONT_FILES } from '../render/pdf-base.js';

/** Font names the report registers; distinct from pdf-base's so no WOFF instance is reused. */
export const RF = {
  regular: 'Report-Arimo',
  bold: 'Report-Arimo-Bold',
  italic: 'Report-Arimo-Italic',
  boldItalic: 'Report-Arimo-BoldItalic',
  mono: 'Report-Cousine',
  monoBold: 'Report-Cousine-Bold',
} as const;

/** WOFF 1.0 → sfnt (TrueType/OpenType) bytes. */
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

let cache: Record<keyof typeof RF, Buffer> | null = null;

/**
 * Registers the report fonts (TrueType buffers) on a fresh document from createPdf(), before
 * anything is drawn. pdfkit 0.20 reuses an open font with the same PostScript name, so the WOFF
 * Arimo that createPdf() opened as its default would win; forgetting it (nothing has used it yet)
 * also keeps it out of the file. Better still: pdf-base could load these buffers itself.
 */
export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  (doc as unknown as { _fontFamilies: Record<string, unknown> })._fontFamilies = {};
  cache ??= Object.fromEntries(Object.entries(FONT_FILES).map(([k, file]) => [k, woffToSfnt(readFileSync(file))])) as Record<keyof typeof RF, Buffer>;
  for (const key of Object.keys(RF) as (keyof typeof RF)[]) doc.registerFont(RF[key], cache[key]);
  doc.font(RF.regular);
}
