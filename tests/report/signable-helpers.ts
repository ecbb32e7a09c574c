// A rendered PDF buffer → its text, whitespace collapsed (pdftotext through tests/helpers/pdf.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '../helpers/pdf.js';

export async function pdfTextOf(buf: Buffer): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'signable-')), 'r.pdf');
  writeFileSync(file, buf);
  return pdfText(file).replace(/\s+/g, ' ');
}
