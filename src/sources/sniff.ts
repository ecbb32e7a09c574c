// Which reader a file needs, decided by its first bytes; the extension only sharpens the message
// when the two disagree (a CSV renamed .xlsx, an HTML page saved as .xls by a web app).
import { closeSync, openSync, readSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { IMPORT } from '../wording/import.js';
import { errnoWords } from '../util/fs.js';
import { readZipDirectory, type ZipEntry } from './zip.js';

export type SourceKind = 'xlsx' | 'xls' | 'csv' | 'sqlite';

export interface Sniffed {
  kind: SourceKind;
  /** The xlsx's ZIP directory, already read for validation. */
  zipEntries?: ZipEntry[];
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function ioError(file: string, err: NodeJS.ErrnoException): UserError {
  const W = IMPORT().sniff;
  const message =
    err.code === 'ENOENT' ? W.notFound(file) : err.code === 'EACCES' || err.code === 'EPERM' ? W.noPermission(file) : W.unreadable(file, errnoWords(err));
  return new UserError(message, { exitCode: ExitCode.io });
}

function readHead(file: string, length: number): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw ioError(file, err as NodeJS.ErrnoException);
  }
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Text when it has a UTF-16 BOM, or no NUL byte in the first 8 KB. */
export function looksLikeText(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  return !head.includes(0);
}

type TextContent = 'html' | 'xml2003' | 'text';

function describeText(head: Buffer): TextContent {
  const t = head.toString('utf8').replace(/^\ufeff/, '').trimStart().slice(0, 2000).toLowerCase();
  if (t.startsWith('<!doctype html') || t.startsWith('<html') || /<table[\s>]/.test(t)) return 'html';
  if (t.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
  return 'text';
}

function zipKind(file: string, entries: ZipEntry[]): Sniffed {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx', zipEntries: entries };
  const W = IMPORT().sniff;
  if (names.has('xl/workbook.bin')) throw new UserError(W.xlsb(file));
  if (names.has('mimetype') || names.has('content.xml')) throw new UserError(W.ods(file));
  const what = [...names].some((n) => n.startsWith('word/'))
    ? W.zipContent.word
    : [...names].some((n) => n.startsWith('ppt/'))
      ? W.zipContent.powerpoint
      : W.zipContent.zip;
  throw new UserError(W.notWorkbook(file, what));
}

/** Decides the reader; every refusal is a UserError naming the file and what it really is. */
export function sniffSource(file: string): Sniffed {
  const W = IMPORT().sniff;
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new UserError(W.directory(file), { exitCode: ExitCode.io });
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw ioError(file, err as NodeJS.ErrnoException);
  }
  if (size === 0) throw new UserError(W.empty(file));
  const head = readHead(file, 8192);
  const ext = extname(file).toLowerCase();

  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) {
    let dir: ReturnType<typeof readZipDirectory>;
    try {
      dir = readZipDirectory(file);
    } catch (err) {
      throw ioError(file, err as NodeJS.ErrnoException);
    }
    if (!dir.ok) {
      throw new UserError(W.damagedZip(file, dir.reason));
    }
    return zipKind(file, dir.entries);
  }

  if (head.length >= 8 && head.subarray(0, 8).equals(CFB_MAGIC)) {
    // An .xlsx with a password is an OLE container too; say so rather than "convert the .xls".
    if (size <= 64 * 1024 * 1024 && readFileSync(file).includes(ENCRYPTED_PACKAGE)) {
      throw new UserError(W.encrypted(file));
    }
    return { kind: 'xls' };
  }

  if (head.length >= 16 && head.subarray(0, 16).equals(SQLITE_MAGIC)) return { kind: 'sqlite' };

  if (head.subarray(0, 5).toString('latin1') === '%PDF-') {
    throw new UserError(W.pdf(file));
  }

  if (!looksLikeText(head)) {
    throw new UserError(W.unknownBinary(file));
  }

  const content = describeText(head);
  const what = W.textContent[content];
  if (ext === '.xlsx' || ext === '.xlsm') throw new UserError(W.notXlsx(file, what));
  if (ext === '.xls') throw new UserError(W.notXls(file, what));
  if (ext === '.sqlite' || ext === '.sqlite3' || ext === '.db') throw new UserError(W.notSqlite(file, what));
  if (content !== 'text') throw new UserError(W.notCsv(file, what));
  return { kind: 'csv' };
}
