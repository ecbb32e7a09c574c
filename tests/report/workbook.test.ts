import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { MIN_SCALE, printScale, renderReportWorkbook, widthBudget } from '../../src/documents/report/workbook.js';
import { incident, reportFor, seedIncidents, testProfile } from './fixtures.js';

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

/** Row number of the header: the row whose first cell is the given text. */
function headerRow(ws: ExcelJS.Worksheet, first: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === first) return r;
  throw new Error(`no header "${first}" in ${ws.name}`);
}

describe('accreditation workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const incidents = [
      ...seedIncidents(),
      incident({ kind: 'unplanned', title: '=HYPERLINK("http://x","klik")', y: 2022, m: 12, d: 5, h: 8, min: 30, minutes: 95, cause: '+62 811 (vendor)', followUp: '-restart @server' }),
    ];
    const { model, texts } = reportFor(incidents, { year: 2022 });
    wb = await load(await renderReportWorkbook(model, texts));
  });

  it('has the six sheets with letterhead lines above each table', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Tidak Terencana', 'Terencana', 'Rekap Bulanan', 'Catatan', 'Metode']);
    for (const ws of wb.worksheets) {
      expect(ws.getCell('A1').value).toBe('PEMERINTAH PROVINSI SUMATERA BARAT');
      expect(ws.getCell('A2').value).toBe('RSUD MOHAMMAD NATSIR');
      expect(ws.getCell('A2').font?.bold).toBe(true);
    }
  });

  it('styles and freezes the header, with auto-filter and print set-up', () => {
    const ws = wb.getWorksheet('Tidak Terencana')!;
    const h = headerRow(ws, 'No');
    const cell = ws.getRow(h).getCell(2);
    expect(cell.value).toBe('Kejadian Downtime');
    expect(cell.font?.bold).toBe(true);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9D9D9');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: h });
    expect(ws.autoFilter).toBeTruthy();
    expect(JSON.stringify(ws.autoFilter)).toContain(String(h));
    expect(ws.pageSetup.printTitlesRow).toBe(`${h}:${h}`);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.headerFooter.oddFooter).toContain('Halaman &P dari &N');
  });

  it('writes durations as numbers, dates as real dates in wall-clock time', () => {
    const ws = wb.getWorksheet('Tidak Terencana')!;
    const h = headerRow(ws, 'No');
    const first = ws.getRow(h + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('ISP cinox dan indihome down');
    const start = first.getCell(3).value;
    expect(start).toBeInstanceOf(Date);
    expect((start as Date).toISOString()).toBe('2022-10-01T00:00:00.000Z');
    expect(first.getCell(3).numFmt).toContain('d mmmm yyyy');
    expect(first.getCell(5).value).toBe(60);
    // The header says the unit ("Lama (menit)"); the cells are plain minutes.
    expect(first.getCell(5).numFmt).toBe('#,##0');
    // The timed incident: 08.30 WIB stays 08.30 in Excel.
    const timed = ws.getRow(h + 4);
    expect((timed.getCell(3).value as Date).toISOString()).toBe('2022-12-05T08:30:00.000Z');
    expect((timed.getCell(4).value as Date).toISOString()).toBe('2022-12-05T10:05:00.000Z');
  });

  it('keeps text that starts with =, +, - or @ as text, never a formula', () => {
    const ws = wb.getWorksheet('Tidak Terencana')!;
    const row = ws.getRow(headerRow(ws, 'No') + 4);
    expect(row.getCell(2).value).toBe('=HYPERLINK("http://x","klik")');
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(6).value).toBe('+62 811 (vendor)');
    expect(row.getCell(7).value).toBe('-restart @server');
  });

  it('shows a month-precision date as the first of the month with a month format', async () => {
    const { model, texts } = reportFor(seedIncidents(), { year: 2021 });
    const ws = (await load(await renderReportWorkbook(model, texts))).getWorksheet('Terencana')!;
    const row = ws.getRow(headerRow(ws, 'No') + 1);
    expect((row.getCell(3).value as Date).toISOString()).toBe('2021-06-01T00:00:00.000Z');
    expect(row.getCell(3).numFmt).toMatch(/^\[\$-421\]mmmm yyyy$/);
    const notes = (await load(await renderReportWorkbook(model, texts))).getWorksheet('Catatan')!;
    const texts2: string[] = [];
    notes.eachRow((r) => texts2.push(String(r.getCell(4).value ?? '')));
    expect(texts2.some((t) => t.includes('hanya bulan'))).toBe(true);
  });

  it('prints every sheet one page wide at 8 pt or more: Arial on every cell, columns within the budget, one duration column, file names only', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'landscape', paperSize: 9 });
      expect(ws.pageSetup.margins, ws.name).toMatchObject({ left: 0.5, right: 0.5 });
      expect(ws.headerFooter.oddFooter, ws.name).toContain('&A · Halaman &P dari &N');
      const widths = ws.columns.map((c) => c.width ?? 0).filter((w) => w > 0);
      // Widths fit the page at MIN_SCALE, so the fit never prints 10 pt text below 8 pt.
      expect(printScale(widths, 'A4', true), ws.name).toBeGreaterThanOrEqual(MIN_SCALE);
      expect(widths.reduce((a, b) => a + b, 0), ws.name).toBeLessThanOrEqual(widthBudget('A4', true, widths.length));
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.font?.name, `${ws.name}!${cell.address}`).toBe('Arial');
          expect(cell.font?.size ?? 0, `${ws.name}!${cell.address}`).toBeGreaterThanOrEqual(10);
        }),
      );
    }
    const ws = wb.getWorksheet('Tidak Terencana')!;
    const h = headerRow(ws, 'No');
    const headers = (ws.getRow(h).values as unknown[]).filter(Boolean);
    expect(headers).toEqual(['No', 'Kejadian Downtime', 'Mulai', 'Selesai', 'Lama (menit)', 'Penyebab', 'Tindak Lanjut', 'Kategori', 'Sumber']);
    // "30 September 2023 08:00" is the longest Indonesian date-time: 23 characters, 22.7 units of Arial 10 in Excel.
    expect(ws.getColumn(3).width).toBe(23);
    expect(ws.getColumn(4).width).toBe(23);
    expect(ws.getRow(h + 1).getCell(5).numFmt).toBe('#,##0');
    expect(ws.getRow(h + 1).getCell(9).value).toMatch(/^log\.xlsx \[Sheet1\] #\d+$/);
  });

  it('makes Arial 10 the default font, the unit of the column widths', async () => {
    const { model, texts } = reportFor(seedIncidents(), { month: '2022-10' });
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await renderReportWorkbook(model, texts));
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(/<fonts[^>]*><font>(.*?)<\/font>/s.exec(styles)![1]).toBe('<sz val="10"/><name val="Arial"/><family val="2"/>');
    expect(styles).not.toContain('Calibri');
  });

  it('writes English labels with --lang en', async () => {
    const { model, texts } = reportFor(seedIncidents(), { year: 2022 }, { lang: 'en' });
    const w = await load(await renderReportWorkbook(model, texts));
    expect(w.worksheets.map((s) => s.name)).toEqual(['Summary', 'Unplanned', 'Planned', 'Monthly Recap', 'Notes', 'Method']);
    const ws = w.getWorksheet('Unplanned')!;
    const h = headerRow(ws, 'No');
    expect((ws.getRow(h).values as unknown[]).filter(Boolean)).toContain('Duration (min)');
    expect(ws.headerFooter.oddFooter).toContain('&A · Page &P of &N');
    const method = w.getWorksheet('Method')!.getColumn(2).values.filter((v) => typeof v === 'string').join(' ');
    expect(method).toContain('Mean time to restore');
  });

  it('puts the signatures and the tembusan under the summary', () => {
    const ws = wb.getWorksheet('Ringkasan')!;
    const all: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => all.push(String(c.value))));
    expect(all).toContain('Mengetahui,');
    expect(all).toContain('Contoh Nama, S.Kom.');
    expect(all.some((t) => t.startsWith('Solok, '))).toBe(true);
  });

  it('recaps every month of the period with numbers and percentages', () => {
    const ws = wb.getWorksheet('Rekap Bulanan')!;
    const h = headerRow(ws, 'Bulan');
    expect(ws.rowCount).toBe(h + 12);
    const oct = ws.getRow(h + 10);
    expect((oct.getCell(1).value as Date).toISOString()).toBe('2022-10-01T00:00:00.000Z');
    expect(oct.getCell(2).value).toBe(2);
    expect(oct.getCell(3).value).toBe(180);
    expect(oct.getCell(6).value).toBe(44640);
    expect(oct.getCell(7).value as number).toBeCloseTo((44640 - 180) / 44640, 8);
    expect(oct.getCell(7).numFmt).toContain('%');
    expect(oct.getCell(10).value).toBe('Ya');
  });

  it('puts the summary figures and the method on their sheets', () => {
    const sum = wb.getWorksheet('Ringkasan')!;
    const h = headerRow(sum, 'Uraian');
    expect(sum.getRow(h + 2).getCell(1).value).toBe('Downtime tidak terencana');
    expect(sum.getRow(h + 2).getCell(2).value).toBe(4);
    expect(sum.getRow(h + 2).getCell(3).value).toBe(305);
    const method = wb.getWorksheet('Metode')!;
    const texts = method.getColumn(2).values.filter((v) => typeof v === 'string').join(' ');
    expect(texts).toContain('(T − M − D) / (T − M) × 100');
  });

  it('uses folio paper (exceljs 14) when the profile says F4', async () => {
    const { model, texts } = reportFor(seedIncidents(), { month: '2022-10' }, { profile: testProfile({ paper: 'F4' }) });
    const w = await load(await renderReportWorkbook(model, texts));
    expect(w.getWorksheet('Ringkasan')!.pageSetup.paperSize).toBe(14);
  });
});
