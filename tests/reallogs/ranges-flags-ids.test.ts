// Headers that carry more than a name: one column holding the start–end range ("WAKTU (MULAI -
// SELESAI)" over "08.00 - 09.30"), a length named by the unit in brackets ("Total Down (Menit)",
// "Padam (jam)"), an incident's own ID ("Incident ID" over "INC-0042"), a yes/no planned flag
// ("Planned?", "Terencana (Y/T)") and a machine's stop and start ("Machine Stop | Machine Start").
// Built as clerks type them, read back from the store.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { utc, writeCsv } from './logs.js';
import { brief, importOk, issues } from './run.js';

describe('range columns, lengths named by unit, IDs and planned flags', () => {
  it('a SIMRS log in Excel with WAKTU (MULAI - SELESAI) and a Planned? column', async () => {
    const file = join(tempDir(), 'Log Gangguan Februari.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Februari');
    ws.addRow(['LOG GANGGUAN SIMRS — FEBRUARI 2024']);
    ws.addRow([]);
    ws.addRow(['No', 'Tanggal', 'WAKTU (MULAI - SELESAI)', 'Uraian Gangguan', 'Penyebab', 'Planned?']);
    const rows: [number, Date, string, string, string, string][] = [
      [1, utc(2024, 2, 5), '08.00 - 09.30', 'SIMRS tidak bisa diakses', 'Switch core mati', 'No'],
      [2, utc(2024, 2, 10), '22.00 - 01.15', 'Migrasi database ke server baru', 'Penggantian server', 'Yes'],
      [3, utc(2024, 2, 12), '13.05 s.d. 13.50', 'Modul farmasi error', 'Bug aplikasi', 'N'],
    ];
    for (const r of rows) ws.addRow(r).getCell(2).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(file);

    const imp = importOk(file);
    expect(imp.list.map(brief)).toEqual([
      { start: '2024-02-05T08:00:00+07:00', end: '2024-02-05T09:30:00+07:00', durationMinutes: 90, title: 'SIMRS tidak bisa diakses', unit: null, kind: 'unplanned' },
      { start: '2024-02-10T22:00:00+07:00', end: '2024-02-11T01:15:00+07:00', durationMinutes: 195, title: 'Migrasi database ke server baru', unit: null, kind: 'planned' },
      { start: '2024-02-12T13:05:00+07:00', end: '2024-02-12T13:50:00+07:00', durationMinutes: 45, title: 'Modul farmasi error', unit: null, kind: 'unplanned' },
    ]);
    // the range is the times, not a second date kept aside; the kind is the flag's answer
    expect(imp.list.map((i) => i.extra)).toEqual([{}, {}, {}]);
    expect(imp.out.files[0].sheets[0].columns).toMatchObject({ date: 'Tanggal', start: 'WAKTU (MULAI - SELESAI)', kind: 'Planned?' });
    expect(issues(imp.out, /urutan|date order|sama-sama|jenis tidak dikenali/)).toEqual([]);
    const db = runCli(['list', '--db', imp.db, '--json']);
    expect(JSON.parse(db.stdout).map((i: { kindReason: string }) => i.kindReason)).toEqual(['kolom "Planned?" = "No"', 'kolom "Planned?" = "Yes"', 'kolom "Planned?" = "N"']);

    const r = runCli(['inspect', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"WAKTU \(MULAI - SELESAI\)"\s+→ Mulai\s+\(kata "mulai" \+ "selesai": rentang jam mulai–selesai/);
    expect(r.stdout).not.toMatch(/urutan hari\/bulan\/tahun: nilai "22.00/);
  });

  it('lengths named by the unit in brackets: "Padam (jam)" in hours, "Total Down (Menit)" in minutes', () => {
    const dir = tempDir();
    const genset = writeCsv(join(dir, 'padam-listrik.csv'), [
      'Tanggal;Jam Padam;Padam (jam);Lokasi;Keterangan',
      '03/01/2024;14.10;1,5;Gedung A;PLN padam',
      '09/01/2024;07.00;2;Gedung C;Gangguan penyulang',
    ]);
    expect(importOk(genset).list.map((i) => [i.start, i.end, i.durationMinutes, i.unit])).toEqual([
      ['2024-01-03T14:10:00+07:00', '2024-01-03T15:40:00+07:00', 90, 'Gedung A'],
      ['2024-01-09T07:00:00+07:00', '2024-01-09T09:00:00+07:00', 120, 'Gedung C'],
    ]);
    const mail = writeCsv(join(dir, 'services.csv'), ['Date,Service,Start,Total Down (Menit),Issue', '2024-05-02,Email,09:00,45,Mail server hang']);
    const imp = importOk(mail);
    expect(imp.list.map((i) => [i.start, i.end, i.durationMinutes, i.title])).toEqual([['2024-05-02T09:00:00+07:00', '2024-05-02T09:45:00+07:00', 45, 'Mail server hang']]);
    expect(imp.out.files[0].sheets[0].mapping.find((m: { header: string }) => m.header === 'Total Down (Menit)')).toMatchObject({ field: 'duration', unit: 'menit' });
  });

  it('an ISP register: the Incident ID is kept, not taken for the title; a Y/T flag says the kind', async () => {
    const file = join(tempDir(), 'tickets.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tickets');
    ws.addRow(['Incident ID', 'Opened', 'Resolved', 'Service', 'Root Cause', 'Terencana (Y/T)']);
    ws.addRow(['INC-0042', utc(2024, 4, 2, 9, 15), utc(2024, 4, 2, 11, 0), 'VPN', 'Fiber cut', 'T']);
    ws.addRow(['INC-0043', utc(2024, 4, 6, 23, 0), utc(2024, 4, 7, 1, 0), 'Core router', 'Firmware upgrade', 'Y']);
    for (const r of [2, 3]) for (const c of [2, 3]) ws.getRow(r).getCell(c).numFmt = 'dd/mm/yyyy hh:mm';
    await wb.xlsx.writeFile(file);

    const imp = importOk(file);
    expect(imp.list.map(brief)).toEqual([
      { start: '2024-04-02T09:15:00+07:00', end: '2024-04-02T11:00:00+07:00', durationMinutes: 105, title: 'VPN: Fiber cut', unit: 'VPN', kind: 'unplanned' },
      { start: '2024-04-06T23:00:00+07:00', end: '2024-04-07T01:00:00+07:00', durationMinutes: 120, title: 'Core router: Firmware upgrade', unit: 'Core router', kind: 'planned' },
    ]);
    expect(imp.list.map((i) => i.extra)).toEqual([{ 'Incident ID': 'INC-0042' }, { 'Incident ID': 'INC-0043' }]);
    expect(imp.out.files[0].sheets[0].columns).toMatchObject({ no: 'Incident ID', unit: 'Service', cause: 'Root Cause' });
  });

  it('a plant log with "Machine Stop | Machine Start" beside a Machine column (US dates)', () => {
    const file = writeCsv(join(tempDir(), 'press-stops.csv'), [
      'Date,Machine,Machine Stop,Machine Start,Reason',
      '3/14/2024,Press 4,06:40,07:25,Hydraulic leak',
      '3/15/2024,Press 2,14:05,14:20,Jammed die',
    ]);
    const imp = importOk(file);
    expect(imp.list.map((i) => [i.start, i.end, i.durationMinutes, i.unit])).toEqual([
      ['2024-03-14T06:40:00+07:00', '2024-03-14T07:25:00+07:00', 45, 'Press 4'],
      ['2024-03-15T14:05:00+07:00', '2024-03-15T14:20:00+07:00', 15, 'Press 2'],
    ]);
    expect(imp.list.map((i) => i.extra)).toEqual([{}, {}]);
  });

  it('an ITSM export in English: Number, Opened, Resolved, Assigned to, Business service', () => {
    const file = writeCsv(join(tempDir(), 'incident.csv'), [
      'Number,Opened,Short description,Priority,State,Assigned to,Resolved,Close notes,Business service',
      'INC0010001,2024-03-01 08:15:00,EMR login fails for all wards,1 - Critical,Closed,Dewi A.,2024-03-01 09:05:00,Restarted auth service,SIMRS',
      'INC0010002,2024-03-04 22:00:00,Scheduled database upgrade,4 - Low,Closed,Rudi H.,2024-03-05 00:30:00,Upgrade completed,SIMRS Database',
    ]);
    const imp = importOk(file);
    expect(imp.list.map(brief)).toEqual([
      { start: '2024-03-01T08:15:00+07:00', end: '2024-03-01T09:05:00+07:00', durationMinutes: 50, title: 'EMR login fails for all wards', unit: 'SIMRS', kind: 'unplanned' },
      { start: '2024-03-04T22:00:00+07:00', end: '2024-03-05T00:30:00+07:00', durationMinutes: 150, title: 'Scheduled database upgrade', unit: 'SIMRS Database', kind: 'planned' },
    ]);
    expect(imp.list.map((i) => [i.pic, i.extra.Number, i.extra['Close notes']])).toEqual([
      ['Dewi A.', 'INC0010001', 'Restarted auth service'],
      ['Rudi H.', 'INC0010002', 'Upgrade completed'],
    ]);
  });

  it('a Google Form response sheet: Jenis Gangguan is the category, Keterangan the description, Timestamp kept aside', () => {
    const file = writeCsv(join(tempDir(), 'Laporan Gangguan (Responses).csv'), [
      'Timestamp,Email Address,Nama Pelapor,Unit,Jenis Gangguan,Tanggal Kejadian,Jam Mulai,Jam Selesai,Keterangan',
      '3/1/2024 8:30:12,perawat1@rsud.go.id,Sri,IGD,Jaringan,3/1/2024,8:10:00 AM,9:00:00 AM,Internet mati di IGD',
      '3/13/2024 14:02:55,farmasi@rsud.go.id,Andi,Farmasi,Aplikasi,3/13/2024,1:30:00 PM,2:15:00 PM,SIMRS modul farmasi tidak bisa simpan resep',
    ]);
    const imp = importOk(file);
    expect(imp.list.map(brief)).toEqual([
      { start: '2024-03-01T08:10:00+07:00', end: '2024-03-01T09:00:00+07:00', durationMinutes: 50, title: 'Internet mati di IGD', unit: 'IGD', kind: 'unplanned' },
      { start: '2024-03-13T13:30:00+07:00', end: '2024-03-13T14:15:00+07:00', durationMinutes: 45, title: 'SIMRS modul farmasi tidak bisa simpan resep', unit: 'Farmasi', kind: 'unplanned' },
    ]);
    const db = JSON.parse(runCli(['list', '--db', imp.db, '--json']).stdout);
    expect(db.map((i: { category: string }) => i.category)).toEqual(['network', 'software']);
    expect(imp.list[0]!.extra).toEqual({ Timestamp: '3/1/2024 8:30:12', 'Email Address': 'perawat1@rsud.go.id', 'Nama Pelapor': 'Sri' });
  });

  it('a monitoring export (Monitor, Down At, Up At, Duration "1h 23m 5s") was refused as no log table', () => {
    const file = writeCsv(join(tempDir(), 'uptime-export.csv'), [
      'Monitor,Status,Down At,Up At,Duration,Reason',
      'SIMRS Web,Resolved,2024-06-01 03:12:45,2024-06-01 04:35:50,1h 23m 5s,Connection timeout',
      'PACS,Resolved,2024-06-02 10:00:00,2024-06-02 10:45:12,00:45:12,HTTP 502',
    ]);
    const imp = importOk(file);
    expect(imp.list.map((i) => [i.start, i.end, Math.round(i.durationMinutes!), i.unit, i.title])).toEqual([
      ['2024-06-01T03:12:45+07:00', '2024-06-01T04:35:50+07:00', 83, 'SIMRS Web', 'SIMRS Web: Connection timeout'],
      ['2024-06-02T10:00:00+07:00', '2024-06-02T10:45:12+07:00', 45, 'PACS', 'PACS: HTTP 502'],
    ]);
    expect(imp.out.files[0].sheets[0].columns).toMatchObject({ unit: 'Monitor', start: 'Down At', end: 'Up At', duration: 'Duration', cause: 'Reason' });
  });

  it('an "Incident Type" of Hardware, Network … is the category, and its "Planned" rows are planned', () => {
    const file = writeCsv(join(tempDir(), 'lab-systems.csv'), [
      'Date,System,Incident Type,Start,End,Description',
      '2024-07-01,LIS,Hardware,08:00,08:40,Analyzer interface PC dead',
      '2024-07-03,RIS,Network,13:00,13:20,VLAN misconfigured',
      '2024-07-05,HIS,Planned,22:00,23:30,Patch Tuesday',
    ]);
    const imp = importOk(file);
    const db = JSON.parse(runCli(['list', '--db', imp.db, '--json']).stdout);
    expect(db.map((i: { kind: string; kindReason: string; category: string }) => [i.kind, i.category])).toEqual([['unplanned', 'hardware'], ['unplanned', 'network'], ['planned', 'software']]);
    expect(db[2].kindReason).toBe('kolom "Incident Type" = "Planned"');
    expect(issues(imp.out, /jenis tidak dikenali/)).toEqual([]);
    const col = imp.out.files[0].sheets[0].mapping.find((m: { header: string }) => m.header === 'Incident Type');
    expect(col).toMatchObject({ field: 'category' });
    expect(col.rule).toMatch(/isinya "Hardware", bukan terencana\/tidak terencana: dibaca sebagai kategori/);
    // ISO dates read the same in any order: the line to paste needs no --date-order
    const line = runCli(['inspect', file]).stdout.split('\n').find((l) => l.includes('downtime import'));
    expect(line).toContain('--map "date=Date,unit=System,category=Incident Type,start=Start,end=End,title=Description"');
    expect(line).not.toContain('--date-order');
  });

  it('the --map line inspect prints pastes as it is, also with a comma in a header ("Hari, Tanggal")', () => {
    const file = writeCsv(join(tempDir(), 'log.csv'), ['No;Hari, Tanggal;Jam Mulai;Jam Selesai;Kejadian', '1;Senin, 04/03/2024;08.00;08.30;Server down']);
    const r = runCli(['inspect', file]);
    const map = /--map "([^"]+)"/.exec(r.stdout)?.[1];
    expect(map).toBe('no=No,date=Hari, Tanggal,start=Jam Mulai,end=Jam Selesai,title=Kejadian');
    const imp = importOk(file, ['--map', map!]);
    expect(imp.list.map((i) => [i.start, i.end, i.title])).toEqual([['2024-03-04T08:00:00+07:00', '2024-03-04T08:30:00+07:00', 'Server down']]);
  });

  it('a telecom site alarm log: Site Name is the unit (Site ID kept), Alarm Start / Alarm Clear the times', async () => {
    const file = join(tempDir(), 'alarm-log.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Alarms');
    ws.addRow(['Site ID', 'Site Name', 'Alarm', 'Alarm Start', 'Alarm Clear', 'Duration (min)', 'Root Cause', 'Action']);
    ws.addRow(['JKT-0123', 'RSUD Cengkareng', 'Mains Failure', utc(2024, 8, 3, 14, 5), utc(2024, 8, 3, 16, 35), 150, 'PLN outage', 'Genset started']);
    ws.addRow(['JKT-0456', 'RSUD Tarakan', 'Link Down', utc(2024, 8, 4, 1, 10), utc(2024, 8, 4, 1, 55), 45, 'Fiber cut', 'Spliced']);
    for (const r of [2, 3]) for (const c of [4, 5]) ws.getRow(r).getCell(c).numFmt = 'yyyy-mm-dd hh:mm';
    await wb.xlsx.writeFile(file);
    const imp = importOk(file);
    expect(imp.list.map(brief)).toEqual([
      { start: '2024-08-03T14:05:00+07:00', end: '2024-08-03T16:35:00+07:00', durationMinutes: 150, title: 'Mains Failure', unit: 'RSUD Cengkareng', kind: 'unplanned' },
      { start: '2024-08-04T01:10:00+07:00', end: '2024-08-04T01:55:00+07:00', durationMinutes: 45, title: 'Link Down', unit: 'RSUD Tarakan', kind: 'unplanned' },
    ]);
    expect(imp.list.map((i) => [i.cause, i.extra['Site ID']])).toEqual([['PLN outage', 'JKT-0123'], ['Fiber cut', 'JKT-0456']]);
    expect(issues(imp.out, /sama-sama berarti/)).toEqual([]);
  });

  it('"Tanggal | Waktu": the Waktu beside a date is the time (a range too), not a second date', () => {
    const file = writeCsv(join(tempDir(), 'log-waktu.csv'), [
      'No;Tanggal;Waktu;Kejadian',
      '1;04/03/2024;08.00-08.30 WIB;Server down',
      '2;05/03/2024;22.00 s.d. 01.00;Migrasi database',
    ]);
    const imp = importOk(file);
    expect(imp.list.map((i) => [i.start, i.end, i.durationMinutes])).toEqual([
      ['2024-03-04T08:00:00+07:00', '2024-03-04T08:30:00+07:00', 30],
      ['2024-03-05T22:00:00+07:00', '2024-03-06T01:00:00+07:00', 180],
    ]);
    expect(issues(imp.out, /sama-sama berarti/)).toEqual([]);
    const rule = imp.out.files[0].sheets[0].mapping.find((m: { header: string }) => m.header === 'Waktu').rule;
    expect(rule).toMatch(/di samping kolom "Tanggal", berisi jam mulai/);
    // with a start column of its own, "Waktu Kejadian" stays what it was
    const other = writeCsv(join(tempDir(), 'log-2.csv'), ['Tanggal;Waktu Kejadian;Jam Mulai;Kejadian', '04/03/2024;04/03/2024;08.00;Server down']);
    expect(importOk(other).out.files[0].sheets[0].columns).toMatchObject({ date: 'Tanggal', start: 'Jam Mulai' });
  });

  it('a power utility event report: Date/Time Event Began, Date/Time of Restoration, Event Type, a customer count', () => {
    const file = writeCsv(join(tempDir(), 'oe417.csv'), [
      'Date Event Began,Time Event Began,Date of Restoration,Time of Restoration,Area Affected,Event Type,Number of Customers Affected',
      '6/21/2019,10:54 AM,6/21/2019,2:30 PM,Kota Solok,Severe Weather - Thunderstorms,12000',
      '7/2/2019,11:15 PM,7/3/2019,1:05 AM,Kab. Solok,Vandalism,350',
    ]);
    const imp = importOk(file);
    expect(imp.list.map((i) => [i.start, i.end, i.unit, i.extra['Number of Customers Affected']])).toEqual([
      ['2019-06-21T10:54:00+07:00', '2019-06-21T14:30:00+07:00', 'Kota Solok', '12000'],
      ['2019-07-02T23:15:00+07:00', '2019-07-03T01:05:00+07:00', 'Kab. Solok', '350'],
    ]);
    expect(imp.out.files[0].sheets[0].columns).toMatchObject({ date: 'Date Event Began', endDate: 'Date of Restoration', category: 'Event Type' });
  });

  it('a server log book "Hari | Tanggal | Jam | Keterangan": the weekday yields to the date quietly; "Hari" alone is still the date', () => {
    const dir = tempDir();
    const book = writeCsv(join(dir, 'logbook.csv'), ['Hari;Tanggal;Jam;Keterangan;Paraf', 'Senin;04/03/2024;08.00;Server restart mendadak;RN']);
    const imp = importOk(book);
    expect(imp.list.map((i) => [i.start, i.title, i.extra.Hari])).toEqual([['2024-03-04T08:00:00+07:00', 'Server restart mendadak', 'Senin']]);
    expect(issues(imp.out, /sama-sama berarti/)).toEqual([]);
    const alone = writeCsv(join(dir, 'hari.csv'), ['Hari;Jam Mulai;Jam Selesai;Kejadian', 'Senin, 4 Maret 2024;08.00;08.30;Server down']);
    expect(importOk(alone).list.map((i) => [i.start, i.end])).toEqual([['2024-03-04T08:00:00+07:00', '2024-03-04T08:30:00+07:00']]);
  });
});
