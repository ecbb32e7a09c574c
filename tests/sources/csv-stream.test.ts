// The CSV reader streams the file in pieces: characters and line ends cut by a piece boundary,
// quoted cells spanning lines, an encoding decided by a byte far into the file — all read as if
// the file had been decoded whole. The expected values are built here, next to the file.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { readSource } from '../../src/sources/index.js';
import { makeTempDir } from '../helpers/build-files.js';

const tmp = makeTempDir();
afterAll(() => tmp.cleanup());

// Multi-byte UTF-8 (2, 3 and 4 bytes) of uneven lengths, so pieces of 64 KB and 1 MB cut them.
const WORDS = ['Gangguan', 'jaringan', 'é', 'ñañ', '—', '“kutip”', 'Ωμέγα', '日本語', '😀', 'Rp1.000', 'ß'];

function title(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length];
  return `Kejadian ${i} ${w(0)} ${w(1)}${'x'.repeat(i % 13)} ${w(2)}`;
}

describe('csv streaming', () => {
  it('a 2 MB UTF-8 log with CRLF, a letterhead and quoted cells over two lines: every row, every character, every line number', async () => {
    const lines = ['LOG DOWNTIME;;;', 'RSUD CONTOH;;;', ';;;', 'No;Tanggal;Jam Mulai;Lama;Kejadian'];
    const expected: { row: number; title: string }[] = [];
    let line = lines.length;
    for (let i = 1; i <= 30_000; i++) {
      const t = i % 50 === 0 ? `${title(i)}\nbaris kedua` : title(i);
      const day = String(1 + (i % 28)).padStart(2, '0');
      lines.push(`${i};${day}/03/2023;08.30;${5 + (i % 30)} menit;${t.includes('\n') || t.includes(';') ? `"${t}"` : t}`);
      expected.push({ row: line + 1, title: t });
      line += t.split('\n').length;
    }
    const p = tmp.path('big.csv');
    writeFileSync(p, `${lines.join('\r\n')}\r\n`);
    const rows: { row: number; title: string }[] = [];
    const r = await readSource(p, { onRow: (raw) => rows.push({ row: raw.source.row, title: String(raw.cells.title?.value) }) });
    expect(r.rowCount).toBe(30_000);
    expect(r.issues.filter((i) => /UTF-8/.test(i.message))).toEqual([]);
    expect(rows).toEqual(expected);
  });

  it('Windows-1252 decided by one byte past the first megabyte: warned, and the whole file read as Windows-1252', async () => {
    const lines = ['Tanggal;Jam;Kejadian'];
    for (let i = 1; i <= 40_000; i++) lines.push(`${1 + (i % 28)}/3/2023;08.30;Kejadian nomor ${i} di ruang server`);
    lines.push('1/4/2023;22.00;Server \x96 \x93mati\x94');
    const p = tmp.path('ansi-late.csv');
    writeFileSync(p, Buffer.from(`${lines.join('\n')}\n`, 'latin1'));
    const titles: string[] = [];
    const r = await readSource(p, { onRow: (raw) => titles.push(String(raw.cells.title?.value)) });
    expect(r.issues.some((i) => /bukan UTF-8/.test(i.message))).toBe(true);
    expect(titles).toHaveLength(40_001);
    expect(titles.at(-1)).toBe('Server – “mati”');
  });

  it('UTF-16 with a BOM over many pieces, and a CR-only file', async () => {
    const lines = ['Tanggal\tKejadian\tLama'];
    for (let i = 1; i <= 20_000; i++) lines.push(`${1 + (i % 28)}/3/2023\t${title(i)}\t${i % 60} menit`);
    const p = tmp.path('unicode.txt');
    writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf16le')]));
    const titles: string[] = [];
    await readSource(p, { onRow: (raw) => titles.push(String(raw.cells.title?.value)) });
    expect(titles).toEqual(Array.from({ length: 20_000 }, (_, k) => title(k + 1)));

    const cr = tmp.path('mac.csv');
    writeFileSync(cr, `${lines.slice(0, 5_000).join('\r').replace(/\t/g, ';')}\r`);
    const got: number[] = [];
    await readSource(cr, { onRow: (raw) => got.push(raw.source.row) });
    expect(got).toEqual(Array.from({ length: 4_999 }, (_, k) => k + 2));
  });
});
