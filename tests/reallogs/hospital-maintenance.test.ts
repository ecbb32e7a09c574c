// A hospital maintenance log: "(1) (2) (3) …" under the header, "-" and "N/A" cells, "50'" for
// fifty minutes, a NIHIL month, a stated duration that disagrees with the clock, and a signature
// block whose "Mengetahui," sits in the Tanggal column, followed by names and NIP rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { maintenanceLog } from './logs.js';
import { brief, importOk, issues, type Imported } from './run.js';

describe('hospital maintenance log', () => {
  let imp: Imported;
  beforeAll(async () => {
    imp = importOk(await maintenanceLog(`${tempDir()}/log-pemeliharaan-2023.xlsx`));
  });

  it('imports the three activities, and nothing from the number row, the NIHIL row or the signatures', () => {
    expect(imp.list.map(brief)).toEqual([
      { start: '2023-01-09T20:00:00+07:00', end: '2023-01-09T20:50:00+07:00', durationMinutes: 50, title: 'Pemeliharaan rutin server database', unit: null, kind: 'planned' },
      { start: '2023-01-25T13:00:00+07:00', end: '2023-01-25T14:30:00+07:00', durationMinutes: 90, title: 'Penggantian UPS ruang server', unit: null, kind: 'unplanned' },
      // stated 30 minutes, 22.00–22.45 says 45: the clock wins
      { start: '2023-02-11T22:00:00+07:00', end: '2023-02-11T22:45:00+07:00', durationMinutes: 45, title: 'Update aplikasi SIMRS versi 4.2', unit: null, kind: 'planned' },
    ]);
    expect(imp.list.map((i) => i.source.row)).toEqual([6, 7, 8]);
    expect(imp.out.files[0]).toMatchObject({ invalidRows: 0, added: 3 });
    expect(imp.out.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
  });

  it('"-" and "N/A" are empty, not text kept on the incident', () => {
    expect(imp.list.map((i) => i.extra)).toEqual([{}, {}, { Keterangan: 'Terjadwal, sudah diumumkan' }]);
    expect(imp.list.map((i) => i.pic)).toEqual(['Dedi', 'Dedi', 'Rina']);
  });

  it('says what it skipped and why, and warns on the stated duration that lost', () => {
    expect(issues(imp.out, /baris nomor kolom/)).toHaveLength(1);
    expect(issues(imp.out, /nihil/i)).toHaveLength(1);
    const sig = issues(imp.out, /^blok tanda tangan/);
    expect(sig.map((i) => [i.row, i.column, i.value])).toEqual([[11, 'E', 'Kota, 31 Maret 2023']]);
    const lost = issues(imp.out, /lama tertulis 30 menit/);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ row: 8, severity: 'warning' });
    expect(lost[0]!.message).toContain('dipakai 45 menit');
  });

  it('the Tanggal column is day-first, proven by "25/01/2023"', () => {
    const m = imp.out.files[0].sheets[0].mapping.find((x: { header: string }) => x.header === 'Hari/Tanggal');
    expect(m.dateOrder.order).toBe('dmy');
    expect(issues(imp.out, /dua arah/)).toEqual([]);
  });

  it('without the place-and-date line, "Mengetahui," in the Tanggal column starts the signature block', async () => {
    const r = importOk(await maintenanceLog(`${tempDir()}/log-pemeliharaan-tanpa-tempat.xlsx`, { placeDate: false }));
    expect(r.list.map(brief)).toEqual(imp.list.map(brief));
    expect(issues(r.out, /^blok tanda tangan/).map((i) => [i.row, i.column, i.value])).toEqual([[11, 'A', 'Mengetahui,']]);
    expect(r.out.issues.filter((i: { severity: string }) => i.severity === 'error')).toEqual([]);
  });
});
