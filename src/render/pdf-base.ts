// Shared set-up for every PDF the tool writes: PDF/A-1b, embedded Arimo/Cousine, paper sizes,
// reproducible metadata. pdfkit is imported here only, so commands that do not render stay fast.
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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

/** Registered font names; use these with doc.font(). */
export const F = {
  regular: 'Arimo',
  bold: 'Arimo-Bold',
  italic: 'Arimo-Italic',
  boldItalic: 'Arimo-BoldItalic',
  mono: 'Cousine',
  monoBold: 'Cousine-Bold',
} as const;

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
  const doc = new PDFDocument({
    size: PAPER[opts.paper],
    layout: opts.layout ?? 'portrait',
    margins: opts.margins ?? { top: mm(20), bottom: mm(20), left: mm(25), right: mm(20) },
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.4',
    subset: 'PDF/A-1b',
    tagged: false,
    lang: opts.lang === 'id' ? 'id-ID' : 'en-US',
    font: FONT_FILES.regular,
    info: {
      Title: opts.title,
      Author: opts.author,
      Subject: opts.subject,
      Creator: 'simrs-downtime',
      Producer: 'simrs-downtime (pdfkit)',
      CreationDate: opts.generatedAt,
      ModDate: opts.generatedAt,
    },
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont(F.regular, FONT_FILES.regular);
  doc.registerFont(F.bold, FONT_FILES.bold);
  doc.registerFont(F.italic, FONT_FILES.italic);
  doc.registerFont(F.boldItalic, FONT_FILES.boldItalic);
  doc.registerFont(F.mono, FONT_FILES.mono);
  doc.registerFont(F.monoBold, FONT_FILES.monoBold);
  doc.font(F.regular);
  return doc;
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
