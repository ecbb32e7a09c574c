// The whole record cycle from the command line, wired to the documents: one outage from `open` to
// the printed evaluation form, a drill to its report, a training, a planned notice with its lead
// time in stats, a revised evaluation with its trail — every document read back (text, fonts,
// PDFBox Preflight) and every refusal leaving the store byte for byte as it was.
import { describe, expect, it } from 'vitest';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileHash } from '../helpers/cli.js';
import { pdfFonts, pdfText, preflight } from '../helpers/pdf.js';
import { setup } from '../cycle/helpers.js';

const GEN = ['--generated-at', '2025-01-10T09:00:00+07:00'];
const flat = (file: string) => pdfText(file).replace(/\s+/g, ' ');

function readBack(file: string): string {
  expect(existsSync(file), file).toBe(true);
  const fonts = pdfFonts(file);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((f) => f.embedded), file).toBe(true);
  const r = preflight(file);
  expect(r.valid, r.output).toBe(true);
  return flat(file);
}

/** An outage recorded live, with a timeline and one correction. */
function outage(t: ReturnType<typeof setup>): string {
  const id = t.ok('open', 'SIMRS tidak bisa diakses', '--at', '2025-01-06T08:15', '--unit', 'Server basis data').trim();
  t.ok('note', id, 'Semua unit diberi tahu lewat grup WhatsApp', '--type', 'informed', '--at', '2025-01-06T08:22');
  t.ok('close', id, '--at', '2025-01-06T10:40');
  t.ok('edit', id, '--category', 'power', '--reason', 'Hasil pemeriksaan IPSRS', '--by', 'Budi');
  return id;
}

describe('an outage from open to the printed evaluation form', () => {
  it('evaluate stores the evaluation with its actions; form prints incident, timeline, correction mark, impact and actions', () => {
    const t = setup();
    const id = outage(t);
    const ev = t.json('evaluate', id, '--file', 'data/contoh/evaluasi-contoh.yaml', '--by', 'Andi Pratama');
    expect(ev).toMatchObject({ incidentId: 1, revised: false, actions: [1, 2, 3] });
    // The sample's Farmasi re-entry is 3 sheets short: a warning naming the key, not a refusal.
    expect(ev.warnings[0].path).toBe('reconciliation[2]');
    t.ok('action', 'done', '2', '--evidence', 'Jadwal uji beban ditetapkan');
    const shown = t.json('show', id);
    expect(shown.evaluation).toMatchObject({ fallbackUsed: true, unitsAffected: 7, reconciled: false, by: 'Andi Pratama' });
    expect(t.ok('show', id)).toMatch(/Unit terdampak\s+7 dari 9/);

    const out = join(t.dir, 'out');
    expect(t.ok('form', id, '--out', out, ...GEN)).toMatch(/formulir-evaluasi-1\.pdf/);
    const text = readBack(join(out, 'formulir-evaluasi-1.pdf'));
    expect(text).toMatch(/FORMULIR EVALUASI PASCA DOWNTIME/);
    expect(text).toMatch(/Nomor log: 1/);
    expect(text).toMatch(/Listrik\/UPS \(dikoreksi\)/);
    expect(text).not.toMatch(/Tidak terencana \(dikoreksi\)/);
    expect(text).toMatch(/6 Januari 2025 pukul 08\.15 WIB/);
    expect(text).toMatch(/Semua unit diberi tahu lewat grup WhatsApp/);
    expect(text).toMatch(/2 jam 25 menit/);
    // The register's state, not the file's: action 2 was marked done after the evaluation.
    expect(text).toMatch(/Jadwal uji beban ditetapkan/);
    expect(text).toMatch(/Andi Pratama/);
    t.ok('form', id, '--out', out, '--lang', 'en', ...GEN);
    expect(readBack(join(out, 'formulir-evaluasi-1-en.pdf'))).toMatch(/POST-DOWNTIME EVALUATION FORM.*Power\/UPS \(corrected\)/);
  }, 60_000);

  it('the short fields come as flags, which win over the file', () => {
    const t = setup();
    const id = outage(t);
    t.ok('evaluate', id, '--file', 'data/contoh/evaluasi-contoh.yaml', '--root-cause', 'Baterai UPS habis', '--manual-used', 'tidak', '--lessons', 'Uji UPS', '--lessons', 'Take over lebih cepat');
    const e = t.json('show', id).evaluation;
    expect(e).toMatchObject({ rootCause: 'Baterai UPS habis', fallbackUsed: false });
    expect(e.document.lessons).toEqual(['Uji UPS', 'Take over lebih cepat']);
  });

  it('--replace revises the evaluation and keeps the old one whole as a correction; done actions stay', () => {
    const t = setup();
    const id = outage(t);
    t.ok('evaluate', id, '--file', 'data/contoh/evaluasi-contoh.yaml');
    t.ok('action', 'done', '2', '--evidence', 'Jadwal ditetapkan');
    t.ok('evaluate', id, '--file', 'data/contoh/evaluasi-contoh.yaml', '--root-cause', 'Baterai UPS habis', '--replace', '--reason', 'Rapat evaluasi 8/1', '--by', 'Sari');
    const shown = t.json('show', id);
    expect(shown.evaluation.rootCause).toBe('Baterai UPS habis');
    const trail = shown.corrections.find((c: { field: string }) => c.field === 'evaluation');
    expect(trail).toMatchObject({ by: 'Sari', reason: 'Rapat evaluasi 8/1' });
    const old = JSON.parse(trail.oldValue);
    expect(old.document.rootCause).toMatch(/^UPS ruang server tidak mampu/);
    expect(old.actions).toHaveLength(3);
    // The done action is kept (with its evidence) and not added again; the open ones are replaced.
    const actions = shown.actions.map((a: { action: string; status: string; evidence: string | null }) => [a.action.slice(0, 20), a.status, a.evidence]);
    expect(actions).toHaveLength(3);
    expect(actions).toContainEqual(['Jadwalkan uji beban ', 'done', 'Jadwal ditetapkan']);
    expect(t.ok('show', id)).toMatch(/evaluasi direvisi .* oleh Sari; alasan: Rapat evaluasi 8\/1/);
  });
});

