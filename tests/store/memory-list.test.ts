// Issue 11: `list` (text) streams — two passes over the store, one row in memory at a time — and
// prints byte for byte the table it printed when it loaded every incident and rendered them at once
// (the reference below is that code: listIncidents + renderTextTable).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { openStore } from '../../src/store/store.js';
import { renderTextTable } from '../../src/util/text-table.js';
import { CATEGORY_LABELS } from '../../src/classify/categories.js';
import { COMMANDS } from '../../src/wording/commands.js';
import { formatDuration, formatWhen, zoneAbbreviation } from '../../src/format.js';
import { loadProfile } from '../../src/profile.js';
import type { Kind, Lang } from '../../src/types.js';

let dir: string;
let db: string;
const N = 2500;

beforeAll(() => {
  dir = tempDir('downtime-memory-list-');
  db = join(dir, 'store.sqlite');
  const lines = ['No,Tanggal,Jam Mulai,Jam Selesai,Kejadian,Jenis,Penyebab,Tindak Lanjut'];
  for (let i = 1; i <= N; i++) {
    const d = new Date(Date.UTC(1995, 0, 1) + i * 5 * 86_400_000);
    const date = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    const min = String(i % 60).padStart(2, '0');
    // Titles from a few characters to far past the column's 40, so the widths and the cuts vary.
    const title = `Server ${'lambat '.repeat(i % 9)}nomor ${i}`;
    const kind = i % 4 === 0 ? 'Terencana' : 'Tidak Terencana';
    const end = i % 13 === 0 ? '' : `${String(9 + (i % 10)).padStart(2, '0')}:${min}`;
    lines.push(`${i},${date},08:${min},${end},${title},${kind},Listrik padam,Restart server`);
  }
  writeFileSync(join(dir, 'log.csv'), `${lines.join('\n')}\n`);
  const r = runCli(['import', join(dir, 'log.csv'), '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  expect(runCli(['void', '7', '--reason', 'Ganda', '--db', db]).code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What `list` printed before it streamed (commit 1cc770d), for the whole store. */
function reference(lang: Lang, kind: Kind | undefined, all: boolean): string {
  const profile = loadProfile('data/profil-rs.yaml');
  const store = openStore(db, { readonly: true });
  try {
    const loaded = store.listIncidents(undefined, { includeVoided: all });
    const incidents = kind ? loaded.filter((i) => i.kind === kind) : loaded;
    const zone = zoneAbbreviation(profile.hospital.timeZone);
    const W = COMMANDS.in(lang);
    const rows = incidents.map((i) => [
      String(i.id),
      i.kind === 'planned' ? W.shared.planned : W.shared.unplanned,
      formatWhen(i.start, lang, zone),
      formatDuration(i.durationMinutes, lang),
      (i.voided ? '[void] ' : '') + i.title + (i.warnings.length ? ' (!)' : ''),
      CATEGORY_LABELS[i.category][lang],
      `${basename(i.source.file)}${i.source.sheet ? `:${i.source.sheet}` : ''}:${i.source.row}`,
    ]);
    const warned = incidents.filter((i) => i.warnings.length).length;
    return renderTextTable([...W.list.head], rows, { maxWidths: [6, 16, 34, 22, 40, 20, 56] }) + `${W.list.summary(incidents.length, warned)}\n`;
  } finally {
    store.close();
  }
}

describe('list (text) streams the same table', () => {
  it('for the whole store', () => {
    const r = runCli(['list', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').length).toBeGreaterThan(N);
    expect(r.stdout).toContain('…');
    expect(r.stdout).toBe(reference('id', undefined, false));
  });

  it('with --kind, --all (voided rows) and in English', () => {
    const planned = runCli(['list', '--db', db, '--kind', 'planned']);
    expect(planned.stdout).toBe(reference('id', 'planned', false));
    const all = runCli(['list', '--db', db, '--all']);
    expect(all.stdout).toContain('[void]');
    expect(all.stdout).toBe(reference('id', undefined, true));
    const en = runCli(['list', '--db', db, '--kind', 'unplanned', '--lang', 'en']);
    expect(en.stdout).toMatch(/incident/i);
    expect(en.stdout).toBe(reference('en', 'unplanned', false));
  });

  it('for an empty period', () => {
    const r = runCli(['list', '--db', db, '--year', '1980']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n').length).toBe(4);
    const W = COMMANDS.in('id');
    expect(r.stdout).toBe(renderTextTable([...W.list.head], []) + `${W.list.summary(0, 0)}\n`);
  });
});
