// The indexOf scanner (xml-scan.ts) against saxes, a maintained XML parser: the same handlers driven
// by both over generated worksheet and shared-string XML must give the same cells. The generator
// writes what the scanner's shortcuts could get wrong: entities in text and attributes, attributes
// in any order and quote style, '>' inside attribute values, self-closing cells, whitespace,
// prefixes, comments, CDATA, processing instructions, and chunk boundaries anywhere.
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { SharedStringsHandler, SheetHandler } from '../../src/sources/xlsx-parts.js';
import { attrsOf, XmlScanner, type XmlHandler } from '../../src/sources/xml-scan.js';
import { rng } from '../helpers/rng.js';

const TEXT_BITS = ['a', 'Server', ' ', '  ', '\n', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#10;', '&#x1F600;', '&#233;', 'é', '東京', '😀', '>', '"', "'", '[', 'x_x', '\r\n'];

function gen(seed: number): { sheet: string; shared: string } {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const text = (): string => Array.from({ length: Math.floor(r() * 6) }, () => pick(TEXT_BITS)).join('');
  const p = r() < 0.3 ? 'x:' : '';
  const ws = (): string => pick(['', ' ', '\n  ', '\t']);
  const q = (v: string): string => (r() < 0.5 ? `"${v.replace(/"/g, '&quot;')}"` : `'${v.replace(/'/g, '&apos;')}'`);
  const attrs = (list: [string, string][]): string =>
    list
      .sort(() => r() - 0.5)
      .map(([k, v]) => ` ${k}${pick(['=', ' = ', '='])}${q(v)}`)
      .join('') + ws();
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet xmlns${p ? ':x' : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" a="1>2"><${p}sheetData>`];
  let row = 0;
  for (let i = 0, nr = Math.floor(r() * 30); i < nr; i++) {
    row += 1 + Math.floor(r() * 3);
    const rowAttrs: [string, string][] = r() < 0.8 ? [['r', String(row)]] : [];
    if (r() < 0.5) rowAttrs.push(['spans', '1:9'], ['x14ac:dyDescent', '0.25']);
    if (r() < 0.1) {
      parts.push(`<${p}row${attrs(rowAttrs)}/>`);
      continue;
    }
    parts.push(`<${p}row${attrs(rowAttrs)}>${ws()}`);
    let col = 0;
    for (let j = 0, nc = Math.floor(r() * 8); j < nc; j++) {
      col += 1 + Math.floor(r() * 2);
      const letter = String.fromCharCode(64 + col);
      const a: [string, string][] = r() < 0.8 ? [['r', `${letter}${row}`]] : [];
      if (r() < 0.5) a.push(['s', String(Math.floor(r() * 4))]);
      const kind = pick(['n', 's', 'inlineStr', 'str', 'b', 'e', 'empty', 'f']);
      if (kind !== 'n' && kind !== 'empty' && kind !== 'f') a.push(['t', kind]);
      if (kind === 'empty') {
        parts.push(`<${p}c${attrs(a)}/>`);
        continue;
      }
      let inner = '';
      if (kind === 'inlineStr') {
        inner = r() < 0.5 ? `<${p}is><${p}t xml:space="preserve">${text()}</${p}t></${p}is>` : `<${p}is><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>${text()}</${p}t></${p}r><${p}r><${p}t>${text()}</${p}t></${p}r><${p}rPh sb="0" eb="1"><${p}t>${text()}</${p}t></${p}rPh></${p}is>`;
      } else if (kind === 'f') {
        inner = `<${p}f>${text()}</${p}f>${r() < 0.5 ? `<${p}v>${Math.floor(r() * 1e6) / 100}</${p}v>` : ''}`;
      } else {
        const v = kind === 'n' ? String(r() * 1e5) : kind === 's' ? String(Math.floor(r() * 10)) : kind === 'b' ? pick(['0', '1']) : kind === 'e' ? '#N/A' : text();
        inner = r() < 0.15 && kind === 'str' ? `<${p}v><![CDATA[${v.replace(/&/g, '')}]]></${p}v>` : `<${p}v>${v}</${p}v>`;
      }
      parts.push(`<${p}c${attrs(a)}>${ws()}${inner}${ws()}</${p}c${ws()}>`);
      if (r() < 0.05) parts.push('<!-- <c r="Z1"><v>1</v></c> -->');
    }
    parts.push(`</${p}row>${ws()}`);
  }
  parts.push(`</${p}sheetData>`);
  if (r() < 0.5) parts.push(`<${p}mergeCells count="1"><${p}mergeCell ref=${q('A1:B' + (1 + Math.floor(r() * 9)))}/></${p}mergeCells>`);
  parts.push(`<?mso-application progid="Excel.Sheet"?></${p}worksheet>`);
  const sis = Array.from({ length: 10 }, () => (r() < 0.5 ? `<si><t>${text()}</t></si>` : `<si><r><t xml:space="preserve">${text()}</t></r><r><t>${text()}</t></r><rPh sb="0" eb="1"><t>${text()}</t></rPh><phoneticPr fontId="1"/></si>`));
  return { sheet: parts.join(''), shared: `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sis.join(ws())}</sst>` };
}

const local = (n: string): string => n.slice(n.indexOf(':') + 1);

function viaSaxes(xml: string, h: XmlHandler): void {
  const p = new SaxesParser();
  p.on('opentag', (t) => h.open(local(t.name), attrsOf(t.attributes as Record<string, string>), t.isSelfClosing));
  p.on('closetag', (t) => h.close(local(t.name)));
  p.on('text', (t) => h.wantText && h.text(t));
  p.on('cdata', (t) => h.wantText && h.text(t));
  p.write(xml).close();
}

function viaScanner(xml: string, h: XmlHandler, r: () => number): void {
  const s = new XmlScanner(h);
  // Chunk boundaries anywhere: inside tags, entities, CDATA markers, surrogate pairs are kept whole
  // by the UTF-8 decoder in the reader, so split on code points here.
  const chars = Array.from(xml);
  for (let i = 0; i < chars.length; ) {
    const n = 1 + Math.floor(r() * 40);
    s.write(chars.slice(i, i + n).join(''));
    i += n;
  }
  s.end();
}

describe('xml-scan equals saxes', () => {
  it('on 300 generated worksheets and shared-string parts, fed in random chunks', () => {
    let cells = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { sheet, shared } = gen(seed);
      const a = new SheetHandler();
      const b = new SheetHandler();
      viaSaxes(sheet, a);
      viaScanner(sheet, b, rng(seed * 7));
      const ra = a.take();
      expect(b.take(), `seed ${seed}`).toEqual(ra);
      expect(b.merges, `seed ${seed}`).toEqual(a.merges);
      cells += ra.reduce((n, row) => n + row.cells.length, 0);
      const sa = new SharedStringsHandler();
      const sb = new SharedStringsHandler();
      viaSaxes(shared, sa);
      viaScanner(shared, sb, rng(seed * 13));
      expect(sb.strings, `seed ${seed}`).toEqual(sa.strings);
    }
    // The generator really produced content (a broken one would make the comparison vacuous).
    expect(cells).toBeGreaterThan(3000);
  });
});
