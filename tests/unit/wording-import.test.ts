// The import side speaks the process language: the same small log, read in Indonesian and in
// English, gives the same problems in the same places, each in its own words.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../src/sources/index.js';
import { sniffSource } from '../../src/sources/sniff.js';
import { normaliseRows } from '../../src/normalise/normalise.js';
import { parseMapArg, parseDateOrder } from '../../src/sources/mapping.js';
import { classify, classifierNote, classifyCategory, classifyRecord, classifyScope } from '../../src/classify/classify.js';
import { CATEGORY_LABELS } from '../../src/classify/categories.js';
import { loadRules } from '../../src/classify/rules.js';
import { guessColumn } from '../../src/sources/columns.js';
import { setLanguage } from '../../src/wording/lang.js';
import { IMPORT } from '../../src/wording/import.js';
import { makeTempDir, writeXlsx } from '../helpers/build-files.js';
import { runCli, tempDir } from '../helpers/cli.js';
import type { Issue } from '../../src/types.js';

const tmp = makeTempDir('wording-import-');
afterAll(() => tmp.cleanup());
afterEach(() => setLanguage('id'));

/** A log with a date that does not exist (31 Februari) and a Tuesday that is a Wednesday. */
async function badDateLog(): Promise<string> {
  return writeXlsx(tmp.path('bad-date.xlsx'), (wb) => {
    const ws = wb.addWorksheet('Okt');
    ws.addRow(['No', 'Kejadian', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Keterangan Foto']);
    ws.addRow([1, 'Server SIMRS mati', '31 Februari 2022', '08.00', '09.00', 'ada']);
    ws.addRow([2, 'Jaringan putus', 'Selasa, 5 Oktober 2022', '10.00', '10.30', 'ada']);
    ws.addRow([3, 'Printer macet', '6 Oktober 2022', '25.00', '', '']);
  });
}

async function problems(file: string): Promise<Issue[]> {
  const read = await readSource(file);
  return [...read.issues, ...normaliseRows(read.rows, { timeZone: 'Asia/Jakarta', defaultYear: null }).issues];
}

const messageAt = (issues: Issue[], row: number, column: RegExp) => issues.find((i) => i.row === row && column.test(i.column ?? ''))?.message;

describe('import messages in the process language', () => {
  it('keeps the Indonesian wording by default', async () => {
    const issues = await problems(await badDateLog());
    expect(messageAt(issues, 2, /^C/)).toBe('tanggal 31 tidak ada di bulan Februari 2022');
    expect(messageAt(issues, 3, /^C/)).toBe('hari Selasa tidak cocok dengan 5 Oktober 2022 (hari Rabu); periksa tanggalnya');
    expect(messageAt(issues, 4, /^D/)).toBe('jam 25 tidak ada pada "25.00" (jam harus 00–23)');
    expect(issues.find((i) => i.row === 2)?.column).toBe('C (Tanggal)');
  });

  it('says the same problems in English with --lang en', async () => {
    setLanguage('en');
    const issues = await problems(await badDateLog());
    expect(messageAt(issues, 2, /^C/)).toBe('day 31 does not exist in February 2022');
    expect(messageAt(issues, 3, /^C/)).toBe('Tuesday does not match 5 October 2022 (a Wednesday); check the date');
    expect(messageAt(issues, 4, /^D/)).toBe('hour 25 does not exist in "25.00" (hours are 00–23)');
    expect(issues.find((i) => i.row === 2)?.column).toBe('C (Date)');
    expect(issues.every((i) => !/tidak|tanggal|kolom/.test(i.message))).toBe(true);
  });

  it('refuses a file without a log table in the process language', async () => {
    const file = await writeXlsx(tmp.path('no-log.xlsx'), (wb) => {
      const ws = wb.addWorksheet('Pegawai');
      ws.addRow(['Nama', 'Alamat']);
      ws.addRow(['Budi', 'Solok']);
    });
    await expect(readSource(file)).rejects.toThrow(`${file}: tidak ada tabel log downtime yang dikenali di sheet mana pun ("Pegawai").`);
    setLanguage('en');
    await expect(readSource(file)).rejects.toThrow(`${file}: no downtime log table recognised in any sheet ("Pegawai"). Run "downtime inspect"`);
    await expect(readSource(file, { sheets: ['Okt'] })).rejects.toThrow(`${file}: no sheet "Okt". Sheets in the workbook: "Pegawai"`);
  });

  it('refuses a missing file and a bad --map/--date-order in English', async () => {
    setLanguage('en');
    expect(() => sniffSource(join(tmp.dir, 'absent.xlsx'))).toThrow(/absent\.xlsx: file not found$/);
    expect(() => parseMapArg('titel=Keterangan')).toThrow('--map: "titel" is not a field name. Known fields: title, date,');
    expect(() => parseMapArg('title')).toThrow('--map: "title" must be field=Column Header');
    // a header with a comma reads whole (the line `inspect` prints for "Hari, Tanggal")
    expect(parseMapArg('no=No,date=Hari, Tanggal;title=Kejadian').columns).toEqual([
      { field: 'no', column: 'No' },
      { field: 'date', column: 'Hari, Tanggal' },
      { field: 'title', column: 'Kejadian' },
    ]);
    expect(() => parseDateOrder('dd/mm')).toThrow('--date-order must be dmy, mdy or ymd (got: "dd/mm")');
    setLanguage('id');
    expect(() => parseDateOrder('dd/mm')).toThrow('--date-order harus dmy, mdy atau ymd (diterima: "dd/mm")');
  });

  it('explains a header guess in the process language (inspect prints it)', () => {
    expect(guessColumn('Pukul Normal')?.rule).toBe('kata "pukul" + "normal" (selesai)');
    expect(guessColumn('Tanggal')?.rule).toBe('nama kolom dikenal');
    setLanguage('en');
    expect(guessColumn('Pukul Normal')?.rule).toBe('word "pukul" + "normal" (end)');
    expect(guessColumn('Tanggal')?.rule).toBe('known column name');
    expect(guessColumn('Menit')?.rule).toBe('unit "menit" (duration in minutes)');
  });

  it('stores the classifier reasons in Indonesian, lists its notes in the process language, and recognises them in both', () => {
    const rules = loadRules();
    const inc = {
      source: { file: 'x.xlsx', sheet: 'Okt', row: 2 },
      title: 'Sesuatu terjadi',
      start: { iso: '2022-10-01', precision: 'day' as const, ms: 0 },
      end: null,
      durationMinutes: null,
      cause: '',
      followUp: '',
      pic: null,
      unit: null,
      extra: {},
      statedKind: null,
      statedCategory: null,
      warnings: [],
    };
    const id = classify(inc, rules);
    expect(id.warnings[0]).toBe('Jenis ditebak: tidak terencana (tidak ada kolom jenis, judul bagian, atau kata kunci; dianggap tidak terencana)');
    setLanguage('en');
    // What is stored does not follow --lang: the record is the hospital's, in Indonesian.
    const en = classifyRecord(inc, rules);
    expect(en.incident).toEqual(id);
    expect(en.notes('en')[0]).toBe('Kind guessed: unplanned (no kind column, section title or keyword; taken as unplanned)');
    expect(en.notes('id')).toEqual(id.warnings);
    expect(classify(inc, rules, 'en').warnings).toEqual(en.notes('en'));
    expect(classifyCategory(inc, rules, 'en').reason).toBe('no category keyword matched');
    expect(classifyScope(inc, 'other', rules, 'en').reason).toBe('no sign of an external cause');
    expect([...id.warnings, ...en.notes('en')].map(classifierNote)).toEqual(['kindGuessed', 'categoryUnknown', 'kindGuessed', 'categoryUnknown']);
    expect(classifierNote('Tanggal: tahun tidak ditulis')).toBeNull();
    expect(CATEGORY_LABELS.network).toEqual({ id: 'Jaringan/internet', en: 'Network/internet' });
  });

  it('has the same labels the classifier notes start with', () => {
    for (const lang of ['id', 'en'] as const) {
      const W = IMPORT.in(lang).classify;
      expect(W.kindGuessed('x', 'y').startsWith(`${W.kindGuessedLabel}:`)).toBe(true);
      expect(W.categoryUnknown('y').startsWith(`${W.categoryUnknownLabel}:`)).toBe(true);
    }
  });
});

// `import` and `inspect` take no --lang option (yet): DOWNTIME_LANG is how a clerk asks for English.
describe('the built CLI with DOWNTIME_LANG=en', () => {
  it('import prints the bad date in English, and in Indonesian without the option', async () => {
    const file = await badDateLog();
    const dir = tempDir();
    const en = runCli(['import', file, '--db', join(dir, 'en.db')], { DOWNTIME_LANG: 'en' });
    expect(en.stderr + en.stdout).toContain('ERROR');
    expect(en.stderr + en.stdout).toContain('column C (Date) ("31 Februari 2022"): day 31 does not exist in February 2022');
    const id = runCli(['import', file, '--db', join(dir, 'id.db')]);
    expect(id.stderr + id.stdout).toContain('kolom C (Tanggal) ("31 Februari 2022"): tanggal 31 tidak ada di bulan Februari 2022');
  });

  it('inspect explains the columns in English under DOWNTIME_LANG=en', async () => {
    const file = await badDateLog();
    const r = runCli(['inspect', file], { DOWNTIME_LANG: 'en' });
    expect(r.stdout + r.stderr).toContain('known column name');
    expect(r.stdout + r.stderr).not.toContain('nama kolom dikenal');
  });

  it('refuses an empty file in English', () => {
    const file = tmp.path('empty.csv');
    writeFileSync(file, '');
    const r = runCli(['import', file, '--db', join(tempDir(), 'x.db')], { DOWNTIME_LANG: 'en' });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('the file is empty (0 bytes)');
  });
});
