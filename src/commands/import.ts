import type { CommandModule } from 'yargs';
import { UserError, formatIssues } from '../errors.js';
import { resolveDbPath, withProfileOption } from './options.js';
import { DEFAULT_RULES_PATH } from '../classify/rules-path.js';
import type { Progress } from '../util/progress.js';
import { withReadOptions, type ReadArgs } from './read-flags.js';
import { describeSheets } from './sheet-report.js';
import { commandDescription } from './help-text.js';
import { language } from '../wording/lang.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface ImportArgs extends ReadArgs {
  files: string[];
  db?: string;
  profile: string;
  rules: string;
  year?: number;
  table?: string;
  query?: string;
  'skip-invalid': boolean;
  'dry-run': boolean;
  replace: boolean;
  json: boolean;
}

export const importCommand: CommandModule<object, ImportArgs> = {
  command: 'import <files..>',
  describe: commandDescription('import'),
  builder: (y) =>
    withReadOptions(withProfileOption(y))
      // yargs gives a variadic positional the default [] and prints it ("[bawaan: []]") on a required
      // argument; an explicit undefined default keeps it out of the help.
      .positional('files', { type: 'string', array: true, demandOption: true, default: undefined, describe: COMMAND_HELP().import.files })
      .option('rules', { type: 'string', default: DEFAULT_RULES_PATH, describe: COMMAND_HELP().shared.rules })
      .option('year', { type: 'number', describe: COMMAND_HELP().import.year })
      .option('table', { type: 'string', describe: COMMAND_HELP().shared.table })
      .option('query', { type: 'string', describe: COMMAND_HELP().shared.query })
      .option('skip-invalid', { type: 'boolean', default: false, describe: COMMAND_HELP().import.skipInvalid })
      .option('dry-run', { type: 'boolean', default: false, describe: COMMAND_HELP().import.dryRun })
      .option('replace', { type: 'boolean', default: false, describe: COMMAND_HELP().import.replace })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.json })
      .example(exampleList(COMMAND_HELP().import.examples)) as never,
  handler: async (argv) => {
    const { loadProfile } = await import('../profile.js');
    const { loadRules } = await import('../classify/rules.js');
    const { runImport } = await import('../import/run.js');
    const { createProgress } = await import('../util/progress.js');
    const { resolveReadOptions, unusedMappingIssues } = await import('./read-options.js');
    const { formatInstant } = await import('../format.js');
    if (argv.year != null && !(Number.isInteger(argv.year) && argv.year >= 1900 && argv.year <= 2099)) {
      throw new UserError(COMMANDS().shared.yearInvalid);
    }
    const profile = loadProfile(argv.profile);
    const rules = loadRules(argv.rules);
    const dbPath = resolveDbPath(argv.db);
    const read = resolveReadOptions(argv);
    let progress: Progress | null = null;
    const summary = await runImport({
      files: argv.files,
      dbPath,
      nctx: { timeZone: profile.hospital.timeZone, defaultYear: argv.year ?? null },
      rules,
      table: argv.table,
      query: argv.query,
      read: read.choices,
      skipInvalid: argv['skip-invalid'],
      dryRun: argv['dry-run'],
      replace: argv.replace,
      now: new Date(),
      onProgress: (file, n) => {
        progress ??= createProgress(!argv.json, COMMANDS().import.reading(file));
        progress.update(n);
      },
      onFileDone: () => {
        progress?.stop();
        progress = null;
      },
    }).catch((err: unknown) => {
      // With --json a refusal is JSON too, so a script gets the issues it has to show.
      if (argv.json && err instanceof UserError) {
        process.stdout.write(`${JSON.stringify({ refused: true, message: err.message, added: 0, issues: err.issues }, null, 2)}\n`);
      }
      throw err;
    });
    // The mapping applies to every file named; an entry no header of any of them matched is reported once.
    summary.issues.unshift(...unusedMappingIssues(read, argv.files.length === 1 ? argv.files[0]! : argv.files.join(', ')));
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    for (const line of formatIssues(summary.issues)) process.stderr.write(`${line}\n`);
    const dry = argv['dry-run'];
    const zone = profile.hospital.timeZone;
    const W = COMMANDS().import;
    const lang = language();
    for (const f of summary.files) {
      if (f.status === 'already-imported') {
        process.stdout.write(`${f.importedAt && f.batchId != null ? W.alreadyImported(f.file, f.batchId, formatInstant(f.importedAt, zone, lang)) : W.alreadyImportedHere(f.file)}\n`);
        continue;
      }
      process.stdout.write(`${W.howRead(f.file)}\n${describeSheets(f.sheets).join('\n')}\n`);
      const parts = [W.rowsRead(f.rowsRead), W.added(f.added, dry)];
      if (f.duplicates) parts.push(W.duplicates(f.duplicates));
      if (f.skippedInvalid) parts.push(W.skippedInvalid(f.skippedInvalid));
      process.stdout.write(`${f.file}: ${parts.join(', ')}.\n`);
      if (f.replaced) {
        const r = f.replaced;
        process.stdout.write(`  ${W.replaces(dry, r.batchId, r.file, formatInstant(r.importedAt, zone, lang))}: ${W.replaceCounts(r.added, r.removed, r.changed, r.unchanged)}\n`);
        const show = (label: string, xs: string[]) => xs.length && process.stdout.write(`    ${label}: ${xs.map((x) => `"${x}"`).join(', ')}\n`);
        show(W.exampleAdded, r.examples.added);
        show(W.exampleRemoved, r.examples.removed);
        show(W.exampleChanged, r.examples.changed);
      }
      if (f.added === 0 && !dry) process.stdout.write(`  ${W.nothingAdded}\n`);
    }
    const warnings = summary.issues.filter((i) => i.severity === 'warning').length;
    if (warnings) process.stdout.write(`${W.warnings(warnings)}\n`);
    process.stdout.write(`${dry ? COMMANDS().shared.dryRunUnchanged : W.database(dbPath)}\n`);
  },
};
