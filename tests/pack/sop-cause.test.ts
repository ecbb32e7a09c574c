// `document.history[].cause` of an SOP config: read from the YAML a user writes, both kinds of SOP,
// and refused with the key named when it is misspelt, empty or not a number.
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { parseAnySopConfig } from '../../src/documents/sop/config.js';
import { UserError } from '../../src/errors.js';
import { setLanguage } from '../../src/wording/lang.js';

afterEach(() => setLanguage('id'));

/** The sample config with one more history entry whose cause is `cause` (YAML text). */
function withCause(file: string, cause: string) {
  const data = parse(readFileSync(file, 'utf8')) as { document: { history: unknown[] } };
  data.document.history.push({ revision: '09', date: '2023-03-20', change: 'x', cause: parse(cause) as unknown });
  return data;
}
const TAKEOVER = 'data/sop/spo-takeover-server.yaml';
const UNITS = 'data/sop/spo-penanganan-downtime-unit.yaml';
const error = (data: unknown) => {
  try {
    parseAnySopConfig(data, 'spo.yaml');
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
  throw new Error('accepted');
};

describe('SOP history cause', () => {
  it('reads an incident, one action or a list, in both kinds of SOP', () => {
    const cause = (file: string, yaml: string) => parseAnySopConfig(withCause(file, yaml), 'spo.yaml').config.document.history.at(-1)!.cause;
    expect(cause(TAKEOVER, '{ incident: 6, action: 3 }')).toEqual({ incident: 6, actions: [3] });
    expect(cause(UNITS, '{ action: [3, 4] }')).toEqual({ incident: null, actions: [3, 4] });
    expect(cause(UNITS, '{ incident: 6 }')).toEqual({ incident: 6, actions: [] });
    expect(parseAnySopConfig(parse(readFileSync(TAKEOVER, 'utf8')), 'spo.yaml').config.document.history[0]!.cause).toBeUndefined();
  });

  it('names the key of a misspelt, empty or non-numeric cause', () => {
    expect(error(withCause(TAKEOVER, '{ insiden: 6 }'))).toMatch(/document\.history\[2\]\.cause: .*"insiden"/);
    expect(error(withCause(TAKEOVER, '{}'))).toContain('document.history[2].cause: sebutkan incident (insiden yang evaluasinya menyebabkan revisi ini) dan/atau action');
    expect(error(withCause(UNITS, '{ incident: "enam" }'))).toContain('document.history[1].cause.incident: nomor insiden seperti di downtime list');
    expect(error(withCause(UNITS, '{ incident: 6, action: [3, 0] }'))).toContain('document.history[1].cause.action[1]: nomor tindak lanjut seperti di downtime actions');
  });

  it('says it in English under --lang en', () => {
    setLanguage('en');
    expect(error(withCause(TAKEOVER, '{ action: 2.5 }'))).toContain('document.history[2].cause.action: an action number as downtime actions shows it');
  });
});
