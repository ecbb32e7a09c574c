// The SPO as a person sees it: the PDF read back with poppler and PDFBox Preflight, the DOCX's
// document.xml read back with unzip. Generated once from the sample config, in a temp folder.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintSop } from '../../src/documents/sop/lint.js';
import { buildSopModel, type SopModel } from '../../src/documents/sop/model.js';
import { renderSopPdf } from '../../src/documents/sop/pdf.js';
import { renderSopDocx } from '../../src/documents/sop/docx.js';
import { loadSopTemplates } from '../../src/documents/sop/templates.js';
import { actionCommands } from '../../src/documents/sop/walk.js';
import { pdfFonts, pdfInfo, pdfPageCount, pdfText, preflight } from '../helpers/pdf.js';
import { profile, sample } from './helpers.js';

const AT = new Date('2022-11-25T08:00:00+07:00');
const dir = mkdtempSync(join(tmpdir(), 'sop-'));
const pdfFile = join(dir, 'spo.pdf');
const docxFile = join(dir, 'spo.docx');
const flat = (s: string) => s.replace(/\s+/g, ' ');
let model: SopModel;
let pdf: Buffer;
let docx: Buffer;

const config = sample();
const steps = (['takeover', 'failback', 'drill'] as const).flatMap((k) => config.procedures[k]!.steps);
const commands = [...new Set(steps.flatMap((s) => s.actions.flatMap((a) => actionCommands(config, a, s.host === 'backup' ? 'backup' : 'serverdb'))))];

beforeAll(async () => {
  const warnings = lintSop({ config, approver: profile.signatories.acknowledgedBy ?? null }).warnings;
  model = buildSopModel({ config, profile, lang: 'id', templates: loadSopTemplates('id'), warnings });
  pdf = await renderSopPdf(model, AT);
  docx = await renderSopDocx(model, AT);
  writeFileSync(pdfFile, pdf);
  writeFileSync(docxFile, docx);
});

describe('SPO PDF', () => {
  it('carries the header fields on page 1: boxes 1–8', () => {
    const p1 = flat(pdfText(pdfFile, { page: 1 }));
    for (const s of ['RSUD MOHAMMAD NATSIR', 'PENGAMBILALIHAN (TAKE OVER) SERVER BASIS DATA SIMRS', 'No. Dokumen', '009/RSUD-MN/SIMRS/XI/2022', 'No. Revisi', '01', 'Halaman', 'STANDAR PROSEDUR OPERASIONAL', 'Tanggal Terbit', '25 November 2022', 'Ditetapkan,', 'Direktur RSUD Mohammad Natsir', 'NIP. 19680411 199303 1 009'])
      expect(p1).toContain(s);
  });
  it('repeats boxes 1–5 on every page with n/N matching pdfinfo', () => {
    const n = pdfPageCount(pdfFile);
    expect(n).toBeGreaterThan(1);
    for (let i = 1; i <= n; i++) {
      const t = flat(pdfText(pdfFile, { page: i }));
      expect(t).toContain(`${i}/${n}`);
      expect(t).toContain('009/RSUD-MN/SIMRS/XI/2022');
      expect(t).toContain('PENGAMBILALIHAN (TAKE OVER)');
      if (i > 1) expect(t).not.toContain('Ditetapkan,');
    }
  });
  it('holds every section, every step and every command', () => {
    const t = flat(pdfText(pdfFile));
    for (const s of ['PENGERTIAN', 'TUJUAN', 'Sebagai acuan penerapan langkah-langkah untuk', 'KEBIJAKAN', 'Peraturan Direktur', 'PROSEDUR', 'UNIT TERKAIT', 'DOKUMEN TERKAIT', 'REKAMAN HISTORIS PERUBAHAN', 'HAL-HAL YANG PERLU DIPERHATIKAN', 'Bagan alir dan mutu baku'])
      expect(t).toContain(s);
    for (const s of steps) expect(t).toContain(s.title);
    for (const c of commands) expect(t).toContain(c);
    expect(t).toContain('ssh simrsadm@192.168.20.222');
  });
  it('embeds every font (Arimo, Cousine for commands) and is valid PDF/A-1b', () => {
    const fonts = pdfFonts(pdfFile);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => /Cousine/.test(f.name))).toBe(true);
    expect(fonts.every((f) => /Arimo|Cousine/.test(f.name))).toBe(true);
    const v = preflight(pdfFile);
    expect(v.valid, v.output).toBe(true);
    expect(pdfInfo(pdfFile)['Page size']).toMatch(/595\.\d+ x 841\.\d+/);
  });
  it('is byte-for-byte reproducible with a fixed date', async () => {
    expect((await renderSopPdf(model, AT)).equals(pdf)).toBe(true);
  });
});

