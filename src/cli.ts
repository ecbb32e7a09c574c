#!/usr/bin/env node
// The one place that turns outcomes into exit codes. Commands throw UserError for mistakes the
// user can fix; anything else is reported as a bug, with its stack.
import { ExitCode, UserError, formatIssues } from './errors.js';
import { helpWidth, packageVersion, renderTopHelp } from './commands/help-text.js';
import { langFromArgs } from './commands/options.js';
import { HELP } from './wording/help.js';
import { envLang, language, setLanguage } from './wording/lang.js';

/**
 * `downtime`, `downtime --help`, `downtime --version` (with `--lang` or not) answered without
 * loading yargs, which alone takes longer than Node's start-up: the same text yargs prints (see
 * help-text.ts). Anything else on the line goes to yargs. Returns false when yargs must answer.
 */
function answerTopLevel(args: readonly string[]): boolean {
  const isLang = (v: string | undefined) => v === 'id' || v === 'en';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--lang' && isLang(args[i + 1])) i++;
    else if (!(a.startsWith('--lang=') && isLang(a.slice('--lang='.length)))) rest.push(a);
  }
  if (rest.length > 1) return false;
  const [only] = rest;
  if (only === undefined) {
    const H = HELP();
    throw new UserError(`${H.demandCommand}\n${H.seeHelp('')}`);
  }
  if (only === '--help' || only === '-h') process.stdout.write(`${renderTopHelp(language(), envLang(), helpWidth())}\n`);
  else if (only === '--version') process.stdout.write(`${packageVersion()}\n`);
  else return false;
  return true;
}

async function main(args: string[]): Promise<number> {
  // Before anything is built: the descriptions, yargs' words and every message follow --lang.
  const lang = langFromArgs(args);
  if (lang) setLanguage(lang);
  try {
    if (answerTopLevel(args)) return ExitCode.ok;
    const { buildParser } = await import('./commands/index.js');
    await (await buildParser(args)).parseAsync();
    return process.exitCode == null ? ExitCode.ok : Number(process.exitCode);
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`${err.message}\n`);
      for (const line of formatIssues(err.issues)) process.stderr.write(`  ${line}\n`);
      return err.exitCode;
    }
    process.stderr.write(`${HELP().bug}\n${(err as Error)?.stack ?? String(err)}\n`);
    return ExitCode.bug;
  }
}

// `downtime list --json | head`: a reader that stops early is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
