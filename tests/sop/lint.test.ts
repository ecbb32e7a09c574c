import { describe, expect, it } from 'vitest';
import { loadSopConfig } from '../../src/documents/sop/config.js';
import { LINT_RULES } from '../../src/documents/sop/rules.js';
import type { SopConfig } from '../../src/documents/sop/schema.js';
import { SEED, codes, lint, sample, variant } from './helpers.js';

const step = (c: SopConfig, proc: 'takeover' | 'failback' | 'drill', i: number) => c.procedures[proc]!.steps[i]!;

describe('the sample config', () => {
  it('lints clean: no errors, no warnings', () => {
    expect(lint(sample())).toEqual([]);
  });
});

describe('the seed procedure as typed', () => {
  const findings = lint(loadSopConfig(SEED));
  it('raises the same-address error on hosts.backup.address', () => {
    expect(findings).toContainEqual(expect.objectContaining({ code: 'same-address', severity: 'error', path: 'hosts.backup.address' }));
  });
  it('warns about telnet and root log-in, suggesting SSH and sudo', () => {
    const telnet = findings.filter((f) => f.code === 'telnet');
    const root = findings.filter((f) => f.code === 'root-login');
    expect(telnet.length).toBeGreaterThan(0);
    expect(root.length).toBeGreaterThan(0);
    expect(telnet.every((f) => f.severity === 'warning' && /SSH/.test(f.message))).toBe(true);
    expect(root.every((f) => f.severity === 'warning' && /sudo/.test(f.message))).toBe(true);
    expect(root.map((f) => f.path)).toContain('procedures.takeover.steps[0].user');
  });
  it('also finds postgres/postgre, the missing fencing and GARP', () => {
    expect(codes(findings)).toEqual(expect.arrayContaining(['user-inconsistent', 'no-fencing', 'no-garp', 'identity-missing']));
  });
});

// Each rule: a config that fails it (with the expected path) next to the sample that passes it.
const cases: Array<[code: string, change: (c: SopConfig) => void, path: string]> = [
  ['identity-missing', (c) => void delete c.document.number, 'document.number'],
  ['same-address', (c) => void (c.hosts.backup.address = c.hosts.primary.address), 'hosts.backup.address'],
  ['vip-conflict', (c) => void (c.vip.address = c.hosts.backup.address), 'vip.address'],
  ['vip-subnet', (c) => void (c.vip.address = '192.168.21.220'), 'vip.address'],
  ['undefined-host', (c) => void (step(c, 'takeover', 1).host = 'server'), 'procedures.takeover.steps[1].host'],
  ['undefined-user', (c) => void (step(c, 'failback', 4).user = 'postgre'), 'procedures.failback.steps[4].user'],
  ['user-inconsistent', (c) => void c.accounts.push({ name: 'postgre', sudo: false }), 'accounts[2].name'],
  ['telnet', (c) => void (step(c, 'takeover', 1).via = 'telnet'), 'procedures.takeover.steps[1].via'],
  ['root-login', (c) => void (c.accounts.push({ name: 'root', sudo: false }), (step(c, 'takeover', 2).user = 'root')), 'procedures.takeover.steps[2].user'],
  ['no-fencing', (c) => void c.procedures.takeover!.steps.shift(), 'procedures.takeover.steps[0].actions[0]'],
  ['no-garp', (c) => void (step(c, 'takeover', 1).actions = step(c, 'takeover', 1).actions.filter((a) => a.do !== 'garp')), 'procedures.takeover.steps[1].actions[3]'],
  ['procedure-missing', (c) => void delete c.procedures.drill, 'procedures.drill'],
  ['policy-missing', (c) => void delete c.document.regulation, 'document.regulation'],
  ['history-current', (c) => void c.document.history.pop(), 'document.history'],
  ['smoke-test-missing', (c) => void c.procedures.failback!.steps.pop(), 'procedures.failback'],
  ['unknown-placeholder', (c) => void (c.commands['start-db'] = ['echo {constructor}']), 'commands.start-db[0]'],
];

describe('lint rules', () => {
  it('every rule has a case here', () => {
    expect(LINT_RULES.map((r) => r.code).sort()).toEqual(cases.map((c) => c[0]).sort());
  });
  for (const [code, change, path] of cases) {
    it(`${code}: fails on ${path}, passes on the sample`, () => {
      const found = lint(variant(change)).filter((f) => f.code === code);
      expect(found.map((f) => f.path)).toContain(path);
      expect(codes(lint(sample()))).not.toContain(code);
    });
  }
  it('no-fencing: a custom step running vgchange -a y counts as taking the diskset', () => {
    const c = variant((c) => {
      c.procedures.takeover!.steps.shift();
      step(c, 'takeover', 0).actions = [{ do: 'custom', text: 'ambil alih', commands: ['sudo vgchange -a y vgsimrs'] }];
    });
    expect(codes(lint(c))).toContain('no-fencing');
  });
  it('undefined-user: a command using an unknown account, with a suggestion', () => {
    const c = variant((c) => void (step(c, 'takeover', 2).actions[1]!.commands = ['sudo -u postgre pg_isready']));
    const f = lint(c).find((f) => f.code === 'undefined-user');
    expect(f?.path).toBe('procedures.takeover.steps[2].actions[1].commands[0]');
    expect(f?.message).toContain('"postgres"');
  });
  it('identity-missing: no approver in the profile nor the config', () => {
    expect(lint(sample(), null)).toContainEqual(expect.objectContaining({ code: 'identity-missing', path: 'document.approvedBy' }));
  });
  it('severities as documented: structural slips are errors, style is a warning', () => {
    const sev = Object.fromEntries(LINT_RULES.map((r) => [r.code, r.severity]));
    expect(sev).toMatchObject({ 'same-address': 'error', 'no-fencing': 'error', 'procedure-missing': 'error', telnet: 'warning', 'root-login': 'warning', 'no-garp': 'warning', 'user-inconsistent': 'warning' });
  });
});
