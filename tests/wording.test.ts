import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue, formatIssues } from '../src/errors.js';
import { language, setLanguage } from '../src/wording/lang.js';
import { COMMON } from '../src/wording/common.js';
import type { Issue } from '../src/types.js';

const issue: Issue = { severity: 'error', file: 'log.xlsx', sheet: 'Okt', row: 12, column: 'C', value: '31 Februari 2022', message: 'x' };

describe('wording layer', () => {
  afterEach(() => setLanguage('id'));

  it('speaks Indonesian unless told otherwise', () => {
    expect(language()).toBe('id');
    expect(formatIssue(issue)).toBe('GALAT log.xlsx, sheet "Okt", baris 12, kolom C ("31 Februari 2022"): x');
  });

  it('switches every table at once when the language is set', () => {
    setLanguage('en');
    expect(formatIssue(issue)).toBe('ERROR log.xlsx, sheet "Okt", row 12, column C ("31 Februari 2022"): x');
    expect(formatIssues([issue, { ...issue, row: 13 }])).toContain('Problems by kind:');
    expect(COMMON().months[0]).toBe('January');
  });

  it('counts problems by kind, hiding only the numbers that differ', () => {
    const bad = (row: number, v: string): Issue => ({ ...issue, row, column: 'Jam Mulai', value: v, message: `jam tidak dikenali: "${v}"; gunakan mis. 08.30 atau 08.30 WIB` });
    const lines = formatIssues([bad(3, '0830'), bad(15, '2030'), bad(16, '0830')]);
    expect(lines.at(-1)).toBe('  3× galat: jam tidak dikenali: "…"; gunakan mis. 08.30 atau 08.30 WIB, kolom Jam Mulai');
    const same = formatIssues([{ ...issue, message: 'tanggal 31 tidak ada' }, { ...issue, row: 13, message: 'tanggal 31 tidak ada' }]);
    expect(same.at(-1)).toBe('  2× galat: tanggal 31 tidak ada, kolom C');
  });

  it('gives a table in an explicit language regardless of the current one', () => {
    setLanguage('en');
    expect(COMMON.in('id').months[11]).toBe('Desember');
  });
});
