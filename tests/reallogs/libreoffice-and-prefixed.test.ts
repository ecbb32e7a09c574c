// Workbooks not written by exceljs: a quarterly log saved by LibreOffice Calc as .xlsx and as .xls
// (tests/fixtures/reallogs/make-fixtures.mjs), and the shared 12-month fixtures saved by LibreOffice
// and rewritten with namespace prefixes (<x:c>) (tests/fixtures/xlsx/build-fixtures.mjs).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { brief, importOk, issues } from './run.js';

const QUARTER = [
  { start: '2024-01-08T07:30:00+07:00', end: '2024-01-08T08:15:00+07:00', durationMinutes: 45, title: 'Switch core hang, restart manual', unit: 'Switch core', kind: 'unplanned' },
  { start: '2024-02-14T23:40:00+07:00', end: '2024-02-15T01:10:00+07:00', durationMinutes: 90, title: 'Internet ISP utama putus', unit: 'Router ISP', kind: 'unplanned' },
  { start: '2024-02-20T10:00:00+07:00', end: '2024-02-20T10:20:00+07:00', durationMinutes: 20, title: 'Aplikasi SIMRS tidak bisa login', unit: 'Server SIMRS', kind: 'unplanned' },
  { start: '2024-03-02T21:00:00+07:00', end: '2024-03-02T23:00:00+07:00', durationMinutes: 120, title: 'Pemeliharaan terjadwal: upgrade database', unit: 'Server SIMRS', kind: 'planned' },
];

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const p2 = (n: number) => String(n).padStart(2, '0');
/** What tests/fixtures/xlsx/build-fixtures.mjs wrote: one incident a month, start + duration. */
const TWELVE = MONTHS.map((m, i) => {
  const start = Date.UTC(2023, i, 3 + i, 8 + i) - 7 * 3600_000;
  const iso = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00';
  return { sheet: m, start: iso(start), end: iso(start + (15 + i) * 60_000), durationMinutes: 15 + i, title: `Server SIMRS ${m} & jaringan <lt. ${i + 1}> "down"` };
});

describe('LibreOffice-saved logs', () => {
  for (const ext of ['xlsx', 'xls']) {
    it(`a quarterly log saved by LibreOffice as .${ext}: every incident, month sheets in order, the hidden list skipped`, () => {
      const r = importOk(`tests/fixtures/reallogs/libreoffice-quarter.${ext}`);
      expect(r.list.map(brief)).toEqual(QUARTER);
      expect(r.list.map((i) => [i.source.sheet, i.source.row])).toEqual([['Januari', 4], ['Februari', 4], ['Februari', 5], ['Maret', 4]]);
      expect(issues(r.out, /sheet tersembunyi dilewati/)).toHaveLength(1);
      expect(r.out.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
    });
  }

  for (const name of ['months-libreoffice.xlsx', 'months-prefixed.xlsx']) {
    it(`${name}: twelve months, twelve incidents, real sheet names`, () => {
      const r = importOk(`tests/fixtures/xlsx/${name}`);
      expect(r.list.map((i) => ({ sheet: i.source.sheet, start: i.start, end: i.end, durationMinutes: i.durationMinutes, title: i.title }))).toEqual(TWELVE);
      expect(r.list.map((i) => i.cause)).toEqual(MONTHS.map((_, i) => (i % 2 ? 'Listrik padam' : 'ISP putus menunggu teknisi')));
    });
  }

  it('inspect reads the .xls the same way and names the hidden sheet', () => {
    const r = runCli(['inspect', 'tests/fixtures/reallogs/libreoffice-quarter.xls']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 sheet ("Januari", "Februari", "Maret"): baris judul 2, 4 baris kejadian');
    expect(r.stdout).toContain('Sheet tersembunyi dilewati: "Daftar Perangkat"');
  });
});
