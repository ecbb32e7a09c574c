import { describe, expect, it } from 'vitest';
import { parseDateCell, type DateParts, type DateTimeValue, type TimeParts } from '../../src/normalise/parse-date.js';
import type { CellValue } from '../../src/types.js';

const d = (year: number | null, month: number, day: number | null): DateParts => ({ year, month, day });
const t = (hour: number, minute: number, second = 0, utcOffsetMinutes: number | null = null): TimeParts => ({ hour, minute, second, utcOffsetMinutes, lowConfidence: false });
const dt = (date: DateParts, time: TimeParts | null = null, endTime: TimeParts | null = null, openEnd = false): DateTimeValue => ({ date, time, endTime, openEnd });

describe('parseDateCell: date only', () => {
  it.each<[string, DateParts]>([
    ['01/10/2022', d(2022, 10, 1)],
    ['1/10/2022', d(2022, 10, 1)],
    ['12/08/2024', d(2024, 8, 12)],
    ['13/01/2023', d(2023, 1, 13)],
    ['01-10-2022', d(2022, 10, 1)],
    ['01.10.2022', d(2022, 10, 1)],
    ['01/10/22', d(2022, 10, 1)],
    ['01-10-22', d(2022, 10, 1)],
    ['2022-10-01', d(2022, 10, 1)],
    ['2022/10/01', d(2022, 10, 1)],
    ['20221001', d(2022, 10, 1)],
    ["1 Oktober '22", d(2022, 10, 1)],
    ['1 Okt ’22', d(2022, 10, 1)],
    ['1st October 2022', d(2022, 10, 1)],
    ['4th March 2024', d(2024, 3, 4)],
    ['March 4th, 2024', d(2024, 3, 4)],
    ['1 Oktober 2022', d(2022, 10, 1)],
    ['1 oktober 2022', d(2022, 10, 1)],
    ['1 OKTOBER 2022', d(2022, 10, 1)],
    ['01 Okt 2022', d(2022, 10, 1)],
    ['1 Okt. 2022', d(2022, 10, 1)],
    ['01-Okt-22', d(2022, 10, 1)],
    ['01-Oct-22', d(2022, 10, 1)],
    ['1-okt-2022', d(2022, 10, 1)],
    ['1okt2022', d(2022, 10, 1)],
    ['5 Pebruari 2021', d(2021, 2, 5)],
    ['5 Peb 2021', d(2021, 2, 5)],
    ['5 Pebr. 2021', d(2021, 2, 5)],
    ['29 Februari 2024', d(2024, 2, 29)],
    ['3 Mrt 2023', d(2023, 3, 3)],
    ['3 Maret 2023', d(2023, 3, 3)],
    ['9 Mei 2023', d(2023, 5, 9)],
    ['17 Agt 2023', d(2023, 8, 17)],
    ['17 Agu 2023', d(2023, 8, 17)],
    ['17 Ags 2023', d(2023, 8, 17)],
    ['17 Agst. 2023', d(2023, 8, 17)],
    ['17 Aug 2023', d(2023, 8, 17)],
    ['17 August 2023', d(2023, 8, 17)],
    ['2 Sept 2023', d(2023, 9, 2)],
    ['10 Nopember 2022', d(2022, 11, 10)],
    ['10 Nop 2022', d(2022, 11, 10)],
    ['25 Des 2022', d(2022, 12, 25)],
    ['25 Dec 2022', d(2022, 12, 25)],
    ['October 1, 2022', d(2022, 10, 1)],
    ['Tgl. 1 Oktober 2022', d(2022, 10, 1)],
    ['tgl 01/10/2022', d(2022, 10, 1)],
    ['Tanggal: 01/10/2022', d(2022, 10, 1)],
    ['tanggal 1 Oktober 2022', d(2022, 10, 1)],
    ['Senin, 12 Agustus 2024', d(2024, 8, 12)],
    ['senin 12 agustus 2024', d(2024, 8, 12)],
    ['Sen, 12/08/2024', d(2024, 8, 12)],
    ['Jum’at, 16 Agustus 2024', d(2024, 8, 16)],
    ["Jum'at, 16 Agustus 2024", d(2024, 8, 16)],
    ['Jumat, 16 Agustus 2024', d(2024, 8, 16)],
    ['Ahad, 18 Agustus 2024', d(2024, 8, 18)],
    ['Minggu, 18 Agustus 2024', d(2024, 8, 18)],
    ['Monday, 12 August 2024', d(2024, 8, 12)],
    ['Senin, tgl. 12 Agustus 2024', d(2024, 8, 12)],
    ['Juni 2021', d(2021, 6, null)],
    ['juni 2021', d(2021, 6, null)],
    ['Jun-21', d(2021, 6, null)],
    ['Nopember 2022', d(2022, 11, null)],
    ['06/2021', d(2021, 6, null)],
    ['10 November', d(null, 11, 10)],
    ['10 Nov.', d(null, 11, 10)],
    ['29 Februari', d(null, 2, 29)],
  ])('%s', (input, date) => {
    expect(parseDateCell(input)).toEqual({ ok: true, value: dt(date), warnings: [] });
  });
});

