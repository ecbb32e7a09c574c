// The lint rules. Each is data (code, severity, summary) plus one small predicate; the severity is
// decided here once and documented in docs/sop.md. Findings are printed on the terminal, so their
// messages are in the language people read now (wording/sop.ts, `lint`).
import type { LintContext, LintRule } from './lint-types.js';
import { networkOf, sameSubnet } from './ip.js';
import { PROCEDURE_KEYS, type ActionKind } from './schema.js';
import { SOP } from '../../wording/sop.js';
import { PLACEHOLDER, PLACEHOLDER_NAMES } from './defaults.js';
import { otherHost, resolveHost, stepPath, usersInCommand, walkActions, type WalkedAction } from './walk.js';

type Found = Array<{ path: string; message: string }>;
const W = () => SOP().lint;

/** A host's server-side kinds: a step doing any of these must say which host it runs on. */
const SERVER_KINDS: ActionKind[] = ['fence', 'stop-db', 'unmount', 'release-diskset', 'vip-remove', 'take-diskset', 'mount', 'check-ownership', 'vip-add', 'garp', 'start-db', 'check-db'];

function sameAddress(ctx: LintContext): Found {
  const { primary, backup } = ctx.config.hosts;
  const out: Found = [];
  if (primary.address === backup.address)
    out.push({
      path: 'hosts.backup.address',
      message: W().sameAddress(primary.name, backup.name, backup.address),
    });
  if (primary.name === backup.name)
    out.push({ path: 'hosts.backup.name', message: W().sameName(backup.name) });
  return out;
}

function vipConflict(ctx: LintContext): Found {
  const { vip, hosts } = ctx.config;
  return Object.values(hosts)
    .filter((h) => h.address === vip.address)
    .map((h) => ({
      path: 'vip.address',
      message: W().vipConflict(vip.address, h.name),
    }));
}

function vipSubnet(ctx: LintContext): Found {
  const { vip, hosts } = ctx.config;
  return Object.values(hosts)
    .filter((h) => !sameSubnet(h.address, vip.address, vip.prefix))
    .map((h) => ({
      path: 'vip.address',
      message: W().vipSubnet(vip.address, vip.prefix, h.name, h.address, networkOf(vip.address, vip.prefix)),
    }));
}

function undefinedHost(ctx: LintContext): Found {
  const out: Found = [];
  const names = `${ctx.config.hosts.primary.name}, ${ctx.config.hosts.backup.name}`;
  for (const key of PROCEDURE_KEYS) {
    ctx.config.procedures[key]?.steps.forEach((step, i) => {
      const path = `${stepPath(key, i)}.host`;
      if (step.host != null && resolveHost(ctx.config, step.host) == null)
        out.push({ path, message: W().undefinedHost(step.host, names) });
      else if (step.host == null && step.actions.some((a) => SERVER_KINDS.includes(a.do)))
        out.push({ path, message: W().hostMissing(step.title, names) });
    });
  }
  return out;
}

/** Every account name the config uses, with where. */
function userMentions(ctx: LintContext): Array<{ name: string; path: string }> {
  const out = [{ name: ctx.config.database.user, path: 'database.user' }];
  for (const key of PROCEDURE_KEYS)
    ctx.config.procedures[key]?.steps.forEach((s, i) => s.user != null && out.push({ name: s.user, path: `${stepPath(key, i)}.user` }));
  for (const a of walkActions(ctx.config)) a.commands.forEach((c, ci) => usersInCommand(c).forEach((name) => out.push({ name, path: `${a.path}.commands[${ci}]` })));
  return out;
}

function undefinedUser(ctx: LintContext): Found {
  const defined = new Set(ctx.config.accounts.map((a) => a.name));
  const list = [...defined].join(', ');
  return userMentions(ctx)
    .filter((m) => !defined.has(m.name))
    .map((m) => {
      const near = [...defined].find((d) => nearDuplicate(m.name, d));
      const hint = near ? W().didYouMean(near) : '';
      return { path: m.path, message: W().undefinedUser(m.name, list) + hint };
    });
}

