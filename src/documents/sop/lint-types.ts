// The linter's data types, apart from lint.ts so that rules.ts (which lint.ts runs) does not import it back.
import type { SopConfig } from './schema.js';

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