describe('refusals leave the store byte for byte as it was', () => {
  it('missing field, action due before the incident, second evaluation, no evaluation to print, unplanned notice', () => {
    const t = setup();
    const id = outage(t);
    const bad = join(t.dir, 'eval.yaml');
    const good = readFileSync('data/contoh/evaluasi-contoh.yaml', 'utf8');
    writeFileSync(bad, good.replace(/^rootCause: >-\n(  .*\n)+/m, ''));
    const early = join(t.dir, 'early.yaml');
    writeFileSync(early, good.replace('due: 2026-12-20', 'due: 2025-01-05'));
    const before = fileHash(t.db);
    const cases: [string[], RegExp][] = [
      [['evaluate', id, '--file', bad], /eval\.yaml[\s\S]*rootCause: wajib diisi/],
      [['evaluate', id, '--file', early], /actions\[0\]\.due: batas waktu 2025-01-05 sebelum tanggal kejadian \(2025-01-06\)/],
      [['evaluate', id, '--file', 'data/contoh/evaluasi-contoh.yaml', '--manual-used', 'mungkin'], /manualFallbackUsed: jawab ya atau tidak/],
      [['evaluate', id, '--file', 'data/contoh/evaluasi-contoh.yaml', '--replace'], /--replace perlu alasan/],
      [['evaluate', '99', '--file', 'data/contoh/evaluasi-contoh.yaml'], /Insiden 99 tidak ada/],
      [['form', id, '--out', join(t.dir, 'out')], /belum punya evaluasi.*downtime evaluate 1/],
      [['notice', id, '--out', join(t.dir, 'out')], /tidak terencana; pemberitahuan hanya untuk downtime terencana/],
    ];
    for (const [args, message] of cases) {
      const r = t.run(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
    expect(fileHash(t.db)).toBe(before);
    expect(existsSync(join(t.dir, 'out'))).toBe(false);

    t.ok('evaluate', id, '--file', 'data/contoh/evaluasi-contoh.yaml');
    const evaluated = fileHash(t.db);
    const again = t.run('evaluate', id, '--file', 'data/contoh/evaluasi-contoh.yaml');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/sudah punya evaluasi.*--replace --reason/);
    expect(fileHash(t.db)).toBe(evaluated);
  });

  it('undo of an import whose incident has an evaluation is refused, naming it', () => {
    const t = setup();
    const csv = join(t.dir, 'log.csv');
    writeFileSync(csv, 'No;Tanggal;Jam Mulai;Jam Selesai;Kejadian;Jenis;Penyebab\n1;09/01/2023;08.30;10.15;SIMRS tidak dapat diakses;Tidak Terencana;Switch mati\n');
    t.ok('import', csv);
    t.ok('evaluate', '1', '--file', 'data/contoh/evaluasi-contoh.yaml');
    const before = fileHash(t.db);
    const r = t.run('undo', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/1 evaluasi pasca downtime \(tabel evaluations, insiden 1\)/);
    expect(fileHash(t.db)).toBe(before);
  });
});

describe('drill, training and the planned notice', () => {
  it('drill records a planned incident linked to the drill, its actions join the register, and writes the Laporan Simulasi', () => {
    const t = setup();
    const out = join(t.dir, 'out');
    const r = t.json('drill', '--file', 'data/contoh/simulasi-takeover.yaml', '--out', out, ...GEN);
    expect(r).toMatchObject({ drillId: 1, incidentId: 1 });
    const shown = t.json('show', '1');
    expect(shown.incident).toMatchObject({ kind: 'planned', start: '2026-11-18T09:00:00+07:00', end: '2026-11-18T09:51:00+07:00', durationMinutes: 51 });
    expect(shown.drill).toMatchObject({ id: 1, date: '2026-11-18', procedure: 'drill' });
    expect(t.ok('show', '1')).toMatch(/Simulasi: #1 tanggal 2026-11-18, prosedur drill/);
    const register: { sourceKind: string; sourceId: number; incidentId: number }[] = t.json('actions');
    expect(register).toHaveLength(2);
    expect(register.every((a) => a.sourceKind === 'drill' && a.sourceId === 1 && a.incidentId === 1)).toBe(true);
    const text = readBack(join(out, 'laporan-simulasi-1.pdf'));
    expect(text).toMatch(/LAPORAN SIMULASI/);
    // The report names the incident the drill was recorded as (fields read back label column first).
    expect(text).toMatch(/Nomor log : 18 November 2026 : Simulasi take over : Ruang server Instalasi SIMRS : 1 /);
    expect(text).toMatch(/51 menit terhadap target 40 menit/);
    // The same drill is not recorded twice.
    const before = fileHash(t.db);
    const dup = t.run('drill', '--file', 'data/contoh/simulasi-takeover.yaml', '--out', out);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/sudah tercatat \(#1, insiden 1\)/);
    expect(fileHash(t.db)).toBe(before);
  }, 60_000);

  it('training records the session and writes its report with the attendance list', () => {
    const t = setup();
    const out = join(t.dir, 'out');
    expect(t.json('training', '--file', 'data/contoh/pelatihan-downtime.yaml', '--out', out, ...GEN)).toMatchObject({ trainingId: 1, participants: 10 });
    const text = readBack(join(out, 'laporan-pelatihan-1.pdf'));
    expect(text).toMatch(/LAPORAN PELATIHAN.*DAFTAR HADIR/);
    expect(text).toMatch(/Penanganan Downtime SIMRS dan Penggunaan Formulir Manual/);
  }, 60_000);

  it('notice for a future planned incident: PDF with number and lead time; recorded; lead time in stats', () => {
    const t = setup();
    const out = join(t.dir, 'out');
    const id = t.ok('open', 'Pembaruan bridging V-Claim', '--kind', 'planned', '--at', '2099-03-10T22:00').trim();
    const r = t.json('notice', id, '--file', 'data/contoh/pemberitahuan-contoh.yaml', '--date', '2099-03-05', '--number', '800/17/RSUD-MN/SIMRS/III/2099', '--until', '2099-03-11T01:00', '--out', out, ...GEN);
    expect(r).toMatchObject({ noticeId: 1, noticeDate: '2099-03-05', number: '800/17/RSUD-MN/SIMRS/III/2099' });
    const text = readBack(join(out, `pemberitahuan-downtime-${id}.pdf`));
    expect(text).toMatch(/PEMBERITAHUAN DOWNTIME TERENCANA/);
    expect(text).toMatch(/Nomor: 800\/17\/RSUD-MN\/SIMRS\/III\/2099/);
    expect(text).toMatch(/10 Maret 2099 pukul 22\.00 WIB/);
    expect(text).toMatch(/5 hari sebelum downtime \(minimal 3 hari\)/);
    expect(t.json('show', id).notices[0]).toMatchObject({ number: '800/17/RSUD-MN/SIMRS/III/2099', noticeDate: '2099-03-05' });
    // A second planned downtime told only one day ahead.
    const late = t.ok('open', 'Migrasi data', '--kind', 'planned', '--at', '2099-03-20T22:00').trim();
    t.ok('notice', late, '--date', '2099-03-19', '--out', out, ...GEN);
    const lead = t.json('stats', '--month', '2099-03', '--now', '2099-04-01T00:00:00+07:00').noticeLead;
    expect(lead).toEqual({ count: 2, medianDays: 3, minDays: 1, minimumDays: 3, shorter: 1 });
    expect(t.ok('stats', '--month', '2099-03', '--now', '2099-04-01T00:00:00+07:00')).toMatch(/Jarak pemberitahuan terencana\s+median 3 hari, tersingkat 1 hari \(2 pemberitahuan\); 1 kurang dari minimal 3 hari/);
    // A notice dated after the start is refused.
    const before = fileHash(t.db);
    const after = t.run('notice', id, '--date', '2099-03-11', '--out', out);
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(/sesudah downtime dimulai/);
    expect(fileHash(t.db)).toBe(before);
  }, 60_000);
});
