// The documents' wording layer in English: a document follows its own `lang`, whatever the process
// language; terminal messages (lint findings, SPO config checks, --out, logo, templates) follow the
// process language (--lang / DOWNTIME_LANG), and name the problem in words, not a system code.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setLanguage } from '../../src/wording/lang.js';
import { lintSop, formatFinding } from '../../src/documents/sop/lint.js';
import { parseSopConfig } from '../../src/documents/sop/config.js';
import { checkOutDir } from '../../src/documents/kit/out-dir.js';
import { loadLogo } from '../../src/documents/kit/logo.js';
import { loadTemplates } from '../../src/documents/kit/templates.js';
import { periodTitle } from '../../src/documents/report/text.js';
import { resolvePeriod } from '../../src/period.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';
import { reportFor, seedIncidents } from '../report/fixtures.js';
import { loadSopConfig } from '../../src/documents/sop/config.js';
import { SEED, variant } from '../sop/helpers.js';

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return (err as Error).message;
  }
  throw new Error('no UserError');
};

describe('documents in their own language', () => {
  afterEach(() => setLanguage('id'));

  it('writes an English report model even while the process speaks Indonesian, and the reverse', () => {
    const en = reportFor(seedIncidents(), { year: 2022 }, { lang: 'en' }).model;
    expect(en.summary.find((s) => s.key === 'availability')?.label).toBe('Availability (planned downtime excluded)');
    expect(en.summary.find((s) => s.key === 'availability')?.value).toMatch(/min down of .* min of service$/);
    expect(en.fileStem).toBe('laporan-downtime-2022-en');
    setLanguage('en');
    const id = reportFor(seedIncidents(), { year: 2022 }, { lang: 'id' }).model;
    expect(id.summary.find((s) => s.key === 'availability')?.label).toBe('Ketersediaan (di luar downtime terencana)');
    expect(id.fileStem).toBe('laporan-downtime-2022');
  });

  it('titles every kind of period in English', () => {
    const p = (o: Parameters<typeof resolvePeriod>[0]) => resolvePeriod(o, 'Asia/Jakarta', new Date('2026-11-25T00:00:00Z'));
    expect(periodTitle(p({ quarter: '2022-Q4' }), 'en')).toBe('Quarter IV 2022');
    expect(periodTitle(p({ year: 2022 }), 'en')).toBe('Year 2022');
    expect(periodTitle(p({ from: '2022-01-01', to: '2022-03-15' }), 'en')).toBe('Period 1 January 2022 to 15 March 2022');
  });
});

describe('terminal messages of the documents in the process language', () => {
  afterEach(() => setLanguage('id'));

  it('lints in English when the process speaks English, with an English tag', () => {
    setLanguage('en');
    const findings = lintSop({ config: loadSopConfig(SEED), approver: null }).findings;
    const same = findings.find((f) => f.code === 'same-address')!;
    expect(same.message).toMatch(/^the primary \(.*\) and the backup \(.*\) are both .*; each host needs its own address$/);
    expect(formatFinding(same)).toMatch(/^ERROR same-address hosts\.backup\.address: the primary/);
    expect(findings.find((f) => f.code === 'identity-missing' && f.path === 'document.approvedBy')?.message).toMatch(/^no approver/);
    setLanguage('id');
    expect(lintSop({ config: loadSopConfig(SEED), approver: null }).findings.find((f) => f.code === 'same-address')?.message).toMatch(/sama-sama/);
  });

  it('names a missing procedure in words, in English', () => {
    const config = variant((c) => void delete c.procedures.failback);
    setLanguage('en');
    expect(lintSop({ config, approver: { name: 'X', position: 'Y' } }).findings.find((f) => f.code === 'procedure-missing')?.message).toBe(
      'the failback (return to the primary server) procedure is missing; a take-over SOP needs take-over, failback and drill',
    );
  });

  it('checks an SPO config with messages in the language set after the schema was built', () => {
    const data = structuredClone(variant(() => undefined)) as unknown as { hosts: { backup: { address: string } }; units: string[] };
    data.hosts.backup.address = '192.168.20.999';
    data.units = [];
    setLanguage('en');
    const en = messageOf(() => parseSopConfig(data, 'spo.yaml'));
    expect(en).toContain('not a valid IPv4 address, e.g. 192.168.20.221');
    expect(en).toContain('name the service units that must be informed');
    setLanguage('id');
    expect(messageOf(() => parseSopConfig(data, 'spo.yaml'))).toContain('alamat IPv4 tidak valid');
  });

  it('explains an --out that is a file, and a partial path, in English', () => {
    const dir = tempDir('downtime-wording-');
    const file = join(dir, 'laporan.pdf');
    writeFileSync(file, 'x');
    setLanguage('en');
    expect(messageOf(() => checkOutDir(file))).toBe(`--out ${file}: a file, not a folder. --out takes the folder to write into, e.g. --out output`);
    expect(messageOf(() => checkOutDir(join(file, 'sub')))).toBe(`--out ${join(file, 'sub')}: ${file} is a file, not a folder, so the output folder cannot be created under it`);
    setLanguage('id');
    expect(messageOf(() => checkOutDir(file))).toContain('sebuah berkas, bukan folder');
  });

  it('says what is wrong with the logo and a template in words, without a system code', () => {
    const dir = tempDir('downtime-wording-');
    setLanguage('en');
    expect(messageOf(() => loadLogo(join(dir, 'none.png')))).toBe(
      `Letterhead logo (letterhead.logo in the profile) ${join(dir, 'none.png')}: the file does not exist. Correct the path in the profile, or leave letterhead.logo empty.`,
    );
    writeFileSync(join(dir, 'logo.png'), 'not an image');
    expect(messageOf(() => loadLogo(join(dir, 'logo.png')))).toContain('not a PNG or JPEG image');
    mkdirSync(join(dir, 'tpl'));
    mkdirSync(join(dir, 'tpl', 'intro.en.hbs'));
    const folder = messageOf(() => loadTemplates(join(dir, 'tpl'), ['intro'], 'en'));
    expect(folder).toBe(`Template cannot be read: ${join(dir, 'tpl', 'intro.en.hbs')} (it is a folder, not a file)`);
    expect(folder).not.toMatch(/EISDIR/);
    setLanguage('id');
    expect(messageOf(() => loadTemplates(join(dir, 'tpl'), ['missing'], 'id'))).toBe(`Templat tidak dapat dibaca: ${join(dir, 'tpl', 'missing.id.hbs')} (berkas tidak ada)`);
  });
});
