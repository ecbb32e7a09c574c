// The record input files (eval.yaml, drill.yaml, training.yaml, notice.yaml): the shipped samples
// validate, and every mistake a user makes is a UserError whose message names the file and key.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { UserError } from '../../src/errors.js';
import { loadProfile, parseProfile } from '../../src/profile.js';
import { loadSopConfig } from '../../src/documents/sop/config.js';
import { readEvaluationFile, parseEvaluationFile } from '../../src/records/evaluation-file.js';
import { readDrillFile, parseDrillFile } from '../../src/records/drill-file.js';
import { readTrainingFile, parseTrainingFile } from '../../src/records/training-file.js';
import { readNoticeFile, parseNoticeFile } from '../../src/records/notice-file.js';
import { tempDir } from '../helpers/cli.js';

const profile = loadProfile('data/profil-rs.yaml');
const sop = loadSopConfig('data/sop/spo-takeover-server.yaml');
const units = profile.units;
const sample = (name: string): Record<string, unknown> => parse(readFileSync(join('data/contoh', name), 'utf8'));

/** The message of the UserError `fn` throws (fails the test when it does not throw one). */
function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('profile additions', () => {
  it('the sample profile lists the nine service units and the notice rules', () => {
    expect(units).toEqual(['Pendaftaran', 'Rawat Jalan', 'IGD', 'Rawat Inap', 'Laboratorium', 'Radiologi', 'Farmasi/Apotek', 'Kasir', 'Rekam Medis']);
    expect(profile.notice).toEqual({ minimumDays: 3, classification: '800', unitCode: 'RSUD-MN/SIMRS' });
  });

  it('a profile without them gets the defaults; a wrong minimum names its key', () => {
    const base = { hospital: { name: 'X', shortName: 'X', city: 'Y' }, letterhead: { government: 'G', name: 'N' }, availabilityTarget: 99, signatories: { preparedBy: { position: 'Ka', name: 'Nama' } } };
    const p = parseProfile(base, 'p.yaml');
    expect(p.units).toHaveLength(9);
    expect(p.notice.minimumDays).toBe(3);
    expect(messageOf(() => parseProfile({ ...base, notice: { minimumDays: -1 } }, 'p.yaml'))).toMatch(/notice\.minimumDays/);
  });
});

describe('eval.yaml', () => {
  it('the sample validates, impact in the profile order, one warning for the difference that is not 0', () => {
    const { evaluation, warnings } = readEvaluationFile('data/contoh/evaluasi-contoh.yaml', { units, incidentDate: '2026-12-05' });
    expect(Object.keys(evaluation.impact)).toEqual(units);
    expect(evaluation.impact['Rawat Inap']).toBe('tidak terdampak');
    expect(evaluation.manualFallbackUsed).toBe(true);
    expect(evaluation.actions[0]).toMatchObject({ status: 'done', due: '2026-12-20' });
    expect(evaluation.actions[1]!.status).toBe('open');
    expect(warnings).toEqual([{ path: 'reconciliation[2]', message: expect.stringMatching(/Farmasi\/Apotek.*selisih 3 lembar.*harus 0/) }]);
  });

  it('a missing field is named, in a file the test writes', () => {
    const data = sample('evaluasi-contoh.yaml');
    delete data.rootCause;
    const file = join(tempDir(), 'eval.yaml');
    writeFileSync(file, JSON.stringify(data));
    const msg = messageOf(() => readEvaluationFile(file, { units }));
    expect(msg).toContain(file);
    expect(msg).toMatch(/^\s+rootCause: /m);
  });

  it('every profile unit must be answered; an unknown unit is named', () => {
    const data = sample('evaluasi-contoh.yaml');
    const impact = data.impact as Record<string, string>;
    delete impact.IGD;
    impact.Gizi = 'tidak terdampak';
    const msg = messageOf(() => parseEvaluationFile(data, 'eval.yaml', { units }));
    expect(msg).toMatch(/impact\.IGD: dampak pada unit IGD belum diisi; tulis "tidak terdampak"/);
    expect(msg).toMatch(/impact: unit tidak ada di profil \(units: Pendaftaran, .*\): Gizi/);
  });

  it('one run names every mistake: a missing field does not hide a missing unit or an early due date', () => {
    const data = sample('evaluasi-contoh.yaml');
    delete data.rootCause;
    delete (data.impact as Record<string, string>).Kasir;
    (data.actions as { due: string }[])[0]!.due = '2026-12-04';
    (data.reconciliation as { unit: string }[])[1]!.unit = 'Poli';
    const msg = messageOf(() => parseEvaluationFile(data, 'eval.yaml', { units, incidentDate: '2026-12-05' }));
    expect(msg).toMatch(/^\s+rootCause: /m);
    expect(msg).toMatch(/impact\.Kasir: dampak pada unit Kasir belum diisi/);
    expect(msg).toMatch(/actions\[0\]\.due: batas waktu 2026-12-04 sebelum tanggal kejadian \(2026-12-05\)/);
    expect(msg).toMatch(/reconciliation\[1\]\.unit: unit tidak ada di profil/);
  });

  it('an action due before the incident date is an error at its key, only when the date is given', () => {
    const data = sample('evaluasi-contoh.yaml');
    (data.actions as { due: string }[])[2]!.due = '2026-12-01';
    expect(messageOf(() => parseEvaluationFile(data, 'eval.yaml', { units, incidentDate: '2026-12-05' }))).toMatch(/actions\[2\]\.due: batas waktu 2026-12-01 sebelum tanggal kejadian \(2026-12-05\)/);
    expect(parseEvaluationFile(data, 'eval.yaml', { units }).evaluation.actions[2]!.due).toBe('2026-12-01');
  });

  it('done without evidence, a bad status, a negative count, a non-date and an unknown key are named', () => {
    const data = sample('evaluasi-contoh.yaml');
    const actions = data.actions as Record<string, unknown>[];
    delete actions[0]!.evidence;
    actions[1]!.status = 'selesai';
    actions[2]!.due = '31-12-2026';
    (data.reconciliation as Record<string, unknown>[])[0]!.entered = -1;
    data.rootcause = 'typo';
    const msg = messageOf(() => parseEvaluationFile(data, 'eval.yaml', { units }));
    expect(msg).toMatch(/actions\[0\]\.evidence: .*bukti/);
    expect(msg).toMatch(/actions\[1\]\.status: status harus open atau done/);
    expect(msg).toMatch(/actions\[2\]\.due: tanggal harus YYYY-MM-DD/);
    expect(msg).toMatch(/reconciliation\[0\]\.entered: jumlah lembar tidak boleh negatif/);
    expect(msg).toMatch(/rootcause/);
  });
});

