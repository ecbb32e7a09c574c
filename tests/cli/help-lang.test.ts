// `--lang` is read from the command line before yargs runs; the shared option wording in English.
import { afterEach, describe, expect, it } from 'vitest';
import { langFromArgs } from '../../src/commands/options.js';
import { parseFormats, parseIsoInstant } from '../../src/commands/option-values.js';
import { resolveReadOptions, unusedMappingIssues } from '../../src/commands/read-options.js';
import { setLanguage } from '../../src/wording/lang.js';

describe('--lang before yargs', () => {
  afterEach(() => setLanguage('id'));

  it('finds --lang VALUE and --lang=VALUE anywhere, the last one winning; not after --', () => {
    expect(langFromArgs(['report', '--lang', 'en'])).toBe('en');
    expect(langFromArgs(['--lang=en', 'list'])).toBe('en');
    expect(langFromArgs(['--lang', 'en', 'report', '--lang', 'id'])).toBe('id');
    expect(langFromArgs(['report'])).toBeNull();
    expect(langFromArgs(['report', '--lang', 'xx'])).toBeNull();
    expect(langFromArgs(['report', '--lang'])).toBeNull();
    expect(langFromArgs(['open', '--', '--lang', 'en'])).toBeNull();
  });

  it('words option-value refusals and unused mappings in the language set', () => {
    setLanguage('en');
    expect(() => parseIsoInstant('--generated-at', '12')).toThrow('--generated-at 12: not an ISO date (for example: --generated-at 2026-11-25 or 2026-11-25T09:00:00+07:00)');
    expect(() => parseFormats('doc', ['pdf', 'docx'] as const)).toThrow('--format doc: choose pdf, docx or pdf,docx (for example: --format pdf,docx)');
    // A --map entry no sheet was read with: none of its headers matched.
    const issues = unusedMappingIssues(resolveReadOptions({ map: 'title=Keterangn' }), 'log.xlsx');
    expect(issues.map((i) => i.message)).toEqual([
      'mapping title=Keterangn: no column headed "Keterangn" (nor that column letter) in any sheet; this entry is not used — check its spelling (downtime inspect shows the headers there are)',
    ]);
    setLanguage('id');
    expect(() => parseIsoInstant('--now', 'kemarin')).toThrow('--now kemarin: bukan tanggal ISO (contoh: --now 2026-11-25 atau 2026-11-25T09:00:00+07:00)');
  });
});
