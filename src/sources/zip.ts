// Just enough ZIP to check an .xlsx before exceljs sees it and to read what its streaming reader
// drops: the central directory (a file cut short has none, so we can say "terpotong" instead of
// letting the unzip stream hang or throw), small entries such as xl/workbook.xml, and the
// <mergeCell> list at the end of each worksheet.
import { openSync, readSync, closeSync, fstatSync, createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[]; fileSize: number } | { ok: false; reason: string };

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** Reads the central directory; `reason` (Indonesian) says what is wrong when it cannot. */
export function readZipDirectory(path: string): ZipDirectory {
  const fd = openSync(path, 'r');
  try {
    const fileSize = fstatSync(fd).size;
    const tailLen = Math.min(fileSize, 22 + 0xffff);
    const tail = readAt(fd, fileSize - tailLen, tailLen);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return { ok: false, reason: 'akhir arsip ZIP tidak ditemukan' };
    const count = tail.readUInt16LE(eocd + 10);
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    // ZIP64 (a workbook over 4 GB) is out of scope; let exceljs try and report its own error.
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return { ok: true, entries: [], fileSize };
    const eocdAbs = fileSize - tailLen + eocd;
    if (cdOffset + cdSize > eocdAbs) return { ok: false, reason: 'daftar isi arsip ZIP tidak utuh' };
    const cd = readAt(fd, cdOffset, cdSize);
    const entries: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN_SIG) return { ok: false, reason: 'daftar isi arsip ZIP rusak' };
      const method = cd.readUInt16LE(p + 10);
      const compressedSize = cd.readUInt32LE(p + 20);
      const size = cd.readUInt32LE(p + 24);
      const nameLen = cd.readUInt16LE(p + 28);
      const extraLen = cd.readUInt16LE(p + 30);
      const commentLen = cd.readUInt16LE(p + 32);
      const localOffset = cd.readUInt32LE(p + 42);
      const name = cd.subarray(p + 46, p + 46 + nameLen).toString('utf8');
      if (localOffset + 30 + compressedSize > cdOffset) return { ok: false, reason: `isi "${name}" melewati batas arsip` };
      entries.push({ name, method, compressedSize, size, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
    return { ok: true, entries, fileSize };
  } finally {
    closeSync(fd);
  }
}

/** A stream of an entry's uncompressed bytes (stored or deflated; anything else is refused). */
export function openEntry(path: string, entry: ZipEntry): Readable {
  const fd = openSync(path, 'r');
  let dataStart: number;
  try {
    const loc = readAt(fd, entry.localOffset, 30);
    if (loc.length < 30 || loc.readUInt32LE(0) !== LOC_SIG) throw new Error(`local header of ${entry.name} not found`);
    dataStart = entry.localOffset + 30 + loc.readUInt16LE(26) + loc.readUInt16LE(28);
  } finally {
    closeSync(fd);
  }
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new Error(`compression method ${entry.method} of ${entry.name} not supported`);
  const inflate = createInflateRaw();
  raw.on('error', (err) => inflate.destroy(err));
  return raw.pipe(inflate);
}

export async function readEntryText(path: string, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of openEntry(path, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MERGE_RE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?"/g;

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The merged ranges of a worksheet. The list sits after all the rows, so this reads the whole
 * entry once more; only a short tail is kept between chunks, so memory stays flat.
 */
export async function scanMerges(path: string, entry: ZipEntry): Promise<MergeRange[]> {
  const out: MergeRange[] = [];
  let carry = '';
  for await (const chunk of openEntry(path, entry)) {
    // latin1 is a 1:1 byte decode: cheap, and cell refs are ASCII.
    const text = carry + (chunk as Buffer).toString('latin1');
    let lastEnd = 0;
    MERGE_RE.lastIndex = 0;
    for (let m = MERGE_RE.exec(text); m; m = MERGE_RE.exec(text)) {
      const [, c1 = 'A', r1 = '1', c2, r2] = m;
      const a = { col: colNum(c1), row: Number(r1) };
      const b = c2 && r2 ? { col: colNum(c2), row: Number(r2) } : a;
      out.push({ top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) });
      lastEnd = MERGE_RE.lastIndex;
    }
    // Keep an unfinished tag for the next chunk.
    const lt = text.lastIndexOf('<');
    carry = lt >= lastEnd && text.length - lt < 512 ? text.slice(lt) : '';
  }
  return out;
}
