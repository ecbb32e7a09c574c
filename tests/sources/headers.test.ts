import { describe, expect, it } from 'vitest';
import { FOOTER_RE, NOTE_RE, fieldForHeader, isSignatureText, headerFields, isRowNumber, joinContinuation, matchHeaderRow, sectionKindOf } from '../../src/sources/headers.js';
import { guessColumn, headerWords, isColumnNumberRow, isNothing, kindOfFlag, unitsRow } from '../../src/sources/columns.js';
import { SEED_HEADER } from '../helpers/build-files.js';

const row = (...values: (string | number | Date | null)[]) => values.map((value, i) => ({ col: i + 1, value }));

describe('guessColumn: headers understood by meaning', () => {
  it('knows the names hospitals write, ignoring case, spaces, punctuation and a unit note', () => {
    expect(fieldForHeader('  Tgl. ')).toBe('date');
    expect(fieldForHeader('WAKTU   KEJADIAN')).toBe('date');
    expect(fieldForHeader('No.')).toBe('no');
    expect(fieldForHeader('#')).toBe('no');
    expect(fieldForHeader('Tindak-Lanjut')).toBe('followUp');
    expect(fieldForHeader('Root cause')).toBe('cause');
    expect(fieldForHeader('Internal / Eksternal')).toBe('scope');
    expect(fieldForHeader('Jam Selesai (WIB)')).toBe('end');
    expect(fieldForHeader(3)).toBeNull();
    expect(fieldForHeader('Nama Pelapor')).toBeNull();
  });

  it('reads the state of a machine: a stop word starts the downtime, a restart ends it, and a stop word beside another qualifier names the event', () => {
    const cases: [string, string][] = [
      ['Stop Time', 'start'], ['Jam Mati', 'start'], ['Waktu Berhenti', 'start'], ['Restart Time', 'end'], ['Jam Jalan', 'end'],
      ['Stop Start', 'start'], ['Stop End', 'end'], ['Breakdown Start', 'start'], ['Breakdown End', 'end'], ['Stop Date', 'date'],
    ];
    for (const [text, field] of cases) expect([text, guessColumn(text)?.field]).toEqual([text, field]);
  });

  it('reads a range column, a length named by its unit, an identifier and a planned flag', () => {
    const cases: [string, string, Record<string, unknown>?][] = [
      ['WAKTU (MULAI - SELESAI)', 'start'], ['Waktu Mulai - Selesai', 'start'], ['Jam (Mulai-Selesai)', 'start'], ['Start - End', 'start'],
      ['Tanggal (Mulai - Selesai)', 'date'],
      ['Total Down (Menit)', 'duration', { unit: 'minutes' }], ['Down (menit)', 'duration', { unit: 'minutes' }], ['Padam (jam)', 'duration', { unit: 'hours' }],
      // "(jam)" beside a time word is how a clock column is annotated
      ['Waktu Padam (jam)', 'start'], ['Jam Mulai (WIB)', 'start'],
      ['Incident ID', 'no'], ['Ticket ID', 'no'], ['EVENT.ID', 'no'], ['No. Kejadian', 'no'], ['Nomor Tiket', 'no'],
      ['Planned?', 'kind'], ['Planned (Y/N)', 'kind'], ['Terencana (Y/T)', 'kind'], ['Unplanned?', 'kind'], ['Maintenance (Y/N)', 'kind'],
      ['Machine Stop', 'start'], ['Server Down', 'start'], ['Machine', 'unit'], ['node_id', 'unit'], ['Server ID', 'unit'],
    ];
    for (const [text, field, more] of cases) expect([text, guessColumn(text)]).toMatchObject([text, { field, ...more }]);
    // the end named by what happened; a person named by "oleh"/"by"
    for (const [text, field] of [['Resolution Time', 'end'], ['Restoration Time', 'end'], ['Waktu Pemulihan', 'end'], ['Tanggal Pemulihan', 'endDate'], ['Down Since', 'start'], ['Ditangani Oleh', 'pic'], ['Resolved By', 'pic']])
      expect([text, guessColumn(text)?.field]).toEqual([text, field]);
    // a joining word ("on", "to", "dari") gives way to the qualifier beside it
    for (const [text, field] of [['Assigned to', 'pic'], ['Created On', 'start'], ['Resolved On', 'end'], ['Time On', 'end'], ['Jam (Dari - Sampai)', 'start'], ['Sampai Jam', 'end'], ['Date To', 'endDate']])
      expect([text, guessColumn(text)?.field]).toEqual([text, field]);
    // a telecom site's alarms and a workshop's repairs
    for (const [text, field] of [['Alarm Start', 'start'], ['Alarm Clear', 'end'], ['Clear Time', 'end'], ['Occurrence Time', 'start'], ['Fault Start', 'start'], ['Fault End', 'end'], ['Fault Description', 'title'], ['Mulai Perbaikan', 'start'], ['Selesai Perbaikan', 'end'], ['Repair Completed', 'end'], ['Tindakan Perbaikan', 'followUp']])
      expect([text, guessColumn(text)?.field]).toEqual([text, field]);
    // a power utility's event report (OE-417 style); a count is no incident number
    for (const [text, field] of [['Date Event Began', 'date'], ['Time Event Began', 'start'], ['Date of Restoration', 'endDate'], ['Time of Restoration', 'end'], ['Area Affected', 'unit']])
      expect([text, guessColumn(text)?.field]).toEqual([text, field]);
    for (const text of ['Number of Customers Affected', 'Jumlah Kejadian', 'Jumlah Pasien Terdampak', 'Count']) expect([text, guessColumn(text)]).toEqual([text, null]);
    // times that are not the downtime's, and a reporter, stay extra columns
    for (const text of ['Waktu Respon', 'Response Time', 'Target Selesai', 'ETA', 'Dilaporkan Oleh']) expect([text, guessColumn(text)]).toEqual([text, null]);
    // a maintenance log's description column, and a schedule's planned start, are not flags
    expect(guessColumn('Maintenance')).toBeNull();
    expect(guessColumn('Planned Start')?.field).toBe('start');
  });

  it('reads yes and no under a planned flag by the flag\'s polarity', () => {
    expect(['Yes', 'y', 'Ya', 'TRUE', '✓', '1'].map((v) => kindOfFlag('Planned?', v))).toEqual(Array(6).fill('planned'));
    expect(['No', 'n', 'Tidak', 'FALSE', '0'].map((v) => kindOfFlag('Planned?', v))).toEqual(Array(5).fill('unplanned'));
    // "T" is "tidak" under a Y/T flag, and an unplanned flag turns the answers round
    expect(kindOfFlag('Terencana (Y/T)', 'T')).toBe('unplanned');
    expect(kindOfFlag('Unplanned (Y/N)', 'Y')).toBe('unplanned');
    expect(kindOfFlag('Tidak Terencana?', 'Tidak')).toBe('planned');
    // not a flag column, or not a yes/no answer: the caller reads the kind words
    expect(kindOfFlag('Jenis', 'Ya')).toBeNull();
    expect(kindOfFlag('Planned?', 'Terencana')).toBeNull();
    expect(kindOfFlag(undefined, 'Yes')).toBeNull();
  });

  it('maps every synonym the brief lists', () => {
    const expected: [string, string][] = [
      ['Nomor', 'no'], ['Deskripsi', 'title'], ['Incident', 'title'], ['Event', 'title'], ['Uraian', 'title'], ['Masalah', 'title'],
      ['Tanggal Kejadian', 'date'], ['Date', 'date'], ['Offline', 'start'], ['Jam Down', 'start'], ['Online', 'end'], ['Pulih', 'end'],
      ['Durasi', 'duration'], ['Lama Waktu', 'duration'], ['Sebab', 'cause'], ['Solusi', 'followUp'], ['Follow Up', 'followUp'],
      ['Jenis Downtime', 'kind'], ['Kategori Downtime', 'kind'], ['Tipe', 'kind'], ['Penanggung Jawab', 'pic'], ['PIC', 'pic'],
      ['Kategori Penyebab', 'category'], ['Category', 'category'], ['Sumber', 'scope'],
    ];
    for (const [text, field] of expected) expect([text, fieldForHeader(text)]).toEqual([text, field]);
  });

  it('composes qualified, dotted, underscored and camelCase names', () => {
    const expected: [string, string][] = [
      ['Jam Up', 'end'], ['Lama Down', 'duration'], ['Waktu Padam', 'start'], ['Start Date', 'date'], ['Date Restored', 'endDate'],
      ['Issue Description', 'title'], ['EVENT.BEGIN.TIME', 'start'], ['EVENT.END.TIME', 'end'], ['tgl_pulih', 'endDate'], ['timeDown', 'start'],
      ['timeUp', 'end'], ['Waktu Nyala', 'end'], ['Jam Mulai Gangguan', 'start'], ['Tanggal Selesai', 'endDate'], ['Restore Time', 'end'],
      ['Outage Start', 'start'], ['Outage End', 'end'], ['Time of Failure', 'start'], ['Lama Gangguan (jam)', 'duration'],
      ['Failure_Cause', 'cause'], ['ActionTaken', 'followUp'], ['Nama Server', 'unit'], ['Ruangan', 'unit'], ['Modul SIMRS', 'unit'],
      ['Layanan Terdampak', 'unit'], ['Device', 'unit'], ['Teknisi', 'pic'], ['Problem Summary', 'title'], ['Tgl. Kejadian', 'date'],
      ['START_DATE', 'date'], ['end_time', 'end'], ['Downtime', 'duration'], ['DownTime', 'start'], ['Tanggal/Jam Mulai', 'start'],
    ];
    for (const [text, field] of expected) expect([text, guessColumn(text)?.field ?? null]).toEqual([text, field]);
  });

  it('reads a unit instead of a name as a duration, with its unit', () => {
    expect(guessColumn('Menit')).toMatchObject({ field: 'duration', unit: 'minutes' });
    expect(guessColumn('Hours')).toMatchObject({ field: 'duration', unit: 'hours' });
    expect(guessColumn('Lama (menit)')).toMatchObject({ field: 'duration', unit: 'minutes' });
    expect(guessColumn('Durasi (jam)')).toMatchObject({ field: 'duration', unit: 'hours' });
    expect(guessColumn('Duration (seconds)')).toMatchObject({ field: 'duration', unit: 'seconds' });
    expect(guessColumn('Total Hours')).toMatchObject({ field: 'duration', unit: 'hours' });
    // "Jam" alone is a clock time in Indonesian logs
    expect(guessColumn('Jam')?.field).toBe('start');
  });

  it('says which rule decided, and "Keterangan" is a weak title', () => {
    expect(guessColumn('Kejadian')).toMatchObject({ strength: 1, rule: 'nama kolom dikenal' });
    expect(guessColumn('Jam Up')?.rule).toBe('nama kolom dikenal');
    expect(guessColumn('EVENT.BEGIN.TIME')?.rule).toContain('"begin"');
    const ket = guessColumn('Keterangan')!;
    expect(ket.field).toBe('title');
    expect(ket.strength).toBeLessThan(guessColumn('Masalah')!.strength);
  });

  it('headerWords splits on spaces, dots, underscores, slashes and camelCase', () => {
    expect(headerWords('EVENT.BEGIN.TIME')).toEqual(['event', 'begin', 'time']);
    expect(headerWords('tgl_pulih')).toEqual(['tgl', 'pulih']);
    expect(headerWords('timeDown')).toEqual(['time', 'down']);
    expect(headerWords('Hari/Tanggal')).toEqual(['hari', 'tanggal']);
    expect(headerWords('HTTPStatus')).toEqual(['http', 'status']);
  });
});

