// Reads PDFs back as a person would see them: text, fonts, page count, PDF/A validity.
// Needs poppler-utils and libpdfbox2-java (installed by .ci/run).
import { execFileSync, spawnSync } from 'node:child_process';

export function pdfText(file: string, opts: { layout?: boolean; page?: number } = {}): string {
  const args: string[] = [];
  if (opts.layout) args.push('-layout');
  if (opts.page) args.push('-f', String(opts.page), '-l', String(opts.page));
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

export function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const m = /Pages:\s+(\d+)/.exec(info);
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name type... emb sub uni objectId gen: "emb" is the 5th column from the end
    return { name: cols[0]!, type: cols.slice(1, -5).join(' '), embedded: cols[cols.length - 5] === 'yes' };
  });
}

const PREFLIGHT_CP = [
  'preflight.jar',
  'pdfbox2.jar',
  'fontbox2.jar',
  'xmpbox.jar',
  'commons-logging.jar',
  'javax.activation.jar',
  'jaxb-api.jar',
]
  .map((j) => `/usr/share/java/${j}`)
  .join(':');

/** Runs Apache PDFBox Preflight (PDF/A-1b). Returns its verdict and output. */
export function preflight(file: string): { valid: boolean; output: string } {
  const r = spawnSync('java', ['-cp', PREFLIGHT_CP, 'org.apache.pdfbox.preflight.Validator_A1b', file], { encoding: 'utf8' });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  return { valid: r.status === 0 && /is a valid PDF\/A-1b file/.test(output), output };
}
