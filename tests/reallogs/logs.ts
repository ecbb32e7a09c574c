// Logs as other people really keep them, built from scratch so the tests own their input: an ISP's
// ticket register, a factory's one-sheet-per-month workbook, US power-outage tables, a computing
// centre's failure records, a hospital maintenance log, PLN-style outage sheets. Each builder writes
// one file and returns its path; `scripts`-style callers (the parallel check) use the same builders.
// Dates are built in UTC: exceljs stores a Date's UTC fields as Excel clock time.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

export const utc = (y: number, m: number, d: number, h = 0, mi = 0): Date => new Date(Date.UTC(y, m - 1, d, h, mi));
/** A time-of-day cell: Excel stores it as a fraction of a day on 1899-12-30. */
export const clock = (h: number, mi: number): Date => utc(1899, 12, 30, h, mi);

function fmt(row: ExcelJS.Row, formats: Record<number, string>): void {
  for (const [col, f] of Object.entries(formats)) row.getCell(Number(col)).numFmt = f;
}

export function writeCsv(path: string, lines: string[], crlf = false): string {
  writeFileSync(path, lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'), 'utf8');
  return path;
}

// ── 1. ISP ticket register (Indonesian) ──────────────────────────────────────────────────────────
export const ISP_HEADER = ['No Tiket', 'Tgl Lapor', 'Jam Lapor', 'Pelanggan/Lokasi', 'Keluhan', 'Penyebab', 'Tgl Selesai', 'Jam Selesai', 'Teknisi', 'Status'];

/** Date and time cells as Excel keeps them, a letterhead, one ticket spanning three days. */
export async function ispRegister(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Register Tiket');
  ws.addRow(['PT. NUSANTARA NET — REGISTER TIKET GANGGUAN PELANGGAN']);
  ws.mergeCells(1, 1, 1, 10);
  ws.addRow(['Periode: Maret 2023']);
  ws.addRow([]);
  ws.addRow(ISP_HEADER);
  const rows: [string, Date, Date, string, string, string, Date, Date, string, string][] = [
    ['TKT-2303-001', utc(2023, 3, 2), clock(8, 15), 'RSUD Sehat Sentosa / Gedung IGD', 'Internet putus total', 'Kabel FO putus tertimpa pohon', utc(2023, 3, 2), clock(11, 40), 'Budi S.', 'Closed'],
    ['TKT-2303-002', utc(2023, 3, 14), clock(22, 30), 'Puskesmas Sukamaju', 'Koneksi lambat, packet loss', 'Port switch distribusi rusak', utc(2023, 3, 17), clock(9, 5), 'Andi', 'Closed'],
    ['TKT-2303-003', utc(2023, 3, 20), clock(13, 0), 'Klinik Pratama Harapan', 'Tidak bisa akses VPN SIMRS', '-', utc(2023, 3, 20), clock(13, 45), 'Budi S.', 'Closed'],
    // same time, same complaint, two customers: two incidents, never duplicates
    ['TKT-2303-004', utc(2023, 3, 28), clock(7, 0), 'RS Ibu dan Anak Melati', 'Internet putus total', 'Gangguan backbone upstream', utc(2023, 3, 28), clock(8, 30), 'Rudi', 'Closed'],
    ['TKT-2303-005', utc(2023, 3, 28), clock(7, 0), 'Apotek Sehat', 'Internet putus total', 'Gangguan backbone upstream', utc(2023, 3, 28), clock(8, 30), 'Rudi', 'Closed'],
  ];
  for (const r of rows) fmt(ws.addRow(r), { 2: 'dd/mm/yyyy', 3: 'hh:mm', 7: 'dd/mm/yyyy', 8: 'hh:mm' });
  await wb.xlsx.writeFile(path);
  return path;
}

/** The same register exported to CSV by an Indonesian Excel: semicolons, dd/mm/yyyy, "08.15". */
export function ispRegisterCsv(path: string): string {
  return writeCsv(
    path,
    [
      ISP_HEADER.join(';'),
      'TKT-2303-001;02/03/2023;08.15;RSUD Sehat Sentosa / Gedung IGD;Internet putus total;Kabel FO putus tertimpa pohon;02/03/2023;11.40;Budi S.;Closed',
      'TKT-2303-002;14/03/2023;22.30;Puskesmas Sukamaju;Koneksi lambat, packet loss;Port switch distribusi rusak;17/03/2023;09.05;Andi;Closed',
      'TKT-2303-003;20/03/2023;13.00;Klinik Pratama Harapan;Tidak bisa akses VPN SIMRS;-;20/03/2023;13.45;Budi S.;Closed',
    ],
    true,
  );
}

// ── 2. Factory downtime workbook (English), one sheet per month ───────────────────────────────────
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const FACTORY_HEADER = ['Date', 'Line', 'Machine', 'Stop Start', 'Stop End', 'Minutes', 'Reason', 'Operator'];

export interface FactoryStop {
  month: number;
  day: number;
  line: string;
  machine: string;
  start: [number, number];
  end: [number, number];
  minutes: number;
  reason: string;
  operator: string;
}

/** Two stops a month; in March two machines stop at once; in August a night stop crosses midnight. */
export function factoryStops(): FactoryStop[] {
  const out: FactoryStop[] = [];
  const reasons = ['Conveyor belt jammed', 'Hydraulic pump failure', 'Sensor fault on filler', 'Motor overheated'];
  for (let m = 1; m <= 12; m++) {
    const r = reasons[m % 4]!;
    out.push({ month: m, day: 3 + m, line: 'L1', machine: `M-${100 + m}`, start: [9, 10], end: [9, 55], minutes: 45, reason: r, operator: 'J. Smith' });
    if (m === 3) out.push({ month: m, day: 3 + m, line: 'L2', machine: 'M-201', start: [9, 10], end: [9, 55], minutes: 45, reason: r, operator: 'J. Smith' });
    if (m === 8) out.push({ month: m, day: 20, line: 'L3', machine: 'M-305', start: [23, 40], end: [0, 25], minutes: 45, reason: 'Power dip tripped the press', operator: 'K. Lee' });
    else out.push({ month: m, day: 15, line: 'L2', machine: `M-${200 + m}`, start: [14, 0], end: [15, 30], minutes: 90, reason: 'Planned maintenance: gearbox oil change', operator: 'A. Brown' });
  }
  return out;
}

/**
 * Twelve month sheets in calendar order, a hidden "Machine Codes" lookup sheet between them, a
 * units row under the header on odd months, the sheet title above it.
 */
export async function factoryWorkbook(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const stops = factoryStops();
  MONTHS_EN.forEach((name, i) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([`Downtime record — ${name} 2022 — Plant 2`]);
    ws.addRow(FACTORY_HEADER);
    if (i % 2 === 0) ws.addRow(['', '', '', 'hh:mm', 'hh:mm', 'min', '', '']);
    for (const s of stops.filter((x) => x.month === i + 1)) {
      fmt(ws.addRow([utc(2022, s.month, s.day), s.line, s.machine, clock(...s.start), clock(...s.end), s.minutes, s.reason, s.operator]), { 1: 'dd-mmm-yy', 4: 'hh:mm', 5: 'hh:mm' });
    }
    if (i === 5) {
      const codes = wb.addWorksheet('Machine Codes', { state: 'hidden' });
      codes.addRow(['Code', 'Machine', 'Line']);
      for (let k = 1; k <= 12; k++) codes.addRow([`M-${100 + k}`, `Filler ${k}`, 'L1']);
    }
  });
  await wb.xlsx.writeFile(path);
  return path;
}