describe('parseDateCell: date with time', () => {
  it.each<[string, DateTimeValue]>([
    ['1 Oktober 2022 08.30', dt(d(2022, 10, 1), t(8, 30))],
    ['1 Oktober 2022, 08.30', dt(d(2022, 10, 1), t(8, 30))],
    ['1 Oktober 2022 pukul 08.30 WIB', dt(d(2022, 10, 1), t(8, 30, 0, 420))],
    ['01/10/2022 08.30.00', dt(d(2022, 10, 1), t(8, 30))],
    ['01/10/2022 08.30.15', dt(d(2022, 10, 1), t(8, 30, 15))],
    ['01/10/2022 8:30', dt(d(2022, 10, 1), t(8, 30))],
    ['01-10-2022 jam 14.00', dt(d(2022, 10, 1), t(14, 0))],
    ['01/10/2022 00.00', dt(d(2022, 10, 1), t(0, 0))],
    ['10 November 08.30', dt(d(null, 11, 10), t(8, 30))],
    ['10 Nov 22.30', dt(d(null, 11, 10), t(22, 30))],
    ['2022-10-01T08:30:00', dt(d(2022, 10, 1), t(8, 30))],
    ['2022-10-01 08:30:00', dt(d(2022, 10, 1), t(8, 30))],
    ['2022-10-01T08:30', dt(d(2022, 10, 1), t(8, 30))],
    ['2022-10-01T08:30:00.000Z', dt(d(2022, 10, 1), t(8, 30, 0, 0))],
    ['2022-10-01T08:30:00+07:00', dt(d(2022, 10, 1), t(8, 30, 0, 420))],
    ['2022-10-01T08:30:00-0300', dt(d(2022, 10, 1), t(8, 30, 0, -180))],
    ['Sabtu, 1 Oktober 2022 pukul 10.30 WIB', dt(d(2022, 10, 1), t(10, 30, 0, 420))],
    ['1 Okt 2022 pukul 08.00 s.d. 10.30 WIB', dt(d(2022, 10, 1), t(8, 0, 0, 420), t(10, 30, 0, 420))],
    ['1 Okt 2022 08.00 s.d. 10.30', dt(d(2022, 10, 1), t(8, 0), t(10, 30))],
    ['01-10-2022 08.00 - 10.30', dt(d(2022, 10, 1), t(8, 0), t(10, 30))],
    ['01/10/2022 22.00 – 02.15', dt(d(2022, 10, 1), t(22, 0), t(2, 15))],
    ['1 Okt 2022 08.00 s.d. selesai', dt(d(2022, 10, 1), t(8, 0), null, true)],
  ])('%s', (input, want) => {
    expect(parseDateCell(input)).toEqual({ ok: true, value: want, warnings: [] });
  });

  it('keeps the low confidence of "jam 7 pagi" and warns', () => {
    const r = parseDateCell('1 Oktober 2022 jam 7 pagi');
    expect(r.ok && r.value.time).toEqual({ ...t(7, 0), lowConfidence: true });
    expect(r.ok && r.warnings).toHaveLength(1);
  });
});

describe('parseDateCell: Excel values', () => {
  it.each<[CellValue, DateTimeValue, number]>([
    [new Date(Date.UTC(2022, 9, 1)), dt(d(2022, 10, 1)), 0],
    [new Date(Date.UTC(2022, 9, 1, 8, 30)), dt(d(2022, 10, 1), t(8, 30)), 0],
    [new Date(Date.UTC(2022, 9, 1, 8, 29, 59, 999)), dt(d(2022, 10, 1), t(8, 30)), 0],
    // 23:59:59.6 rounds into the next day rather than keeping a fake 23:59:59
    [new Date(Date.UTC(2022, 9, 1, 23, 59, 59, 600)), dt(d(2022, 10, 2)), 0],
    [44835, dt(d(2022, 10, 1)), 0],
    [44835.354166666664, dt(d(2022, 10, 1), t(8, 30)), 0],
    [44835.5, dt(d(2022, 10, 1), t(12, 0)), 0],
    [45292, dt(d(2024, 1, 1)), 0],
    [61, dt(d(1900, 3, 1)), 0],
    // yyyymmdd as a number (a database export): far past any Excel serial
    [20240304, dt(d(2024, 3, 4)), 0],
    ['44835', dt(d(2022, 10, 1)), 1],
    ['44835.5', dt(d(2022, 10, 1), t(12, 0)), 1],
  ])('%j', (input, want, nWarn) => {
    const r = parseDateCell(input);
    expect(r).toEqual({ ok: true, value: want, warnings: expect.any(Array) });
    if (r.ok) expect(r.warnings).toHaveLength(nWarn);
  });

  it('reads UTC fields whatever the machine zone (a Date built in UTC, not local time)', () => {
    // exceljs gives 2022-10-01 00:30 as this instant; local getters in Asia/Jakarta would say 07:30.
    const r = parseDateCell(new Date('2022-10-01T00:30:00Z'));
    expect(r.ok && r.value).toEqual(dt(d(2022, 10, 1), t(0, 30)));
  });
});

