// `downtime inspect FILE`: the first thing to run on an unknown log. No store is touched. For every
// sheet: the header row found, each column → field with its rule, the date order, five rows as they
// would be imported, and the problems — ending with a ready `--map` line to paste.
import type { CommandModule } from 'yargs';
import { UserError } from '../errors.js';
import type { Field, Issue, RawRow } from '../types.js';
import { withProfileOption } from './options.js';
import { withReadOptions, type ReadArgs } from './read-flags.js';
import { describeSheets, fieldName } from './sheet-report.js';
import { commandDescription } from './help-text.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';
import { COMMON } from '../wording/common.js';
import { language } from '../wording/lang.js';

interface InspectArgs extends ReadArgs {
  file: string;
  profile: string;
  rules: string;
  year?: number;
  table?: string;
  query?: string;
  samples: number;
  json: boolean;
}

interface Sample {
  sheet: string | null;
  row: number;
  title: string;
  start: string;
  end: string | null;
  durationMinutes: number | null;
  kind: string;
  kindReason: string;
  category: string;
  unit: string | null;
  extra: Record<string, string>;
  warnings: string[];
}

/** "45× tanggal kosong (kolom B)": problems counted by kind, errors first. */
export function countIssues(issues: readonly Issue[]): { severity: Issue['severity']; count: number; message: string; column: string | null }[] {
  const groups = new Map<string, { severity: Issue['severity']; count: number; message: string; column: string | null }>();
  for (const i of issues) {
    const key = `${i.severity}\u0000${i.column ?? ''}\u0000${i.message}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { severity: i.severity, count: 1, message: i.message, column: i.column });
  }
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}

export const inspectCommand: CommandModule<object, InspectArgs> = {
  command: 'inspect <file>',
  describe: commandDescription('inspect'),
  builder: (y) =>
    withReadOptions(withProfileOption(y))
      .positional('file', { type: 'string', demandOption: true, describe: COMMAND_HELP().inspect.file })
      .option('rules', { type: 'string', default: 'data/aturan-klasifikasi.yaml', describe: COMMAND_HELP().shared.rules })
      .option('year', { type: 'number', describe: COMMAND_HELP().inspect.year })
      .option('table', { type: 'string', describe: COMMAND_HELP().shared.table })
      .option('query', { type: 'string', describe: COMMAND_HELP().shared.query })
      .option('samples', { type: 'number', default: 5, describe: COMMAND_HELP().inspect.samples })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.json })
      .example(exampleList(COMMAND_HELP().inspect.examples)) as never,
  handler: async (argv) => {
    const { resolveReadOptions, unusedMappingIssues } = await import('./read-options.js');
    const { readSource } = await import('../sources/index.js');
    const { normaliseRow } = await import('../normalise/normalise.js');
    const { classify } = await import('../classify/classify.js');
    const { loadRules } = await import('../classify/rules.js');
    const { loadProfile } = await import('../profile.js');
    const { formatMapArg } = await import('../sources/mapping.js');
    const { formatDuration } = await import('../format.js');
    const { formatIssue } = await import('../errors.js');

    if (argv.year != null && !(Number.isInteger(argv.year) && argv.year >= 1900 && argv.year <= 2099)) {
      throw new UserError(COMMANDS().shared.yearInvalid);
    }
    const profile = loadProfile(argv.profile);
    const rules = loadRules(argv.rules);
    const read = resolveReadOptions(argv);
    const nctx = { timeZone: profile.hospital.timeZone, defaultYear: argv.year ?? null };
    const memory = new Map<string, number>();
    const samples = new Map<string, Sample[]>();
    const rowIssues: Issue[] = [];
    let rows = 0;
    const onRow = (raw: RawRow) => {
      rows++;
      const r = normaliseRow(raw, nctx, memory);
      rowIssues.push(...r.issues);
      const key = raw.source.sheet ?? '';
      const list = samples.get(key) ?? [];
      if (list.length >= argv.samples || !r.incident) return;
      const c = classify(r.incident, rules, language()); // a preview: nothing is stored
      list.push({
        sheet: raw.source.sheet,
        row: raw.source.row,
        title: c.title,
        start: c.start.iso,
        end: c.end?.iso ?? null,
        durationMinutes: c.durationMinutes,
        kind: c.kind,
        kindReason: c.kindReason,
        category: c.category,
        unit: c.unit,
        extra: c.extra,
        warnings: c.warnings,
      });
      samples.set(key, list);
    };
    let result;
    try {
      result = await readSource(argv.file, { table: argv.table, query: argv.query, onRow, ...read.choices });
    } catch (err) {
      if (argv.json && err instanceof UserError) {
        process.stdout.write(`${JSON.stringify({ file: argv.file, recognised: false, message: err.message, issues: err.issues }, null, 2)}\n`);
      }
      throw err;
    }
    const issues = [...unusedMappingIssues(read, argv.file), ...result.issues, ...rowIssues];
    const first = result.sheets.find((s) => s.recognised);
    const mapColumns = (first?.mapping ?? []).filter((m) => m.field).map((m) => ({ field: m.field as Field, column: m.header }));
    const mapArg = formatMapArg(mapColumns);
    const orders = [...new Set(result.sheets.flatMap((s) => (s.mapping ?? []).map((m) => m.dateOrder?.order).filter(Boolean)))];
    // Year-first values read the same in any order: only a forced order or a proved month-first
    // one is worth pasting.
    const order = read.choices.dateOrder ?? (orders.length === 1 && orders[0] === 'mdy' ? 'mdy' : undefined);
    const suggestion = `downtime import ${JSON.stringify(argv.file)} --map ${JSON.stringify(mapArg)}${order && order !== 'dmy' ? ` --date-order ${order}` : ''}`;

    if (argv.json) {
      const out = {
        file: argv.file,
        kind: result.kind,
        recognised: result.sheets.some((s) => s.recognised),
        rows,
        sheets: result.sheets.map((s) => ({ ...s, samples: samples.get(s.sheet ?? '') ?? [] })),
        problems: countIssues(issues),
        issues,
        map: mapArg,
        suggestion,
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return;
    }

    const W = COMMANDS().inspect;
    const C = COMMON();
    const w = (line = '') => process.stdout.write(`${line}\n`);
    w(W.found(argv.file, result.kind, rows));
    for (const line of describeSheets(result.sheets)) w(line);
    for (const s of result.sheets) {
      const list = samples.get(s.sheet ?? '') ?? [];
      if (!list.length) continue;
      w();
      w(`  ${W.samples(s.sheet)}`);
      for (const x of list) {
        const end = x.end ? W.until(x.end) : '';
        const dur = ` (${x.durationMinutes != null ? formatDuration(x.durationMinutes, language()) : W.unknownDuration})`;
        w(`    ${C.row(x.row)}: ${x.start}${end}${dur} · ${x.kind === 'planned' ? W.planned : W.unplanned} · ${JSON.stringify(x.title)}${x.unit ? ` · ${fieldName('unit')}: ${x.unit}` : ''}`);
        const extra = Object.entries(x.extra);
        if (extra.length) w(`      ${W.extra}: ${extra.map(([k, v]) => `${k}=${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v)}`).join(', ')}`);
      }
    }
    w();
    const errors = issues.filter((i) => i.severity === 'error').length;
    w(`  ${W.problems(errors, issues.length - errors)}`);
    for (const g of countIssues(issues).slice(0, 15)) {
      w(`    ${g.count}× ${g.severity === 'error' ? C.error : C.warningLower}${g.column ? ` ${C.column(g.column)}` : ''}: ${g.message}`);
    }
    const firstError = issues.find((i) => i.severity === 'error');
    if (firstError) w(`    ${W.example}: ${formatIssue(firstError)}`);
    w();
    w(W.paste);
    w(`  ${suggestion}`);
  },
};
