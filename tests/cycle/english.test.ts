// The record cycle's messages in English: a bad key in an evaluation file, a wrong --at, an
// undo refused — in-process with setLanguage('en') and through the CLI with DOWNTIME_LANG=en.
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfigFile } from '../../src/config.js';
import { parseEvaluationFile } from '../../src/records/evaluation-file.js';
import { parseAt } from '../../src/records/at.js';
import { setLanguage } from '../../src/wording/lang.js';
import { runCli } from '../helpers/cli.js';
import { setup } from './helpers.js';

const UNITS = ['Pendaftaran', 'IGD'];
const good = {
  impact: { Pendaftaran: 'antrean manual 1 jam', IGD: 'not affected' },
  manualFallbackUsed: 'yes',
  rootCause: 'UPS rusak',
  lessons: 'uji UPS',
};

afterEach(() => setLanguage('id'));

describe('record files in English', () => {
  it('a bad evaluation key, an unknown unit and a missing answer are named in English, zod and our own messages alike', () => {
    setLanguage('en');
    const bad = { ...good, impact: { Pendaftaran: 'x', Farmasi: 'y' }, rootCuase: 'typo', manualFallbackUsed: 'maybe' };
    let message = '';
    try {
      parseEvaluationFile(bad, 'eval.yaml', { units: UNITS });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'Post-downtime evaluation is not valid: eval.yaml',
      '  impact.IGD: the impact on unit IGD is not filled in; write "not affected" if this unit was not affected',
      '  impact: units not in the profile (units: Pendaftaran, IGD): Farmasi',
      '  manualFallbackUsed: answer yes or no',
      '  (root): Unrecognized key: "rootCuase"',
    ]);
  });

  it('the same file in Indonesian is unchanged', () => {
    let message = '';
    try {
      parseEvaluationFile({ ...good, rootCuase: 'typo' }, 'eval.yaml', { units: UNITS });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('Evaluasi pasca downtime tidak valid: eval.yaml');
    expect(message).toContain('(akar)');
    expect(message).not.toContain('Unrecognized');
  });

  it('accepts "not affected" and "tidak terdampak" in either language', () => {
    setLanguage('en');
    const { evaluation } = parseEvaluationFile({ ...good, impact: { Pendaftaran: 'tidak terdampak', IGD: 'Not affected' } }, 'eval.yaml', { units: UNITS });
    expect(evaluation.impact).toEqual({ Pendaftaran: 'tidak terdampak', IGD: 'Not affected' });
  });

  it('a time in the future is refused with "now" in the hospital\'s local time, not as an ISO instant', () => {
    const now = new Date('2026-12-01T14:59:09.342Z');
    setLanguage('en');
    expect(() => parseAt('--at', '2099-01-01T08:00', 'Asia/Jakarta', now)).toThrow(
      '--at 2099-01-01T08:00: that time has not come yet (it is now 1 December 2026, 21:59 WIB). Record an event when or after it happens.',
    );
    setLanguage('id');
    expect(() => parseAt('--at', '2099-01-01T08:00', 'Asia/Jakarta', now)).toThrow('(sekarang 1 Desember 2026 21.59 WIB)');
  });

  it('through the CLI with DOWNTIME_LANG=en: evaluate with a misspelt key, open in the future, undo of live records', () => {
    const t = setup();
    const en = (...args: string[]) => runCli([...args, '--db', t.db], { DOWNTIME_LANG: 'en' });
    // A store that does not exist yet is created in English too (the refusal is known by its class, not its words).
    expect(en('open', 'Server mati', '--at', '2025-01-06T08:30', '--by', 'Andi')).toMatchObject({ code: 0, stdout: '1\n' });
    const evalFile = join(t.dir, 'eval.yaml');
    const data = readConfigFile('data/contoh/evaluasi-contoh.yaml') as Record<string, unknown>;
    writeFileSync(evalFile, JSON.stringify({ ...data, lesons: data.lessons }));
    const r = en('evaluate', '1', '--file', evalFile);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Post-downtime evaluation is not valid: ${evalFile}`);
    expect(r.stderr).toContain('Unrecognized key: "lesons"');
    expect(r.stderr).not.toMatch(/tidak valid|wajib/);
    const future = en('open', 'Nanti', '--at', '2099-01-01T08:00', '--by', 'Andi');
    expect(future.stderr).toMatch(/that time has not come yet \(it is now \d{1,2} \w+ \d{4}, \d{2}:\d{2} WIB\)/);
    const undo = en('undo', '1');
    expect(undo.stderr).toContain('refused: #1 holds live records (downtime open), not an imported file.');
  });
});
