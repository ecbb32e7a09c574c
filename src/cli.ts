#!/usr/bin/env node
// The one place that turns outcomes into exit codes. Commands throw UserError for mistakes the
// user can fix; anything else is reported as a bug, with its stack.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { ExitCode, UserError, formatIssues } from './errors.js';
import { loadCommands } from './commands/index.js';
import { HELP, YARGS_ID, helpLang } from './commands/help-text.js';
import { setLanguage } from './wording/lang.js';

async function main(argv: string[]): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const lang = helpLang();
  const H = HELP[lang];
  const parser = yargs(argv)
    .scriptName('downtime')
    // Users read Indonesian by default; yargs' own words (Options, Examples, …) too.
    .locale(lang)
    .updateStrings((lang === 'id' ? YARGS_ID : {}) as Record<string, string>)
    .usage(H.usage)
    .option('db', {
      type: 'string',
      describe: H.db,
      global: true,
    })
    // `--lang` reaches every message a command prints, not only its documents.
    .middleware((args) => {
      if (args.lang === 'id' || args.lang === 'en') setLanguage(args.lang);
    })
    .strict()
    .demandCommand(1, H.demandCommand)
    .recommendCommands()
    .help()
    .alias('h', 'help')
    .version()
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      if (err) throw err;
      throw new UserError(`${msg}\n${H.seeHelp}`);
    });
  for (const command of await loadCommands(argv)) parser.command(command);
  try {
    await parser.parseAsync();
    exitCode = process.exitCode == null ? ExitCode.ok : Number(process.exitCode);
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`${err.message}\n`);
      for (const line of formatIssues(err.issues)) process.stderr.write(`  ${line}\n`);
      exitCode = err.exitCode;
    } else {
      process.stderr.write(`Kesalahan internal (bug) — mohon laporkan beserta pesan ini:\n${(err as Error)?.stack ?? String(err)}\n`);
      exitCode = ExitCode.bug;
    }
  }
  return exitCode;
}

// `downtime list --json | head`: a reader that stops early is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(hideBin(process.argv)).then((code) => {
  process.exitCode = code;
});
