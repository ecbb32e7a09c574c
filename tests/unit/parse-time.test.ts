import { describe, expect, it } from 'vitest';
import type { TimeParts } from '../../src/normalise/parse-date.js';
import { parseTimeCell, parseTimeRange, parseTimeSlow, parseTimeText } from '../../src/normalise/parse-time.js';
import type { CellValue } from '../../src/types.js';

/** [hour, minute, second, offset?, lowConfidence?] */
type T = [number, number, number?, (number | null)?, boolean?];
const tp = ([hour, minute, second = 0, utcOffsetMinutes = null, lowConfidence = false]: T): TimeParts => ({ hour, minute, second, utcOffsetMinutes, lowConfidence });

describe('parseTimeCell: accepted', () => {
  it.each<[CellValue, T, number]>([
    ['08.30', [8, 30], 0],
    ['08:30', [8, 30], 0],
    ['8.30', [8, 30], 0],
    ['8:05', [8, 5], 0],
    ['08.30.00', [8, 30, 0], 0],
    ['08.30.15', [8, 30, 15], 0],
    ['08:30:15', [8, 30, 15], 0],
    ['00.00', [0, 0], 0],
    ['23.59', [23, 59], 0],
    ['pukul 08.30 WIB', [8, 30, 0, 420], 0],
    ['Pukul 08.30 WITA', [8, 30, 0, 480], 0],
    ['pukul 08.30 WIT', [8, 30, 0, 540], 0],
    ['08.30WIB', [8, 30, 0, 420], 0],
    ['pkl. 8:30', [8, 30], 0],
    ['pkl 8.30', [8, 30], 0],
    ['jam 08.30', [8, 30], 0],
    ['JAM 14.00 wib', [14, 0, 0, 420], 0],
    ['  08.30  ', [8, 30], 0],
    ['pukul 20', [20, 0], 0],
    ['08h30', [8, 30], 0],
    ['08,30', [8, 30], 0],
    // HHMM without a separator, said: a shift log's "0830", Excel's 830 for a typed 0830
    ['0830', [8, 30], 1],
    ['2030', [20, 30], 1],
    ['830', [8, 30], 1],
    [830, [8, 30], 1],
    [2359, [23, 59], 1],
    ['8:30 PM', [20, 30], 0],
    ['12:15 AM', [0, 15], 0],
    ['12:15 p.m.', [12, 15], 0],
    [0, [0, 0], 0],
    [0.5, [12, 0], 0],
    [0.354166666666667, [8, 30], 0],
    [0.999999999, [0, 0], 0],
    [new Date(Date.UTC(1899, 11, 30, 8, 30)), [8, 30], 0],
    [new Date(Date.UTC(1899, 11, 30, 8, 29, 59, 999)), [8, 30], 0],
    [new Date(Date.UTC(2022, 9, 1, 14, 5, 7)), [14, 5, 7], 1],
    [44835.625, [15, 0], 1],
  ])('%j → %j (%i warnings)', (input, want, nWarn) => {
    const r = parseTimeCell(input);
    expect(r).toEqual({ ok: true, value: tp(want), warnings: expect.any(Array) });
    if (r.ok) expect(r.warnings).toHaveLength(nWarn);
  });
});

describe('parseTimeCell: words are low confidence and warn', () => {
  it.each<[string, number, number, number | null]>([
    ['jam 7 pagi', 7, 0, null],
    ['jam 7.30 pagi', 7, 30, null],
    ['2 siang', 14, 0, null],
    ['11 siang', 11, 0, null],
    ['jam 12 siang', 12, 0, null],
    ['3 sore', 15, 0, null],
    ['jam 5 sore WIB', 17, 0, 420],
    ['8 malam', 20, 0, null],
    ['jam 12 malam', 0, 0, null],
    ['jam 1 malam', 1, 0, null],
    ['jam 19 malam', 19, 0, null],
    ['jam 3 dini hari', 3, 0, null],
    ['dini hari', 2, 0, null],
    ['pagi hari', 8, 0, null],
    ['jam 8', 8, 0, null],
    ['pukul 7', 7, 0, null],
  ])('%s → %i:%i', (input, hour, minute, offset) => {
    const r = parseTimeCell(input);
    expect(r).toEqual({ ok: true, value: tp([hour, minute, 0, offset, true]), warnings: [expect.stringContaining('')] });
  });
});

