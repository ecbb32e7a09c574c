// Builds data/log-downtime-rsud-m-natsir.xlsx: a faithful Excel rendering of the incident log in
// ../shared/seed/laporan-downtime-rsud-m-natsir.txt, as a hospital keeps it (letterhead rows, two
// sections each with its own header, a follow-up spilling into a continuation row, "10 November"
// without a year, "Juni 2021" as a month). Run: node scripts/make-sample.mjs
import ExcelJS from 'exceljs';

const FOLLOW =
  'Untuk kedepannya apabila terjadi down yang disebabkan oleh isp, maka Tindakan yang diambil berpedoman pada laporan downtime yang pernah terjadi.';

const wb = new ExcelJS.Workbook();
wb.creator = 'Instalasi SIMRS';
wb.created = new Date(Date.UTC(2022, 10, 30));
wb.modified = wb.created;
const ws = wb.addWorksheet('Log Downtime', { pageSetup: { paperSize: 9, orientation: 'landscape' } });
ws.columns = [{ width: 5 }, { width: 34 }, { width: 18 }, { width: 10 }, { width: 40 }, { width: 70 }];

const merged = (text, opts = {}) => {
  const r = ws.addRow([text]);
  ws.mergeCells(r.number, 1, r.number, 6);
  r.getCell(1).alignment = { horizontal: 'center' };
  r.getCell(1).font = { bold: !!opts.bold, size: opts.size ?? 11 };
  return r;
};
merged('PEMERINTAH PROVINSI SUMATERA BARAT', { bold: true, size: 12 });
merged('RSUD MOHAMMAD NATSIR', { bold: true, size: 16 });
merged('Jl.Simpang Rumbio Kota Solok Telp. (0755) 20003 Faks: (0755) 20003', { size: 9 });
merged('Website: www.rsudmnatsir.sumbarprov.go.id email: rsud.mnatsir@sumbarprov.go.id', { size: 9 });
merged('KOTA SOLOK', { bold: true, size: 10 });
ws.addRow([]);
merged('Daftar Kejadian Downtime Instalasi SIMRS', { bold: true, size: 12 });
ws.addRow([]);

const header = ['No', 'Kejadian Downtime', 'Waktu Kejadian', 'Lama', 'Penyebab', 'Tindak Lanjut'];
const section = (title) => {
  const r = ws.addRow([title]);
  r.getCell(1).font = { bold: true };
  const h = ws.addRow(header);
  h.eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
};
const data = (cells) => {
  const r = ws.addRow(cells);
  r.eachCell({ includeEmpty: true }, (c) => {
    c.alignment = { wrapText: true, vertical: 'top' };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
};

section('1. Laporan Downtime Tidak Terencana');
data([1, 'ISP cinox dan indihome down', '1 oktober 2022', '1 jam', 'Akses internet dari ISP tidak tersedia.',
  'Menghubungi penyedia ISP dan menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. Untuk kedepannya apabila terjadi down yang disebabkan oleh']);
data([null, null, null, null, null, 'isp, maka Tindakan yang diambil berpedoman pada laporan downtime yang pernah terjadi.']);
data([2, 'BPJS down', '3 oktober 2022', '2 jam', 'SEP tidak dapat dicetak karena server BPJS down.',
  `Menghubungi pihak BPJS dan menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ${FOLLOW}`]);
data([3, 'Listrik Mati', '10 November', '30 menit', 'UPS server rusak sehingga saat mati lampu server mati',
  `Memperbaiki UPS dan menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ${FOLLOW}`]);
ws.addRow([]);
section('2. Laporan Downtime Terencana');
data([1, 'Pemasangan perubahan bridging LIS', 'Juni 2021', '15 menit', 'Perubahan field pada database LIS',
  `Menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ${FOLLOW}`]);
data([2, 'Pemasangan V-claim V2', '18 Maret 2022', '30 menit', 'Update bridging BPJS',
  `Menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ${FOLLOW}`]);

await wb.xlsx.writeFile('data/log-downtime-rsud-m-natsir.xlsx');
console.log('wrote data/log-downtime-rsud-m-natsir.xlsx');