describe('rows under a header', () => {
  it('unitsRow: a row of units sets the columns\' units, anything else is not one', () => {
    expect(unitsRow(row('', '', 'menit', 'WIB'))).toEqual(new Map([[3, 'minutes'], [4, null]]));
    expect(unitsRow(row('(jam)'))).toEqual(new Map([[1, 'hours']]));
    expect(unitsRow(row('menit', 'Server mati'))).toBeNull();
    expect(unitsRow(row(5, 'menit'))).toBeNull();
  });
  it('isColumnNumberRow: "(1) (2) (3)" or 1 2 3 in column order', () => {
    expect(isColumnNumberRow(row('(1)', '(2)', '(3)', '(4)'))).toBe(true);
    expect(isColumnNumberRow(row(1, 2, 3, 4, 5))).toBe(true);
    expect(isColumnNumberRow(row(1, 'ISP down', 3))).toBe(false);
    expect(isColumnNumberRow(row(5, 6, 7))).toBe(false);
  });
  it('isNothing: markers of nothing are empty values', () => {
    for (const t of ['-', '--', 'N/A', 'n/a', 'NA', 'Unknown', 'tidak diketahui', '#N/A', '?', '—']) expect([t, isNothing(t)]).toEqual([t, true]);
    for (const t of ['Nama', 'ISP down', 0, 'NAS mati']) expect([t, isNothing(t as string)]).toEqual([t, false]);
  });
});

