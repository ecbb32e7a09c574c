// CSV and SQLite inputs: a cell over Excel's 32,767 characters or a record over 1,000,000 is
// refused with file, row and column; invisible control characters are removed with a warning.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { readSource } from '../../src/sources/index.js';
import { UserError } from '../../src/errors.js';
import { makeTempDir, writeSqlite, writeText } from '../helpers/build-files.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

const HEADER = 'No;Tanggal;Jam Mulai;Jam Selesai;Kejadian;Penyebab;Tindak Lanjut';

async function refusal(file: string): Promise<UserError> {
  const err = await readSource(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('CSV caps', () => {
  it('a cell of 32,768 characters is refused with its line and column', async () => {
    const file = writeText(tmp.path('long-cell.csv'), [HEADER, '1;09/01/2023;08.30;10.15;SIMRS mati;Switch;Ganti', `2;10/01/2023;08.30;10.15;${'x'.repeat(32_768)};Switch;Ganti`, '']);
    const err = await refusal(file);
    expect(err.message).toContain(`${file}: baris 3, kolom ke-5`);
    expect(err.message).toContain('32.767');
  });

  it('a cell of exactly 32,767 characters is accepted', async () => {
    const file = writeText(tmp.path('max-cell.csv'), [HEADER, `1;09/01/2023;08.30;10.15;${'x'.repeat(32_767)};Switch;Ganti`, '']);
    const r = await readSource(file);
    expect(r.rows).toHaveLength(1);
  });

  it('a 3 MB line is refused (the parser stops at 1,000,000 characters) with its line', async () => {
    const file = tmp.path('huge-line.csv');
    // Many short fields: no single cell is too long, the record is.
    writeFileSync(file, `${HEADER}\n1;09/01/2023;08.30;10.15;SIMRS mati;Switch;Ganti\n2;${'abcdefghi;'.repeat(300_000)}\n`);
    const err = await refusal(file);
    expect(err.message).toMatch(/sekitar baris 3/);
    expect(err.message).toContain('1.000.000 karakter');
  });

  it('an unclosed quote running to the end of a large file is refused, not held as one cell', async () => {
    const file = tmp.path('open-quote.csv');
    writeFileSync(file, `${HEADER}\n1;09/01/2023;08.30;10.15;"SIMRS mati;Switch;Ganti\n${'2;10/01/2023;08.30;10.15;teks;sebab;tindak\n'.repeat(40_000)}`);
    const err = await refusal(file);
    expect(err.message).toMatch(/sekitar baris|baris 2/);
  });

  it('control characters and U+202E are removed, each with a warning naming row and column', async () => {
    const file = writeText(tmp.path('controls.csv'), [HEADER, '1;09/01/2023;08.30;10.15;SIMRS\u0007 mati \u202Eterbalik\u202C;Switch\uFFFF;Ganti', '']);
    const r = await readSource(file);
    expect(r.rows[0]!.cells.title?.value).toBe('SIMRS mati terbalik');
    expect(r.rows[0]!.cells.cause?.value).toBe('Switch');
    const warnings = r.issues.filter((i) => i.message.includes('karakter kendali'));
    expect(warnings.map((w) => [w.row, w.column, w.severity])).toEqual([
      [2, 'Kejadian', 'warning'],
      [2, 'Penyebab', 'warning'],
    ]);
    expect(warnings[0]!.message).toContain('U+0007, U+202E, U+202C');
  });
});

describe('SQLite caps', () => {
  it('a text over 32,767 characters is refused with table, row and column', async () => {
    const file = writeSqlite(tmp.path('long.sqlite'), (db) => {
      db.exec('CREATE TABLE downtime (tgl TEXT, uraian TEXT, penyebab TEXT)');
      const ins = db.prepare('INSERT INTO downtime VALUES (?, ?, ?)');
      ins.run('2023-01-09 08:30', 'SIMRS mati', 'Switch');
      ins.run('2023-01-10 08:30', 'SIMRS mati', 'y'.repeat(40_000));
    });
    const err = await refusal(file);
    expect(err.message).toContain('tabel "downtime", baris 2, kolom "penyebab"');
    expect(err.message).toContain('32.767');
  });

  it('a row of more than 1,000,000 characters in short cells is refused', async () => {
    const file = writeSqlite(tmp.path('wide.sqlite'), (db) => {
      const cols = Array.from({ length: 40 }, (_, i) => `c${i} TEXT`).join(', ');
      db.exec(`CREATE TABLE downtime (tgl TEXT, uraian TEXT, penyebab TEXT, ${cols})`);
      db.prepare(`INSERT INTO downtime VALUES (${Array(43).fill('?').join(', ')})`).run('2023-01-09 08:30', 'SIMRS mati', 'Switch', ...Array(40).fill('z'.repeat(30_000)));
    });
    // Forty 30,000-character columns, renamed by --query so the header is recognised.
    const query = `SELECT tgl, uraian, penyebab, ${Array.from({ length: 40 }, (_, i) => `c${i} AS tindak_lanjut_${i}`).join(', ')} FROM downtime`;
    const err = await readSource(file, { query }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(UserError);
    expect(err!.message).toContain('hasil kueri, baris 1');
    expect(err!.message).toContain('1.000.000 karakter');
  });

  it('control characters in a SQLite text are removed with a warning', async () => {
    const file = writeSqlite(tmp.path('controls.sqlite'), (db) => {
      db.exec("CREATE TABLE downtime (tgl TEXT, uraian TEXT); INSERT INTO downtime VALUES ('2023-01-09 08:30', 'Server' || char(8238) || ' mati' || char(7))");
    });
    const r = await readSource(file);
    expect(r.rows[0]!.cells.title?.value).toBe('Server mati');
    expect(r.issues.some((i) => i.row === 1 && i.column === 'uraian' && i.message.includes('U+202E'))).toBe(true);
  });
});
