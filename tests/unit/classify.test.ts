import { describe, expect, it } from 'vitest';
import { classify, classifyCategory, classifyKind, classifyScope, findKeywords } from '../../src/classify/classify.js';
import { loadRules } from '../../src/classify/rules.js';
import { UserError } from '../../src/errors.js';
import { parseRules } from '../../src/classify/rules.js';
import type { NormalisedIncident } from '../../src/types.js';

const rules = loadRules('data/aturan-klasifikasi.yaml');

function inc(title: string, cause = '', statedKind: NormalisedIncident['statedKind'] = null): NormalisedIncident {
  return {
    source: { file: 'x.xlsx', sheet: 'S', row: 5 },
    title,
    start: { iso: '2022-10-01', precision: 'day', ms: 0 },
    end: null,
    durationMinutes: 60,
    cause,
    followUp: '',
    pic: null,
    unit: null,
    extra: {},
    statedKind,
    statedCategory: null,
    warnings: [],
  };
}

describe('keywords', () => {
  it('match whole words only', () => {
    expect(findKeywords('Listrik mati', ['lis'])).toEqual([]);
    expect(findKeywords('bridging LIS', ['lis'])).toEqual(['lis']);
    expect(findKeywords('September 2022', ['sep'])).toEqual([]);
    expect(findKeywords('Pemasangan V-claim V2', ['v-claim'])).toEqual(['v-claim']);
    expect(findKeywords('server tidak dapat diakses', ['tidak dapat'])).toEqual(['tidak dapat']);
  });
});

describe('kind', () => {
  it('takes a stated kind (column or section) first, with its reason', () => {
    const d = classifyKind(inc('Pemasangan V-claim V2', '', { kind: 'unplanned', reason: 'kolom Jenis = "Tidak Terencana"' }), rules);
    expect(d).toEqual({ kind: 'unplanned', reason: 'kolom Jenis = "Tidak Terencana"', guessed: false });
  });
  it.each([
    ['Pemeliharaan server database', '', 'planned'],
    ['Pemasangan perubahan bridging LIS', 'Perubahan field pada database LIS', 'planned'],
    ['Internet putus', 'kabel fiber', 'unplanned'],
    ['Listrik Mati', 'UPS server rusak', 'unplanned'],
    ['Update aplikasi gagal', 'server down setelah update', 'unplanned'],
    ['Sesuatu terjadi', '', 'unplanned'],
  ] as const)('%s / %s → %s, marked as a guess', (title, cause, kind) => {
    const d = classifyKind(inc(title, cause), rules);
    expect(d.kind).toBe(kind);
    expect(d.guessed).toBe(true);
    expect(d.reason.length).toBeGreaterThan(10);
  });
});

describe('kind keywords: English, "perubahan", title over cause', () => {
  it.each([
    // English planned words
    ['Planned maintenance of the HIS server', '', 'planned', '"planned"'],
    ['Scheduled database backup', '', 'planned', '"scheduled"'],
    ['Maintenance jaringan lantai 2', '', 'planned', '"maintenance"'],
    // "perubahan" alone is not planned: a third party's change that broke the service
    ['Perubahan API BPJS dari pihak ketiga', 'bridging tidak dapat terhubung', 'unplanned', '"tidak dapat"'],
    ['Perubahan konfigurasi oleh vendor', '', 'unplanned', 'tidak ada'],
    ['Perubahan terjadwal modul farmasi', '', 'planned', '"perubahan terjadwal"'],
    // a planned word in the title outweighs an unplanned word in the cause
    ['Pemeliharaan server: penggantian harddisk RAID', 'harddisk RAID lama rusak', 'planned', 'mengalahkan'],
    ['Scheduled maintenance', 'power supply failed last week', 'planned', 'mengalahkan'],
    // … but not an unplanned word in the title itself, nor a planned word only in the cause
    ['Update aplikasi gagal', 'server down setelah update', 'unplanned', 'bertentangan'],
    ['Server mati', 'pemeliharaan UPS oleh vendor', 'unplanned', '"mati" pada judul'],
    ['Downtime tidak terencana', '', 'unplanned', 'bertentangan'],
    ['SIMRS tidak bisa diakses', 'upgrade database', 'unplanned', 'pada judul'],
    ['Server dimatikan sementara', 'upgrade RAM terjadwal', 'planned', 'pada penyebab'],
  ] as const)('%s / %s → %s (%s)', (title, cause, kind, reason) => {
    const d = classifyKind(inc(title, cause), rules);
    expect(d.kind).toBe(kind);
    expect(d.reason).toContain(reason);
  });
});

describe('cause category and scope', () => {
  it.each([
    ['ISP cinox dan indihome down', 'Akses internet dari ISP tidak tersedia.', 'network', 'external'],
    ['BPJS down', 'SEP tidak dapat dicetak karena server BPJS down.', 'external', 'external'],
    ['Listrik Mati', 'UPS server rusak sehingga saat mati lampu server mati', 'power', 'internal'],
    ['Listrik padam', 'PLN padam, genset terlambat menyala', 'power', 'external'],
    ['Pemasangan perubahan bridging LIS', 'Perubahan field pada database LIS', 'software', 'internal'],
    ['Pemasangan V-claim V2', 'Update bridging BPJS', 'software', 'external'],
    ['Server database hang', 'Memori server penuh karena query laporan', 'database', 'internal'],
    ['Harddisk server RAID degraded', 'Satu disk RAID rusak', 'hardware', 'internal'],
    ['Sesuatu terjadi', 'tidak jelas', 'other', 'internal'],
  ] as const)('%s → %s (%s)', (title, cause, category, scope) => {
    const c = classifyCategory(inc(title, cause), rules);
    expect(c.category).toBe(category);
    expect(classifyScope(inc(title, cause), c.category, rules).scope).toBe(scope);
  });
});

describe('classify', () => {
  it('records every decision and warns on guesses', () => {
    const c = classify(inc('Sesuatu terjadi', 'tidak jelas'), rules);
    expect(c.kind).toBe('unplanned');
    expect(c.warnings.some((w) => w.startsWith('Jenis ditebak'))).toBe(true);
    expect(c.warnings.some((w) => w.startsWith('Kategori penyebab tidak dikenali'))).toBe(true);
    expect(c.categoryReason).toContain('internal');
  });
  it('does not warn about kind when a section stated it', () => {
    const c = classify(inc('BPJS down', 'server BPJS down', { kind: 'unplanned', reason: 'bagian "1. Laporan Downtime Tidak Terencana"' }), rules);
    expect(c.kindReason).toBe('bagian "1. Laporan Downtime Tidak Terencana"');
    expect(c.warnings).toEqual([]);
  });
});

describe('rules file', () => {
  it('is validated with the path of the bad field', () => {
    expect(() => parseRules({ kind: { planned: [], unplanned: ['x'] }, categories: [], external: { keywords: ['x'] } }, 'r.yaml')).toThrow(UserError);
    expect(() =>
      parseRules({ kind: { planned: [], unplanned: ['x'] }, categories: [{ category: 'cuaca', keywords: ['x'] }], external: { keywords: ['x'] } }, 'r.yaml'),
    ).toThrow(/r\.yaml[\s\S]*kind\.planned[\s\S]*categories\[0\]\.category/);
  });
});