describe('headerFields', () => {
  it('recognises the seed header', () => {
    const f = headerFields(row(...SEED_HEADER));
    expect([...f!.values()]).toEqual(['no', 'title', 'date', 'duration', 'cause', 'followUp']);
  });
  it('needs two fields, one of them title or date', () => {
    expect(headerFields(row('Kejadian'))).toBeNull();
    expect(headerFields(row('No', 'Lama', 'Penyebab'))).toBeNull();
    expect(headerFields(row('Tanggal', 'Keterangan', 'Lama'))).not.toBeNull();
  });
  it('accepts a table of start/end date-times with no date or title column', () => {
    expect(headerFields(row('EVENT.BEGIN.TIME', 'EVENT.END.TIME', 'CAUSE', 'AREA'))).toEqual(new Map([[1, 'start'], [2, 'end'], [3, 'cause'], [4, 'unit']]));
    expect(headerFields(row('Start Date', 'Start Time', 'Date Restored', 'Time Restored', 'Feeder'))).not.toBeNull();
  });
  it('does not take incident text for a header inside a table (strict)', () => {
    expect(matchHeaderRow(row('Server down', 'listrik padam'), undefined, true)).toBeNull();
    expect(matchHeaderRow(row('No', 'Kejadian', 'Tanggal', 'Lama'), undefined, true)).not.toBeNull();
  });
  it('a user mapping makes a header of names it could not guess', () => {
    const mapping = { columns: new Map<string, 'title' | 'date'>([['perkara', 'title'], ['kapan', 'date']]) };
    expect(matchHeaderRow(row('Perkara', 'Kapan', 'Siapa'), mapping)?.map((m) => m.guess.field)).toEqual(['title', 'date']);
  });
  it('is never a row holding numbers or dates', () => {
    expect(headerFields(row(1, 'Kejadian', 'Tanggal'))).toBeNull();
    expect(headerFields(row('Kejadian', 'Tanggal', new Date(0)))).toBeNull();
  });
});

