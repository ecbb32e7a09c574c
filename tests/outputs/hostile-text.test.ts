// Hostile text in every output: an "&" in the hospital name, emoji/CJK/Arabic, U+202E, controls
// and U+FFFE/U+FFFF in incident and SOP titles. Each PDF must stay valid PDF/A-1b (PDFBox
// Preflight), each XML part of the xlsx/docx well-formed (saxes, strict), and the text readable.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import ExcelJS from 'exceljs';
import { renderReportPdf } from '../../src/documents/report/pdf.js';
import { renderReportWorkbook } from '../../src/documents/report/workbook.js';
import { lintSop } from '../../src/documents/sop/lint.js';
import { buildSopModel } from '../../src/documents/sop/model.js';
import { renderSopPdf } from '../../src/documents/sop/pdf.js';
import { renderSopDocx } from '../../src/documents/sop/docx.js';
import { loadSopTemplates } from '../../src/documents/sop/templates.js';
import { incident, PROFILE_DATA, reportFor, seedIncidents, testProfile } from '../report/fixtures.js';
import { pdfText, preflight } from '../helpers/pdf.js';
import { profile as sopProfile, variant } from '../sop/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const AMP = 'RSIA Ibu & Anak <Sehat> "Bunda"';
const HOSTILE = 'Server 😀 中文 مرحبا \u202Ekebalik\u202C bel\u0007 tab\there \uFFFE\uFFFF akhir';

function write(name: string, data: Buffer): string {
  const f = join(dir, name);
  writeFileSync(f, data);
  return f;
}

/** Throws on the first well-formedness error, as a strict XML reader (LibreOffice) would stop. */
function parseStrict(xml: string, name: string): void {
  const p = new SaxesParser({ xmlns: false });
  let error: Error | null = null;
  p.on('error', (e) => {
    error ??= new Error(`${name}: ${e.message}`);
  });
  p.write(xml).close();
  if (error) throw error;
}

/** Every .xml/.rels part of an OOXML package, as text (unzip reads [ ] in a name as a pattern: escaped). */
function xmlParts(file: string): Map<string, string> {
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter((n) => /\.(xml|rels)$/.test(n));
  return new Map(names.map((n) => [n, execFileSync('unzip', ['-p', file, n.replace(/[[\]*?]/g, '\\$&')], { encoding: 'utf8', maxBuffer: 64 << 20 })]));
}

/** The XMP packet pdfkit writes uncompressed. */
function xmpOf(pdf: Buffer): string {
  const s = pdf.toString('utf8');
  const start = s.indexOf('<?xpacket begin');
  const end = s.indexOf('<?xpacket end="w"?>');
  expect(start).toBeGreaterThan(0);
  return s.slice(start, end + '<?xpacket end="w"?>'.length);
}

function profileWith(name: string) {
  return testProfile({ hospital: { ...PROFILE_DATA.hospital, name, shortName: name }, letterhead: { ...PROFILE_DATA.letterhead, name } });
}

describe('report PDF with hostile text', () => {
  let ampFile: string;
  let hostileFile: string;
  let ampPdf: Buffer;
  beforeAll(async () => {
    const a = reportFor(seedIncidents(), { month: '2022-10' }, { profile: profileWith(AMP) });
    ampPdf = await renderReportPdf(a.model, a.texts);
    ampFile = write('report-amp.pdf', ampPdf);
    const incidents = [
      ...seedIncidents(),
      incident({ kind: 'unplanned', title: HOSTILE, y: 2022, m: 10, d: 12, h: 9, min: 0, minutes: 45, cause: `${'😀'.repeat(40)} ${'中'.repeat(60)}`, followUp: 'مرحبا بالعالم' }),
    ];
    const h = reportFor(incidents, { month: '2022-10' });
    hostileFile = write('report-hostile.pdf', await renderReportPdf(h.model, h.texts));
  }, 60_000);

  it('an "&" (and < > ") in the hospital name keeps PDF/A-1b valid and the XMP well-formed', () => {
    const v = preflight(ampFile);
    expect(v.valid, v.output).toBe(true);
    const xmp = xmpOf(ampPdf);
    expect(() => parseStrict(xmp, 'XMP')).not.toThrow();
    expect(xmp).toContain('Ibu &amp; Anak &lt;Sehat&gt;');
    expect(pdfText(ampFile).replace(/\s+/g, ' ')).toContain('Ibu & Anak <Sehat> "Bunda"');
  });

  it('emoji, CJK, Arabic, U+202E and controls keep PDF/A-1b valid; they are shown as U+FFFD with a note', () => {
    const v = preflight(hostileFile);
    expect(v.valid, v.output).toBe(true);
    const text = pdfText(hostileFile).replace(/\s+/g, ' ');
    expect(text).toContain('Server �');
    expect(text).toContain('kebalik');
    expect(text).not.toContain('\u202E');
    expect(text).not.toContain('\u0007');
    // The note says what was replaced and where the whole text is.
    expect(text).toMatch(/ditampilkan sebagai "�" \([^)]*U\+1F600/);
    expect(text).toMatch(/ditampilkan sebagai "�" \([^)]*U\+4E2D/);
    expect(text).toContain('buku kerja (.xlsx)');
  });

  it('an ordinary report gets no such note', async () => {
    const { model, texts } = reportFor(seedIncidents(), { month: '2022-10' });
    const f = write('report-plain.pdf', await renderReportPdf(model, texts));
    expect(pdfText(f)).not.toContain('ditampilkan sebagai');
  });
});

