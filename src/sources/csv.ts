// CSV and other delimited text. Excel in an Indonesian locale writes ';', elsewhere ','; "Unicode
// Text" is UTF-16 with tabs. Every value stays text (a typed "=HYPERLINK(…)" is not a formula);
// rows are numbered by the line they start on, as a text editor shows them.
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { ExitCode, UserError } from '../errors.js';
import type { Issue } from '../types.js';
import { cleanText, MAX_CELL_CHARS, MAX_RECORD_CHARS } from './cells.js';
import { headerFields } from './headers.js';
import type { Progress } from './progress.js';
import { TableScanner, type RowSink, type ScanCell, type ScanChoices } from './table.js';
import type { TableReadResult } from './xlsx.js';

export const DELIMITERS = [';', ',', '\t', '|'] as const;

/** Bytes → text: BOMs honoured, UTF-8 when valid, else Windows-1252 (old Excel "CSV" on Windows). */
export function decodeText(buf: Buffer): { text: string; encoding: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be' };
  // Same text as a fatal TextDecoder (the BOM was handled above), at a fraction of its time and as a
  // one-byte string when the file is ASCII.
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
  return { text: decodeWindows1252(buf), encoding: 'windows-1252' };
}

// 0x80–0x9F of Windows-1252 (Node 20's TextDecoder turns them into C1 control characters, so an
// en dash typed in Excel, "22.00 – 02.15", became unreadable). Undefined bytes stay U+FFFD.
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/** Windows-1252 bytes → text; 0xA0–0xFF equal Latin-1. */
export function decodeWindows1252(buf: Buffer): string {
  let out = '';
  for (const b of buf) out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
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
 * Records of `text`, streamed. csv-parse builds an error object for every record whose length
 * differs from the first one's when `relax_column_count` is on; a one-field letterhead line above
 * the table made that every row (5 s and 500 MB at 100,000 rows). So the lines above the header
 * are parsed on their own, and the table from its header line on.
 */
async function* records(text: string, delimiter: string, headerLine: number): AsyncGenerator<Record_> {
  const parts: [string, number][] = [];
  if (headerLine > 0) {
    let at = 0;
    for (let n = 0; n < headerLine; n++) at = text.indexOf('\n', at) + 1;
    parts.push([text.slice(0, at), 0], [text.slice(at), headerLine]);
  } else parts.push([text, 0]);
  for (const [chunk, offset] of parts) {
    if (!chunk) continue;
    const parser = parse({ delimiter, ...PARSE_OPTIONS });
    // Fed in slices so the parser's output is consumed as it goes, not all held at once.
    const feed = (async () => {
      for (let k = 0; k < chunk.length; k += 1 << 16) {
        if (!parser.write(chunk.slice(k, k + (1 << 16)))) await new Promise((r) => parser.once('drain', r));
      }
      parser.end();
    })();
    feed.catch(() => undefined);
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
  return new UserError(
    `${file}: baris ${line}, kolom ke-${col}: teks ${length.toLocaleString('id-ID')} karakter, lebih dari ${MAX_CELL_CHARS.toLocaleString('id-ID')} karakter (batas Excel untuk satu sel). Berkas ditolak; periksa tanda kutip yang tidak ditutup atau pendekkan teksnya.`,
  );
}

/** The file's text, decoded; its bytes are garbage as soon as this returns. */
function readText(path: string, file: string): { text: string; encoding: string } {
  try {
    return decodeText(readFileSync(path));
  } catch (err) {
    throw new UserError(`${file}: berkas tidak dapat dibaca (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { exitCode: ExitCode.io });
  }
}

export async function readCsv(path: string, file: string, progress: Progress, rows: RowSink = [], choices: ScanChoices = {}): Promise<TableReadResult> {
  const issues: Issue[] = [];
  const decoded = readText(path, file);
  if (decoded.encoding === 'windows-1252') {
    issues.push({
      severity: 'warning',
      file,
      sheet: null,
      row: null,
      column: null,
      value: null,
      message: "berkas bukan UTF-8; dibaca sebagai Windows-1252 — periksa huruf khusus, atau simpan dari Excel sebagai 'CSV UTF-8'",
    });
  }
  // One line ending for the parser and for the values (a quoted cell keeps "\n", not "\r\n").
  let text = decoded.text.replace(/\r\n?/g, '\n');
  // Only the normalised text is kept: the file's bytes and the text as decoded (17 MB each for a
  // 100,000-row log) would otherwise stay alive until the whole read is done.
  decoded.text = '';
  if (text.trim() === '') throw new UserError(`${file}: berkas CSV kosong`);

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
    for await (const r of records(text, delimiter, headerLine)) {
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
    if (err instanceof UserError) throw err;
    const e = err as Error & { lines?: number; code?: string };
    const where = e.lines ? ` (sekitar baris ${e.lines})` : '';
    const why =
      e.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'tanda kutip (") dibuka tetapi tidak ditutup'
        : e.code === 'CSV_MAX_RECORD_SIZE'
          ? `satu baris berisi lebih dari ${MAX_RECORD_CHARS.toLocaleString('id-ID')} karakter (batas satu baris log; periksa tanda kutip yang tidak ditutup). Berkas ditolak.`
          : e.message;
    throw new UserError(`${file}: CSV tidak dapat dibaca${where}: ${why}`);
  }
  progress.done();
  const report = scanner.finish();
  if (!report.recognised) {
    const name = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
    throw new UserError(
      `${file}: tidak ada tabel log downtime yang dikenali (pemisah kolom ${name}). ` +
        'Baris judul kolom perlu memuat Kejadian/Deskripsi atau Tanggal/Waktu, ditambah satu kolom lain seperti No, Lama, atau Penyebab.',
      { issues },
    );
  }
  return { rows, issues, sheets: [report] };
}