describe('sectionKindOf', () => {
  it('tells the two seed sections apart', () => {
    expect(sectionKindOf('1. Laporan Downtime Tidak Terencana')).toBe('unplanned');
    expect(sectionKindOf('2. Laporan Downtime Terencana')).toBe('planned');
    expect(sectionKindOf('Downtime tak terjadwal')).toBe('unplanned');
    expect(sectionKindOf('Unplanned downtime')).toBe('unplanned');
    expect(sectionKindOf('Scheduled maintenance')).toBe('planned');
    expect(sectionKindOf('Pemeliharaan terjadwal')).toBe('planned');
  });
  it('is null for a title naming both, undefined for unrelated text', () => {
    expect(sectionKindOf('Downtime Terencana dan Tidak Terencana')).toBeNull();
    expect(sectionKindOf('Daftar Kejadian Downtime Instalasi SIMRS')).toBeUndefined();
  });
});

describe('small predicates', () => {
  it('isRowNumber', () => {
    expect(isRowNumber(3)).toBe(true);
    expect(isRowNumber('12.')).toBe(true);
    expect(isRowNumber(' 4) ')).toBe(true);
    expect(isRowNumber(0)).toBe(false);
    expect(isRowNumber(1.5)).toBe(false);
    expect(isRowNumber('1 oktober')).toBe(false);
    expect(isRowNumber(null)).toBe(false);
  });
  it('joinContinuation: a space, or a new line before a list item', () => {
    expect(joinContinuation('disebabkan oleh', 'isp, maka')).toBe('disebabkan oleh isp, maka');
    expect(joinContinuation('1. Restart server', '2. Cek log')).toBe('1. Restart server\n2. Cek log');
    expect(joinContinuation('', 'x')).toBe('x');
  });
  it('FOOTER_RE catches a signature block, not incident text', () => {
    for (const t of ['Mengetahui,', 'Kepala Instalasi SIMRS', 'NIP. 19800101 200501 1 001', 'Solok, 30 November 2022', 'Dibuat oleh', 'Dibuat,', 'a.n. Direktur', 'Jumlah', 'Catatan: belum lengkap']) {
      expect([t, FOOTER_RE.test(t)]).toEqual([t, true]);
    }
    for (const t of ['isp, maka Tindakan yang diambil', 'Listrik Mati', 'Server BPJS down']) expect([t, FOOTER_RE.test(t)]).toEqual([t, false]);
  });
  it('SIGNATURE_RE is strict: incident text that starts like a position is not a signature', () => {
    for (const t of ['Mengetahui,', 'Menyetujui', 'Kepala Instalasi SIMRS', 'Ka. Instalasi SIMRS', 'Plt. Direktur RSUD M. Natsir', 'KEPALA INSTALASI SIMRS', 'Kepala Ruang Rawat Inap', 'NIP. 19800101 200501 1 001', 'Solok, 30 November 2022', 'Dibuat oleh', 'Diperiksa oleh,', 'a.n. Direktur']) {
      expect([t, isSignatureText(t)]).toEqual([t, true]);
    }
    for (const t of ['Kepala ruang diberi tahu lewat telepon', 'Direktur meminta laporan tertulis, server diganti', 'Total blackout PLN', 'Jumlah', 'NIP pegawai tidak tampil di SIMRS']) {
      expect([t, isSignatureText(t)]).toEqual([t, false]);
    }
    expect(NOTE_RE.test('Jumlah')).toBe(true);
    expect(NOTE_RE.test('Catatan: data Oktober belum lengkap')).toBe(true);
  });
});