describe('parseTimeCell: rejected', () => {
  it.each<[CellValue, string]>([
    ['', 'kosong'],
    ['   ', 'kosong'],
    [null, 'kosong'],
    ['24.00', 'jam 24 tidak ada'],
    ['25:10', 'jam 25'],
    ['08.60', 'menit 60'],
    ['08.30.61', 'detik 61'],
    ['8', 'tanpa menit'],
    ['2400', 'tidak dikenali'],
    ['0875', 'tidak dikenali'],
    [2460, 'tanggal tanpa jam'],
    ['8.3', 'tidak dikenali'],
    ['kemarin sore', 'tidak dikenali'],
    ['jam berapa', 'tidak dikenali'],
    ['pagi-pagi sekali', 'tidak dikenali'],
    ['9 sore', 'bukan sore'],
    ['jam 7 siang', 'bukan siang'],
    ['jam 20 pagi', 'bukan pagi'],
    ['13:00 PM', 'AM/PM'],
    ['08.30 WIBB', 'tidak dikenali'],
    [-0.1, 'tidak dikenali'],
    [Number.NaN, 'tidak dikenali'],
    [44835, 'tanggal tanpa jam'],
    [true, 'tidak dikenali'],
    [new Date(Number.NaN), 'tidak valid'],
  ])('%j → error containing %s', (input, fragment) => {
    const r = parseTimeCell(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(fragment);
  });
});

describe('parseTimeRange', () => {
  it.each<[CellValue, T, T | null, boolean]>([
    ['08.00 s.d. 10.30', [8, 0], [10, 30], false],
    ['08.00 s.d 10.30', [8, 0], [10, 30], false],
    ['08.00 s/d 10.30', [8, 0], [10, 30], false],
    ['08.00 sd 10.30', [8, 0], [10, 30], false],
    ['08.00 sd. 10.30', [8, 0], [10, 30], false],
    ['08.00 sampai 10.30', [8, 0], [10, 30], false],
    ['08.00 sampai dengan 10.30', [8, 0], [10, 30], false],
    ['08.00 hingga 10.30', [8, 0], [10, 30], false],
    ['08.00 - 10.30', [8, 0], [10, 30], false],
    ['08.00-10.30', [8, 0], [10, 30], false],
    ['08:00–10:30', [8, 0], [10, 30], false],
    ['08.00 — 10.30', [8, 0], [10, 30], false],
    ['08.00 ~ 10.30', [8, 0], [10, 30], false],
    ['08.00s.d.10.30', [8, 0], [10, 30], false],
    ['22.00 – 02.15', [22, 0], [2, 15], false],
    ['pukul 08.00 s.d. 10.30 WIB', [8, 0, 0, 420], [10, 30, 0, 420], false],
    ['08.00 WITA - 10.30', [8, 0, 0, 480], [10, 30, 0, 480], false],
    ['08.00 s.d. selesai', [8, 0], null, true],
    ['08.00 sampai selesai', [8, 0], null, true],
    ['08.00 s/d Selesai', [8, 0], null, true],
    ['08.00 - belum selesai', [8, 0], null, true],
    ['08.00 - ?', [8, 0], null, true],
    ['08.00 -', [8, 0], null, true],
    ['08.30', [8, 30], null, false],
    [0.375, [9, 0], null, false],
    [new Date(Date.UTC(1899, 11, 30, 9, 15)), [9, 15], null, false],
  ])('%j', (input, start, end, openEnd) => {
    const r = parseTimeRange(input);
    expect(r).toEqual({ ok: true, value: { start: tp(start), end: end && tp(end), openEnd }, warnings: expect.any(Array) });
  });

  it('reads the period word written once at the end for both ends', () => {
    const r = parseTimeRange('7 - 9 pagi');
    expect(r.ok && [r.value.start.hour, r.value.end?.hour, r.value.start.lowConfidence]).toEqual([7, 9, true]);
  });

  it.each<[CellValue, string]>([
    ['', 'kosong'],
    [null, 'kosong'],
    ['08.00 s.d. 25.00', 'jam selesai: jam 25 tidak ada'],
    ['08.61 - 10.00', 'jam mulai: menit 61'],
    ['08.00 - 10.00 - 12.00', 'lebih dari satu pemisah'],
    ['pagi sampai sore sekali', 'tidak dikenali'],
    ['08.00 s.d. nanti', 'jam selesai: jam tidak dikenali'],
    ['kemarin - 10.00', 'jam mulai: jam tidak dikenali'],
  ])('%j → error containing %s', (input, fragment) => {
    const r = parseTimeRange(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(fragment);
  });
});

describe('parseTimeText: the "08.30" shortcut', () => {
  it('gives what the general path gives for every h.mm, hh.mm, h:mm and hh:mm, valid or not', () => {
    let compared = 0;
    for (let h = 0; h <= 99; h++) {
      for (let m = 0; m <= 99; m++) {
        for (const sep of ['.', ':']) {
          for (const raw of h < 10 ? [`${h}${sep}${String(m).padStart(2, '0')}`, `0${h}${sep}${String(m).padStart(2, '0')}`] : [`${h}${sep}${String(m).padStart(2, '0')}`]) {
            expect(parseTimeText(raw), raw).toEqual(parseTimeSlow(raw));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(2 * 100 * (10 * 2 + 90));
  });
});
