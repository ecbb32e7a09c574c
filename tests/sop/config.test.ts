import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSopConfig } from '../../src/documents/sop/config.js';
import { loadSopConfig } from '../../src/documents/sop/config.js';
import { readConfigFile } from '../../src/config.js';

describe('take-over config', () => {
  it('reads YAML dates and revisions as the user meant them', () => {
    const c = loadSopConfig('data/sop/spo-takeover-server.yaml');
    expect(c.document.issuedOn).toBe('2022-11-25');
    expect(c.document.revision).toBe('01');
    expect(c.document.history.map((h) => h.revision)).toEqual(['00', '01']);
  });
  it('names the field path of every invalid value', () => {
    let err: unknown;
    try {
      parseSopConfig(readConfigFile('tests/fixtures/sop/invalid.yaml'), 'invalid.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as Error).message;
    expect(msg).toContain('invalid.yaml');
    expect(msg).toContain('hosts.backup.address: alamat IPv4 tidak valid');
    expect(msg).toContain('procedures.takeover.steps[0].actions[0].do: jenis langkah tidak dikenal');
    expect(msg).toContain('procedures.takeover.steps[0].targetMinutes');
  });
});

describe('long commands in the PDF', () => {
  it('wrap at spaces with a shell continuation, never beyond the width', async () => {
    const { wrapCommand } = await import('../../src/documents/sop/pdf.js');
    const cmd = 'sudo -u postgres pg_ctl -D /data/pgsql/14/data -l /data/pgsql/log/startup.log -o "-c listen_addresses=*" start';
    const lines = wrapCommand(cmd, 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.slice(0, -1).every((l) => l.endsWith(' \\'))).toBe(true);
    expect(lines.map((l) => l.replace(/ \\$/, '')).join(' ')).toBe(cmd);
  });
});
