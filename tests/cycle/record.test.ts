// The record cycle from the command line: open → note → close → show, corrections with a trail,
// void, attested months, and refusals that leave the store byte for byte as it was.
import { describe, expect, it } from 'vitest';
import { fileHash } from '../helpers/cli.js';
import { setup } from './helpers.js';

describe('recording an outage as it happens', () => {
  it('open prints the id; note, close and show keep the timeline; stats has the response figures', () => {
    const t = setup();
    const id = t.ok('open', 'SIMRS tidak bisa diakses', '--at', '2025-01-06T08:30', '--unit', 'Pendaftaran').trim();
    expect(id).toBe('1');
    t.ok('note', id, 'Unit rawat jalan diberi tahu', '--type', 'informed', '--at', '2025-01-06T08:40');
    t.ok('note', id, 'Perkiraan pulih 10.00', '--estimate', '90', '--at', '2025-01-06T08:45');
    // Ongoing until closed: counted as not recovered.
    expect(t.json('stats', '--month', '2025-01', '--now', '2025-01-06T09:30:00+07:00').ongoing).toBe(1);
    t.ok('close', id, '--at', '2025-01-06T10:15');
    const shown = t.json('show', id);
    expect(shown.incident).toMatchObject({ start: '2025-01-06T08:30:00+07:00', end: '2025-01-06T10:15:00+07:00', durationMinutes: 105, unit: 'Pendaftaran', kind: 'unplanned' });
    expect(shown.timeline.map((e: { type: string }) => e.type)).toEqual(['informed', 'estimate', 'recovered']);
    expect(shown.batch.sourceKind).toBe('live');
    expect(t.ok('show', id)).toMatch(/Sumber\s+dicatat langsung, bukan dari berkas \(catatan ke-1 dalam kelompok #1 "live" di downtime batches\)/);
    const stats = t.json('stats', '--month', '2025-01');
    expect(stats.response.toInformed).toEqual({ count: 1, medianMinutes: 10 });
    expect(stats.response.toRecovered).toEqual({ count: 1, medianMinutes: 105 });
    expect(stats.response.estimate).toEqual({ count: 1, medianOverrunMinutes: 15, withinEstimate: 0 });
    expect(stats.dataState).toBe('recorded');
    expect(t.ok('stats', '--month', '2025-01')).toMatch(/Mulai → unit diberi tahu\s+median 10 menit \(1 kejadian\)/);
  });

  it('refuses bad input with exit 1 and leaves the store unchanged', () => {
    const t = setup();
    t.ok('open', 'Server mati', '--at', '2025-01-06T08:30');
    t.ok('close', '1', '--at', '2025-01-06T09:00');
    const before = fileHash(t.db);
    const listed = t.ok('list', '--json', '--all');
    const cases: [string[], RegExp][] = [
      [['close', '1'], /sudah ditutup/],
      [['close', '99'], /Insiden 99 tidak ada/],
      [['note', '99', 'x'], /Insiden 99 tidak ada/],
      [['edit', '1', '--end', '2025-01-06T08:00', '--reason', 'salah ketik'], /lebih awal dari mulai/],
      [['edit', '1', '--kind', 'planned'], /alasan/],
      [['open', 'Nanti', '--at', '2099-01-01T08:00'], /belum terjadi/],
      [['note', '1', 'sebelum mulai', '--at', '2025-01-06T08:00'], /lebih awal dari mulai/],
      [['attest', '--month', '2025-01', '--none'], /berisi 1 insiden/],
      [['action', 'done', '1', '--evidence', 'x'], /tidak ada/],
      [['undo', '1'], /catatan langsung/],
    ];
    for (const [args, message] of cases) {
      const r = t.run(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
    expect(fileHash(t.db)).toBe(before);
    expect(t.ok('list', '--json', '--all')).toBe(listed);
  });

  it('an action already done in the evaluation file is refused with its evidence, no "null" for the missing date', () => {
    const t = setup();
    t.ok('open', 'Server mati', '--at', '2025-01-06T08:30');
    t.ok('close', '1', '--at', '2025-01-06T09:00');
    t.ok('evaluate', '1', '--file', 'data/contoh/evaluasi-contoh.yaml');
    const r = t.run('action', 'done', '1', '--evidence', 'BA');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Tindak lanjut #1 sudah selesai \(bukti: Berita acara/);
    expect(r.stderr).not.toContain('null');
  });
});

describe('corrections and void', () => {
  it('edit keeps old value, new value, when, by whom and why; void takes the incident out of every figure', () => {
    const t = setup();
    t.ok('open', 'Jaringan putus', '--at', '2025-02-03T07:00');
    t.ok('close', '1', '--at', '2025-02-03T08:00');
    t.ok('open', 'Tercatat dua kali', '--at', '2025-02-03T07:05');
    t.ok('close', '2', '--at', '2025-02-03T07:50');
    t.ok('edit', '1', '--kind', 'planned', '--end', '2025-02-03T08:30', '--reason', 'Pemeliharaan terjadwal, surat 12/II', '--by', 'Budi');
    const shown = t.json('show', '1');
    expect(shown.incident).toMatchObject({ kind: 'planned', end: '2025-02-03T08:30:00+07:00', durationMinutes: 90 });
    expect(shown.corrections.map((c: Record<string, unknown>) => [c.field, c.oldValue, c.newValue, c.by, c.reason])).toEqual([
      ['kind', 'unplanned', 'planned', 'Budi', 'Pemeliharaan terjadwal, surat 12/II'],
      ['end', '2025-02-03T08:00:00+07:00', '2025-02-03T08:30:00+07:00', 'Budi', 'Pemeliharaan terjadwal, surat 12/II'],
    ]);
    // The trail prints values as people read them; the JSON keeps them as edit takes them.
    expect(t.ok('show', '1')).toMatch(/Jenis: "Tidak terencana" → "Terencana" oleh Budi; alasan: Pemeliharaan terjadwal/);
    const more = t.ok('edit', '1', '--duration', '75', '--category', 'power', '--scope', 'external', '--reason', 'PLN padam', '--by', 'Budi');
    expect(more).toContain('Insiden 1: Lama "1 jam 30 menit" → "1 jam 15 menit"');
    expect(more).toContain('Kategori "Lainnya" → "Listrik/UPS"');
    expect(more).toContain('Internal/eksternal "internal" → "eksternal"');
    expect(t.ok('show', '1')).toMatch(/lingkup eksternal/);
    expect(t.json('show', '1').corrections.slice(2).map((c: Record<string, unknown>) => [c.field, c.oldValue, c.newValue])).toEqual([
      ['category', 'other', 'power'],
      ['scope', 'internal', 'external'],
      ['duration', '90', '75'],
    ]);
    // The profile's officer signs when --by is absent.
    t.ok('void', '2', '--reason', 'Sama dengan insiden 1');
    expect(t.json('show', '2').corrections[0]).toMatchObject({ field: 'voided', by: 'Petugas TI Jaga' });
    expect(t.json('list').map((i: { id: number }) => i.id)).toEqual([1]);
    const all = t.json('list', '--all');
    expect(all.map((i: { id: number; voided: boolean }) => [i.id, i.voided])).toEqual([[1, false], [2, true]]);
    const stats = t.json('stats', '--month', '2025-02');
    expect(stats.unplanned.count).toBe(0);
    expect(stats.planned).toEqual({ count: 1, minutes: 75 });
    expect(t.run('void', '2', '--reason', 'lagi').stderr).toMatch(/sudah dibatalkan/);
  });
});

describe('three month states', () => {
  it('an empty store has no data (not 100 %); an attested month is zero downtime', () => {
    const t = setup();
    t.ok('attest', '--month', '2023-08', '--none', '--note', 'Log monitoring bersih');
    const empty = t.json('stats', '--month', '2023-07');
    expect(empty.dataState).toBe('noData');
    expect(empty.targetMet).toBeNull();
    const text = t.ok('stats', '--month', '2023-07');
    expect(text).toMatch(/Ketersediaan di luar terencana\s+tidak ada data/);
    expect(text).not.toMatch(/tercapai/);
    const attested = t.json('stats', '--month', '2023-08');
    expect(attested).toMatchObject({ dataState: 'attested', availabilityPercent: 100, targetMet: true });
    const q = t.json('stats', '--from', '2023-07-01', '--to', '2023-09-30');
    expect(q.months.map((m: { dataState: string }) => m.dataState)).toEqual(['noData', 'attested', 'noData']);
    expect(q.monthsWithoutData).toEqual(['2023-07', '2023-09']);
    expect(t.run('attest', '--month', '2023-08', '--none').stderr).toMatch(/sudah dinyatakan nihil/);
  });
});
