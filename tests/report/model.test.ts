import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReportTexts, DEFAULT_TEMPLATES_DIR, TEMPLATE_NAMES } from '../../src/documents/report/templates.js';
import { textBlocks } from '../../src/documents/kit/text-blocks.js';
import { periodTitle } from '../../src/documents/report/text.js';
import { resolvePeriod } from '../../src/period.js';
import { UserError } from '../../src/errors.js';
import { incident, reportFor, seedIncidents, testProfile } from './fixtures.js';

const now = new Date('2026-11-25T00:00:00Z');
const p = (o: Parameters<typeof resolvePeriod>[0]) => resolvePeriod(o, 'Asia/Jakarta', now);

describe('report model', () => {
  it('titles periods the way a letter does', () => {
    expect(periodTitle(p({ month: '2022-10' }), 'id')).toBe('Periode Oktober 2022');
    expect(periodTitle(p({ quarter: '2022-Q4' }), 'id')).toBe('Triwulan IV 2022');
    expect(periodTitle(p({ year: 2022 }), 'id')).toBe('Tahun 2022');
    expect(periodTitle(p({ from: '2022-01-01', to: '2022-03-15' }), 'id')).toBe('Periode 1 Januari 2022 s.d. 15 Maret 2022');
    expect(periodTitle(p({ month: '2022-10' }), 'en')).toBe('Period October 2022');
  });

  it('splits the incidents of the period by kind, numbered, with their wording', () => {
    const { model } = reportFor(seedIncidents(), { year: 2022 });
    expect(model.unplanned.map((r) => [r.no, r.title, r.when, r.duration])).toEqual([
      [1, 'ISP cinox dan indihome down', '1 Oktober 2022', '1 jam'],
      [2, 'BPJS down', '3 Oktober 2022', '2 jam'],
      [3, 'Listrik Mati', '10 November 2022', '30 menit'],
    ]);
    expect(model.planned.map((r) => r.title)).toEqual(['Pemasangan V-claim V2']);
    expect(model.fileStem).toBe('laporan-downtime-2022');
    expect(model.signatures.map((s) => s.heading)).toEqual(['Mengetahui,', 'Solok, 25 November 2026']);
    expect(model.identity).toBe('LAPORAN KEJADIAN DOWNTIME SERVER SIMRS · Tahun 2022 · Dibuat 25 November 2026 · Rev. 00');
  });

  it('writes the time span of timed incidents and discloses clipping and ongoing incidents', () => {
    const crossing = incident({ kind: 'unplanned', title: 'Server mati malam', y: 2022, m: 9, d: 30, h: 23, min: 0, minutes: 120 });
    const ongoing = incident({ kind: 'unplanned', title: 'Masih mati', y: 2022, m: 10, d: 31, h: 22, min: 0, minutes: null });
    const { model } = reportFor([crossing, ongoing], { month: '2022-10' });
    expect(model.unplanned[0]!.when).toBe('30 September 2022 pukul 23.00 WIB s.d. 1 Oktober 2022 pukul 01.00 WIB');
    expect(model.notes.join('\n')).toContain('hanya 60 menit di dalam periode');
    expect(model.unplanned[1]!.duration).toBe('belum pulih');
    expect(model.notes.join('\n')).toContain('belum pulih');
  });

  it('leaves the signature column of the director out when the profile has none', () => {
    const profile = testProfile({ signatories: { preparedBy: { position: 'Kepala Instalasi SIMRS', name: 'A', nip: null } } });
    const { model } = reportFor(seedIncidents(), { month: '2022-10' }, { profile });
    expect(model.signatures).toEqual([{ heading: 'Solok, 25 November 2026', position: 'Kepala Instalasi SIMRS', name: 'A', nip: null }]);
  });
});

describe('report templates', () => {
  it('parses numbered and lettered items', () => {
    expect(textBlocks('Langkah:\n1. Satu\na. Sub\n- poin')).toEqual([
      { kind: 'paragraph', text: 'Langkah:' },
      { kind: 'item', label: '1.', text: 'Satu' },
      { kind: 'item', label: 'a.', text: 'Sub' },
      { kind: 'item', label: '•', text: 'poin' },
    ]);
  });

  it('names the template file when a variable is misspelt (strict mode)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpl-'));
    for (const n of TEMPLATE_NAMES) copyFileSync(join(DEFAULT_TEMPLATES_DIR, `${n}.id.hbs`), join(dir, `${n}.id.hbs`));
    writeFileSync(join(dir, 'purpose.id.hbs'), 'Laporan {{hospital.nama}}');
    const { model } = reportFor(seedIncidents(), { month: '2022-10' });
    expect(() => renderReportTexts(model, dir)).toThrow(UserError);
    expect(() => renderReportTexts(model, dir)).toThrow(/purpose\.id\.hbs/);
  });
});
