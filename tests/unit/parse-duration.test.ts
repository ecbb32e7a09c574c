import { describe, expect, it } from 'vitest';
import { isTimeFormat, parseDuration, parseDurationSlow, parseDurationText } from '../../src/normalise/parse-duration.js';
import type { CellValue } from '../../src/types.js';

describe('parseDuration: text with units', () => {
  it.each<[string, number, boolean]>([
    ['45 menit', 45, false],
    ['45menit', 45, false],
    ['90 mnt', 90, false],
    ['90 mnt.', 90, false],
    ['30 m', 30, false],
    ['2 jam', 120, false],
    ['2 j', 120, false],
    ['2 jm', 120, false],
    ['2jam', 120, false],
    ['1 hari', 1440, false],
    ['2 hr', 2880, false],
    ['30 detik', 0.5, false],
    ['45 dtk', 0.75, false],
    ['1 jam 15 menit', 75, false],
    ['2 jam 25 menit', 145, false],
    ['2 JAM 25 MENIT', 145, false],
    ['1 hari 3 jam', 1620, false],
    ['1 jam, 30 menit', 90, false],
    ['1 jam dan 30 menit', 90, false],
    ['1 jam 30 menit 30 detik', 90.5, false],
    ['1j 30m', 90, false],
    ['1,5 jam', 90, false],
    ['1.5 jam', 90, false],
    ['0,25 jam', 15, false],
    ['setengah jam', 30, false],
    ['1 setengah jam', 90, false],
    ['sejam', 60, false],
    ['1 hour', 60, false],
    ['2 hours', 120, false],
    ['30 minutes', 30, false],
    ['1 minute', 1, false],
    ['1h 30m', 90, false],
    ['1h30m', 90, false],
    ['1h30', 90, false],
    ['1 jam 30', 90, false],
    ['2j15', 135, false],
    ['10 mins', 10, false],
    ['± 45 menit', 45, true],
    ['±45 menit', 45, true],
    ['+/- 45 menit', 45, true],
    ['+- 45 menit', 45, true],
    ['kurang lebih 2 jam', 120, true],
    ['Kurang Lebih 2 jam', 120, true],
    ['lebih kurang 2 jam', 120, true],
    ['kira-kira 30 menit', 30, true],
    ['sekitar 1 jam', 60, true],
    ['~ 20 menit', 20, true],
    ['2 jam lebih', 120, true],
    ['kl. 3 jam', 180, true],
  ])('%s → %f min (approx %s)', (input, minutes, approximate) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: { minutes, approximate }, warnings: [] });
  });
});

describe('parseDuration: clocks, bare numbers and Excel values (with warnings as stated)', () => {
  it.each<[CellValue, string | undefined, number, boolean, number]>([
    ['01:30', undefined, 90, false, 0],
    ['1:30', undefined, 90, false, 0],
    ['01:30:30', undefined, 90.5, false, 0],
    ['26:15', undefined, 1575, false, 0],
    ['1.30', undefined, 90, false, 1],
    ['02.05', undefined, 125, false, 1],
    ['45', undefined, 45, false, 1],
    ['45,5', undefined, 45.5, false, 1],
    ['45.00', undefined, 45, false, 1],
    ['1.440', undefined, 1440, false, 2],
    ['1.440 menit', undefined, 1440, false, 1],
    ['lebih dari 2 jam', undefined, 120, true, 1],
    ['0 menit', undefined, 0, false, 1],
    ['00:00', undefined, 0, false, 1],
    [45, undefined, 45, false, 1],
    [45, 'General', 45, false, 1],
    [0, 'General', 0, false, 2],
    [0.0625, 'h:mm', 90, false, 0],
    [0.0625, '[h]:mm', 90, false, 0],
    [0.0625, 'hh:mm:ss', 90, false, 0],
    [0.0625, '[$-421]h:mm', 90, false, 0],
    [1.09375, '[h]:mm', 1575, false, 0],
    [0.000347222222, 'mm:ss', 0.5, false, 0],
    [0.0625, undefined, 90, false, 1],
    [0.5, 'General', 0.5, false, 1],
    [0, 'h:mm', 0, false, 1],
    [new Date(Date.UTC(1899, 11, 30, 1, 30)), undefined, 90, false, 0],
    [new Date(Date.UTC(1899, 11, 30, 1, 29, 59, 999)), undefined, 90, false, 0],
    [new Date(Date.UTC(1899, 11, 31, 2, 15)), '[h]:mm', 1575, false, 0],
    [new Date(Date.UTC(1899, 11, 30, 0, 0, 30)), 'mm:ss', 0.5, false, 0],
    [new Date(Date.UTC(1899, 11, 30)), 'h:mm', 0, false, 1],
  ])('%j (%s) → %f min', (input, numFmt, minutes, approximate, nWarn) => {
    const r = parseDuration(input, numFmt);
    expect(r).toEqual({ ok: true, value: { minutes, approximate }, warnings: expect.any(Array) });
    if (r.ok) expect(r.warnings).toHaveLength(nWarn);
  });
});

