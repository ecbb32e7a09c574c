// SOP command placeholders: only the tool's own names are filled; any other is a lint error.
import { describe, expect, it } from 'vitest';
import { fill, PLACEHOLDER_NAMES, placeholderValues } from '../../src/documents/sop/defaults.js';
import { actionCommands } from '../../src/documents/sop/walk.js';
import { codes, lint, sample, variant } from '../sop/helpers.js';

describe('SOP placeholders', () => {
  it('{constructor}, {toString} and {__proto__}-like names are left as typed, never JavaScript source', () => {
    const values = placeholderValues(sample(), 'id', 'serverdb');
    expect(fill('echo {constructor} {toString} {hasOwnProperty}', values)).toBe('echo {constructor} {toString} {hasOwnProperty}');
    expect(fill('ip a add {vip}/{prefix}', values)).toBe(`ip a add ${values.vip}/${values.prefix}`);
    // The shell's own ${NAME} is not a placeholder.
    expect(fill('ls ${dataDir} {dataDir}', values)).toBe(`ls \${dataDir} ${values.dataDir}`);
  });

  it('the documented names are exactly the filled ones', () => {
    expect([...PLACEHOLDER_NAMES].sort()).toEqual(Object.keys(placeholderValues(sample(), 'id', null)).sort());
  });

  it('an unknown placeholder in a command is a lint error with its path; ${SHELL_VAR} is not', () => {
    const config = variant((c) => {
      c.commands['start-db'] = ['sudo systemctl start {service}', 'echo {constructor}'];
      c.procedures.takeover!.steps[0]!.actions[0]!.commands = ['ls ${PGDATA}', 'mount {mountpoint}'];
    });
    const found = lint(config).filter((f) => f.code === 'unknown-placeholder');
    expect(found.map((f) => [f.severity, f.path])).toEqual([
      ['error', 'commands.start-db[1]'],
      ['error', 'procedures.takeover.steps[0].actions[0].commands[1]'],
    ]);
    expect(found[0]!.message).toContain('{constructor}');
    expect(found[1]!.message).toContain('{mountPoint}');
    // What would have been printed:
    const text = actionCommands(config, { do: 'start-db' }, 'serverdb').join('\n');
    expect(text).not.toContain('function');
    expect(text).toContain('echo {constructor}');
  });

  it('the sample config has none', () => {
    expect(codes(lint(sample()))).not.toContain('unknown-placeholder');
  });
});
