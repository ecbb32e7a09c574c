// readSource on .xls: the native reader gives the same incidents as the .xlsx the fixture came
// from, without LibreOffice; unsupported variants go to LibreOffice (a stand-in script here, CI
// has none) or are refused with both ways out; damaged files are refused with a message.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSource } from '../../src/sources/index.js';
import { makeProgress } from '../../src/sources/progress.js';
import { readXls } from '../../src/sources/xls.js';
import { ExitCode, UserError } from '../../src/errors.js';
import type { RawRow } from '../../src/types.js';
import ExcelJS from 'exceljs';
import { columnNumber, convertExcelValue } from '../../src/sources/cells.js';
import { scanWorkbook } from '../../src/sources/scan-workbook.js';
import type { ScanCell, ScanRow } from '../../src/sources/table.js';
import type { Workbook } from '../../src/sources/workbook.js';
import { makeTempDir } from '../helpers/build-files.js';
import { compoundFile, number, rec, u16, workbookStream, label } from './xls-build.js';

const DIR = 'tests/fixtures/xls';
const tmp = makeTempDir('simrs-xls-');
afterAll(() => tmp.cleanup());
const noSoffice = { findSoffice: () => null };

async function userError(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

/**
 * Rows with the file name taken out, format codes unescaped (LibreOffice writes 'd\ mmmm') and
 * numbers to 12 digits: the .xls holds the double exactly as written (0.47916666666666663), while
 * exceljs reads the .xlsx text of it back one unit in the last place away (0.4791666666666667).
 */
function comparable(rows: RawRow[]): unknown {
  return JSON.parse(
    JSON.stringify(rows, (k, v: unknown) => {
      if (k === 'file') return '';
      if (k === 'numFmt' && typeof v === 'string') return v.replace(/\\(.)/g, '$1');
      if (typeof v === 'number') return Number(v.toPrecision(12));
      return v;
    }),
  );
}

/**
 * The .xlsx a fixture came from, through exceljs' in-memory reader into the same Workbook contract.
 * Not readSource: its streaming exceljs reader drops and misnames sheets of multi-sheet workbooks
 * at random (shared/LIBRARIES.md), which would make this comparison flaky.
 */
async function xlsxRows(path: string): Promise<{ rows: RawRow[]; issues: unknown[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const wb: Workbook = {
    date1904: false,
    sheets: book.worksheets.map((ws) => ({
      name: ws.name,
      state: ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible',
      merges: async () =>
        (ws.model.merges as string[]).map((m) => {
          const [, c1 = 'A', r1 = '1', c2 = 'A', r2 = '1'] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m) ?? [];
          return { top: Number(r1), left: columnNumber(c1), bottom: Number(r2), right: columnNumber(c2) };
        }),
      async *rows() {
        const out: ScanRow[] = [];
        ws.eachRow((row, r) => {
          const cells: ScanCell[] = [];
          row.eachCell((cell, col) => {
            if (cell.isMerged && cell.master !== cell) return;
            const fmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
            const raw = cell.type === ExcelJS.ValueType.Formula ? { formula: cell.formula, result: cell.result as unknown } : cell.value;
            const conv = convertExcelValue(raw, fmt, false);
            if (conv.value === null && !conv.error) return;
            cells.push({ col, value: conv.value, ...(fmt ? { numFmt: fmt } : {}), ...(conv.error ? { error: conv.error } : {}) });
          });
          out.push({ row: r, cells });
        });
        yield* out;
      },
    })),
  };
  const r = await scanWorkbook(wb, { file: '' }, makeProgress(undefined));
  return { rows: r.rows as RawRow[], issues: r.issues };
}

/**
 * A stand-in for soffice: writes `xlsx` where LibreOffice would put its conversion and records
 * its arguments, so the fallback path is tested where LibreOffice is not installed.
 */
function fakeSoffice(xlsx: string | null): { path: string; calls: () => string[] } {
  const log = tmp.path(`soffice-${Math.random().toString(36).slice(2)}.log`);
  const path = `${log}.sh`;
  const copy = xlsx ? `cp "${resolve(xlsx)}" "$out/$(basename "$in" .xls).xlsx"` : 'exit 1';
  writeFileSync(path, `#!/bin/sh\necho "$@" >> "${log}"\nout=""\nprev=""\nfor a in "$@"; do if [ "$prev" = "--outdir" ]; then out="$a"; fi; prev="$a"; in="$a"; done\n${copy}\n`);
  chmodSync(path, 0o755);
  return { path, calls: () => (readFileSync(log, { encoding: 'utf8', flag: 'a+' }).split('\n').filter(Boolean)) };
}

describe('.xls read natively', () => {
  it('monthly.xls (12 sheets): the same incidents as monthly.xlsx, no LibreOffice needed', async () => {
    const xls = await readSource(`${DIR}/monthly.xls`, noSoffice);
    const xlsx = await xlsxRows(`${DIR}/monthly.xlsx`);
    expect(xls.kind).toBe('xls');
    expect(xls.rowCount).toBe(24);
    expect(xls.sheets.map((s) => s.sheet)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des']);
    expect(xls.sheets.every((s) => s.recognised)).toBe(true);
    expect(comparable(xls.rows)).toEqual(comparable(xlsx.rows));
    expect(comparable(xls.issues as unknown as RawRow[])).toEqual(comparable(xlsx.issues as RawRow[]));
    const first = xls.rows[0]!;
    expect(first.source).toEqual({ file: `${DIR}/monthly.xls`, sheet: 'Jan', row: 4 });
    expect(first.cells.date?.value).toEqual(new Date(Date.UTC(2023, 0, 7)));
  });

  it('lookup.xls: the hidden lookup sheets are skipped with a note; the merged date covers the row below', async () => {
    const xls = await readSource(`${DIR}/lookup.xls`, noSoffice);
    const xlsx = await xlsxRows(`${DIR}/lookup.xlsx`);
    expect(comparable(xls.rows)).toEqual(comparable(xlsx.rows));
    expect(comparable(xls.issues as unknown as RawRow[])).toEqual(comparable(xlsx.issues as RawRow[]));
    expect(xls.rows.map((r) => r.cells.date?.value)).toEqual([new Date(Date.UTC(2022, 9, 1)), new Date(Date.UTC(2022, 9, 1)), new Date(Date.UTC(2022, 9, 7))]);
    expect(xls.sheets.map((s) => [s.sheet, s.skipped ?? null])).toEqual([
      ['Log 2022', null],
      ['Pilihan', 'hidden'],
      ['Kode', 'hidden'],
    ]);
    expect(xls.issues.filter((i) => /tersembunyi/.test(i.message)).map((i) => i.sheet)).toEqual(['Pilihan', 'Kode']);
  });

  it('`sheets` picks sheets by name, hidden or not', async () => {
    const r = await readXls(`${DIR}/monthly.xls`, 'monthly.xls', { sheets: ['mar', 'Des'], findSoffice: () => null }, makeProgress(undefined), []);
    expect(r.sheets.filter((s) => !s.skipped).map((s) => s.sheet)).toEqual(['Mar', 'Des']);
    expect(r.rows).toHaveLength(3 + 3);
    const hidden = await userError(readXls(`${DIR}/lookup.xls`, 'lookup.xls', { sheets: ['Pilihan'] }, makeProgress(undefined), []));
    expect(hidden.message).toMatch(/tidak ada tabel log downtime yang dikenali di sheet mana pun \("Pilihan"\)/);
  });

  it('streams rows through onRow like the .xlsx reader', async () => {
    const seen: RawRow[] = [];
    const r = await readSource(`${DIR}/monthly.xls`, { ...noSoffice, onRow: (row) => seen.push(row) });
    expect(r.rows).toEqual([]);
    expect(r.rowCount).toBe(24);
    expect(seen).toHaveLength(24);
  });
});

describe('.xls the native reader does not support', () => {
  const biff5 = tmp.path('excel95.xls');
  writeFileSync(biff5, compoundFile({ Book: workbookStream([], [{ name: 'Log', records: [label(0, 0, 'No')] }], 0x0500) }));
  const encrypted = tmp.path('rahasia.xls');
  writeFileSync(encrypted, compoundFile({ Workbook: workbookStream([rec(0x002f, u16(1), Buffer.alloc(52))], [{ name: 'Log', records: [number(0, 0, 1)] }]) }));

  it('without LibreOffice: names the file, what is unsupported and the two ways out', async () => {
    const e95 = await userError(readSource(biff5, noSoffice));
    expect(e95.message).toBe(
      `${biff5}: format Excel 5.0/95 (BIFF5) tidak dapat dibaca langsung. Pasang LibreOffice (apt-get install libreoffice-calc) agar dikonversi otomatis, atau buka di Excel lalu Simpan Sebagai .xlsx, kemudian impor berkas .xlsx itu.`,
    );
    expect(e95.exitCode).toBe(ExitCode.input);
    const enc = await userError(readSource(encrypted, noSoffice));
    expect(enc.message).toMatch(/rahasia\.xls: buku kerja dilindungi kata sandi \(terenkripsi\) tidak dapat dibaca langsung\. Pasang LibreOffice/);
  });

  it('with LibreOffice: converted, read as .xlsx under the user\'s file name, with a note', async () => {
    const soffice = fakeSoffice(`${DIR}/lookup.xlsx`);
    const r = await readSource(biff5, { findSoffice: () => soffice.path });
    expect(soffice.calls()).toHaveLength(1);
    expect(soffice.calls()[0]).toMatch(/--headless --convert-to xlsx --outdir \S+ \S*excel95\.xls$/);
    expect(r.kind).toBe('xls');
    expect(r.rows.map((x) => x.cells.title?.value)).toEqual(['Jaringan LAN putus', 'SIMRS lambat', 'Printer SEP macet']);
    expect(r.rows[0]!.source.file).toBe(biff5);
    expect(r.issues[0]).toMatchObject({ severity: 'warning', file: biff5, message: 'format Excel 5.0/95 (BIFF5): dibaca lewat konversi LibreOffice' });
  });

  it('a failing conversion is a UserError, not a stack', async () => {
    const soffice = fakeSoffice(null);
    const err = await userError(readSource(encrypted, { findSoffice: () => soffice.path }));
    expect(err.message).toMatch(/rahasia\.xls: konversi \.xls dengan LibreOffice gagal/);
  });
});

describe('damaged .xls', () => {
  it('a file cut in half: UserError naming the file and what to do; LibreOffice is not asked', async () => {
    const cut = tmp.path('terpotong.xls');
    const whole = readFileSync(`${DIR}/monthly.xls`);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const soffice = fakeSoffice(`${DIR}/monthly.xlsx`);
    const err = await userError(readSource(cut, { findSoffice: () => soffice.path }));
    expect(err.message).toMatch(/^\S*terpotong\.xls: berkas \.xls rusak atau terpotong \(.+\)\. Salin ulang berkas aslinya, atau buka di Excel lalu Simpan Sebagai \.xlsx/);
    expect(err.exitCode).toBe(ExitCode.input);
    expect(soffice.calls()).toEqual([]);
  });

  it('damage inside a sheet names the sheet', async () => {
    const p = tmp.path('sheet-rusak.xls');
    const stream = workbookStream([], [{ name: 'Log', records: [label(0, 0, 'No'), rec(0x00fd, u16(1), u16(0), u16(0), Buffer.from([9, 0, 0, 0]))] }]);
    writeFileSync(p, compoundFile({ Workbook: stream }));
    const err = await userError(readSource(p, noSoffice));
    expect(err.message).toMatch(/sheet-rusak\.xls: berkas \.xls rusak atau terpotong \(sheet "Log": sel merujuk teks ke-9, tabel teks hanya berisi 0\)/);
  });

  it('every prefix of a real .xls is refused with a UserError or read, never a crash', async () => {
    const whole = readFileSync(`${DIR}/lookup.xls`);
    const p = tmp.path('prefix.xls');
    for (let n = 512; n < whole.length; n += 509) {
      writeFileSync(p, whole.subarray(0, n));
      const out = await readSource(p, noSoffice).then(
        () => 'read',
        (e: unknown) => (e instanceof UserError ? 'refused' : e),
      );
      expect(['read', 'refused'], `${n} bytes`).toContain(out);
    }
    copyFileSync(`${DIR}/lookup.xls`, p);
  });
});
