import { describe, expect, it } from 'vitest';
import { formatDuration, formatPercent, formatWhen, formatDateLong } from '../../src/format.js';

describe('formatDuration', () => {
  it.each([
    [0, 'id', '0 menit'],
    [45, 'id', '45 menit'],
    [90, 'id', '1 jam 30 menit'],
    [145, 'id', '2 jam 25 menit'],
    [120, 'id', '2 jam'],
    [60, 'id', '1 jam'],
    [1440 + 5, 'id', '1 hari 5 menit'],
    [1440 + 180, 'id', '1 hari 3 jam'],
    [90, 'en', '1 hour 30 minutes'],
    [null, 'id', 'tidak diketahui'],
  ] as const)('%s min (%s) → %s', (min, lang, want) => {
    expect(formatDuration(min, lang)).toBe(want);
  });
});

describe('formatPercent', () => {
  it.each([
    [99.6, 'id', '99,60 %'],
    [99.6, 'en', '99.60 %'],
    [100, 'id', '100,00 %'],
    // a 2-minute outage in a 31-day month must not read as 100 %
    [((44640 - 2) / 44640) * 100, 'id', '99,995 %'],
  ] as const)('%s (%s) → %s', (p, lang, want) => {
    expect(formatPercent(p, lang)).toBe(want);
  });
});

describe('formatWhen', () => {
  it.each([
    ['2021-06', 'Juni 2021'],
    ['2022-10-01', '1 Oktober 2022'],
    ['2023-01-09T08:30:00+07:00', '9 Januari 2023 pukul 08.30 WIB'],
  ])('%s → %s', (iso, want) => {
    expect(formatWhen(iso, 'id')).toBe(want);
  });
  it('long date in English', () => {
    expect(formatDateLong('2026-11-25', 'en')).toBe('25 November 2026');
  });
});
