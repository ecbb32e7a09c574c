// Packing every workbook the tool writes (the report's, the pack's action register) once, with
// node's own zlib. exceljs packs with JSZip, whose deflate is pure JavaScript: the report's workbook
// was compressed by it, unpacked again to set the default font (report/workbook.ts) and compressed
// a second time — ≈ 60 ms of a monthly report. packWorkbook asks exceljs to store its entries
// uncompressed, lets the caller change a part, and writes every entry deflated by zlib with one
// fixed DOS date/time (reproducible bytes, as kit/zip-times.ts gives the DOCX).
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { dosDateTime } from './zip-times.js';

export interface ZipPart {
  name: string;
  data: Buffer;
}

/** What packWorkbook needs of an exceljs Workbook (the kit does not load exceljs itself). */
export interface XlsxWriter {
  xlsx: { writeBuffer(options: { zip: { compression: 'STORE' } }): Promise<unknown> };
}

/**
 * The workbook's bytes: every entry deflated once by zlib and dated `at`; `edit` may replace a
 * part's bytes on the way (the report sets its default font in xl/styles.xml).
 */
export async function packWorkbook(wb: XlsxWriter, at: Date, edit: (part: ZipPart) => Buffer = (p) => p.data): Promise<Buffer> {
  // exceljs's single-file build returns its own Buffer polyfill (a Uint8Array): viewed as a Node Buffer.
  const out = (await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as Uint8Array;
  const parts = readZipParts(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
  return writeZip(parts.map((p) => ({ name: p.name, data: edit(p) })), at);
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of an archive in their central-directory order: stored or deflated, no zip64, no
 * encryption (what JSZip writes). Anything else is an error — it is our own library's output.
 */
export function readZipParts(zip: Buffer): ZipPart[] {
  let eocd = -1;
  for (let o = zip.length - 22; o >= Math.max(0, zip.length - 22 - 0xffff); o--)
    if (zip.readUInt32LE(o) === EOCD) {
      eocd = o;
      break;
    }
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let o = zip.readUInt32LE(eocd + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(o) !== CENTRAL) throw new Error('zip: broken central directory');
    const flags = zip.readUInt16LE(o + 8);
    const method = zip.readUInt16LE(o + 10);
    const size = zip.readUInt32LE(o + 20);
    const nameLength = zip.readUInt16LE(o + 28);
    const name = zip.toString(flags & 0x800 ? 'utf8' : 'latin1', o + 46, o + 46 + nameLength);
    const local = zip.readUInt32LE(o + 42);
    if (zip.readUInt32LE(local) !== LOCAL || flags & 1) throw new Error(`zip: unreadable entry ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`zip: entry ${name} uses method ${method}`);
    parts.push({ name, data: method === 0 ? raw : inflateRawSync(raw) });
    o += 46 + nameLength + zip.readUInt16LE(o + 30) + zip.readUInt16LE(o + 32);
  }
  return parts;
}

interface EntryFields {
  utf8: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc: number;
  packed: number;
  size: number;
  nameLength: number;
}

/** The fields a local header and its central-directory entry share, in the same order, from `at`. */
function writeEntryFields(b: Buffer, at: number, f: EntryFields): void {
  b.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  b.writeUInt16LE(f.utf8, at + 2);
  b.writeUInt16LE(f.method, at + 4);
  b.writeUInt16LE(f.dosTime, at + 6);
  b.writeUInt16LE(f.dosDate, at + 8);
  b.writeUInt32LE(f.crc, at + 10);
  b.writeUInt32LE(f.packed, at + 14);
  b.writeUInt32LE(f.size, at + 18);
  b.writeUInt16LE(f.nameLength, at + 22);
}

/** A zip of `parts`, every entry deflated by zlib and dated `at` (UTC, as the other documents). */
export function writeZip(parts: ZipPart[], at: Date): Buffer {
  const { dosDate, dosTime } = dosDateTime(at);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const utf8 = /[^\x20-\x7e]/.test(part.name) ? 0x800 : 0;
    // A folder entry ("_rels/", as JSZip writes them) or an empty file is stored, with nothing to pack.
    const folder = part.name.endsWith('/');
    const method = part.data.length === 0 ? 0 : 8;
    const packed = method === 8 ? deflateRawSync(part.data) : part.data;
    const crc = crc32(part.data) >>> 0;
    const fields = { utf8, method, dosTime, dosDate, crc, packed: packed.length, size: part.data.length, nameLength: name.length };
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LOCAL, 0);
    writeEntryFields(head, 4, fields);
    chunks.push(head, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(CENTRAL, 0);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    writeEntryFields(entry, 6, fields);
    entry.writeUInt32LE(folder ? 0x10 : 0, 38); // MS-DOS attributes: a folder, or a plain file
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += head.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}
