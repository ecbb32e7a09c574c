import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { readZipParts, writeZip } from '../../src/documents/kit/zip-repack.js';
import { rng } from '../helpers/rng.js';

const AT = new Date('2026-11-25T02:00:00Z');

describe('zip repack (the report workbook packed once, by zlib)', () => {
  const rnd = rng(7);
  const text = Array.from({ length: 4000 }, () => String.fromCharCode(32 + Math.floor(rnd() * 90))).join('');
  const parts = [
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: '_rels/', data: Buffer.alloc(0) },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(text.repeat(20)) },
    { name: 'xl/empty.xml', data: Buffer.alloc(0) },
    { name: 'xl/média/ünïcode.txt', data: Buffer.from('Jaringan — “ISP” putus', 'utf8') },
  ];
  const zip = writeZip(parts, AT);

  it('is read back by an independent reader (JSZip, CRC checked) entry by entry, in order', async () => {
    const read = await JSZip.loadAsync(zip, { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(parts.map((p) => p.name));
    for (const p of parts) {
      const entry = read.file(p.name) ?? read.files[p.name]!;
      if (entry.dir) {
        expect(p.name.endsWith('/')).toBe(true);
        continue;
      }
      expect(Buffer.from(await entry.async('uint8array')).equals(p.data)).toBe(true);
      // Every entry carries the generation date, in DOS time (local fields as UTC).
      expect(entry.date.getUTCFullYear()).toBe(2026);
    }
  });

  it('round-trips through its own reader, stored and deflated entries alike', async () => {
    expect(readZipParts(zip).map((p) => [p.name, p.data.toString('latin1')])).toEqual(parts.map((p) => [p.name, p.data.toString('latin1')]));
    // What exceljs hands over: a JSZip archive with every entry stored.
    const js = new JSZip();
    for (const p of parts) if (!p.name.endsWith('/')) js.file(p.name, p.data);
    const stored = await js.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const back = readZipParts(stored).filter((p) => !p.name.endsWith('/'));
    expect(back.map((p) => p.name)).toEqual(parts.filter((p) => !p.name.endsWith('/')).map((p) => p.name));
    for (const p of back) expect(p.data.equals(parts.find((q) => q.name === p.name)!.data)).toBe(true);
  });

  it('compresses (the sheet XML is far smaller than stored) and is reproducible', () => {
    expect(zip.length).toBeLessThan(deflateRawSync(parts[2]!.data).length + 2000);
    expect(writeZip(parts, AT).equals(zip)).toBe(true);
    expect(writeZip(parts, new Date('2026-11-26T02:00:00Z')).equals(zip)).toBe(false);
  });

  it('refuses what is not an archive', () => {
    expect(() => readZipParts(Buffer.from('not a zip at all, just text'))).toThrow(/end of central directory/);
  });
});