describe('parseDateCell: day name check', () => {
  it.each<[string, string]>([
    ['Selasa, 12 Agustus 2024', 'hari Selasa tidak cocok dengan 12 Agustus 2024 (hari Senin)'],
    ['Jum’at, 1 Oktober 2022', 'hari Jumat tidak cocok dengan 1 Oktober 2022 (hari Sabtu)'],
  ])('%s warns', (input, warning) => {
    const r = parseDateCell(input);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings[0]).toContain(warning);
  });

  it('cannot check a day name without a year', () => {
    expect(parseDateCell('Selasa, 12 Agustus')).toEqual({ ok: true, value: dt(d(null, 8, 12)), warnings: [] });
  });
});

describe('parseDateCell: rejected', () => {
  it.each<[CellValue, string]>([
    ['', 'tanggal kosong'],
    ['   ', 'tanggal kosong'],
    [null, 'tanggal kosong'],
    ['31 Februari 2022', 'tanggal 31 tidak ada di bulan Februari 2022'],
    ['29 Februari 2023', 'tanggal 29 tidak ada di bulan Februari 2023'],
    ['31/04/2022', 'tanggal 31 tidak ada di bulan April 2022'],
    ['31 November', 'tanggal 31 tidak ada di bulan November'],
    ['0/10/2022', 'tanggal 0 tidak ada'],
    ['32/01/2022', 'tanggal 32 tidak ada'],
    ['01/13/2022', 'bulan 13 tidak ada'],
    ['10/25/2022', 'bulan 25 tidak ada'],
    ['2022-13-01', 'bulan 13 tidak ada'],
    ['20221301', 'bulan 13 tidak ada'],
    [20240231, 'tanggal 31 tidak ada di bulan Februari 2024'],
    ['13/2022', 'bulan 13 tidak ada'],
    ['01/10/1022', 'tahun 1022 tidak masuk akal'],
    ['01/10/2202', 'tahun 2202 tidak masuk akal'],
    ['kemarin sore', 'tanggal tidak dikenali: "kemarin sore"; gunakan mis. 1 Oktober 2022 atau 01/10/2022'],
    ['minggu lalu', 'tanggal tidak dikenali'],
    ['Senin', 'tanggal tidak dikenali'],
    ['-', 'tanggal tidak dikenali'],
    ['?', 'tanggal tidak dikenali'],
    ['08.30', 'tanggal tidak dikenali'],
    ['01.10.22', 'tanggal tidak dikenali'],
    ['1 Oktobr 2022', 'bulan "oktobr" tidak dikenali'],
    ['1 jam 2022', 'bulan "jam" tidak dikenali'],
    ['Juna 2021', 'bulan "juna" tidak dikenali'],
    ['1 Oktober 2022 kemarin', 'jam tidak dikenali'],
    ['1 Oktober 2022 25.00', 'jam 25 tidak ada'],
    ['1 Oktober 2022 08.00 s.d. 10.75', 'jam selesai: menit 75'],
    ['Juni 2021 08.30', 'tanggal tidak dikenali'],
    ['1-3 Oktober 2022', 'tanggal tidak dikenali'],
    [0.5, 'jam saja'],
    [-5, 'tanggal tidak dikenali'],
    [Number.POSITIVE_INFINITY, 'tanggal tidak dikenali'],
    [1e9, 'tahun'],
    [true, 'tanggal tidak dikenali'],
    [new Date(Number.NaN), 'tidak valid'],
    [new Date(Date.UTC(1850, 0, 1)), 'tahun 1850'],
  ])('%j → error containing %s', (input, fragment) => {
    const r = parseDateCell(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(fragment);
  });
});
