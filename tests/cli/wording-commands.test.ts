// The commands speak the reader's language (issue #8): option help, summaries, tables and refusals
// come from the keyed tables, English with DOWNTIME_LANG=en or --lang en, Indonesian otherwise.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';

const SAMPLE = 'data/log-downtime-rsud-m-natsir.xlsx';
const EN = { DOWNTIME_LANG: 'en' };
const ID = { DOWNTIME_LANG: '' };

describe('command wording in Indonesian and English', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = tempDir();
    db = join(dir, 'store.sqlite');
  });

  it('option help and examples follow DOWNTIME_LANG', () => {
    const en = runCli(['import', '--help'], EN);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Import the valid rows and list the ones that are not');
    expect(en.stdout).toContain('Import the sample Excel log');
    expect(en.stdout).toContain('Import downtime logs from .xlsx');
    expect(en.stdout).not.toContain('Impor baris yang valid');
    const id = runCli(['import', '--help'], ID);
    expect(id.stdout).toContain('Impor baris yang valid, daftar baris yang tidak');
    expect(id.stdout).toContain('Impor log Excel contoh');
    expect(id.stdout).not.toContain('Import the valid rows');
    // One shared entry, read by every command that has the option.
    expect(runCli(['stats', '--help'], EN).stdout).toContain('JSON output on stdout');
  });

  it('import summary, stats and list are English with DOWNTIME_LANG=en, Indonesian without', () => {
    const imported = runCli(['import', SAMPLE, '--db', db], EN);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('how the columns are read —');
    expect(imported.stdout).toMatch(/5 incidents added/);
    expect(imported.stdout).toContain(`Database: ${db}`);
    expect(imported.stdout).not.toMatch(/baris dibaca|Basis data:/);

    const en = runCli(['stats', '--db', db, '--lang', 'en', '--now', '2023-01-01T00:00:00Z'], ID);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Period length (T)');
    expect(en.stdout).toContain('Cause category');
    expect(en.stdout).toMatch(/Unplanned \(D\)\s+3 incidents, /);
    expect(en.stdout).not.toMatch(/Periode|kejadian|menit/);

    const id = runCli(['stats', '--db', db, '--now', '2023-01-01T00:00:00Z'], ID);
    expect(id.stdout).toContain('Lama periode (T)');
    expect(id.stdout).toMatch(/Tidak terencana \(D\)\s+3 kejadian, /);
    expect(id.stdout).toContain('Kategori penyebab');

    const list = runCli(['list', '--db', db], EN);
    expect(list.stdout).toMatch(/^ID\s+Kind\s+Start/);
    expect(list.stdout).toContain('5 incidents; 1 with warnings (!) — see --json.');
    expect(runCli(['list', '--db', db], ID).stdout).toContain('5 insiden; 1 dengan peringatan (!) — lihat --json.');
  });

  it('refusals are English too, and still name the value', () => {
    const en = runCli(['undo', 'abc', '--db', db], EN);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('Not an import number: "abc". See the numbers with: downtime batches');
    const id = runCli(['undo', 'abc', '--db', db], ID);
    expect(id.stderr).toContain('Nomor impor tidak valid: "abc". Lihat nomornya dengan: downtime batches');
    const edit = runCli(['edit', '1', '--db', db, '--kind', 'planned'], EN);
    expect(edit.stderr).toContain('Give the reason for the correction: --reason');
  });

  it('an attestation refused twice says when in hospital time, not as a UTC instant', () => {
    const store = join(dir, 'attest.sqlite');
    expect(runCli(['attest', '--db', store, '--month', '2023-08', '--none', '--by', 'Budi'], ID).code).toBe(0);
    const again = runCli(['attest', '--db', store, '--month', '2023-08', '--none', '--by', 'Budi'], ID);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Bulan 2023-08 sudah dinyatakan nihil oleh Budi \(\d{1,2} \w+ \d{4} \d{2}\.\d{2} WIB\)\./);
    expect(again.stderr).not.toMatch(/\d{2}:\d{2}:\d{2}(\.\d+)?Z/);
    const en = runCli(['attest', '--db', store, '--month', '2023-08', '--none', '--by', 'Budi'], EN);
    expect(en.stderr).toMatch(/2023-08 was already attested as having no downtime by Budi \(\d{1,2} \w+ \d{4}, \d{2}:\d{2} WIB\)\./);
  });

  it('init with a file as --dir is a refusal in words, not a bug with a stack', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const args = ['init', '--dir', file, '--name', 'RSUD SEHAT', '--short-name', 'RSUD Sehat', '--city', 'Padang', '--province', 'PROVINSI SUMATERA BARAT', '--director', 'dr. A', '--head', 'B', '--yes'];
    const id = runCli(args, ID);
    expect(id.code).toBe(1);
    expect(id.stderr).toContain(`downtime init: ${file} adalah berkas, bukan folder; pilih folder lain dengan --dir`);
    expect(id.stderr).not.toMatch(/ENOTDIR|EEXIST|bug/);
    expect(runCli(args, EN).stderr).toContain(`downtime init: ${file} is a file, not a folder`);
  });
});
