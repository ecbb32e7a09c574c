// An ISP's ticket register in Indonesian: reported/closed date and time in four columns, a ticket
// that stays open for three days, two customers cut at the same minute by the same fault.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { ispRegister, ispRegisterCsv } from './logs.js';
import { brief, importOk, type Imported } from './run.js';

const T = (d: string, t: string) => `2023-03-${d}T${t}:00+07:00`;
const EXPECTED = [
  { start: T('02', '08:15'), end: T('02', '11:40'), durationMinutes: 205, title: 'Internet putus total', unit: 'RSUD Sehat Sentosa / Gedung IGD', kind: 'unplanned' },
  // reported 14 March 22:30, closed 17 March 09:05: 2 days 10 h 35 min
  { start: T('14', '22:30'), end: T('17', '09:05'), durationMinutes: 2 * 1440 + 10 * 60 + 35, title: 'Koneksi lambat, packet loss', unit: 'Puskesmas Sukamaju', kind: 'unplanned' },
  { start: T('20', '13:00'), end: T('20', '13:45'), durationMinutes: 45, title: 'Tidak bisa akses VPN SIMRS', unit: 'Klinik Pratama Harapan', kind: 'unplanned' },
  { start: T('28', '07:00'), end: T('28', '08:30'), durationMinutes: 90, title: 'Internet putus total', unit: 'RS Ibu dan Anak Melati', kind: 'unplanned' },
  { start: T('28', '07:00'), end: T('28', '08:30'), durationMinutes: 90, title: 'Internet putus total', unit: 'Apotek Sehat', kind: 'unplanned' },
];

describe('ISP ticket register (Indonesian, .xlsx with date and time cells)', () => {
  let file: string;
  let imp: Imported;
  beforeAll(async () => {
    file = await ispRegister(`${tempDir()}/register-tiket-maret-2023.xlsx`);
    imp = importOk(file);
  });

  it('imports every ticket with its own end date, and two customers at the same minute as two incidents', () => {
    expect(imp.out.added).toBe(5);
    expect(imp.list.map(brief)).toEqual(EXPECTED);
    expect(imp.list.map((i) => i.source.row)).toEqual([5, 6, 7, 8, 9]);
  });

  it('keeps cause, technician, the ticket number and the unmapped Status column; "-" as cause is empty, not text', () => {
    const kept = (no: string) => ({ 'No Tiket': `TKT-2303-00${no}`, Status: 'Closed' });
    expect(imp.list.map((i) => [i.cause, i.pic, i.extra])).toEqual([
      ['Kabel FO putus tertimpa pohon', 'Budi S.', kept('1')],
      ['Port switch distribusi rusak', 'Andi', kept('2')],
      ['', 'Budi S.', kept('3')],
      ['Gangguan backbone upstream', 'Rudi', kept('4')],
      ['Gangguan backbone upstream', 'Rudi', kept('5')],
    ]);
  });

  it('reports which header means what, the ticket number as the row number', () => {
    const sheet = imp.out.files[0].sheets[0];
    expect(sheet).toMatchObject({ sheet: 'Register Tiket', headerRow: 4 });
    expect(sheet.columns).toMatchObject({ no: 'No Tiket', date: 'Tgl Lapor', start: 'Jam Lapor', unit: 'Pelanggan/Lokasi', title: 'Keluhan', cause: 'Penyebab', endDate: 'Tgl Selesai', end: 'Jam Selesai', pic: 'Teknisi' });
  });

  it('the same register saved as CSV by an Indonesian Excel (";", dd/mm/yyyy, "08.15", CRLF) gives the same incidents', () => {
    const csv = ispRegisterCsv(`${tempDir()}/register-tiket.csv`);
    const r = importOk(csv);
    expect(r.list.map(brief)).toEqual(EXPECTED.slice(0, 3));
    const order = r.out.files[0].sheets[0].mapping.find((m: { header: string }) => m.header === 'Tgl Lapor').dateOrder;
    expect(order.order).toBe('dmy');
  });

  it('inspect shows the same reading without a store', () => {
    const r = runCli(['inspect', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('baris judul 4, 5 baris kejadian');
    expect(r.stdout).toMatch(/"Tgl Selesai"\s+→ Tanggal selesai/);
    expect(r.stdout).toContain('2023-03-14T22:30:00+07:00 s.d. 2023-03-17T09:05:00+07:00');
  });
});
