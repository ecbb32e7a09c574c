// CSV and other delimited text. Excel in an Indonesian locale writes ';', elsewhere ','; "Unicode
// Text" is UTF-16 with tabs. Every value stays text (a typed "=HYPERLINK(…)" is not a formula);
// rows are numbered by the line they start on, as a text editor shows them.
import { READER } from '../wording/reader.js';
import { errnoWords } from '../util/fs.js';
import { isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import { ExitCode, UserError } from '../errors.js';
import type { Issue } from '../types.js';
import { cleanText, MAX_CELL_CHARS, MAX_RECORD_CHARS } from './cells.js';
import { headerFields } from './headers.js';
import type { Progress } from './progress.js';
import { TableScanner, type RowSink, type ScanCell, type ScanChoices } from './table.js';
import type { TableReadResult } from './xlsx.js';

export const DELIMITERS = [';', ',', '\t', '|'] as const;

// 0x80–0x9F of Windows-1252 (Node 20's TextDecoder turns them into C1 control characters, so an
// en dash typed in Excel, "22.00 – 02.15", became unreadable). Undefined bytes stay U+FFFD.
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/** Windows-1252 bytes → text; 0xA0–0xFF equal Latin-1. */
export function decodeWindows1252(buf: Buffer): string {
  const latin1 = buf.toString('latin1');
  return /[\x80-\x9f]/.test(latin1) ? latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : latin1;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Whether the whole file is valid UTF-8, read in 1 MB pieces (a multi-byte character cut by a
 * piece boundary is carried to the next): decodeText's test without holding the file.
 */
function isUtf8File(fd: number, from: number): boolean {
  const PIECE = 1 << 20;
  const buf = Buffer.allocUnsafe(PIECE + 4);
  let carry = 0;
  let pos = from;
  for (;;) {
    const got = readSync(fd, buf, carry, PIECE, pos);
    pos += got;
    const len = carry + got;
    if (got === 0) return isUtf8(buf.subarray(0, len));
    let k = len - 1;
    let back = 0;
    while (k > 0 && back < 3 && (buf[k]! & 0xc0) === 0x80) {
      k--;
      back++;
    }
    const cut = buf[k]! >= 0xc0 ? k : len;
    if (!isUtf8(buf.subarray(0, cut))) return false;
    buf.copy(buf, 0, cut, len);
    carry = len - cut;
  }
}

/** The file's encoding, as decodeText decides it, and how many BOM bytes to skip. */
function sniffEncoding(path: string): { encoding: Encoding; skip: number } {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(3);
    const n = readSync(fd, head, 0, 3, 0);
    if (n >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
    if (n >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
    if (n >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
    return { encoding: isUtf8File(fd, 0) ? 'utf-8' : 'windows-1252', skip: 0 };
  } finally {
    closeSync(fd);
  }
}

/** Bytes → text, piece by piece, in the file's encoding. */
function textDecoder(encoding: Encoding): { write(b: Buffer): string; end(): string } {
  if (encoding === 'windows-1252') return { write: decodeWindows1252, end: () => '' };
  if (encoding === 'utf-8') {
    const d = new StringDecoder('utf8');
    return { write: (b) => d.write(b), end: () => d.end() };
  }
  const d = new TextDecoder(encoding);
  return { write: (b) => d.decode(b, { stream: true }), end: () => d.decode() };
}

/**
 * The file's text in pieces, decoded, with one line ending (a quoted cell keeps "\n", not "\r\n"):
 * a CR at the end of a piece waits for the next one, which may start with its LF.
 */
async function* textPieces(path: string, encoding: Encoding, skip: number): AsyncGenerator<string> {
  const dec = textDecoder(encoding);
  let cr = false;
  const lf = (t: string): string => {
    let u = cr ? `\r${t}` : t;
    cr = u.endsWith('\r');
    if (cr) u = u.slice(0, -1);
    return u.indexOf('\r') < 0 ? u : u.replace(/\r\n?/g, '\n');
  };
  for await (const chunk of createReadStream(path, { start: skip, highWaterMark: 1 << 16 })) {
    const t = lf(dec.write(chunk as Buffer));
    if (t) yield t;
  }
  const t = lf(dec.end()) + (cr ? '\n' : '');
  if (t) yield t;
}

interface Record_ {
  record: string[];
  info: { lines: number };
}

// max_record_size: csv-parse stops collecting a record past this many characters, so a 100 MB
// line (or an unclosed quote swallowing the rest of the file) is refused, not held whole.
const PARSE_OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: MAX_RECORD_CHARS } as const;

/**
 * The line a record ends on, counted here rather than with csv-parse's `info` (which copies its
 * state into two new objects per record): with empty lines kept and CRLF already made LF, every
 * record is one line plus the line breaks inside its quoted fields.
 */
function linesIn(record: string[]): number {
  let n = 1;
  for (const f of record) for (let at = f.indexOf('\n'); at >= 0; at = f.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * Records of the text (`head`, then the pieces of `rest`), streamed. csv-parse builds an error
 * object for every record whose length differs from the first one's when `relax_column_count` is
 * on; a one-field letterhead line above the table made that every row (5 s and 500 MB at 100,000
 * rows). So the lines above the header (all inside `head`) are parsed on their own, and the table
 * from its header line on.
 */
async function* records(head: string, rest: AsyncIterator<string>, delimiter: string, headerLine: number): AsyncGenerator<Record_> {
  let at = 0;
  for (let n = 0; n < headerLine; n++) at = head.indexOf('\n', at) + 1;
  const parts: [string, boolean, number][] = headerLine > 0 ? [[head.slice(0, at), false, 0], [head.slice(at), true, headerLine]] : [[head, true, 0]];
  for (const [first, more, offset] of parts) {
    const parser = parse({ delimiter, ...PARSE_OPTIONS });
    const write = async (t: string) => {
      // In slices so the parser's output is consumed as it goes, not all held at once.
      for (let k = 0; k < t.length; k += 1 << 16) {
        if (!parser.write(t.slice(k, k + (1 << 16)))) await new Promise((r) => parser.once('drain', r));
      }
    };
    const feed = (async () => {
      await write(first);
      if (more) for (let r = await rest.next(); !r.done; r = await rest.next()) await write(r.value);
      parser.end();
    })();
    // A read error ends the records with that error (the loop below would wait forever).
    feed.catch((err: unknown) => parser.destroy(err as Error));
    if (!first && !more) continue;
    let lines = offset;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        lines += linesIn(record);
        yield { record, info: { lines } };
      }
      await feed;
    } catch (err) {
      const e = err as { lines?: number };
      if (typeof e.lines === 'number') e.lines += offset;
      throw err;
    }
  }
}

/**
 * The delimiter under which a header row is recognised with the most columns; failing that, the
 * one that splits the first lines into the most fields. Lines are split naively (quotes ignored):
 * header lines rarely hold quotes, and a broken quote further down must not hide the delimiter.
 */
export function detectDelimiter(text: string): string {
  return detectLayout(text).delimiter;
}

/** The delimiter, and the 0-based line of the first header row under it (0 when none is seen). */
export function detectLayout(text: string): { delimiter: string; headerLine: number } {
  // The header is in the first lines; a 100 MB first line must not be split into cells here.
  const lines = text.slice(0, 2 * MAX_RECORD_CHARS).split('\n', 200);
  let best: { d: string; score: number; line: number } = { d: ',', score: -1, line: 0 };
  for (const d of DELIMITERS) {
    let score = 0;
    let line = 0;
    for (const [n, l] of lines.entries()) {
      const cells = l.split(d).map((v, i) => ({ col: i + 1, value: cleanText(v.replace(/^\s*"|"\s*$/g, '')) }));
      const fields = headerFields(cells);
      if (fields) {
        score = 1000 + fields.size;
        line = n;
        break;
      }
    }
    if (score === 0) {
      const widths = lines.map((l) => l.split(d).length).filter((n) => n > 1).sort((a, b) => a - b);
      score = widths.length ? (widths[Math.floor(widths.length / 2)] ?? 0) : 0;
    }
    if (score > best.score) best = { d, score, line };
  }
  return { delimiter: best.d, headerLine: best.score >= 1000 ? best.line : 0 };
}

/** A cell longer than Excel allows: the file is refused, as the xlsx reader does. */
function tooLong(file: string, line: number, col: number, length: number): UserError {
  return new UserError(READER().csv.tooLong(file, line, col, length, MAX_CELL_CHARS));
}

function unreadable(file: string, err: unknown): UserError {
  return new UserError(READER().csv.unreadable(file, errnoWords(err)), { exitCode: ExitCode.io });
}

/** Text the header is looked for in (detectLayout reads no further). */
const HEAD_CHARS = 2 * MAX_RECORD_CHARS;
const HEAD_LINES = 200;

export async function readCsv(path: string, file: string, progress: Progress, rows: RowSink = [], choices: ScanChoices = {}): Promise<TableReadResult> {
  const issues: Issue[] = [];
  // The file is streamed, never held whole: its encoding is decided first (a BOM, else whether
  // every byte is UTF-8), then its text read in pieces.
  let sniffed: { encoding: Encoding; skip: number };
  try {
    sniffed = sniffEncoding(path);
  } catch (err) {
    throw unreadable(file, err);
  }
  if (sniffed.encoding === 'windows-1252') {
    issues.push({
      severity: 'warning',
      file,
      sheet: null,
      row: null,
      column: null,
      value: null,
      message: READER().csv.notUtf8,
    });
  }
  const pieces = textPieces(path, sniffed.encoding, sniffed.skip);
  const next = async (): Promise<IteratorResult<string>> => {
    try {
      return await pieces.next();
    } catch (err) {
      throw unreadable(file, err);
    }
  };
  // The first lines, for the delimiter and the header (and the "empty file" check).
  let text = '';
  let lineCount = 0;
  let blank = true;
  let ended = false;
  while (!ended && (blank || (text.length < HEAD_CHARS && lineCount < HEAD_LINES))) {
    const r = await next();
    if (r.done) ended = true;
    else {
      text += r.value;
      blank &&= r.value.trim() === '';
      for (let at = r.value.indexOf('\n'); at >= 0; at = r.value.indexOf('\n', at + 1)) lineCount++;
    }
  }
  if (blank) throw new UserError(READER().csv.empty(file));
  const rest: AsyncIterator<string> = { next };

  // Excel's own hint line: "sep=;". Blanked, not removed, so line numbers stay true.
  let delimiter: string | null = null;
  const sep = /^sep=(.)[ \t]*(\n|$)/i.exec(text);
  if (sep) {
    delimiter = sep[1] ?? null;
    const nl = text.indexOf('\n');
    text = nl >= 0 ? text.slice(nl) : '';
  }
  const layout = detectLayout(text);
  // "sep=;" blanked the first line: the header cannot be there.
  const headerLine = delimiter != null && layout.delimiter !== delimiter ? 0 : layout.headerLine;
  delimiter ??= layout.delimiter;

  const scanner = new TableScanner({ file, sheet: null, columnLabel: 'header', issues, rows, mapping: choices.mapping, dateOrder: choices.dateOrder });
  let line = 0;
  try {
    for await (const r of records(text, rest, delimiter, headerLine)) {
      const startLine = line + 1;
      line = r.info.lines;
      progress.tick();
      const cells: ScanCell[] = [];
      const record = r.record;
      for (let i = 0; i < record.length; i++) {
        if (record[i]!.length > MAX_CELL_CHARS) throw tooLong(file, startLine, i + 1, record[i]!.length);
        const value = cleanText(record[i]!);
        if (value !== null) cells.push({ col: i + 1, value });
      }
      scanner.push({ row: startLine, cells });
    }
  } catch (err) {
    // The file stream is not needed any more (a parse error leaves it waiting).
    void pieces.return(undefined).catch(() => undefined);
    if (err instanceof UserError) throw err;
    const e = err as Error & { lines?: number; code?: string };
    const W = READER().csv;
    const where = e.lines ? W.aroundLine(e.lines) : '';
    const why = e.code === 'CSV_QUOTE_NOT_CLOSED' ? W.quoteNotClosed : e.code === 'CSV_MAX_RECORD_SIZE' ? W.recordTooLong(MAX_RECORD_CHARS) : e.message;
    throw new UserError(W.cannotParse(file, where, why));
  }
  progress.done();
  const report = scanner.finish();
  if (!report.recognised) {
    const name = delimiter === '\t' ? READER().csv.tab : `"${delimiter}"`;
    throw new UserError(READER().csv.noTable(file, name), { issues });
  }
  return { rows, issues, sheets: [report] };
}