/** "postgre" next to "postgres", "Postgres" next to "postgres": one of them is a typo. */
function nearDuplicate(a: string, b: string): boolean {
  if (a === b) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)) && Math.abs(x.length - y.length) <= 2);
}

function userInconsistent(ctx: LintContext): Found {
  const names = [...new Set([...ctx.config.accounts.map((a) => a.name), ...userMentions(ctx).map((m) => m.name)])];
  const out: Found = [];
  ctx.config.accounts.forEach((acc, i) => {
    const twin = names.find((n) => nearDuplicate(acc.name, n) && (n === ctx.config.database.user || names.indexOf(n) < names.indexOf(acc.name)));
    if (twin) out.push({ path: `accounts[${i}].name`, message: W().userInconsistent(acc.name, twin) });
  });
  return out;
}

function forEachStep(ctx: LintContext, pick: (s: WalkedAction['step']) => boolean, message: (s: WalkedAction['step']) => string, field: string): Found {
  const out: Found = [];
  for (const key of PROCEDURE_KEYS) ctx.config.procedures[key]?.steps.forEach((s, i) => pick(s) && out.push({ path: `${stepPath(key, i)}.${field}`, message: message(s) }));
  return out;
}

function telnet(ctx: LintContext): Found {
  const msg = W().telnet;
  const steps = forEachStep(ctx, (s) => s.via === 'telnet', () => msg, 'via');
  const cmds = walkActions(ctx.config).flatMap((a) => a.commands.flatMap((c, ci) => (/\btelnet\b/.test(c) ? [{ path: `${a.path}.commands[${ci}]`, message: msg }] : [])));
  return [...steps, ...cmds];
}

function rootLogin(ctx: LintContext): Found {
  const msg = W().rootLogin;
  const steps = forEachStep(ctx, (s) => s.user === 'root', () => msg, 'user');
  const cmds = walkActions(ctx.config).flatMap((a) => a.commands.flatMap((c, ci) => (/\bssh\s+(?:-\S+\s+)*root@|\bsu\s*(-\s*)?(root)?\s*$/.test(c) ? [{ path: `${a.path}.commands[${ci}]`, message: msg }] : [])));
  return [...steps, ...cmds];
}

/** Taking the diskset on one host needs the other fenced (or released) earlier in the same procedure. */
function noFencing(ctx: LintContext): Found {
  const out: Found = [];
  const actions = walkActions(ctx.config);
  for (const key of PROCEDURE_KEYS) {
    const inProc = actions.filter((a) => a.procedure === key);
    inProc.forEach((a, i) => {
      if (!a.host || !(a.kinds.has('take-diskset') || a.kinds.has('mount'))) return;
      const other = otherHost(a.host.key);
      const before = inProc.slice(0, i);
      if (before.some((b) => b.host?.key === a.host?.key && (b.kinds.has('take-diskset') || b.kinds.has('mount')))) return;
      const fenced = before.some((b) => b.host?.key === other && (b.kinds.has('fence') || b.kinds.has('release-diskset')));
      if (!fenced)
        out.push({
          path: a.path,
          message: W().noFencing(a.host.host.name, ctx.config.hosts[other].name),
        });
    });
  }
  return out;
}

function noGarp(ctx: LintContext): Found {
  const actions = walkActions(ctx.config);
  return actions
    .filter((a, i) => a.kinds.has('vip-add') && !actions.slice(i).some((b) => b.procedure === a.procedure && b.host?.key === a.host?.key && b.kinds.has('garp')))
    .map((a) => ({ path: a.path, message: W().noGarp }));
}

function procedureMissing(ctx: LintContext): Found {
  const names = W().procedureNames;
  return PROCEDURE_KEYS.filter((k) => !ctx.config.procedures[k]?.steps.length).map((k) => ({
    path: `procedures.${k}`,
    message: W().procedureMissing(names[k]),
  }));
}

function identityMissing(ctx: LintContext): Found {
  const d = ctx.config.document;
  const names = W().identityFields;
  const fields = ['title', 'number', 'revision', 'issuedOn'] as const;
  const out: Found = fields.filter((k) => d[k] == null).map((k) => ({ path: `document.${k}`, message: W().identityMissing(names[k]) }));
  if (!ctx.approver) out.push({ path: 'document.approvedBy', message: W().noApprover });
  return out;
}

