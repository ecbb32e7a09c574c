import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { readSource } from '../../src/sources/index.js';
import { sniffSource } from '../../src/sources/sniff.js';
import { ExitCode, UserError } from '../../src/errors.js';
import { addSeedSheet, makeTempDir, writeSqlite, writeXlsx } from '../helpers/build-files.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

async function userError(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe('sniffSource', () => {
  it('content decides, not the extension', async () => {
    const x = await writeXlsx(tmp.path('a.xlsx'), (wb) => addSeedSheet(wb));
    copyFileSync(x, tmp.path('a-renamed.csv'));
    expect(sniffSource(tmp.path('a-renamed.csv')).kind).toBe('xlsx');
    const r = await readSource(tmp.path('a-renamed.csv'));
    expect(r.kind).toBe('xlsx');
    expect(r.rows).toHaveLength(5);
    writeSqlite(tmp.path('b.data'), (db) => db.exec('CREATE TABLE t (tanggal TEXT, kejadian TEXT)'));
    expect(sniffSource(tmp.path('b.data')).kind).toBe('sqlite');
    writeFileSync(tmp.path('c.txt'), 'Tanggal,Kejadian\n');
    expect(sniffSource(tmp.path('c.txt')).kind).toBe('csv');
  });

  it('a missing file is an I/O UserError; a folder and an empty file are refused', async () => {
    const missing = await userError(readSource(tmp.path('tidak-ada.xlsx')));
    expect(missing.message).toBe(`${tmp.path('tidak-ada.xlsx')}: berkas tidak ditemukan`);
    expect(missing.exitCode).toBe(ExitCode.io);
    mkdirSync(tmp.path('folder.xlsx'));
    expect((await userError(readSource(tmp.path('folder.xlsx')))).exitCode).toBe(ExitCode.io);
    writeFileSync(tmp.path('nol.csv'), '');
    expect((await userError(readSource(tmp.path('nol.csv')))).message).toMatch(/berkas kosong/);
  });

  it('names what a mislabelled file really is', async () => {
    writeFileSync(tmp.path('export.xls'), '<html><body><table><tr><td>No</td></tr></table></body></html>');
    expect((await userError(readSource(tmp.path('export.xls')))).message).toMatch(/export\.xls: bukan berkas Excel \.xls yang sebenarnya \(isi berkas berupa halaman HTML/);
    writeFileSync(tmp.path('log.db'), 'tanggal,kejadian\n');
    expect((await userError(readSource(tmp.path('log.db')))).message).toMatch(/log\.db: bukan basis data SQLite \(isi berkas berupa teks\)/);
    writeFileSync(tmp.path('scan.xlsx'), '%PDF-1.4\n%\u00e2\u00e3\n');
    expect((await userError(readSource(tmp.path('scan.xlsx')))).message).toMatch(/berkas PDF tidak dapat diimpor/);
    writeFileSync(tmp.path('bin.csv'), Buffer.from([1, 2, 0, 0, 5, 6]));
    expect((await userError(readSource(tmp.path('bin.csv')))).message).toMatch(/jenis berkas tidak dikenali/);
  });

  it('--table on a non-SQLite file is a warning, not silently ignored', async () => {
    const r = await readSource(tmp.path('a.xlsx'), { table: 'x' });
    expect(r.issues[0]!.message).toMatch(/--table\/--query diabaikan/);
  });
});
