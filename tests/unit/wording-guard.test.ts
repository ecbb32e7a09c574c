// Every text a person reads comes from src/wording/: no Indonesian words written straight into an
// error, an issue, a help description or a line on the terminal anywhere else (the rule is in
// tests/helpers/wording-guard.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findIndonesianLiterals, indonesianVocabulary, sourceFiles, type Finding } from '../helpers/wording-guard.js';

const ROOT = resolve('.');
const SRC = resolve('src');
const WORDING = resolve('src/wording');
const vocabulary = indonesianVocabulary(sourceFiles(WORDING, ''));

const scan = (): Finding[] => sourceFiles(SRC, WORDING).flatMap((f) => findIndonesianLiterals(f, readFileSync(f, 'utf8'), vocabulary, ROOT));

describe('no Indonesian messages outside src/wording/', () => {
  it('knows Indonesian from the tables (and not English or codes)', () => {
    for (const w of ['berkas', 'dengan', 'sudah', 'baris', 'kolom', 'impor']) expect(vocabulary.has(w)).toBe(true);
    for (const w of ['file', 'the', 'downtime', 'replace', 'unsupported', 'json']) expect(vocabulary.has(w)).toBe(false);
  });

  it('finds a literal in each message position, and only there', () => {
    const src = [
      "throw new UserError(`${file}: berkas tidak ada`, { exitCode: 3 });",
      "issues.push({ severity: 'warning', message: ok ? 'dipakai' : W.fine });",
      "process.stderr.write('Impor dibatalkan\\n');",
      "y.option('x', { describe: 'Basis data insiden' });",
      "console.log('baris ' + n);",
      // Not messages: a bug's Error, keys and codes passed to calls, a keyword list, a YAML text.
      "throw new Error('baris hilang');",
      "throw new UserError(W.missing(join(dir, 'aturan-klasifikasi.yaml')), { exitCode: 3 });",
      "throw new XlsFormatError('unsupported', IMPORT().xls.tooBig(5));",
      "const HEADERS = ['tanggal', 'kejadian', 'penyebab'];",
      "writeFileSync(p, 'hosts:\\n  utama: server utama\\n');",
    ].join('\n');
    const found = findIndonesianLiterals('x.ts', src, vocabulary);
    expect(found.map((f) => f.line)).toEqual([1, 2, 3, 4, 5]);
    expect(found[0]!.text).toBe('…: berkas tidak ada');
  });

  it('src/ has none', () => {
    expect(scan().map((f) => `${f.file}:${f.line}: ${JSON.stringify(f.text)}`)).toEqual([]);
  });
});
