// BIFF8 (Excel 97–2003) records: the record stream, its strings (with the CONTINUE rules), RK
// numbers, error codes and the built-in number formats. No file access; xls-reader.ts drives it.
// Layouts follow [MS-XLS]; each reader checks lengths, so a damaged record is an XlsFormatError.

import { IMPORT } from '../wording/import.js';

/** 'unsupported': a real workbook we do not read (BIFF5, encrypted); 'damaged': broken bytes. */
export class XlsFormatError extends Error {
  constructor(
    readonly kind: 'unsupported' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'XlsFormatError';
  }
}

export const damaged = (why: string): XlsFormatError => new XlsFormatError('damaged', why);

export const RT = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  CONTINUE: 0x003c,
  DATEMODE: 0x0022,
  BOUNDSHEET: 0x0085,
  MULRK: 0x00bd,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  MERGEDCELLS: 0x00e5,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  RK: 0x027e,
  FORMAT: 0x041e,
  BOF: 0x0809,
} as const;

/** Excel refuses longer cell text; a longer declared length is a damaged or hostile file. */
export const MAX_STRING = 32_767;

export interface BiffRecord {
  type: number;
  /** Offset of the record header in the stream (BOUNDSHEET points at these). */
  offset: number;
  data: Buffer;
}

/** Records from `start` to the end of the stream (the caller stops at its EOF). */
export function* records(stream: Buffer, start = 0): Generator<BiffRecord> {
  let off = start;
  while (off + 4 <= stream.length) {
    const type = stream.readUInt16LE(off);
    const len = stream.readUInt16LE(off + 2);
    if (off + 4 + len > stream.length) throw damaged(IMPORT().biff.recordCut(type.toString(16), off));
    yield { type, offset: off, data: stream.subarray(off + 4, off + 4 + len) };
    off += 4 + len;
  }
}

/**
 * Reads across a record and its CONTINUE records. Raw bytes (headers, rich-text runs, phonetic
 * data) flow straight over a boundary; character data does not: a CONTINUE that starts inside a
 * string's characters begins with a fresh flag byte saying whether the rest is 8- or 16-bit.
 */
export class ContinuedReader {
  private chunk = 0;
  private pos = 0;
  constructor(private readonly chunks: Buffer[]) {}

  get done(): boolean {
    while (this.chunk < this.chunks.length && this.pos >= this.chunks[this.chunk]!.length) {
      this.chunk++;
      this.pos = 0;
    }
    return this.chunk >= this.chunks.length;
  }

  private byte(): number {
    if (this.done) throw damaged(IMPORT().biff.textCut);
    return this.chunks[this.chunk]![this.pos++]!;
  }

  u8(): number {
    return this.byte();
  }
  u16(): number {
    return this.byte() | (this.byte() << 8);
  }
  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skipBytes(n: number): void {
    let left = n;
    while (left > 0) {
      if (this.done) throw damaged(IMPORT().biff.richCut);
      const c = this.chunks[this.chunk]!;
      const take = Math.min(left, c.length - this.pos);
      this.pos += take;
      left -= take;
    }
  }

  /** `cch` characters, 16-bit when `high`; a new flag byte at every chunk boundary inside them. */
  chars(cch: number, high: boolean): string {
    let out = '';
    let left = cch;
    let wide = high;
    while (left > 0) {
      if (this.pos >= (this.chunks[this.chunk]?.length ?? 0)) {
        this.chunk++;
        this.pos = 0;
        if (this.chunk >= this.chunks.length) throw damaged(IMPORT().biff.textCut);
        wide = (this.byte() & 1) === 1;
        continue;
      }
      const c = this.chunks[this.chunk]!;
      const per = wide ? 2 : 1;
      const take = Math.min(left, Math.floor((c.length - this.pos) / per));
      if (take === 0) throw damaged(IMPORT().biff.splitChar);
      // Compressed BIFF8 text is UTF-16 with the zero high bytes left out: latin1 decodes it exactly.
      out += c.toString(wide ? 'utf16le' : 'latin1', this.pos, this.pos + take * per);
      this.pos += take * per;
      left -= take;
    }
    return out;
  }

  /** XLUnicodeRichExtendedString (SST): the text only; runs and phonetic data are skipped. */
  richString(): string {
    const cch = this.u16();
    const flags = this.u8();
    if (cch > MAX_STRING) throw damaged(IMPORT().biff.textTooLong(cch));
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(cch, (flags & 1) === 1);
    this.skipBytes(runs * 4);
    this.skipBytes(ext);
    return text;
  }

  /** XLUnicodeString (LABEL, STRING, FORMAT, RSTRING): 16-bit length, flags, characters. */
  unicodeString(): string {
    const cch = this.u16();
    if (cch > MAX_STRING) throw damaged(IMPORT().biff.textTooLong(cch));
    const flags = this.u8();
    return this.chars(cch, (flags & 1) === 1);
  }
}

/** The shared string table: SST record + its CONTINUE records. Never trusts the declared count. */
export function readSst(chunks: Buffer[]): string[] {
  const r = new ContinuedReader(chunks);
  r.u32();
  const unique = r.u32();
  const out: string[] = [];
  while (out.length < unique && !r.done) out.push(r.richString());
  return out;
}

/** An RK number: a 30-bit integer or the top 30 bits of a double, optionally divided by 100. */
export function decodeRk(rk: number): number {
  let v: number;
  if (rk & 2) v = rk >> 2;
  else {
    const b = Buffer.alloc(8);
    b.writeUInt32LE((rk & 0xfffffffc) >>> 0, 4);
    v = b.readDoubleLE(0);
  }
  return rk & 1 ? v / 100 : v;
}

export const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

export const errorText = (code: number): string => ERROR_TEXT[code] ?? '#N/A';

export { BUILTIN_FORMATS } from './cells.js';