describe('SPO DOCX', () => {
  const xml = () => execFileSync('unzip', ['-p', docxFile, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  it('marks the header rows (boxes 1–5) to repeat on every page, with page fields', () => {
    const x = xml();
    const rows = x.split('<w:tr>').slice(1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('PENGAMBILALIHAN (TAKE OVER) SERVER BASIS DATA SIMRS');
    expect(rows[1]).toContain('<w:tblHeader/>');
    expect(rows[1]).toContain('009/RSUD-MN/SIMRS/XI/2022');
    expect(rows[1]).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(rows[2]).not.toContain('<w:tblHeader/>');
    expect(rows[2]).toContain('STANDAR PROSEDUR OPERASIONAL');
  });
  it('holds every step and every command', () => {
    const x = xml().replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    for (const s of steps) expect(x).toContain(s.title);
    for (const c of commands) expect(x).toContain(c);
    expect(x).toContain('REKAMAN HISTORIS PERUBAHAN');
  });
  it("has the drafter's paraf box in the page footer, as the PDF has", () => {
    const ls = execFileSync('unzip', ['-l', docxFile], { encoding: 'utf8' });
    const name = /word\/footer\d*\.xml/.exec(ls)?.[0];
    expect(name).toBeDefined();
    const footer = execFileSync('unzip', ['-p', docxFile, name!], { encoding: 'utf8' });
    expect(footer).toContain(`Paraf: ${model.drafter}`);
    expect(footer).toContain('<w:tbl>');
    expect(execFileSync('unzip', ['-p', docxFile, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 })).toMatch(/<w:footerReference [^>]*w:type="default"/);
  });
  it('is byte-for-byte reproducible with a fixed date', async () => {
    expect((await renderSopDocx(model, AT)).equals(docx)).toBe(true);
    const core = execFileSync('unzip', ['-p', docxFile, 'docProps/core.xml'], { encoding: 'utf8' });
    expect(core).toContain('2022-11-25T01:00:00Z');
  });
});

describe('a revision caused by an evaluation (MRMIK 13.1 c on the SOP itself)', () => {
  const revised = structuredClone(config);
  revised.document.revision = '02';
  revised.document.history.push({ revision: '02', date: '2026-12-15', change: 'Langkah tutup sesi', content: 'Tutup semua sesi basis data sebelum unmount.', cause: { incident: 6, actions: [3, 4] } });
  const file = join(dir, 'spo-revised.pdf');
  const docFile = join(dir, 'spo-revised.docx');

  it('prints the cause after the content in the PDF and the DOCX history, and only there', async () => {
    const m = buildSopModel({ config: revised, profile, lang: 'id', templates: loadSopTemplates('id'), warnings: [] });
    writeFileSync(file, await renderSopPdf(m, AT));
    writeFileSync(docFile, await renderSopDocx(m, AT));
    const t = flat(pdfText(file));
    // (a table row: the date cell's text sits between the wrapped lines of the content cell)
    expect(t).toContain('Tutup semua sesi basis data sebelum unmount. Revisi ini akibat');
    expect(t).toContain('evaluasi insiden #6, tindak lanjut #3 dan #4.');
    // the revisions without a cause print their content alone
    expect(t.match(/Revisi ini akibat/g)).toHaveLength(1);
    const x = execFileSync('unzip', ['-p', docFile, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(x).toContain('Revisi ini akibat evaluasi insiden #6, tindak lanjut #3 dan #4.');
    expect(preflight(file).valid).toBe(true);
  });
  it('says it in English too', () => {
    const m = buildSopModel({ config: revised, profile, lang: 'en', templates: loadSopTemplates('en'), warnings: [] });
    expect(m.history.at(-1)!.content).toBe('Tutup semua sesi basis data sebelum unmount. Revised following the evaluation of incident #6, follow-up actions #3 and #4.');
    expect(m.history[0]!.content).not.toContain('Revised');
  });
});
