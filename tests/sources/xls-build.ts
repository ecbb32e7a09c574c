// Builds small BIFF8 workbooks and OLE2 containers byte by byte for the .xls reader's unit tests:
// each record type, and the damaged shapes (FAT cycles, huge sizes) no real writer produces.

export function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
export function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
export function f64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(n);
  return b;
}

export function rec(type: number, ...parts: Buffer[]): Buffer {
  const data = Buffer.concat(parts);
  return Buffer.concat([u16(type), u16(data.length), data]);
}

/** Characters of an XLUnicodeString body: flag byte + 8-bit (latin1) or 16-bit text. */
export function chars(s: string, wide = /[^\x00-\xff]/.test(s)): Buffer {
  return Buffer.concat([Buffer.from([wide ? 1 : 0]), Buffer.from(s, wide ? 'utf16le' : 'latin1')]);
}
/** XLUnicodeString: 16-bit length, flags, characters. */
export function ustr(s: string, wide?: boolean): Buffer {
  return Buffer.concat([u16(s.length), chars(s, wide)]);
}

export const bof = (dt: number, version = 0x0600): Buffer => rec(0x0809, u16(version), u16(dt), Buffer.alloc(12));
export const eof = (): Buffer => rec(0x000a);
const cellHead = (row: number, col: number, xf: number): Buffer => Buffer.concat([u16(row), u16(col), u16(xf)]);
export const labelSst = (row: number, col: number, i: number, xf = 0): Buffer => rec(0x00fd, cellHead(row, col, xf), u32(i));
export const label = (row: number, col: number, s: string, xf = 0): Buffer => rec(0x0204, cellHead(row, col, xf), ustr(s));
export const number = (row: number, col: number, n: number, xf = 0): Buffer => rec(0x0203, cellHead(row, col, xf), f64(n));
export const rk = (row: number, col: number, raw: number, xf = 0): Buffer => rec(0x027e, cellHead(row, col, xf), u32(raw));
export const boolerr = (row: number, col: number, v: number, isError: boolean, xf = 0): Buffer => rec(0x0205, cellHead(row, col, xf), Buffer.from([v, isError ? 1 : 0]));
/** FORMULA with an 8-byte cached result and a one-token formula (tInt 1). */
export const formula = (row: number, col: number, result: Buffer, xf = 0): Buffer => rec(0x0006, cellHead(row, col, xf), result, u16(0), u32(0), u16(3), Buffer.from([0x1e, 1, 0]));
export const specialResult = (type: number, value = 0): Buffer => Buffer.from([type, 0, value, 0, 0, 0, 0xff, 0xff]);
export const format = (id: number, code: string): Buffer => rec(0x041e, u16(id), ustr(code));
export const xf = (ifmt: number): Buffer => rec(0x00e0, u16(0), u16(ifmt), Buffer.alloc(16));

export interface SheetSpec {
  name: string;
  /** 0 visible, 1 hidden, 2 very hidden. */
  state?: number;
  /** 0 worksheet, 2 chart. */
  kind?: number;
  records: Buffer[];
}

/** A Workbook stream: BOF, the globals, BOUNDSHEETs pointing at each sheet's BOF…EOF, EOF. */
export function workbookStream(globals: Buffer[], sheets: SheetSpec[], version = 0x0600): Buffer {
  const bound = (offset: number, s: SheetSpec) => rec(0x0085, u32(offset), Buffer.from([s.state ?? 0, s.kind ?? 0, s.name.length]), chars(s.name));
  const head = (offsets: number[]) => Buffer.concat([bof(5, version), ...globals, ...sheets.map((s, i) => bound(offsets[i] ?? 0, s)), eof()]);
  const bodies = sheets.map((s) => Buffer.concat([bof(0x10, version), ...s.records, eof()]));
  let off = head(sheets.map(() => 0)).length;
  const offsets = bodies.map((b) => {
    const o = off;
    off += b.length;
    return o;
  });
  return Buffer.concat([head(offsets), ...bodies]);
}

const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

export interface CfbTweaks {
  /** Replace FAT entries after layout: [sector, value]. */
  fat?: [number, number][];
  /** Override a stream's declared size. */
  size?: Record<string, number>;
  /** Point the first stream entry's right sibling back at itself (a directory cycle). */
  dirCycle?: boolean;
}

/**
 * An OLE2 compound file (version 3, 512-byte sectors) holding `streams` at the top level. The
 * mini-stream cutoff is written as 0 so every stream lives in regular sectors; the reader honours
 * the header's cutoff (the real fixtures cover the mini stream).
 */
export function compoundFile(streams: Record<string, Buffer>, t: CfbTweaks = {}): Buffer {
  const names = Object.keys(streams);
  const S = 512;
  const dirSectors = Math.ceil((names.length + 1) / 4);
  const fat: number[] = [FATSECT];
  for (let i = 0; i < dirSectors; i++) fat.push(i === dirSectors - 1 ? ENDOFCHAIN : fat.length + 1);
  const starts: number[] = [];
  const data: Buffer[] = [];
  for (const n of names) {
    const b = streams[n]!;
    const count = Math.max(1, Math.ceil(b.length / S));
    starts.push(fat.length);
    for (let i = 0; i < count; i++) fat.push(i === count - 1 ? ENDOFCHAIN : fat.length + 1);
    const padded = Buffer.alloc(count * S);
    b.copy(padded);
    data.push(padded);
  }
  if (fat.length > 128) throw new Error('test container too large');
  for (const [sec, v] of t.fat ?? []) fat[sec] = v;
  const fatSector = Buffer.alloc(S, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v >>> 0, i * 4));

  const dir = Buffer.alloc(dirSectors * S);
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const o = i * 128;
    dir.write(name, o, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, o + 0x40);
    dir[o + 0x42] = type;
    dir[o + 0x43] = 1;
    dir.writeUInt32LE(0xffffffff, o + 0x44);
    dir.writeUInt32LE(right >>> 0, o + 0x48);
    dir.writeUInt32LE(child >>> 0, o + 0x4c);
    dir.writeUInt32LE(start >>> 0, o + 0x74);
    dir.writeUInt32LE(size >>> 0, o + 0x78);
  };
  entry(0, 'Root Entry', 5, names.length ? 1 : 0xffffffff, 0xffffffff, ENDOFCHAIN, 0);
  names.forEach((n, i) => {
    const right = t.dirCycle && i === 0 ? 1 : i + 1 < names.length ? i + 2 : 0xffffffff;
    entry(i + 1, n, 2, 0xffffffff, right, starts[i]!, t.size?.[n] ?? streams[n]!.length);
  });

  const header = Buffer.alloc(S);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(0, 0x38);
  header.writeUInt32LE(ENDOFCHAIN, 0x3c);
  header.writeUInt32LE(0, 0x40);
  header.writeUInt32LE(ENDOFCHAIN, 0x44);
  header.writeUInt32LE(0, 0x48);
  header.fill(0xff, 0x4c);
  header.writeUInt32LE(0, 0x4c);
  return Buffer.concat([header, fatSector, dir, ...data]);
}
