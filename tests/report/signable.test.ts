// What a director signs as it is: edition cited, sign date, document number, month table against
// target, the analysis when the target is missed, classifier notes out of the PDF, unit/Petugas
// columns, a period with no data, whole-year titles, round chart steps.
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/documents/report/model.js';
import { renderReportPdf } from '../../src/documents/report/pdf.js';
import { renderReportTexts } from '../../src/documents/report/templates.js';
import { niceMax } from '../../src/documents/report/charts.js';
import { computeStats } from '../../src/metrics/compute.js';
import { resolvePeriod } from '../../src/period.js';
import { documentNumber, parseProfile, sampleProfileWarning, standardCitation } from '../../src/profile.js';
import { signDateFor } from '../../src/commands/report.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { incident, seedIncidents } from './fixtures.js';
import { pdfTextOf } from './signable-helpers.js';

const base = parse(readFileSync('data/profil-rs.yaml', 'utf8')) as Record<string, unknown>;
const profileWith = (over: Record<string, unknown>) => parseProfile({ ...base, ...over }, 'data/profil-rs.yaml');
const AT = new Date('2023-02-01T09:00:00+07:00');

function build(incidents = seedIncidents(), period = { year: 2022 } as Parameters<typeof resolvePeriod>[0], over: Record<string, unknown> = {}, extra: Partial<Parameters<typeof buildReportModel>[0]> = {}) {
  const profile = profileWith(over);
  const p = resolvePeriod(period, profile.hospital.timeZone, AT);
  const stats = computeStats(incidents, p, { timeZone: profile.hospital.timeZone, now: AT, targetPercent: profile.availabilityTarget });
  const model = buildReportModel({ incidents, stats, period: p, profile, lang: 'id', generatedAt: AT, now: AT, ...extra });
  return { model, texts: renderReportTexts(model) };
}

describe('edition of the standard', () => {
  it('cites 1596/2024 by default and 1128/2022 when the profile says so', () => {
    expect(build().texts.purpose).toContain('KMK HK.01.07/MENKES/1596/2024 tentang Standar Akreditasi Rumah Sakit');
    const old = build(undefined, undefined, { accreditation: { edition: '1128/2022' } }).texts.purpose;
    expect(old).toContain('KMK HK.01.07/MENKES/1128/2022');
    expect(old).not.toContain('1596');
    expect(() => profileWith({ accreditation: { edition: '2000/2020' } })).toThrow(/accreditation\.edition/);
    expect(standardCitation('1596/2024').number).toBe('KMK HK.01.07/MENKES/1596/2024');
  });
});

describe('office conventions', () => {
  it('prints the classification prefix with a blank sequence and the Roman month of the sign date', () => {
    const p = profileWith({});
    expect(documentNumber(p.office, '2022-12-31')).toBe('445/      /RSUD-MN/SIMRS/XII/2022');
    expect(documentNumber({ ...p.office, documentNumber: null }, '2022-12-31')).toBeNull();
    expect(() => profileWith({ office: { tembusan: ['Arsip'] } })).toThrow(/Arsip/);
    expect(() => profileWith({ office: { paraf: ['a', 'b', 'c', 'd'] } })).toThrow(/tiga/);
  });

  it('warns about the sample profile except in the demo', () => {
    const p = profileWith({});
    expect(sampleProfileWarning(p, {})).toMatch(/profil CONTOH.*downtime init/);
    expect(sampleProfileWarning(p, { DOWNTIME_DEMO: '1' })).toBeNull();
    expect(sampleProfileWarning({ ...p, sample: false }, {})).toBeNull();
  });
});

describe('--sign-date', () => {
  const oct = resolvePeriod({ month: '2022-10' }, 'Asia/Jakarta', AT);
  it('end-of-period is the last day, never after today; today and ISO as given', () => {
    expect(signDateFor('end-of-period', oct, '2023-02-01')).toBe('2022-10-31');
    expect(signDateFor('end-of-period', oct, '2022-10-15')).toBe('2022-10-15');
    expect(signDateFor('today', oct, '2023-02-01')).toBe('2023-02-01');
    expect(signDateFor('2022-11-03', oct, '2023-02-01')).toBe('2022-11-03');
    expect(() => signDateFor('kemarin', oct, '2023-02-01')).toThrow(/--sign-date kemarin/);
    expect(() => signDateFor('2022-02-30', oct, '2023-02-01')).toThrow(/--sign-date/);
  });
  it('dates the signatures and the number', async () => {
    const { model, texts } = build(undefined, { month: '2022-10' }, {}, { signDate: '2022-10-31' });
    const text = await pdfTextOf(await renderReportPdf(model, texts));
    expect(text).toContain('Solok, 31 Oktober 2022');
    expect(text).toContain('445/ /RSUD-MN/SIMRS/X/2022');
  });
});

