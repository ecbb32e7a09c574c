// A workbook whose zip stores the worksheets before xl/workbook.xml: legal, produced now and then
// by exceljs's own writer (entry order depends on timing), and it crashed exceljs's streaming
// reader ("Cannot read properties of undefined (reading 'sheets')").
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readSource } from '../../src/sources/index.js';
import { addSeedSheet, makeTempDir, writeXlsx } from '../helpers/build-files.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

/** Rewrites the zip with shared strings and rels first and xl/workbook.xml last (python3's zipfile: on every machine, no npm dependency). */
function workbookXmlLast(src: string, dest: string): void {
  const py = `
import sys, zipfile
src, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, 'w', zipfile.ZIP_DEFLATED) as zout:
    first = ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']
    rest = [n for n in zin.namelist() if n not in first and n != 'xl/workbook.xml']
    names = [n for n in first if n in zin.namelist()] + rest + ['xl/workbook.xml']
    for n in names:
        zout.writestr(n, zin.read(n))
`;
  execFileSync('python3', ['-c', py, src, dest]);
}

describe('xlsx: zip entry order', () => {
  it('reads every sheet, with its name, when worksheets come before workbook.xml', async () => {
    const src = await writeXlsx(tmp.path('ordered.xlsx'), (wb) => {
      addSeedSheet(wb, 'Oktober');
      addSeedSheet(wb, 'November');
    });
    const file = tmp.path('worksheets-first.xlsx');
    workbookXmlLast(src, file);
    const listing = execFileSync('python3', ['-c', 'import sys,zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', file], { encoding: 'utf8' });
    const names = listing.trim().split('\n');
    expect(names.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(names.indexOf('xl/workbook.xml'));

    const r = await readSource(file);
    expect(r.sheets.map((s) => [s.sheet, s.recognised])).toEqual([
      ['Oktober', true],
      ['November', true],
    ]);
    expect(r.rows).toHaveLength(10);
    expect(r.rows[5]!.source.sheet).toBe('November');
  });
});