// ── 3. US power-outage tables (CSV) ───────────────────────────────────────────────────────────────
export const OUTAGE_HEADER = 'Start Date,Start Time,Date Restored,Time Restored,Area,Customers Affected,Cause';

/** Decided on the first row: 6/21/2019. */
export function outageDecided(path: string): string {
  return writeCsv(path, [
    OUTAGE_HEADER,
    '6/21/2019,10:54,6/21/2019,14:30,Maple County,"12,450",Severe thunderstorm',
    '12/3/2019,7:05,12/4/2019,1:15,Oak Township,880,Equipment failure at substation',
    '8/14/2019,16:20,8/14/2019,16:55,Cedar Heights,3100,Vehicle struck pole',
  ]);
}

/** The first rows read both ways (6/5/2019, 7/1/2019); row 4 (6/21/2019) decides: month first. */
export function outageLateDecision(path: string): string {
  return writeCsv(path, [
    OUTAGE_HEADER,
    '6/5/2019,9:00,6/5/2019,11:30,Maple County,2200,Tree contact with line',
    '7/1/2019,13:15,7/2/2019,2:45,Oak Township,15000,Windstorm',
    '6/21/2019,10:54,6/21/2019,14:30,Cedar Heights,"12,450",Severe thunderstorm',
  ]);
}

/** Every date reads both ways: the importer must warn once per column and honour --date-order. */
export function outageAmbiguous(path: string): string {
  return writeCsv(path, [
    OUTAGE_HEADER,
    '6/5/2019,9:00,6/5/2019,11:30,Maple County,2200,Tree contact with line',
    '7/3/2019,13:15,7/3/2019,15:45,Oak Township,15000,Windstorm',
    '11/2/2019,8:00,11/2/2019,8:40,Cedar Heights,95,Animal contact',
  ]);
}

