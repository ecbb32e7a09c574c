// Where documents go: --out that is not a folder, SOP file names that cannot be a file, and a
// write failing part-way through --each-month. Each is a message without a stack.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';

const SAMPLE = 'data/log-downtime-rsud-m-natsir.xlsx';
const AT = '2026-11-25T09:00:00+07:00';
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);

let dir: string;
let db: string;
beforeAll(() => {
  dir = tempDir('downtime-out-');
  db = join(dir, 'store.sqlite');
  const r = runCli(['import', SAMPLE, '--db', db]);
  expect(r.code, r.stderr).toBe(0);
});

describe('--out that is not a folder', () => {
  for (const kind of ['a regular file', '/dev/null', 'a path under a regular file'] as const) {
    it(`report and sop refuse ${kind} with exit 1 and a message naming --out`, () => {
      const file = join(dir, 'plain.txt');
      writeFileSync(file, 'x');
      const out = kind === '/dev/null' ? '/dev/null' : kind === 'a regular file' ? file : join(file, 'sub');
      for (const args of [
        ['report', '--db', db, '--month', '2022-10', '--out', out, '--generated-at', AT],
        ['sop', '--out', out, '--generated-at', AT],
      ]) {
        const r = runCli(args);
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toContain(`--out ${out}`);
        expect(r.stderr).toContain('bukan folder');
        expect(r.stderr).not.toContain('bug');
        noStack(r.stderr);
      }
      expect(readFileSync(file, 'utf8')).toBe('x');
    });
  }
});

describe('SOP fileName', () => {
  function configWith(fileName: string): string {
    const yaml = readFileSync('data/sop/spo-takeover-server.yaml', 'utf8').replace(/^ {2}fileName: .*$/m, `  fileName: '${fileName}'`);
    expect(yaml).toContain(`fileName: '${fileName}'`);
    const f = join(dir, `sop-${fileName.length}-${fileName.slice(0, 3)}.yaml`);
    writeFileSync(f, yaml);
    return f;
  }

  for (const [what, name] of [
    ['300 characters (ENAMETOOLONG)', 'a'.repeat(300)],
    ['".." (a hidden "...pdf")', '..'],
    ['a leading dot', '.spo'],
  ] as const) {
    it(`${what} is a config error naming document.fileName, and nothing is written`, () => {
      const out = join(dir, `sop-out-${name.length}`);
      const r = runCli(['sop', '--config', configWith(name), '--out', out, '--generated-at', AT]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain('document.fileName');
      noStack(r.stderr);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    });
  }
});

describe('--each-month when a write fails part-way', () => {
  it('says which files were written completely and which were not; keeps the complete ones', () => {
    const out = join(dir, 'each');
    mkdirSync(out);
    // A folder where the March PDF goes: renaming the finished temporary file onto it fails, as
    // a full disk would fail the write (EISDIR instead of ENOSPC, same path through the code).
    mkdirSync(join(out, 'laporan-downtime-2022-03.pdf'));
    const r = runCli(['report', '--db', db, '--year', '2022', '--each-month', '--format', 'pdf', '--out', out, '--generated-at', AT]);
    expect(r.code, r.stderr).toBe(3);
    noStack(r.stderr);
    expect(r.stderr).toContain('Sudah ditulis lengkap (2):');
    expect(r.stderr).toContain(join(out, 'laporan-downtime-2022-01.pdf'));
    expect(r.stderr).toContain(join(out, 'laporan-downtime-2022-02.pdf'));
    expect(r.stderr).toContain(`Tidak ditulis: ${join(out, 'laporan-downtime-2022-03.pdf')} dan 10 berkas berikutnya`);
    expect(readdirSync(out).sort()).toEqual(['laporan-downtime-2022-01.pdf', 'laporan-downtime-2022-02.pdf', 'laporan-downtime-2022-03.pdf']);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
