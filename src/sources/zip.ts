// Just enough ZIP to read an .xlsx: the central directory (a file cut short has none, so we can say
// "terpotong" instead of letting an unzip stream hang or throw) and each entry's inflated bytes,
// counted against limits so a hostile file (a zip bomb) is refused before it fills memory or disk.
import { READER } from '../wording/reader.js';
import { openSync, readSync, closeSync, fstatSync, createReadStream } from 'node:fs';
import { createInflateRaw } from 'node:zlib';
import { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import { XmlRefusal } from './xml-scan.js';

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

/** A fault of the file, not of the program: `code` tells the reader to say "rusak" (like zlib's Z_DATA_ERROR). */
function zipError(message: string): Error {
  return Object.assign(new Error(message), { code: 'ZIP_DAMAGED' });
}

/**
 * zlib's default 16 KB chunks cost 3× the CPU of inflating a 46 MB sheet in 64 KB ones (215 ms
 * against 68 ms here): the per-chunk round trip to the thread pool, not the inflating, dominated.
 */
const CHUNK_BYTES = 64 * 1024;

/** A stream of an entry's uncompressed bytes (stored or deflated; anything else is refused). */
export function openEntry(path: string, entry: ZipEntry): Readable {
  const fd = openSync(path, 'r');
  let dataStart: number;
  try {
    const loc = readAt(fd, entry.localOffset, 30);
    if (loc.length < 30 || loc.readUInt32LE(0) !== LOC_SIG) throw zipError(`local header of ${entry.name} not found`);
    dataStart = entry.localOffset + 30 + loc.readUInt16LE(26) + loc.readUInt16LE(28);
  } finally {
    closeSync(fd);
  }
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, { start: dataStart, end: dataStart + entry.compressedSize - 1, highWaterMark: CHUNK_BYTES });
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw zipError(`compression method ${entry.method} of ${entry.name} not supported`);
  const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
  raw.on('error', (err) => inflate.destroy(err));
  return raw.pipe(inflate);
}

export async function readEntryText(path: string, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of openEntry(path, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Limits on what an .xlsx may inflate to. A real 100,000-row log is ~60 MB of sheet XML; Excel's own
 * sheet limit (1,048,576 rows) is far beyond any downtime log. Counted on the bytes really
 * inflated: the sizes declared in the zip directory can lie.
 */
export interface InflateLimits {
  /** Per entry. */
  entryBytes: number;
  /** All entries of one workbook together (each counted once, however often it is read). */
  totalBytes: number;
  /** Inflated : compressed, checked once an entry has inflated more than `ratioFromBytes`. */
  ratio: number;
  ratioFromBytes: number;
}

export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
/** Sheet XML compresses about 10–30:1; deflate cannot exceed ~1030:1, which bombs use. */
export const MAX_RATIO = 200;
export const RATIO_FROM_BYTES = 16 * 1024 * 1024;
export const DEFAULT_INFLATE_LIMITS: InflateLimits = { entryBytes: MAX_ENTRY_BYTES, totalBytes: MAX_TOTAL_BYTES, ratio: MAX_RATIO, ratioFromBytes: RATIO_FROM_BYTES };

const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

/** Inflates the entries of one workbook, refusing (UserError naming `file` and the entry) past the limits. */
export class InflateGuard {
  private readonly seen = new Map<string, number>();
  private total = 0;
  constructor(
    private readonly path: string,
    private readonly file: string,
    readonly limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
  ) {}

  private refuse(entry: ZipEntry, what: string): UserError {
    return new UserError(READER().zip.part(this.file, entry.name, what));
  }

  /** The entry's inflated bytes, chunk by chunk. */
  async *chunks(entry: ZipEntry): AsyncGenerator<Buffer> {
    const { entryBytes, totalBytes, ratio, ratioFromBytes } = this.limits;
    if (entry.size > entryBytes) throw this.refuse(entry, READER().zip.declares(mb(entry.size), mb(entryBytes)));
    const before = this.seen.get(entry.name) ?? 0;
    let n = 0;
    const stream = openEntry(this.path, entry);
    try {
      for await (const chunk of stream) {
        const buf = chunk as Buffer;
        n += buf.length;
        if (n > entryBytes) throw this.refuse(entry, READER().zip.over(mb(entryBytes)));
        if (n > before && this.total + (n - before) > totalBytes) throw this.refuse(entry, READER().zip.total(mb(totalBytes)));
        if (n > ratioFromBytes && n > ratio * Math.max(1, entry.compressedSize)) {
          throw this.refuse(entry, READER().zip.ratio(ratio));
        }
        yield buf;
      }
    } finally {
      stream.destroy();
      if (n > before) {
        this.total += n - before;
        this.seen.set(entry.name, n);
      }
    }
  }

  async text(entry: ZipEntry): Promise<string> {
    const parts: Buffer[] = [];
    for await (const c of this.chunks(entry)) parts.push(c);
    return Buffer.concat(parts).toString('utf8');
  }
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A DOCTYPE or ENTITY declaration: refused in any part, never expanded (entity bombs). */
export const DECL_RE = /<!(DOCTYPE|ENTITY)/i;

/**
 * Refuses a declaration anywhere in a part read chunk by chunk — also one split between two chunks,
 * and one inside a comment, which the XML scanner skips. "<!" is rare in sheet XML (cell text
 * escapes '<'), so a chunk is searched as bytes and decoded only when it may hold one.
 */
export class DeclarationGuard {
  private seam = '';

  check(chunk: Buffer): void {
    const declared = chunk.indexOf('<!') >= 0 && DECL_RE.test(chunk.toString('latin1'));
    if (declared || DECL_RE.test(this.seam + chunk.toString('latin1', 0, 16))) throw new XmlRefusal('doctype', '<!DOCTYPE');
    this.seam = chunk.toString('latin1', Math.max(0, chunk.length - 16));
  }
}
const MERGE_RE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?"/g;

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The merged ranges of a worksheet. The list sits after all the rows and the scanner needs it
 * before them, so this reads the whole entry once more; a regex over latin1 (cell refs are ASCII)
 * is cheaper than a second parse, and only a short tail is kept between chunks.
 */
export async function scanMerges(chunks: AsyncIterable<Buffer>): Promise<MergeRange[]> {
  const out: MergeRange[] = [];
  const declarations = new DeclarationGuard();
  let carry = '';
  for await (const chunk of chunks) {
    declarations.check(chunk);
    // Nearly every chunk is cell data with no "mergeCell" in it (nor across the seam, which lies in
    // the carried tail and the chunk's first bytes): searched as bytes, not decoded. latin1 maps
    // each byte to one character, so byte and character positions agree.
    if (chunk.indexOf('mergeCell') < 0 && !(carry + chunk.toString('latin1', 0, 16)).includes('mergeCell')) {
      // The same tail as below: from the last '<' of carry + chunk, when it is near the end.
      const lt = chunk.lastIndexOf(0x3c);
      if (lt >= 0) carry = chunk.length - lt < 512 ? chunk.toString('latin1', lt) : '';
      else {
        const inCarry = carry.lastIndexOf('<');
        carry = inCarry >= 0 && carry.length + chunk.length - inCarry < 512 ? carry.slice(inCarry) + chunk.toString('latin1') : '';
      }
      continue;
    }
    const text = carry + chunk.toString('latin1');
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