// ── 4. Computing-centre failure records ───────────────────────────────────────────────────────────
/** LANL-style records: dotted headers, full date-times, no date or title column. */
export function hpcDotted(path: string): string {
  return writeCsv(path, [
    'EVENT.ID,node_id,failure_type,EVENT.BEGIN.TIME,EVENT.END.TIME',
    '1001,n0342,Hardware: memory DIMM,2004-03-15 13:22,2004-03-15 17:05',
    '1002,n0017,Software: kernel panic,2004-03-16 02:10,2004-03-16 02:48',
    '1003,n0342,Hardware: memory DIMM,2004-03-18 23:30,2004-03-19 08:00',
  ]);
}

/** The same centre's newer export: camelCase, US date-times with seconds. */
export function hpcCamel(path: string): string {
  return writeCsv(path, [
    'node_id,failure_type,timeDown,timeUp',
    'n1201,Network: NIC failure,03/15/2005 13:22:00,03/15/2005 14:02:00',
    'n0888,Facilities: power outage,03/16/2005 06:00:00,03/16/2005 09:30:00',
  ]);
}

// ── 5. Hospital maintenance log ───────────────────────────────────────────────────────────────────
export const MAINT_HEADER = ['Hari/Tanggal', 'Kegiatan', 'Jam Mulai', 'Jam Selesai', 'Lama (menit)', 'Petugas', 'Keterangan'];

/** Column-number row, "-"/"N/A" cells, "50'" durations, a NIHIL month, a signature block with NIP. */
export async function maintenanceLog(path: string, opts: { placeDate?: boolean } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pemeliharaan');
  ws.addRow(['LOG PEMELIHARAAN SERVER DAN JARINGAN']);
  ws.addRow(['INSTALASI SIMRS RSUD KOTA — TRIWULAN I 2023']);
  ws.addRow([]);
  ws.addRow(MAINT_HEADER);
  ws.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
  ws.addRow(['Senin, 9 Januari 2023', 'Pemeliharaan rutin server database', '20.00', '20.50', "50'", 'Dedi', '-']);
  ws.addRow(['Rabu, 25/01/2023', 'Penggantian UPS ruang server', '13.00', '14.30', '90', 'Dedi', 'N/A']);
  // stated 30, start/end say 45: the clock wins, with a warning
  ws.addRow(['Sabtu, 11/02/2023', 'Update aplikasi SIMRS versi 4.2', '22.00', '22.45', '30', 'Rina', 'Terjadwal, sudah diumumkan']);
  ws.addRow(['Maret 2023', 'NIHIL', '-', '-', '-', '-', '-']);
  ws.addRow([]);
  if (opts.placeDate !== false) ws.addRow(['', '', '', '', 'Kota, 31 Maret 2023']);
  ws.addRow(['Mengetahui,', '', '', '', 'Dibuat oleh,']);
  ws.addRow(['Kepala Instalasi SIMRS', '', '', '', 'Petugas TI']);
  ws.addRow([]);
  ws.addRow(['dr. Siti Aminah, M.Kes', '', '', '', 'Dedi Kurniawan']);
  ws.addRow(['NIP. 19780512 200501 2 003', '', '', '', 'NIP. 19900101 201501 1 001']);
  await wb.xlsx.writeFile(path);
  return path;
}

// ── 6. Qualified Indonesian headers ───────────────────────────────────────────────────────────────
/** PLN-style: full date-times in Waktu Padam/Waktu Nyala, no date column. */
export async function plnOutages(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Padam 2023');
  ws.addRow(['Waktu Padam', 'Waktu Nyala', 'Lama Padam', 'Penyulang', 'Keterangan']);
  fmt(ws.addRow([utc(2023, 4, 3, 14, 5), utc(2023, 4, 3, 15, 20), '1 jam 15 menit', 'Penyulang Mawar', 'Listrik PLN padam, genset tidak start']), { 1: 'dd/mm/yyyy hh:mm', 2: 'dd/mm/yyyy hh:mm' });
  fmt(ws.addRow([utc(2023, 4, 17, 23, 50), utc(2023, 4, 18, 0, 35), '45 menit', 'Penyulang Melati', 'Gangguan penyulang, trafo trip']), { 1: 'dd/mm/yyyy hh:mm', 2: 'dd/mm/yyyy hh:mm' });
  await wb.xlsx.writeFile(path);
  return path;
}

/** ISP-style text log: Jam Down / Jam Up / Lama Down. */
export function jamDownUp(path: string): string {
  return writeCsv(path, [
    'No,Tanggal,Jam Down,Jam Up,Lama Down,Keterangan',
    '1,05/06/2023,10:15,11:00,45 menit,Internet ISP utama down',
    '2,13/06/2023,08:00,08:20,20 menit,Link VPN BPJS putus',
  ]);
}

/** Start time and a duration in hours; one row with no recovery time. */
export function durasiJam(path: string): string {
  return writeCsv(path, [
    'Tanggal,Jam Mulai Gangguan,Jam Pulih,Durasi (jam),Gangguan',
    '02/08/2023,09:00,10:30,"1,5",Server SIMRS hang',
    '15/08/2023,13:00,,2,Jaringan lantai 3 putus',
  ]);
}
