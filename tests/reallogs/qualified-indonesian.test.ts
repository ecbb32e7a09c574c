// Indonesian headers that qualify a concept instead of naming it: "Waktu Padam", "Jam Up",
// "Lama Down", "Jam Mulai Gangguan", "Durasi (jam)".
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { durasiJam, jamDownUp, plnOutages } from './logs.js';
import { brief, importOk } from './run.js';

describe('qualified Indonesian headers', () => {
  it('Waktu Padam | Waktu Nyala | Lama Padam | Penyulang | Keterangan (full date-times, no date column)', async () => {
    const r = importOk(await plnOutages(`${tempDir()}/padam-2023.xlsx`));
    expect(r.list.map(brief)).toEqual([
      { start: '2023-04-03T14:05:00+07:00', end: '2023-04-03T15:20:00+07:00', durationMinutes: 75, title: 'Listrik PLN padam, genset tidak start', unit: 'Penyulang Mawar', kind: 'unplanned' },
      { start: '2023-04-17T23:50:00+07:00', end: '2023-04-18T00:35:00+07:00', durationMinutes: 45, title: 'Gangguan penyulang, trafo trip', unit: 'Penyulang Melati', kind: 'unplanned' },
    ]);
    expect(r.out.files[0].sheets[0].columns).toEqual({ start: 'Waktu Padam', end: 'Waktu Nyala', duration: 'Lama Padam', unit: 'Penyulang', title: 'Keterangan' });
  });

  it('No | Tanggal | Jam Down | Jam Up | Lama Down | Keterangan', () => {
    const r = importOk(jamDownUp(`${tempDir()}/log-isp.csv`));
    expect(r.list.map(brief)).toEqual([
      { start: '2023-06-05T10:15:00+07:00', end: '2023-06-05T11:00:00+07:00', durationMinutes: 45, title: 'Internet ISP utama down', unit: null, kind: 'unplanned' },
      { start: '2023-06-13T08:00:00+07:00', end: '2023-06-13T08:20:00+07:00', durationMinutes: 20, title: 'Link VPN BPJS putus', unit: null, kind: 'unplanned' },
    ]);
    expect(r.out.files[0].sheets[0].columns).toMatchObject({ date: 'Tanggal', start: 'Jam Down', end: 'Jam Up', duration: 'Lama Down', title: 'Keterangan' });
  });

  it('Tanggal | Jam Mulai Gangguan | Jam Pulih | Durasi (jam): "1,5" is 90 minutes; with no Jam Pulih the duration gives the end', () => {
    const r = importOk(durasiJam(`${tempDir()}/gangguan.csv`));
    expect(r.list.map(brief)).toEqual([
      { start: '2023-08-02T09:00:00+07:00', end: '2023-08-02T10:30:00+07:00', durationMinutes: 90, title: 'Server SIMRS hang', unit: null, kind: 'unplanned' },
      { start: '2023-08-15T13:00:00+07:00', end: '2023-08-15T15:00:00+07:00', durationMinutes: 120, title: 'Jaringan lantai 3 putus', unit: null, kind: 'unplanned' },
    ]);
    const m = r.out.files[0].sheets[0].mapping.find((x: { header: string }) => x.header === 'Durasi (jam)');
    expect(m).toMatchObject({ field: 'duration' });
  });
});