describe('year report', () => {
  it('has the month-by-month table against the target, and no analysis when the target is met', async () => {
    const { model, texts } = build();
    const text = await pdfTextOf(await renderReportPdf(model, texts));
    expect(text).toContain('Ketersediaan per bulan terhadap target');
    expect(text).toContain('Oktober 2022 2 180 0 99,59 % 99,50 % Ya');
    expect(model.analysis).toBeNull();
    expect(text).not.toContain('Analisis dan Rencana Tindak Lanjut');
  });

  it('adds "Analisis dan Rencana Tindak Lanjut" by category when the target is missed, and the evaluations when given', async () => {
    const { model, texts } = build(undefined, { month: '2022-10' }, { availabilityTarget: 99.9 });
    expect(model.analysis?.byCategory.map((c) => c.category)).toEqual(['Layanan eksternal', 'Jaringan/internet']);
    let text = await pdfTextOf(await renderReportPdf(model, texts));
    expect(text).toContain('F. Analisis dan Rencana Tindak Lanjut');
    expect(text).toContain('G. Penutup');
    expect(text).toContain('belum tercatat untuk periode ini');
    const withEval = build(undefined, { month: '2022-10' }, { availabilityTarget: 99.9 }, {
      evaluations: [{ problem: 'BPJS down', rootCause: 'Server BPJS', actions: [{ action: 'Jalur cadangan V-Claim', pic: 'Kepala Instalasi SIMRS', targetDate: '2022-12-31', status: 'terbuka' }] }],
    });
    text = await pdfTextOf(await renderReportPdf(withEval.model, withEval.texts));
    expect(text).toContain('Jalur cadangan V-Claim');
    expect(text).toContain('31 Desember 2022');
  });

  it('a whole single year asked as a range is "Tahun 2023" and laporan-downtime-2023', () => {
    const { model } = build([], { from: '2023-01-01', to: '2023-12-31' });
    expect(model.periodTitle).toBe('Tahun 2023');
    expect(model.fileStem).toBe('laporan-downtime-2023');
  });
});

describe('what the signed PDF says', () => {
  it('keeps classifier notes out (one sentence in the method), and shows unit and Petugas when the log has them', async () => {
    const guessed = incident({ kind: 'unplanned', title: 'Server hang', y: 2022, m: 10, d: 20, h: 9, minutes: 40, warnings: ['Jenis ditebak: tidak terencana (kata kunci "hang")'] });
    guessed.unit = 'IGD';
    guessed.pic = 'Budi';
    const { model, texts } = build([...seedIncidents(), guessed], { month: '2022-10' });
    expect(texts.method).toContain('1 kejadian: jenis ditentukan dari kata kunci');
    const text = await pdfTextOf(await renderReportPdf(model, texts));
    expect(text).not.toContain('Jenis ditebak');
    expect(text).toContain('Unit Layanan');
    expect(text).toContain('Petugas');
    expect(text).toContain('IGD');
    expect(text).toContain('Budi');
  });

  it('shows each of Unit Layanan and Petugas only when some incident has it', async () => {
    const withPic = incident({ kind: 'unplanned', title: 'Server hang', y: 2022, m: 10, d: 20, h: 9, minutes: 40 });
    withPic.pic = 'Budi';
    let text = await pdfTextOf(await renderReportPdf(build([...seedIncidents(), withPic], { month: '2022-10' }).model, build([...seedIncidents(), withPic], { month: '2022-10' }).texts));
    expect(text).toContain('Petugas');
    expect(text).toContain('Budi');
    expect(text).not.toContain('Unit Layanan');
    const withUnit = incident({ kind: 'unplanned', title: 'Server hang', y: 2022, m: 10, d: 20, h: 9, minutes: 40 });
    withUnit.unit = 'IGD';
    const b = build([...seedIncidents(), withUnit], { month: '2022-10' });
    text = await pdfTextOf(await renderReportPdf(b.model, b.texts));
    expect(text).toContain('Unit Layanan');
    expect(text).toContain('IGD');
    // "Petugas" elsewhere in the report (signatures, method) is there without the column too.
    const plain = build(seedIncidents(), { month: '2022-10' });
    const count = (t: string) => t.split('Petugas').length;
    expect(count(text)).toBe(count(await pdfTextOf(await renderReportPdf(plain.model, plain.texts))));
  });

  it('a period with no data says so on the first page', async () => {
    const { model, texts } = build(seedIncidents(), { year: 2023 });
    expect(model.noData).toBe(true);
    const text = await pdfTextOf(await renderReportPdf(model, texts));
    expect(text).toContain('Tidak ada data downtime untuk periode ini');
  });

  it('an empty chart has round steps', () => {
    expect(niceMax(0)).toBe(4);
    expect(niceMax(10)).toBe(20);
    for (const v of [0, 1, 3, 7, 10, 30, 180, 999]) expect(Number.isInteger(niceMax(v) / 4), String(v)).toBe(true);
  });
});
