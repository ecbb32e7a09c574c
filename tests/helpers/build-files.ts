// Builds real source files (xlsx, csv, sqlite) in a temporary folder for the reader tests.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';

/** A fresh temp folder; call the returned cleanup in afterAll. */
export function makeTempDir(prefix = 'simrs-src-'): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function writeXlsx(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Text file with optional UTF-8 BOM and CRLF line ends (how Excel on Windows saves CSV). */
export function writeText(path: string, lines: string[], opts: { bom?: boolean; crlf?: boolean } = {}): string {
  const body = lines.join(opts.crlf ? '\r\n' : '\n');
  writeFileSync(path, (opts.bom ? '\ufeff' : '') + body, 'utf8');
  return path;
}

export function writeSqlite(path: string, setup: (db: Database.Database) => void): string {
  const db = new Database(path);
  try {
    setup(db);
  } finally {
    db.close();
  }
  return path;
}

export const SEED_HEADER = ['No', 'Kejadian Downtime', 'Waktu Kejadian', 'Lama', 'Penyebab', 'Tindak Lanjut'];
const FOLLOW = 'Untuk kedepannya apabila terjadi down yang disebabkan oleh isp, maka Tindakan yang diambil berpedoman pada laporan downtime yang pernah terjadi.';
export const SEED_FOLLOW_1A =
  'Menghubungi penyedia ISP dan menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. Untuk kedepannya apabila terjadi down yang disebabkan oleh';
export const SEED_FOLLOW_1B = 'isp, maka Tindakan yang diambil berpedoman pada laporan downtime yang pernah terjadi.';

/**
 * The RSUD M. Natsir log (shared/seed/laporan-downtime-rsud-m-natsir.txt) as the hospital keeps
 * it in Excel: merged letterhead rows, a preamble, two sections each with its own header row, and
 * the first follow-up spilling into a continuation row with empty No and date.
 */
export function addSeedSheet(wb: ExcelJS.Workbook, name = 'Log Downtime'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  const banner = (text: string) => {
    const r = ws.addRow([text]);
    ws.mergeCells(r.number, 1, r.number, 6);
  };
  banner('LAPORAN KEJADIAN DOWNTIME SERVER SIMRS RSUD M. NATSIR');
  banner('PEMERINTAH PROVINSI SUMATERA BARAT');
  banner('RSUD MOHAMMAD NATSIR');
  banner('Jl.Simpang Rumbio Kota Solok Telp. (0755) 20003 Faks: (0755) 20003');
  banner('KOTA SOLOK');
  ws.addRow([]);
  banner(
    'Laporan ini bertujuan untuk acuan reaksi kejadian downtime sistem SIMRS dengan tujuan kejadian seminimal mungkin dengan segera melakukan pengecekan penyebab down mesin server.',
  );
  ws.addRow(['1. Menginformasikan kepada unit terkait pelayanan SIMRS tentang kejadian Down Sistem (Estimasi waktu perbaikan).']);
  ws.addRow(['3. Petugas TI akan mencatat tanggal, jam saat mesin server off line maupun on line pada daftar log.']);
  ws.addRow([]);
  banner('Daftar Kejadian Downtime Instalasi SIMRS');
  ws.addRow([]);
  ws.addRow(['1. Laporan Downtime Tidak Terencana']); // row 13
  ws.addRow(SEED_HEADER); // row 14
  ws.addRow([1, 'ISP cinox dan indihome down', '1 oktober 2022', '1 jam', 'Akses internet dari ISP tidak tersedia.', SEED_FOLLOW_1A]); // 15
  ws.addRow([null, null, null, null, null, SEED_FOLLOW_1B]); // 16
  ws.addRow([2, 'BPJS down', '3 oktober 2022', '2 jam', 'SEP tidak dapat dicetak karena server BPJS down.', `Menghubungi pihak BPJS dan menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ${FOLLOW}`]);
  ws.addRow([3, 'Listrik Mati', '10 November', '30 menit', 'UPS server rusak sehingga saat mati lampu server mati', `Memperbaiki UPS dan menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ${FOLLOW}`]);
  ws.addRow([]);
  ws.addRow(['2. Laporan Downtime Terencana']); // 20
  ws.addRow(SEED_HEADER); // 21
  ws.addRow([1, 'Pemasangan perubahan bridging LIS', 'Juni 2021', '15 menit', 'Perubahan field pada database LIS', `Menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ${FOLLOW}`]);
  ws.addRow([2, 'Pemasangan V-claim V2', '18 Maret 2022', '30 menit', 'Update bridging BPJS', `Menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. ${FOLLOW}`]);
  return ws;
}

/** Excel date cells hold Excel's clock time; build them in UTC so no zone shifts them. */
export function excelDate(y: number, m1: number, d: number, h = 0, min = 0): Date {
  return new Date(Date.UTC(y, m1 - 1, d, h, min));
}
