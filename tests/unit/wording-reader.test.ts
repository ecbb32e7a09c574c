// The readers' refusals follow the process language; the Indonesian stays as it was.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { readSource } from '../../src/sources/index.js';
import { setLanguage } from '../../src/wording/lang.js';
import { makeTempDir } from '../helpers/build-files.js';

const tmp = makeTempDir('wording-reader-');
afterAll(() => tmp.cleanup());
afterEach(() => setLanguage('id'));

const refusal = async (file: string) => readSource(file).then(() => 'read', (e: Error) => e.message);

describe('reader refusals', () => {
  it('an empty CSV, in both languages', async () => {
    const file = tmp.path('kosong.csv');
    writeFileSync(file, '\n\n');
    expect(await refusal(file)).toMatch(/berkas CSV kosong$/);
    setLanguage('en');
    expect(await refusal(file)).toMatch(/the CSV file is empty$/);
  });

  it('a CSV with no log table, in both languages', async () => {
    const file = tmp.path('bukan-log.csv');
    writeFileSync(file, 'Nama;Alamat\nBudi;Solok\n');
    expect(await refusal(file)).toContain('tidak ada tabel log downtime yang dikenali (pemisah kolom ";")');
    setLanguage('en');
    expect(await refusal(file)).toContain('no downtime log table recognised (column separator ";")');
  });

  it('a damaged xlsx, in both languages', async () => {
    const file = tmp.path('rusak.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)]));
    expect(await refusal(file)).toMatch(/rusak atau terpotong/);
    setLanguage('en');
    expect(await refusal(file)).toMatch(/damaged or cut short/);
  });
});
