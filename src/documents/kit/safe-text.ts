// Text every output can hold. User text (hospital name, incident titles, SOP wording) reaches XML
// (xlsx, docx, the PDF's XMP metadata) and PDF glyph runs; one stray character there made a whole
// document invalid — U+FFFF left sharedStrings.xml not well-formed and LibreOffice blanked every
// later string; an emoji or U+202E gave PDF/A "3.3.1 Glyph error".

/** Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_FORBIDDEN_TEST = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** `s` without the characters XML 1.0 forbids; the same string when there are none (the usual case). */
export function xmlSafe(s: string): string {
  return XML_FORBIDDEN_TEST.test(s) ? s.replace(XML_FORBIDDEN, '') : s;
}

/** Escaped for XML text and attribute values, forbidden characters removed. */
export function escapeXml(s: string): string {
  return xmlSafe(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Invisible characters that steer layout and have no glyph: C0/C1 controls and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) — U+202E reverses what follows
 * on screen ("Trojan Source"), which a report must not do. Also what XML forbids.
 */
export const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text a PDF page can draw: controls removed, tabs as spaces, CR as LF. */
export function withoutControls(s: string): string {
  INVISIBLE_CONTROLS.lastIndex = 0;
  if (!INVISIBLE_CONTROLS.test(s) && !/[\t\r]/.test(s)) return s;
  INVISIBLE_CONTROLS.lastIndex = 0;
  return s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE_CONTROLS, '');
}

/** "U+1F600" */
export const codePointLabel = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** Code points of `s` (after removing controls) that `has` says the font cannot draw, once each, in order. */
export function missingCodePoints(s: string, has: (cp: number) => boolean): number[] {
  const out = new Set<number>();
  for (const ch of withoutControls(s)) {
    const cp = ch.codePointAt(0)!;
    if (cp !== 0x0a && !has(cp)) out.add(cp);
  }
  return [...out];
}
