// The drafter's paraf at the foot of every page of a document longer than one page (tata naskah
// dinas), drawn by the documents kit; read back from the PDF page by page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drafterPosition } from '../../src/documents/kit/footer.js';
import { renderReportPdf } from '../../src/documents/report/pdf.js';
import { pdfPageCount, pdfText, preflight } from '../helpers/pdf.js';
import { busyMonth, reportFor, testProfile, PROFILE_DATA } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'paraf-'));

async function reportPdf(name: string, ...args: Parameters<typeof reportFor>): Promise<string> {
  const { model, texts } = reportFor(...args);
  const file = join(dir, name);
  writeFileSync(file, await renderReportPdf(model, texts));
  return file;
}

describe("the drafter's paraf", () => {
  it('is the first paraf position, else the preparer', () => {
    expect(drafterPosition(['Kepala Seksi Sistem Informasi', 'Kepala Bidang Penunjang'], 'Kepala Instalasi SIMRS')).toBe('Kepala Seksi Sistem Informasi');
    expect(drafterPosition([], 'Kepala Instalasi SIMRS')).toBe('Kepala Instalasi SIMRS');
  });

  it('sits at the foot of every page of a multi-page report, and the PDF stays PDF/A', async () => {
    const office = { ...(PROFILE_DATA as { office?: object }).office, paraf: ['Kepala Seksi Sistem Informasi'] };
    const file = await reportPdf('bulan.pdf', busyMonth(2022, 10, 30), { month: '2022-10' }, { profile: testProfile({ office }) });
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      const lines = pdfText(file, { page: p, layout: true }).trimEnd().split('\n');
      // The last line of the page: below the identity line and "Halaman p dari n".
      expect(lines.at(-1), `page ${p}`).toContain('Paraf: Kepala Seksi Sistem Informasi');
      expect(lines.slice(-3).join('\n'), `page ${p}`).toContain(`Halaman ${p} dari ${pages}`);
    }
    expect(preflight(file).valid).toBe(true);
  });

  it('says Initials in English, with the preparer when no paraf is set', async () => {
    const file = await reportPdf('month-en.pdf', busyMonth(2022, 10, 30), { month: '2022-10' }, { lang: 'en' });
    expect(pdfText(file, { page: 1 })).toContain('Initials: Kepala Instalasi SIMRS');
  });
});
