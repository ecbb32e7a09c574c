// The OLE2 compound file (MS-CFB) an .xls lives in: a little FAT file system inside one file.
// We only need the top-level streams, read whole: a BIFF workbook stream is at most the file's size.
// Every chain is followed with a visited bitmap and every size checked against the file, so a
// damaged or hostile file ends in a CfbError, never a loop or a huge allocation.

import { IMPORT } from '../wording/import.js';

/** The container is damaged (or not a compound file at all). */
export class CfbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CfbError';
  }
}

const MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;
const HEADER_DIFAT = 109;

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** Top-level entries (children of the root storage), in directory order. */
  entries: CfbEntry[];
  /** A top-level stream's bytes by case-insensitive name, or null when absent. */
  stream(name: string): Buffer | null;
}

export function isCompoundFile(buf: Buffer): boolean {
  return buf.length >= 8 && buf.subarray(0, 8).equals(MAGIC);
}

export function openCompoundFile(buf: Buffer): CompoundFile {
  const W = IMPORT().cfb;
  if (!isCompoundFile(buf)) throw new CfbError(W.notOle);
  if (buf.length < 512) throw new CfbError(W.headerCut);
  if (buf.readUInt16LE(0x1c) !== 0xfffe) throw new CfbError(W.byteOrder);
  const shift = buf.readUInt16LE(0x1e);
  const miniShift = buf.readUInt16LE(0x20);
  if ((shift !== 9 && shift !== 12) || miniShift !== 6) throw new CfbError(W.sectorSize(shift));
  const sectorSize = 1 << shift;
  const sectorCount = Math.max(0, Math.ceil((buf.length - sectorSize) / sectorSize));
  const numFat = buf.readUInt32LE(0x2c);
  const dirStart = buf.readUInt32LE(0x30);
  const miniCutoff = buf.readUInt32LE(0x38);
  const miniFatStart = buf.readUInt32LE(0x3c);
  const numMiniFat = buf.readUInt32LE(0x40);
  let difatSector = buf.readUInt32LE(0x44);
  const numDifat = buf.readUInt32LE(0x48);
  if (numFat > sectorCount || numDifat > sectorCount || numMiniFat > sectorCount) throw new CfbError(W.fatCount);

  const sectorAt = (n: number): Buffer => {
    if (n >= sectorCount) throw new CfbError(W.sectorOutside(n));
    const off = (n + 1) * sectorSize;
    // Writers may leave the last sector short; its missing bytes read as zeros (BIFF checks catch real loss).
    if (off + sectorSize > buf.length) {
      const pad = Buffer.alloc(sectorSize);
      buf.copy(pad, 0, off);
      return pad;
    }
    return buf.subarray(off, off + sectorSize);
  };

  // DIFAT: the list of FAT sectors, 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT && fatSectors.length < numFat; i++) fatSectors.push(buf.readUInt32LE(0x4c + i * 4));
  const perDifat = sectorSize / 4 - 1;
  const seenDifat = new Set<number>();
  while (fatSectors.length < numFat) {
    if (difatSector === ENDOFCHAIN || difatSector === FREESECT) throw new CfbError(W.difatCut);
    if (seenDifat.has(difatSector)) throw new CfbError(W.difatLoop);
    seenDifat.add(difatSector);
    const s = sectorAt(difatSector);
    for (let i = 0; i < perDifat && fatSectors.length < numFat; i++) fatSectors.push(s.readUInt32LE(i * 4));
    difatSector = s.readUInt32LE(perDifat * 4);
  }
  const fat = new Uint32Array(numFat * (sectorSize / 4));
  fatSectors.forEach((sec, i) => {
    const s = sectorAt(sec);
    for (let j = 0; j < sectorSize / 4; j++) fat[i * (sectorSize / 4) + j] = s.readUInt32LE(j * 4);
  });

  /** Follows a chain in `table`; a cycle or a chain longer than `limit` sectors is damage. */
  const chain = (start: number, table: Uint32Array, limit: number, what: string): number[] => {
    const out: number[] = [];
    const seen = new Uint8Array(table.length);
    for (let s = start; s !== ENDOFCHAIN; ) {
      if (s >= table.length) throw new CfbError(W.chainOutside(what));
      if (seen[s]) throw new CfbError(W.chainLoop(what));
      seen[s] = 1;
      out.push(s);
      if (out.length > limit) throw new CfbError(W.chainTooLong(what));
      s = table[s] ?? ENDOFCHAIN;
    }
    return out;
  };
  const readChain = (start: number, size: number, what: string): Buffer => {
    if (size > buf.length) throw new CfbError(W.streamTooBig(what, size));
    const sectors = chain(start, fat, sectorCount, what);
    if (sectors.length * sectorSize < size) throw new CfbError(W.streamCut(what));
    const out = Buffer.alloc(size);
    sectors.forEach((sec, i) => {
      if (i * sectorSize < size) sectorAt(sec).copy(out, i * sectorSize, 0, Math.min(sectorSize, size - i * sectorSize));
    });
    return out;
  };

  const dirSectors = chain(dirStart, fat, sectorCount, W.directory);
  const dir = Buffer.concat(dirSectors.map(sectorAt));
  const entries: (CfbEntry & { left: number; right: number; child: number })[] = [];
  for (let off = 0; off + 128 <= dir.length; off += 128) {
    const nameLen = Math.min(dir.readUInt16LE(off + 0x40), 64);
    entries.push({
      name: dir.toString('utf16le', off, off + Math.max(0, nameLen - 2)),
      type: dir[off + 0x42] ?? 0,
      left: dir.readUInt32LE(off + 0x44),
      right: dir.readUInt32LE(off + 0x48),
      child: dir.readUInt32LE(off + 0x4c),
      start: dir.readUInt32LE(off + 0x74),
      // Version 3 files leave the high 32 bits undefined; a stream past 4 GB is damage anyway.
      size: dir.readUInt32LE(off + 0x78),
    });
  }
  const root = entries[0];
  if (!root || root.type !== 5) throw new CfbError(W.noRoot);

  // The root's children form a red-black tree; walk it in order without trusting its shape.
  const top: CfbEntry[] = [];
  const visited = new Uint8Array(entries.length);
  const walk = (start: number): void => {
    const stack: number[] = [];
    let i = start;
    while (stack.length || i !== NOSTREAM) {
      if (i !== NOSTREAM) {
        if (i >= entries.length || visited[i]) throw new CfbError(W.treeLoop);
        visited[i] = 1;
        stack.push(i);
        i = entries[i]!.left;
      } else {
        const j = stack.pop()!;
        const e = entries[j]!;
        top.push({ name: e.name, type: e.type, start: e.start, size: e.size });
        i = e.right;
      }
    }
  };
  walk(root.child);

  let mini: { stream: Buffer; fat: Uint32Array } | null = null;
  const miniStream = (): { stream: Buffer; fat: Uint32Array } => {
    if (mini) return mini;
    const stream = readChain(root.start, root.size, 'mini');
    const sectors = numMiniFat ? chain(miniFatStart, fat, sectorCount, 'mini FAT') : [];
    const table = new Uint32Array(sectors.length * (sectorSize / 4));
    sectors.forEach((sec, i) => {
      const s = sectorAt(sec);
      for (let j = 0; j < sectorSize / 4; j++) table[i * (sectorSize / 4) + j] = s.readUInt32LE(j * 4);
    });
    mini = { stream, fat: table };
    return mini;
  };

  return {
    entries: top,
    stream(name) {
      const e = top.find((t) => t.type === 2 && t.name.toLowerCase() === name.toLowerCase());
      if (!e) return null;
      if (e.size >= miniCutoff) return readChain(e.start, e.size, e.name);
      const m = miniStream();
      if (e.size > m.stream.length) throw new CfbError(W.beyondMini(e.name));
      const sectors = chain(e.start, m.fat, m.fat.length, e.name);
      if (sectors.length * 64 < e.size) throw new CfbError(W.streamCut(e.name));
      const out = Buffer.alloc(e.size);
      sectors.forEach((sec, i) => {
        if (sec * 64 + 64 > m.stream.length) throw new CfbError(W.outsideMini(e.name));
        if (i * 64 < e.size) m.stream.copy(out, i * 64, sec * 64, sec * 64 + Math.min(64, e.size - i * 64));
      });
      return out;
    },
  };
}