describe('evidenceOf: what a value proves about the day/month order', () => {
  it('reads dates with one separator, and never a time or a time range', async () => {
    const { evidenceOf } = await import('../../src/sources/date-order.js');
    expect(['21/06/2019', '6/21/2019 10:54', '05.02.2024', '2024-02-05', '5-2-24'].map(evidenceOf)).toEqual(['dmy', 'mdy', 'ambiguous', 'ymd', 'ambiguous']);
    expect(['22.00 - 01.15', '08.00 - 09.30', '13.05 s.d. 13.50', '22.00.15', '00/12/2024', 'Server down'].map(evidenceOf)).toEqual([null, null, null, null, null, null]);
  });
});

describe('DateOrderGate: year-first values settle nothing about the others', () => {
  it('reads "4/3/24" day-first (with the one warning) beside "2024/03/04", and lets "3/21/2024" decide', async () => {
    const { DateOrderGate } = await import('../../src/sources/date-order.js');
    const run = (values: string[]) => {
      const out: string[] = [];
      const gate = new DateOrderGate(undefined, (row) => out.push(row.cells.date!.dateOrder ?? '-'));
      for (const [i, v] of values.entries()) {
        const cell = { value: v, column: 'Tanggal' };
        gate.observe(2, cell);
        gate.push({ source: { file: 'f', sheet: null, row: i + 2 }, cells: { date: cell }, sectionKind: null, sectionTitle: null, extra: {} }, (f) => (f === 'date' ? 2 : -1));
      }
      return { orders: out, warnings: gate.finish().filter((x) => x.warn).length };
    };
    // (a year-first row reads the same in any order: it passes at once)
    expect(run(['2024/03/04', '4/3/24'])).toEqual({ orders: ['ymd', 'dmy'], warnings: 1 });
    expect(run(['2024/03/04', '4/3/24', '3/21/2024'])).toEqual({ orders: ['ymd', 'mdy', 'mdy'], warnings: 0 });
    expect(run(['2024/03/04', '2024/03/05'])).toEqual({ orders: ['ymd', 'ymd'], warnings: 0 });
  });
});

