// `downtime report` as a user runs it: needs `npm run build` first (npm test does it).
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { pdfText } from '../helpers/pdf.js';

const SAMPLE = 'data/log-downtime-rsud-m-natsir.xlsx';
const AT = '2026-11-25T09:00:00+07:00';

describe('downtime report', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = tempDir('downtime-report-');
    db = join(dir, 'store.sqlite');
    const r = runCli(['import', SAMPLE, '--db', db]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('writes the monthly PDF and workbook and lists them as JSON', () => {
    const out = join(dir, 'out');
    const r = runCli(['report', '--db', db, '--month', '2022-10', '--out', out, '--generated-at', AT, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const files = JSON.parse(r.stdout).files as { file: string; format: string; period: string }[];
    expect(files.map((f) => f.file)).toEqual([join(out, 'laporan-downtime-2022-10.pdf'), join(out, 'laporan-downtime-2022-10.xlsx')]);
    for (const f of files) expect(existsSync(f.file)).toBe(true);
    const text = pdfText(files[0]!.file).replace(/\s+/g, ' ');
    expect(text).toContain('Periode Oktober 2022');
    expect(text).toContain('ISP cinox dan indihome down');
    expect(text).toContain('BPJS down');
    // No temporary files left behind.
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is reproducible with --generated-at', () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    for (const out of [a, b]) expect(runCli(['report', '--db', db, '--quarter', '2022-Q4', '--format', 'pdf,xlsx', '--out', out, '--generated-at', AT]).code).toBe(0);
    // The workbook too: its zip entries carry the generation date, not the clock.
    for (const name of ['laporan-downtime-2022-Q4.pdf', 'laporan-downtime-2022-Q4.xlsx']) {
      expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
    }
  });

  it('writes one report per month plus the year with --each-month', () => {
    const out = join(dir, 'each');
    const r = runCli(['report', '--db', db, '--year', '2022', '--each-month', '--format', 'pdf', '--out', out, '--generated-at', AT, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const names = (JSON.parse(r.stdout).files as { file: string }[]).map((f) => f.file.slice(out.length + 1));
    expect(names).toHaveLength(13);
    expect(names[0]).toBe('laporan-downtime-2022-01.pdf');
    expect(names[11]).toBe('laporan-downtime-2022-12.pdf');
    expect(names[12]).toBe('laporan-downtime-2022.pdf');
  });

  it('refuses bad options with exit code 1 and a message that says what to do', () => {
    const bad = runCli(['report', '--db', db, '--month', '2022-10', '--format', 'docx', '--out', join(dir, 'x')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--format');
    const each = runCli(['report', '--db', db, '--month', '2022-10', '--each-month', '--out', join(dir, 'x')]);
    expect(each.code).toBe(1);
    expect(each.stderr).toContain('--each-month');
    const when = runCli(['report', '--db', db, '--month', '2022-10', '--generated-at', 'kemarin', '--out', join(dir, 'x')]);
    expect(when.code).toBe(1);
    expect(when.stderr).toContain('--generated-at');
    const nodb = runCli(['report', '--db', join(dir, 'none.sqlite'), '--month', '2022-10', '--out', join(dir, 'x')]);
    expect(nodb.code).toBe(3); // a missing store is a missing file
    expect(nodb.stderr).toContain('downtime import');
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('an English report does not overwrite the Indonesian one', () => {
    const out = join(dir, 'bilingual');
    for (const lang of ['id', 'en']) expect(runCli(['report', '--db', db, '--month', '2022-10', '--lang', lang, '--out', out, '--generated-at', AT]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'laporan-downtime-2022-10-en.pdf',
      'laporan-downtime-2022-10-en.xlsx',
      'laporan-downtime-2022-10.pdf',
      'laporan-downtime-2022-10.xlsx',
    ]);
    expect(pdfText(join(out, 'laporan-downtime-2022-10-en.pdf'))).toMatch(/Period October 2022|October 2022/);
  });

  it('reports a missing profile as a file error (exit 3)', () => {
    const r = runCli(['report', '--db', db, '--month', '2022-10', '--profile', join(dir, 'nope.yaml'), '--out', join(dir, 'y')]);
    expect(r.code).toBe(3);
  });
});
