// The table scanner's notes and column rules follow the process language, and a column the user
// mapped stays where the user put it in either language (it was once recognised by its Indonesian rule text).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readSource } from '../../src/sources/index.js';
import { parseMapArg, toColumnMapping } from '../../src/sources/mapping.js';
import { setLanguage } from '../../src/wording/lang.js';
import { makeTempDir, writeXlsx } from '../helpers/build-files.js';

const tmp = makeTempDir('wording-table-');
afterAll(() => tmp.cleanup());
afterEach(() => setLanguage('id'));

async function log(): Promise<string> {
  return writeXlsx(tmp.path('signed.xlsx'), (wb) => {
    const ws = wb.addWorksheet('Okt');
    ws.addRow(['Kejadian', 'Waktu', 'Lama (menit)']);
    ws.addRow(['Server SIMRS mati', '5 Oktober 2022', 30]);
    ws.addRow([]);
    ws.addRow(['Mengetahui,']);
    ws.addRow(['Kepala Instalasi SIMRS']);
  });
}

const read = async (lang: 'id' | 'en') => {
  setLanguage(lang);
  return readSource(await log(), { mapping: toColumnMapping(parseMapArg('start=Waktu')) });
};

describe('table scanner wording', () => {
  it('keeps a mapped column where the user put it, in Indonesian and in English', async () => {
    for (const lang of ['id', 'en'] as const) {
      const r = await read(lang);
      const b = r.sheets[0]!.mapping?.find((c) => c.header === "Waktu");
      expect(b?.field, lang).toBe('start');
    }
  });

  it('notes the signature block in the language people read', async () => {
    const id = await read('id');
    expect(id.issues.map((i) => i.message)).toContain(
      'blok tanda tangan/catatan di bawah tabel: baris ini dan baris sesudahnya bukan data (sampai ada baris judul kolom baru)',
    );
    const en = await read('en');
    expect(en.issues.map((i) => i.message)).toContain(
      'signature/notes block under the table: this row and the rows after it are not data (until a new header row starts)',
    );
    expect(en.rows).toHaveLength(1);
  });
});
