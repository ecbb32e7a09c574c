// One PDF/A-1b of the whole pack: the pages of every document copied in order (pdfkit cannot import
// pages; pdf-lib can), an outline with one bookmark per element and one per document under it, and
// what PDF/A-1b asks of the file itself — XMP metadata that agrees with the Info dictionary, an
// OutputIntent with an sRGB ICC profile (the one pdfkit embeds in our single documents), a
// document ID, a classic cross-reference table (no object streams, a PDF 1.5 feature). The copied
// pages are already PDF/A (embedded fonts, no transparency), so nothing on them changes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHeader, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { escapeXml, withoutControls, xmlSafe } from '../documents/kit/safe-text.js';

export interface CombinePart {
  /** Bookmark of the document. */
  title: string;
  pdf: Buffer;
}

export interface CombineGroup {
  /** Bookmark of the element, e.g. "MRMIK 13.1 a — Regulasi dan SPO". */
  title: string;
  parts: CombinePart[];
}

export interface CombineInput {
  /** Documents before the groups (cover and index), bookmarked at the top level. */
  front: CombinePart[];
  groups: CombineGroup[];
  meta: { title: string; author: string; subject: string; generatedAt: Date };
}

const require = createRequire(import.meta.url);
/** The sRGB profile shipped with pdfkit (IEC 61966-2.1), the same our single documents carry. */
// pdfkit exports no package.json; its CommonJS entry lies in js/, next to data/.
const SRGB_ICC = join(dirname(require.resolve('pdfkit')), 'data', 'sRGB_IEC61966_2_1.icc');

interface OutlineNode {
  title: string;
  page: PDFRef;
  children: OutlineNode[];
}

/** Page counts of a PDF, read with the same library that copies it. */
export async function pageCount(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

export async function combinePdf(input: CombineInput): Promise<Buffer> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const ctx = out.context;
  ctx.header = PDFHeader.forVersion(1, 4);

  const append = async (part: CombinePart): Promise<OutlineNode> => {
    const src = await PDFDocument.load(part.pdf, { updateMetadata: false });
    const pages = await out.copyPages(src, src.getPageIndices());
    pages.forEach((p) => out.addPage(p));
    return { title: part.title, page: pages[0]!.ref, children: [] };
  };
  const top: OutlineNode[] = [];
  for (const p of input.front) top.push(await append(p));
  for (const g of input.groups) {
    if (!g.parts.length) continue;
    const children: OutlineNode[] = [];
    for (const p of g.parts) children.push(await append(p));
    top.push({ title: g.title, page: children[0]!.page, children });
  }
  writeOutline(out, top);

  const { title, author, subject, generatedAt } = input.meta;
  const t = metaText(title);
  const a = metaText(author);
  const s = metaText(subject);
  const creator = 'simrs-downtime';
  const producer = 'simrs-downtime (pdf-lib)';
  out.setTitle(t);
  out.setAuthor(a);
  out.setSubject(s);
  out.setCreator(creator);
  out.setProducer(producer);
  out.setCreationDate(generatedAt);
  out.setModificationDate(generatedAt);

  const xmp = xmpPacket({ title: t, author: a, subject: s, creator, producer, date: generatedAt });
  const metadata = ctx.stream(Buffer.from(xmp, 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  out.catalog.set(PDFName.of('Metadata'), ctx.register(metadata));

  const icc = ctx.flateStream(readFileSync(SRGB_ICC), { N: 3 });
  const intent = ctx.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: ctx.register(icc),
  });
  out.catalog.set(PDFName.of('OutputIntents'), ctx.obj([intent]));

  // A reproducible ID: the same pack gives the same bytes.
  const id = createHash('md5').update(`${t}\u0000${generatedAt.toISOString()}\u0000${out.getPageCount()}`).digest('hex');
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(id), PDFHexString.of(id)]);

  return Buffer.from(await out.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false }));
}

/** Same cleaning as the single documents' metadata (kit/pdf-base.ts). */
const metaText = (s: string): string => xmlSafe(withoutControls(s));

function writeOutline(doc: PDFDocument, nodes: OutlineNode[]): void {
  if (!nodes.length) return;
  const ctx = doc.context;
  const root = ctx.obj({ Type: 'Outlines' }) as PDFDict;
  const rootRef = ctx.register(root);
  const level = (items: OutlineNode[], parentRef: PDFRef, parent: PDFDict): number => {
    const refs = items.map(() => ctx.nextRef());
    let visible = 0;
    items.forEach((n, i) => {
      const dict = ctx.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(metaText(n.title)));
      dict.set(PDFName.of('Parent'), parentRef);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const dest = ctx.obj([n.page, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]) as PDFArray;
      dict.set(PDFName.of('Dest'), dest);
      if (n.children.length) {
        const count = level(n.children, refs[i]!, dict);
        // Positive: the element is open in the reader's bookmark panel, its documents listed.
        dict.set(PDFName.of('Count'), PDFNumber.of(count));
        visible += count;
      }
      ctx.assign(refs[i]!, dict);
      visible += 1;
    });
    parent.set(PDFName.of('First'), refs[0]!);
    parent.set(PDFName.of('Last'), refs[refs.length - 1]!);
    return visible;
  };
  const count = level(nodes, rootRef, root);
  root.set(PDFName.of('Count'), PDFNumber.of(count));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** The XMP packet PDF/A-1b requires: identification part 1 / B, and the Info dictionary's values. */
function xmpPacket(m: { title: string; author: string; subject: string; creator: string; producer: string; date: Date }): string {
  const date = m.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const x = escapeXml;
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>1</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(m.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${x(m.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(m.subject)}</rdf:li></rdf:Alt></dc:description>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>${x(m.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${x(m.producer)}</pdf:Producer>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
