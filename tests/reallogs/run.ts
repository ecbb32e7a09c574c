// Imports a built log through the CLI as a user would and reads back what the store holds.
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCli, tempDir, type CliResult } from '../helpers/cli.js';

export interface Listed {
  title: string;
  start: string;
  end: string | null;
  durationMinutes: number | null;
  unit: string | null;
  kind: string;
  cause: string;
  pic: string;
  warnings: string[];
  extra: Record<string, string>;
  source: { file: string; sheet: string | null; row: number };
}

/** What the tests compare: every incident's dates, duration, title, unit and kind. */
export type Brief = Pick<Listed, 'start' | 'end' | 'durationMinutes' | 'title' | 'unit' | 'kind'>;

export function brief(i: Listed): Brief {
  return { start: i.start, end: i.end, durationMinutes: i.durationMinutes, title: i.title, unit: i.unit, kind: i.kind };
}

let n = 0;
const dir = tempDir('downtime-reallogs-');
export function freshDb(): string {
  return join(dir, `store-${process.pid}-${n++}.sqlite`);
}

export interface Imported {
  run: CliResult;
  out: any;
  list: Listed[];
  db: string;
}

/** `import FILE … --db fresh --json`, expecting success, then `list --json`, in source order. */
export function importOk(file: string, args: string[] = [], db = freshDb()): Imported {
  const run = runCli(['import', file, ...args, '--db', db, '--json']);
  if (run.code !== 0) throw new Error(`import ${file} failed (${run.code}):\n${run.stderr}\n${run.stdout.slice(0, 3000)}`);
  const out = JSON.parse(run.stdout);
  const l = runCli(['list', '--db', db, '--json']);
  expect(l.code).toBe(0);
  // source order: sheets as the import reported them (workbook order), then rows
  const sheets: (string | null)[] = out.files.flatMap((f: { sheets: { sheet: string | null }[] }) => f.sheets.map((s) => s.sheet));
  const order = (i: Listed) => sheets.indexOf(i.source.sheet) * 1_000_000 + i.source.row;
  const list = (JSON.parse(l.stdout) as Listed[]).sort((a, b) => order(a) - order(b));
  return { run, out, list, db };
}

export interface Issue {
  severity: 'error' | 'warning';
  sheet: string | null;
  row: number | null;
  column: string | null;
  value: string | null;
  message: string;
}

/** The import's issues whose message matches. */
export function issues(out: { issues: Issue[] }, re: RegExp): Issue[] {
  return out.issues.filter((i) => re.test(i.message));
}

/** Every string in a JSON value, for "the output mentions X" checks. */
export function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}