describe('drill.yaml', () => {
  it('the sample validates against the SOP config, steps sorted, times normalised', () => {
    const { drill, warnings } = readDrillFile('data/contoh/simulasi-takeover.yaml', sop);
    expect(drill.procedure).toBe('drill');
    expect(drill.steps).toHaveLength(sop.procedures.drill!.steps.length);
    expect(drill.steps[0]).toMatchObject({ step: 1, start: '09:00', end: '09:04' });
    expect(warnings).toEqual([]);
  });

  it('an unknown procedure is named, and one the SOP config lacks', () => {
    const data = sample('simulasi-takeover.yaml');
    data.procedure = 'restore';
    expect(messageOf(() => parseDrillFile(data, 'drill.yaml', sop))).toMatch(/procedure: prosedur tidak dikenal; pilih salah satu: takeover, failback, drill/);
    data.procedure = 'failback';
    expect(messageOf(() => parseDrillFile(data, 'drill.yaml', { procedures: { takeover: sop.procedures.takeover } }))).toMatch(/procedure: prosedur "failback" tidak ada di konfigurasi SPO/);
  });

  it('a step the procedure lacks, a repeated step, an end before the start and a bad time are named', () => {
    const data = sample('simulasi-takeover.yaml');
    const steps = data.steps as Record<string, unknown>[];
    steps[0]!.step = 9;
    steps[2]!.step = 2;
    steps[3]!.end = '09.10';
    steps[4]!.start = '9.75';
    const msg = messageOf(() => parseDrillFile(data, 'drill.yaml', sop));
    expect(msg).toMatch(/steps\[0\]\.step: prosedur drill hanya punya 6 langkah/);
    expect(msg).toMatch(/steps\[2\]\.step: langkah 2 dicatat dua kali/);
    expect(msg).toMatch(/steps\[3\]\.end: jam selesai 09:10 sebelum jam mulai 09:30/);
    expect(msg).toMatch(/steps\[4\]\.start: jam harus JJ\.MM/);
  });

  it('a step not measured is a warning; an action due before the drill is an error', () => {
    const data = sample('simulasi-takeover.yaml');
    (data.steps as unknown[]).splice(5, 1);
    expect(parseDrillFile(data, 'drill.yaml', sop).warnings).toEqual([{ path: 'steps', message: expect.stringMatching(/langkah 6 .* tidak diukur/) }]);
    (data.actions as { due: string }[])[0]!.due = '2026-11-01';
    expect(messageOf(() => parseDrillFile(data, 'drill.yaml', sop))).toMatch(/actions\[0\]\.due: batas waktu 2026-11-01 sebelum tanggal simulasi/);
    // …also when another field is wrong in the same file.
    delete data.participants;
    const msg = messageOf(() => parseDrillFile(data, 'drill.yaml', sop));
    expect(msg).toMatch(/participants: /);
    expect(msg).toMatch(/actions\[0\]\.due: batas waktu 2026-11-01/);
  });
});

describe('training.yaml and notice.yaml', () => {
  it('the samples validate; names with degrees survive', () => {
    const t = readTrainingFile('data/contoh/pelatihan-downtime.yaml');
    expect(t.participants).toHaveLength(10);
    expect(t.participants[0]).toEqual({ name: 'Yusnita, A.Md.', unit: 'Pendaftaran', position: 'Petugas Pendaftaran' });
    expect(t.start).toBe('13:30');
    const n = readNoticeFile('data/contoh/pemberitahuan-contoh.yaml');
    expect(n.preparation?.[3]).toEqual({ unit: 'Farmasi/Apotek', formsPrepared: false });
    expect(n.checklist?.[3]?.done).toBe(false);
  });

  it('missing fields and unknown keys are named', () => {
    const data = sample('pelatihan-downtime.yaml');
    delete data.trainer;
    // What an unquoted flow mapping does to "Yusnita, A.Md.": a stray key, not a silent loss.
    (data.participants as Record<string, unknown>[])[0] = { name: 'Yusnita', 'A.Md.': null, unit: 'Pendaftaran' };
    const msg = messageOf(() => parseTrainingFile(data, 'training.yaml'));
    expect(msg).toMatch(/trainer: /);
    expect(msg).toMatch(/participants\[0\]: .*A\.Md\./);
    expect(messageOf(() => parseNoticeFile({ activity: 'reboot', checklist: [] }, 'notice.yaml'))).toMatch(/activity: kegiatan tidak dikenal[\s\S]*checklist: /);
  });

  it('an empty notice file is all defaults', () => {
    expect(parseNoticeFile(null, 'notice.yaml')).toEqual({});
  });
});