describe('parseDuration: rejected', () => {
  it.each<[CellValue, string | undefined, string]>([
    ['', undefined, 'durasi kosong'],
    ['  ', undefined, 'durasi kosong'],
    [null, undefined, 'durasi kosong'],
    ['-30 menit', undefined, 'durasi negatif'],
    ['- 30 menit', undefined, 'durasi negatif'],
    ['minus 30 menit', undefined, 'durasi negatif'],
    ['-30', undefined, 'durasi negatif'],
    [-30, undefined, 'durasi negatif'],
    [-0.0625, 'h:mm', 'durasi negatif'],
    ['lama sekali', undefined, 'durasi tidak dikenali: "lama sekali"'],
    ['menit', undefined, 'durasi tidak dikenali'],
    ['jam', undefined, 'durasi tidak dikenali'],
    ['sekitar', undefined, 'durasi tidak dikenali'],
    ['±', undefined, 'durasi tidak dikenali'],
    ['30 menitan', undefined, 'durasi tidak dikenali'],
    ['2 jam (perkiraan)', undefined, 'durasi tidak dikenali'],
    ['1 jam 1 jam', undefined, 'ditulis dua kali'],
    ['30 menit 15 mnt', undefined, 'ditulis dua kali'],
    ['1.75', undefined, 'tidak jelas'],
    ['01:75', undefined, 'menit/detik harus 00–59'],
    ['08.00 s.d. 10.30', undefined, 'durasi tidak dikenali'],
    ['1 Oktober 2022', undefined, 'durasi tidak dikenali'],
    ['1 tahun', undefined, 'durasi tidak dikenali'],
    // minutes without their unit only after hours, and only as minutes
    ['30 menit 15', undefined, 'durasi tidak dikenali'],
    ['1 jam 75', undefined, 'durasi tidak dikenali'],
    ['1 hari 5', undefined, 'durasi tidak dikenali'],
    [Number.NaN, undefined, 'durasi tidak dikenali'],
    [Number.POSITIVE_INFINITY, undefined, 'durasi tidak dikenali'],
    [true, undefined, 'durasi tidak dikenali'],
    [new Date(Number.NaN), undefined, 'tidak valid'],
    [new Date(Date.UTC(2022, 9, 1, 1, 30)), 'h:mm', 'bukan lama gangguan'],
    [44835.0625, 'dd/mm/yyyy h:mm', 'bukan lama gangguan'],
  ])('%j (%s) → error containing %s', (input, numFmt, fragment) => {
    const r = parseDuration(input, numFmt);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(fragment);
  });
});

describe('isTimeFormat', () => {
  it.each<[string | undefined, boolean]>([
    ['h:mm', true],
    ['[h]:mm:ss', true],
    ['hh:mm', true],
    ['mm:ss', true],
    ['[mm]', true],
    ['[$-421]h:mm', true],
    ['General', false],
    ['0', false],
    ['0.00', false],
    ['0 "jam"', false],
    ['dd/mm/yyyy', false],
    ['[Red]0', false],
    [undefined, false],
  ])('%s → %s', (fmt, want) => {
    expect(isTimeFormat(fmt)).toBe(want);
  });
});

describe('parseDurationText: the "45 menit" shortcut', () => {
  it('gives what the general path gives, for every unit word and for words that are not units', () => {
    const words = ['menit', 'mnt', 'm', 'jam', 'jm', 'j', 'h', 'hr', 'hari', 'detik', 'dtk', 's', 'minutes', 'hours', 'days', 'mins', 'sec', 'menitan', 'jamm', 'x', 'constructor', 'tostring', 'hasownproperty'];
    const numbers = ['1', '5', '45', '59', '60', '90', '1440', '99999', '527040', '527041', '999999'];
    let compared = 0;
    for (const w of words) {
      for (const n of numbers) {
        expect(parseDurationText(`${n} ${w}`), `${n} ${w}`).toEqual(parseDurationSlow(`${n} ${w}`));
        compared++;
      }
    }
    expect(compared).toBe(words.length * numbers.length);
    // and the shapes it leaves alone still go the general way
    for (const raw of ['0 menit', '05 menit', '45 Menit', '45  menit', ' 45 menit', '1,5 jam', '± 45 menit']) {
      expect(parseDurationText(raw), raw).toEqual(parseDurationSlow(raw));
    }
  });
});
