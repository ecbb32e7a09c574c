// What is stored is the record's language (Indonesian), whoever ran the import or the edit; what the
// terminal says follows --lang. The same log, imported with --lang en and with --lang id into two
// stores, must give the same stored incidents, while the two imports print different words.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { makeTempDir, writeText } from '../helpers/build-files.js';
import { runCli } from '../helpers/cli.js';

const tmp = makeTempDir('stored-language-');
afterAll(() => tmp.cleanup());

/**
 * Every kind of stored text an import makes: normaliser warnings (wrong weekday, bare minutes,
 * duration mismatch, year from the row above, unknown duration), the placeholder title, the
 * classifier's reasons and its guesses (kind from a keyword, no category keyword).
 */
function smallLog(): string {
  return writeText(tmp.path('log.csv'), [
    'No,Kejadian,Tanggal,Jam Mulai,Jam Selesai,Durasi,Penyebab',
    '1,Sesuatu terjadi,"Selasa, 5 Oktober 2022",10.00,10.30,45,tidak jelas',
    '2,,6 Oktober 2022,07.00,,,',
    '3,Pemeliharaan server,7 Oktober,08.00,09.00,,harddisk rusak',
  ]);
}

interface Listed {
  id: number;
  title: string;
  kindReason: string;
  categoryReason: string;
  warnings: string[];
}

const list = (db: string): Listed[] => JSON.parse(runCli(['list', '--json', '--db', db]).stdout) as Listed[];

describe('stored texts do not follow --lang', () => {
  it('stores the same Indonesian reasons and warnings from an import run in English', () => {
    const file = smallLog();
    const dbId = join(tmp.dir, 'id.db');
    const dbEn = join(tmp.dir, 'en.db');
    const id = runCli(['import', file, '--db', dbId, '--lang', 'id']);
    const en = runCli(['import', file, '--db', dbEn, '--lang', 'en']);
    expect(id.code).toBe(0);
    expect(en.code).toBe(0);

    // The terminal follows --lang …
    const saidEn = en.stdout + en.stderr;
    const saidId = id.stdout + id.stderr;
    expect(saidEn).toContain('Kind guessed: unplanned');
    expect(saidEn).toContain('Tuesday does not match 5 October 2022 (a Wednesday)');
    expect(saidEn).toContain('title set to "Downtime tanpa keterangan"');
    expect(saidEn).not.toContain('Jenis ditebak');
    expect(saidId).toContain('Jenis ditebak: tidak terencana');
    expect(saidId).toContain('hari Selasa tidak cocok dengan 5 Oktober 2022 (hari Rabu)');

    // … the store does not.
    const stored = (db: string) => list(db).map(({ title, kindReason, categoryReason, warnings }) => ({ title, kindReason, categoryReason, warnings }));
    const fromEn = stored(dbEn);
    expect(fromEn).toEqual(stored(dbId));
    expect(fromEn).toHaveLength(3);
    expect(fromEn[1]!.title).toBe('Downtime tanpa keterangan');
    expect(fromEn[0]!.warnings).toEqual([
      'Tanggal: hari Selasa tidak cocok dengan 5 Oktober 2022 (hari Rabu); periksa tanggalnya',
      'Lama: durasi "45" tanpa satuan dibaca sebagai menit',
      'Lama: lama tertulis 45 menit berbeda dengan selisih jam mulai–selesai (30 menit); dipakai 30 menit',
      'Jenis ditebak: tidak terencana (tidak ada kolom jenis, judul bagian, atau kata kunci; dianggap tidak terencana)',
      'Kategori penyebab tidak dikenali: tidak ada kata kunci kategori yang cocok',
    ]);
    expect(fromEn[2]!.kindReason).toMatch(/^kata kunci terencana "pemeliharaan" pada judul/);
    expect(fromEn[2]!.warnings).toContain('Tanggal: tahun tidak ditulis; dipakai 2022 dari baris bertanggal di atasnya');
  });

  it('stores a correction reason as "dikoreksi: …" from an edit run in English, and says it in English', () => {
    const db = join(tmp.dir, 'edit.db');
    expect(runCli(['import', smallLog(), '--db', db]).code).toBe(0);
    const r = runCli(['edit', '1', '--kind', 'planned', '--reason', 'jadwal pemeliharaan', '--by', 'Budi', '--db', db, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Incident 1: Kind "Unplanned" → "Planned" (correction #1, by Budi)');
    const shown = JSON.parse(runCli(['show', '1', '--json', '--db', db]).stdout) as { incident: Listed };
    expect(shown.incident.kindReason).toBe('dikoreksi: jadwal pemeliharaan');
  });
});
