// The linter: rules as data, each a small predicate over the parsed config that returns findings
// with the config path. Pure: no file system, no clock. `lintSop` runs them all so the user sees
// every slip at once; errors stop generation, warnings go into "Hal-hal yang perlu diperhatikan".
import type { Lang } from '../../types.js';
import { COMMON } from '../../wording/common.js';
import { language } from '../../wording/lang.js';
import type { Finding, LintContext, LintResult, LintRule } from './lint-types.js';
import { LINT_RULES } from './rules.js';
import type { UnitSopConfig } from './unit-schema.js';

export type { Finding, LintContext, LintResult, LintRule, Severity } from './lint-types.js';

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
export function formatFinding(f: Finding, lang: Lang = language()): string {
  const W = COMMON.in(lang);
  const tag = f.severity === 'error' ? W.error : W.warning;
  return `${tag} ${f.code} ${f.path}: ${f.message}`;
}

/** The rules that read only the document identity: the ones a unit procedure (no servers) gets. */
const DOCUMENT_RULE_CODES = new Set(['identity-missing', 'policy-missing', 'history-current']);
export const DOCUMENT_RULES: readonly LintRule[] = LINT_RULES.filter((r) => DOCUMENT_RULE_CODES.has(r.code));

/** Lints a unit-procedure config: identity, policy and revision history (MRMIK 3). */
export function lintUnitSop(ctx: { config: UnitSopConfig; approver: LintContext['approver'] }): LintResult {
  // DOCUMENT_RULES read ctx.config.document and nothing else, which both config kinds share.
  return lintSop({ ...ctx, config: ctx.config as unknown as LintContext['config'] }, DOCUMENT_RULES);
}