function policyMissing(ctx: LintContext): Found {
  return ctx.config.document.regulation ? [] : [{ path: 'document.regulation', message: W().policyMissing }];
}

function historyCurrent(ctx: LintContext): Found {
  const { revision, history } = ctx.config.document;
  if (revision == null || history.some((h) => h.revision === revision)) return [];
  return [{ path: 'document.history', message: W().historyCurrent(revision) }];
}

function smokeTestMissing(ctx: LintContext): Found {
  return (['takeover', 'failback'] as const)
    .filter((k) => ctx.config.procedures[k]?.steps.length && !ctx.config.procedures[k]?.steps.some((s) => s.actions.some((a) => a.do === 'smoke-test')))
    .map((k) => ({ path: `procedures.${k}`, message: W().smokeTestMissing }));
}

/** `{constructor}` or a typo like `{mountpoint}` in a command: it would be printed as typed, not filled. */
function unknownPlaceholder(ctx: LintContext): Found {
  const known = new Set(PLACEHOLDER_NAMES);
  const out: Found = [];
  const check = (command: string, path: string): void => {
    for (const m of command.matchAll(PLACEHOLDER)) {
      const name = m[1]!;
      if (known.has(name)) continue;
      out.push({
        path,
        message: W().unknownPlaceholder(name, PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(', ')),
      });
    }
  };
  for (const [kind, list] of Object.entries(ctx.config.commands)) (list ?? []).forEach((c, i) => check(c, `commands.${kind}[${i}]`));
  for (const procedure of PROCEDURE_KEYS)
    ctx.config.procedures[procedure]?.steps.forEach((step, si) =>
      step.actions.forEach((a, ai) => (a.commands ?? []).forEach((c, ci) => check(c, `${stepPath(procedure, si)}.actions[${ai}].commands[${ci}]`))),
    );
  return out;
}

export const LINT_RULES: readonly LintRule[] = [
  { code: 'identity-missing', severity: 'error', summary: 'document identity lacks title, number, revision, date of issue or approver', check: identityMissing },
  { code: 'same-address', severity: 'error', summary: 'primary and backup share an address (or a name)', check: sameAddress },
  { code: 'vip-conflict', severity: 'error', summary: 'the virtual IP equals a host address', check: vipConflict },
  { code: 'vip-subnet', severity: 'error', summary: "the virtual IP is outside a host's subnet", check: vipSubnet },
  { code: 'undefined-host', severity: 'error', summary: 'a step names an undefined host, or runs server commands without a host', check: undefinedHost },
  { code: 'undefined-user', severity: 'error', summary: 'a step or command uses an account not listed under accounts', check: undefinedUser },
  { code: 'user-inconsistent', severity: 'warning', summary: 'two account names that look like one (postgres/postgre)', check: userInconsistent },
  { code: 'telnet', severity: 'warning', summary: 'telnet log-in; use SSH', check: telnet },
  { code: 'root-login', severity: 'warning', summary: 'root log-in; use a named account with sudo', check: rootLogin },
  { code: 'no-fencing', severity: 'error', summary: 'a host takes the diskset before the other is fenced or has released it', check: noFencing },
  { code: 'no-garp', severity: 'warning', summary: 'virtual IP added without a gratuitous ARP after it', check: noGarp },
  { code: 'procedure-missing', severity: 'error', summary: 'take-over, failback or drill missing', check: procedureMissing },
  { code: 'policy-missing', severity: 'warning', summary: 'no director regulation for KEBIJAKAN', check: policyMissing },
  { code: 'history-current', severity: 'warning', summary: 'the revision history lacks the current revision', check: historyCurrent },
  { code: 'unknown-placeholder', severity: 'error', summary: 'a command uses a {placeholder} the tool does not know', check: unknownPlaceholder },
  { code: 'smoke-test-missing', severity: 'warning', summary: 'take-over or failback without a client-side test', check: smokeTestMissing },
];
