import { describe, expect, it } from 'vitest';
import { normaliseRows } from '../../src/normalise/normalise.js';
import { kindOfText } from '../../src/sources/columns.js';
import type { CellValue, Field, RawRow } from '../../src/types.js';

const ctx = { timeZone: 'Asia/Jakarta', defaultYear: null };

let rowNo = 10;
function row(cells: Partial<Record<Field, CellValue>>, extra: Partial<RawRow> = {}): RawRow {
  const letters: Record<Field, string> = { no: 'A', title: 'B', date: 'C', start: 'D', end: 'E', duration: 'F', cause: 'G', followUp: 'H', kind: 'I', pic: 'J', category: 'K', scope: 'L', unit: 'M', endDate: 'N' };
  return {
    source: { file: 'log.xlsx', sheet: 'Okt', row: rowNo++ },
    cells: Object.fromEntries(Object.entries(cells).map(([f, v]) => [f, { value: v, column: letters[f as Field] }])),
    sectionKind: null,
    sectionTitle: null,
    extra: {},
    ...extra,
  };
}

describe('normaliseRows', () => {
  it('keeps the precision of the log: month, day, minute', () => {
    const { incidents, issues } = normaliseRows(
      [
        row({ title: 'Pemasangan bridging LIS', date: 'Juni 2021', duration: '15 menit' }),
        row({ title: 'ISP down', date: '1 oktober 2022', duration: '1 jam' }),
        row({ title: 'Switch mati', date: '09/01/2023', start: '08.30', end: '10.15' }),
      ],
      ctx,
    );
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(incidents.map((i) => [i.start.iso, i.start.precision, i.durationMinutes])).toEqual([
      ['2021-06', 'month', 15],
      ['2022-10-01', 'day', 60],
      ['2023-01-09T08:30:00+07:00', 'minute', 105],
    ]);
    expect(incidents[2]!.end?.iso).toBe('2023-01-09T10:15:00+07:00');
  });

  it('an end earlier than the start on the same date crosses midnight', () => {
    const { incidents } = normaliseRows([row({ title: 'Server hang', date: '17/01/2023', start: '22.00', end: '02.15' })], ctx);
    expect(incidents[0]!.end?.iso).toBe('2023-01-18T02:15:00+07:00');
    expect(incidents[0]!.durationMinutes).toBe(255);
  });

  it('warns when an end before the start makes a long night (likely a typo)', () => {
    const night = normaliseRows([row({ title: 'X', date: '17/01/2023', start: '22.00', end: '02.15' })], ctx);
    expect(night.issues).toEqual([]);
    const slip = normaliseRows([row({ title: 'X', date: '17/01/2023', start: '10.00', end: '09.00' })], ctx);
    expect(slip.incidents[0]!.durationMinutes).toBe(23 * 60);
    expect(slip.issues[0]).toMatchObject({ severity: 'warning', column: 'E (Jam Selesai)', value: '09.00' });
    expect(slip.issues[0]!.message).toContain('salah ketik');
  });

  it('takes a time range from one cell, and a zone written in it', () => {
    const { incidents } = normaliseRows([row({ title: 'Pemeliharaan', date: '11 Pebruari 2023', start: '22.00 s.d. 23.30' })], ctx);
    expect(incidents[0]!.start.iso).toBe('2023-02-11T22:00:00+07:00');
    expect(incidents[0]!.durationMinutes).toBe(90);
    const wita = normaliseRows([row({ title: 'X', date: '1 Mei 2023', start: 'pukul 09.00 WITA', duration: '30 menit' })], ctx);
    expect(wita.incidents[0]!.start.iso).toBe('2023-05-01T09:00:00+08:00');
    expect(wita.incidents[0]!.end?.iso).toBe('2023-05-01T09:30:00+08:00');
  });

  it('warns when the stated duration differs from end − start, and uses end − start', () => {
    const { incidents, issues } = normaliseRows([row({ title: 'X', date: '1/2/2023', start: '08.00', end: '09.00', duration: '2 jam' })], ctx);
    expect(incidents[0]!.durationMinutes).toBe(60);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', row: expect.any(Number), column: 'F (Lama)', value: '2 jam' });
    expect(incidents[0]!.warnings[0]).toContain('berbeda');
  });

  it('a date without a year takes --year, else the nearest dated row above (warned), else is an error', () => {
    const above = normaliseRows([row({ title: 'A', date: '3 oktober 2022', duration: '2 jam' }), row({ title: 'B', date: '10 November', duration: '30 menit' })], ctx);
    expect(above.incidents[1]!.start.iso).toBe('2022-11-10');
    expect(above.incidents[1]!.warnings.join()).toContain('2022');
    const flag = normaliseRows([row({ title: 'B', date: '10 November', duration: '30 menit' })], { ...ctx, defaultYear: 2024 });
    expect(flag.incidents[0]!.start.iso).toBe('2024-11-10');
    const none = normaliseRows([row({ title: 'B', date: '10 November', duration: '30 menit' })], ctx);
    expect(none.incidents).toEqual([]);
    expect(none.issues[0]).toMatchObject({ severity: 'error', sheet: 'Okt', column: 'C (Tanggal)', value: '10 November' });
    expect(none.issues[0]!.message).toContain('--year');
  });

  it.each([
    [{ title: 'X', date: '31 Februari 2022', duration: '1 jam' }, 'C (Tanggal)', '31 Februari 2022'],
    [{ title: 'X', date: 'kemarin sore', duration: '1 jam' }, 'C (Tanggal)', 'kemarin sore'],
    [{ title: 'X', date: '1 Mei 2022', duration: '-30 menit' }, 'F (Lama)', '-30 menit'],
    [{ title: 'X', date: '29 Februari', duration: '30 menit' }, 'C (Tanggal)', '29 Februari'],
  ])('refuses %o with the column and the value', (cells, column, value) => {
    const r = normaliseRows([row({ title: 'A', date: '1 Januari 2023' }), row(cells as Partial<Record<Field, CellValue>>)], ctx);
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ file: 'log.xlsx', sheet: 'Okt', column, value });
    expect(r.incidents).toHaveLength(1);
  });

  it('a row without a description keeps its incident: title from unit + cause, else a placeholder, with a warning', () => {
    const r = normaliseRows(
      [
        row({ unit: 'Server SIMRS', cause: 'Listrik padam', date: '1 Mei 2022', duration: '30 menit' }),
        row({ date: '2 Mei 2022', duration: '10 menit' }),
      ],
      ctx,
    );
    expect(r.incidents.map((i) => [i.title, i.unit])).toEqual([
      ['Server SIMRS: Listrik padam', 'Server SIMRS'],
      ['Downtime tanpa keterangan', null],
    ]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.issues.map((i) => i.message)).toEqual(['judul kejadian kosong; disusun dari Unit/Layanan + Penyebab', 'tidak ada keterangan kejadian; judul diisi "Downtime tanpa keterangan"']);
  });

  it('an end date column of its own makes a multi-day outage right', () => {
    const r = normaliseRows([row({ title: 'Gardu padam', date: '30/12/2022', start: '22.00', endDate: '01/01/2023', end: '06.30' })], ctx);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.incidents[0]!.end?.iso).toBe('2023-01-01T06:30:00+07:00');
    expect(r.incidents[0]!.durationMinutes).toBe(2 * 1440 - 15.5 * 60);
  });

  it('start and end as full date-times, no date column (month-first when the column says so)', () => {
    const r = normaliseRows(
      [
        {
          ...row({ title: 'Outage' }),
          cells: {
            title: { value: 'Outage', column: 'A' },
            start: { value: '6/21/2019 10:54', column: 'B', dateOrder: 'mdy' },
            end: { value: '6/21/2019 12:04', column: 'C', dateOrder: 'mdy' },
          },
        },
      ],
      ctx,
    );
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.incidents[0]!.start.iso).toBe('2019-06-21T10:54:00+07:00');
    expect(r.incidents[0]!.durationMinutes).toBe(70);
  });

  it('a bare number in a duration column with a known unit is read in that unit, without a guess', () => {
    const r = normaliseRows(
      [{ ...row({}), cells: { title: { value: 'X', column: 'A' }, date: { value: '1 Mei 2022', column: 'B' }, duration: { value: 1.5, column: 'C', minutesPerUnit: 60 } } }],
      ctx,
    );
    expect(r.incidents[0]!.durationMinutes).toBe(90);
    expect(r.incidents[0]!.warnings).toEqual([]);
  });

  it("\"50'\" is fifty minutes", () => {
    const r = normaliseRows([row({ title: 'X', date: '1 Mei 2022', duration: "50'" })], ctx);
    expect(r.incidents[0]!.durationMinutes).toBe(50);
  });

  it('takes the kind from a column before the section', () => {
    const r = normaliseRows([row({ title: 'X', date: '1 Mei 2022', kind: 'Terencana' }, { sectionKind: 'unplanned', sectionTitle: 'Tidak Terencana' })], ctx);
    expect(r.incidents[0]!.statedKind).toEqual({ kind: 'planned', reason: 'kolom Jenis = "Terencana"' });
  });

  it('an open end ("s.d. selesai") is an ongoing incident', () => {
    const r = normaliseRows([row({ title: 'Server mati', date: '1 Mei 2022', start: '08.00 s.d. selesai' })], ctx);
    expect(r.incidents[0]!.end).toBeNull();
    expect(r.incidents[0]!.durationMinutes).toBeNull();
    expect(r.incidents[0]!.warnings.join()).toContain('belum pulih');
  });

  it('keeps text that looks like a formula as text', () => {
    const r = normaliseRows([row({ title: '=HYPERLINK("http://x","klik")', date: '1 Mei 2022', cause: '@SUM(A1)', duration: '5 menit' })], ctx);
    expect(r.incidents[0]!.title).toBe('=HYPERLINK("http://x","klik")');
    expect(r.incidents[0]!.cause).toBe('@SUM(A1)');
  });
});

describe('kindOfText', () => {
  it.each([
    ['Tidak Terencana', 'unplanned'],
    ['tdk terencana', 'unplanned'],
    ['Unplanned', 'unplanned'],
    ['Terencana', 'planned'],
    ['Planned', 'planned'],
    ['terjadwal', 'planned'],
    ['entah', null],
    ['Tidak direncanakan', 'unplanned'],
    ['Emergency', 'unplanned'],
    ['Direncanakan', 'planned'],
    ['Maint.', 'planned'],
    ['Hardware', null],
  ])('%s → %s', (t, k) => expect(kindOfText(t)).toBe(k));
});
