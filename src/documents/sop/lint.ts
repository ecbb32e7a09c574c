// The linter: rules as data, each a small predicate over the parsed config that returns findings
// with the config path. Pure: no file system, no clock. `lintSop` runs them all so the user sees
// every slip at once; errors stop generation, warnings go into "Hal-hal yang perlu diperhatikan".
import type { Lang } from '../../types.js';
import type { SopConfig } from './schema.js';
import { LINT_RULES } from './rules.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  code: string;
  severity: Severity;
  /** Where in the config, e.g. `hosts.backup.address` or `procedures.takeover.steps[0].actions[1]`. */
  path: string;
  message: string;
}

/** The approver comes from the hospital profile (or the config); the linter only needs to know it. */
export interface LintContext {
  config: SopConfig;
  approver: { name: string; position: string } | null;
  lang: Lang;
}

export interface LintRule {
  code: string;
  severity: Severity;
  /** One line for the README and `--check --json`. */
  summary: string;
  check: (ctx: LintContext) => Array<{ path: string; message: string }>;
}

export interface LintResult {
  findings: Finding[];
  errors: Finding[];
  warnings: Finding[];
}

export function lintSop(ctx: LintContext, rules: readonly LintRule[] = LINT_RULES): LintResult {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule.check(ctx)) findings.push({ code: rule.code, severity: rule.severity, path: f.path, message: f.message });
  }
  return {
    findings,
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
}

/** `GALAT no-fencing procedures.takeover.steps[1].actions[0]: …` — one finding per line. */
export function formatFinding(f: Finding, lang: Lang): string {
  const tag = f.severity === 'error' ? (lang === 'id' ? 'GALAT' : 'ERROR') : lang === 'id' ? 'PERINGATAN' : 'WARNING';
  return `${tag} ${f.code} ${f.path}: ${f.message}`;
}