describe('workbook with hostile text', () => {
  it('U+FFFE/U+FFFF are removed: every XML part is well-formed and later strings survive', async () => {
    const incidents = [
      incident({ kind: 'unplanned', title: `Pertama \uFFFE\uFFFF rusak`, y: 2022, m: 10, d: 2, h: 8, min: 0, minutes: 30, cause: 'bel\u0007', followUp: 'x' }),
      incident({ kind: 'unplanned', title: 'Kedua tetap terbaca', y: 2022, m: 10, d: 3, h: 8, min: 0, minutes: 30, cause: 'Penyebab kedua', followUp: 'Tindak lanjut kedua' }),
    ];
    const { model, texts } = reportFor(incidents, { month: '2022-10' }, { profile: profileWith(AMP) });
    const file = write('hostile.xlsx', await renderReportWorkbook(model, texts));
    const parts = xmlParts(file);
    expect(parts.has('xl/sharedStrings.xml')).toBe(true);
    for (const [name, xml] of parts) expect(() => parseStrict(xml, name)).not.toThrow();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Tidak Terencana')!;
    const values = ws.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    expect(values).toContain('Pertama  rusak');
    expect(values).toContain('Kedua tetap terbaca');
    expect(values).toContain('Tindak lanjut kedua');
    expect(ws.getCell('A2').value).toBe(AMP);
  });
});

describe('SOP with hostile text', () => {
  let pdfFile: string;
  let docxFile: string;
  beforeAll(async () => {
    const config = variant((c) => {
      c.document.title = `Take over ${HOSTILE}`;
      c.procedures.takeover!.steps[0]!.title = `Langkah 😀 \uFFFF ${'中'.repeat(80)}`;
    });
    const profile = { ...sopProfile, hospital: { ...sopProfile.hospital, name: AMP } };
    const warnings = lintSop({ config, approver: profile.signatories.acknowledgedBy ?? null }).warnings;
    const model = buildSopModel({ config, profile, lang: 'id', templates: loadSopTemplates('id'), warnings });
    const at = new Date('2022-11-25T08:00:00+07:00');
    pdfFile = write('sop-hostile.pdf', await renderSopPdf(model, at));
    docxFile = write('sop-hostile.docx', await renderSopDocx(model, at));
  }, 60_000);

  it('the PDF is valid PDF/A-1b with the replacement and a note', () => {
    const v = preflight(pdfFile);
    expect(v.valid, v.output).toBe(true);
    const text = pdfText(pdfFile).replace(/\s+/g, ' ');
    expect(text).toContain('Ibu & Anak');
    expect(text).toContain('ditampilkan sebagai "�"');
  });

  it('every XML part of the DOCX is well-formed', () => {
    const parts = xmlParts(docxFile);
    expect(parts.has('word/document.xml')).toBe(true);
    for (const [name, xml] of parts) expect(() => parseStrict(xml, name)).not.toThrow();
    expect(parts.get('docProps/core.xml')).toContain('Ibu &amp; Anak');
  });
});
