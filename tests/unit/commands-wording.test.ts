// The pure text functions of the commands in both languages: Indonesian exactly as before,
// English with singular and plural where a count is said.
import { afterEach, describe, expect, it } from 'vitest';
import { noticeLeadText, stateText } from '../../src/commands/stats.js';
import { findingLines } from '../../src/commands/pack.js';
import { describeSheets } from '../../src/commands/sheet-report.js';
import { setLanguage } from '../../src/wording/lang.js';
import type { SheetReport } from '../../src/sources/table.js';

describe('command texts', () => {
  afterEach(() => setLanguage('id'));

  it('notice lead time in words', () => {
    const lead = { count: 3, medianDays: 5, minDays: 1, minimumDays: 3, shorter: 1 };
    expect(noticeLeadText(lead, 'id')).toBe('median 5 hari, tersingkat 1 hari (3 pemberitahuan); 1 kurang dari minimal 3 hari');
    expect(noticeLeadText(lead, 'en')).toBe('median 5 days, shortest 1 day (3 notices); 1 shorter than the minimum of 3 days');
    expect(noticeLeadText({ ...lead, count: 1, minimumDays: null }, 'en')).toBe('median 5 days, shortest 1 day (1 notice)');
    expect(noticeLeadText({ ...lead, count: 0 }, 'id')).toBe('– (tidak ada pemberitahuan)');
    expect(stateText('attested', 'en')).toBe('no downtime (attested)');
  });

  it('readiness lines follow the pack language', () => {
    expect(findingLines([], 'id')).toEqual(['Kesiapan: tidak ada kekurangan yang ditemukan.']);
    expect(findingLines([{ code: 'x', message: 'm' } as never], 'en')).toEqual(['Readiness: 1 gap', '  - [x] m']);
  });

  it('how a sheet was read, in the process language', () => {
    const sheet = {
      sheet: 'Log',
      recognised: true,
      headerRow: 3,
      rows: 12,
      mapping: [{ column: 'B', header: 'Kejadian', field: 'title', rule: 'r', unit: null, dateOrder: null }],
    } as unknown as SheetReport;
    expect(describeSheets([sheet])[0]).toBe('  Sheet "Log": baris judul 3, 12 baris kejadian');
    expect(describeSheets([sheet])[1]).toContain('→ Judul kejadian');
    setLanguage('en');
    expect(describeSheets([sheet])[0]).toBe('  Sheet "Log": header row 3, 12 incident rows');
    expect(describeSheets([sheet])[1]).toContain('→ Incident title');
  });
});
