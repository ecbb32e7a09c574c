import type { Issue } from './types.js';
import { COMMON } from './wording/common.js';
import { language, type Lang } from './wording/lang.js';

/** Exit codes, documented in the README. Only src/cli.ts turns them into process exit codes. */
export const ExitCode = {
  ok: 0,
  /** Bad arguments, invalid input file or config: the user can fix it. */
  input: 1,
  /** Unexpected failure: a bug. */
  bug: 2,
  /** File system: cannot read or write a file. */
  io: 3,
  /** Lint found errors in a configuration (sop --check). */
  lint: 4,
  /** `pack --strict`: the pack was written, but the readiness check found something missing. */
  notReady: 5,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A mistake the user can act on. The CLI prints `message` (and `issues`, if any) without a stack.
 */
export class UserError extends Error {
  readonly exitCode: ExitCodeValue;
  readonly issues: Issue[];
  constructor(message: string, opts: { exitCode?: ExitCodeValue; issues?: Issue[] } = {}) {
    super(message);
    this.name = 'UserError';
    this.exitCode = opts.exitCode ?? ExitCode.input;
    this.issues = opts.issues ?? [];
  }
}

/** Formats an issue on one line: `file, sheet "Okt", baris 12, kolom C ("31 Februari 2022"): message`. */
export function formatIssue(issue: Issue, lang: Lang = language()): string {
  const W = COMMON.in(lang);
  const where: string[] = [issue.file];
  if (issue.sheet) where.push(W.sheet(issue.sheet));
  if (issue.row != null) where.push(W.row(issue.row));
  if (issue.column) where.push(W.column(issue.column));
  const value = issue.value != null ? ` (${JSON.stringify(issue.value)})` : '';
  const tag = issue.severity === 'error' ? W.error : W.warning;
  return `${tag} ${where.join(', ')}${value}: ${issue.message}`;
}

/** Numbers in a message vary from row to row; the kind of problem does not. */
const kindOf = (i: Issue) => `${i.severity}\u0000${i.message.replace(/\d+/g, '…')}\u0000${i.column ?? ''}`;

/**
 * Issue lines, errors first, at most `limit` of them, then a count of the rest (80,000 identical
 * lines help nobody), then a count per kind of problem (message and column): "45× tanggal kosong,
 * kolom B (Tanggal)". The full list is in `--json`.
 */
export function formatIssues(issues: Issue[], limit = 50, lang: Lang = language()): string[] {
  const W = COMMON.in(lang);
  const ordered = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
  const lines = ordered.slice(0, limit).map((i) => formatIssue(i, lang));
  if (ordered.length > limit) lines.push(W.andMore(ordered.length - limit));
  if (ordered.length > 1) {
    // Per kind, the first message split at its numbers; a number that differs in another message of
    // the kind becomes "…", the rest (the hint's "08.30") stays as written.
    const kinds = new Map<string, { first: Issue; count: number; parts: string[] }>();
    for (const i of ordered) {
      const k = kindOf(i);
      const g = kinds.get(k);
      if (g) {
        g.count++;
        if (g.first.message !== i.message) {
          const parts = i.message.split(/(\d+)/);
          for (let p = 1; p < g.parts.length; p += 2) if (parts[p] !== g.parts[p]) g.parts[p] = '…';
        }
      } else kinds.set(k, { first: i, count: 1, parts: i.message.split(/(\d+)/) });
    }
    lines.push(W.byKind);
    for (const { first, count, parts } of kinds.values()) {
      const tag = first.severity === 'error' ? W.errorLower : W.warningLower;
      const message = parts.join('');
      const column = first.column ? `, ${W.column(first.column)}` : '';
      lines.push(`  ${count}× ${tag}: ${message}${column}`);
    }
  }
  return lines;
}
