// `downtime pack`: the MRMIK 13.1 accreditation pack of a period — every document rendered by the
// existing renderers into one folder per element, the action register, a cover and index, one
// combined PDF/A with bookmarks, a manifest, and the readiness check. `--strict` turns findings
// into exit 5 (the pack is still written: the coordinator needs it to see what is missing).
// Renderers, pdf-lib and exceljs are imported inside the handler so `--help` stays fast.
import type { CommandModule } from 'yargs';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commandDescription } from './help-text.js';
import { ExitCode, UserError } from '../errors.js';
import { withStoreErrors } from '../store/store-errors.js';
import { writeFileAtomic } from '../util/fs.js';
import { checkOutDir, partialSet } from '../documents/kit/out-dir.js';
import { withLangOption, withPeriodOptions, withProfileOption, resolveDbPath, type LangArgs, type PeriodArgs } from './options.js';
import { parseIsoInstant } from './option-values.js';
import type { Finding } from '../pack/types.js';
import type { Lang } from '../types.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface PackArgs extends PeriodArgs, LangArgs {
  db?: string;
  profile: string;
  out?: string;
  sop?: string[];
  generatedAt?: string;
  strict: boolean;
  json: boolean;
}

export function findingLines(findings: Finding[], lang: Lang): string[] {
  const W = COMMANDS.in(lang).pack;
  if (!findings.length) return [W.ready];
  return [W.gaps(findings.length), ...findings.map((f) => `  - [${f.code}] ${f.message}`)];
}

export const packCommand: CommandModule<object, PackArgs> = {
  command: 'pack',
  describe: commandDescription('pack'),
  builder: (y) =>
    withLangOption(withPeriodOptions(withProfileOption(y)))
      .option('out', { type: 'string', describe: COMMAND_HELP().pack.out })
      .option('sop', { type: 'string', array: true, describe: COMMAND_HELP().pack.sop })
      .option('generated-at', { type: 'string', describe: COMMAND_HELP().shared.createdAt })
      .option('strict', { type: 'boolean', default: false, describe: COMMAND_HELP().pack.strict })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().pack.json })
      .example(exampleList(COMMAND_HELP().pack.examples)) as never,
  handler: async (argv) => {
    const { DateTime } = await import('luxon');
    const { loadProfile, sampleProfileWarning } = await import('../profile.js');
    const { computeStats } = await import('../metrics/compute.js');
    const { openStore } = await import('../store/store.js');
    const { loadIncidents } = await import('./query.js');
    // A document with the sample hospital's letterhead and NIPs must not leave unnoticed.
    const sampleWarning = sampleProfileWarning(loadProfile(argv.profile));
    if (sampleWarning) process.stderr.write(`${sampleWarning}\n`);
    const lang = argv.lang;
    const generatedAt = parseIsoInstant('--generated-at', argv.generatedAt);
    const profile = loadProfile(argv.profile);
    const zone = profile.hospital.timeZone;
    const today = DateTime.fromJSDate(generatedAt, { zone }).toISODate()!;
    // The pack holds the period's report: the same limit of incidents, refused before loading them.
    await (await import('./report-limit.js')).checkIncidentLimit(argv.db, argv, profile, generatedAt, lang);
    const { period, incidents, attestedMonths, events } = loadIncidents(argv.db, argv, profile, generatedAt);
    const dbPath = resolveDbPath(argv.db);
    const [{ readPeriodRecords }, sources, { readiness }, register, { buildPack }, { standardEdition }, { loadLogo }, { periodTitle }, { sopRevisionNotes }] = await Promise.all([
      import('../pack/records.js'),
      import('../pack/sources.js'),
      import('../pack/readiness.js'),
      import('../pack/register.js'),
      import('../pack/build.js'),
      import('../pack/edition.js'),
      import('../documents/kit/logo.js'),
      import('../documents/report/text.js'),
      import('../pack/revisions.js'),
    ]);
    const store = openStore(dbPath, { readonly: true });
    let records;
    try {
      records = withStoreErrors(dbPath, () => readPeriodRecords(store, period));
    } finally {
      store.close();
    }
    const outDir = resolve(argv.out ?? join('output', `akreditasi-${period.label}`));
    checkOutDir(outDir, lang);

    const logo = loadLogo(profile.logoPath);
    const ctx = { profile, lang, generatedAt, logo };
    const title = periodTitle(period, lang);
    const sopPaths = sources.sopConfigPaths(argv.sop ?? []);
    const sops = await sources.renderSops(ctx, sopPaths);
    const reports = await sources.renderReports(ctx, { period, incidents, attestedMonths, events });
    const forms = await sources.renderForms(ctx, records, sops.configs);
    const rows = register.registerRows(records, today, lang);
    const formOpts = { profile, lang, generatedAt, logo };
    const stem = `register-tindak-lanjut-${period.label}`;
    const regTitle = `${register.registerTitle(lang)} — ${title}`;
    const registerDocs = [
      { element: 'mrmik-13.1c' as const, name: `${stem}.pdf`, title: regTitle, data: await register.renderRegisterPdf(rows, title, formOpts), combine: true },
      { element: 'mrmik-13.1c' as const, name: `${stem}.xlsx`, title: register.workbookTitle(regTitle, lang), data: await register.renderRegisterXlsx(rows, title, formOpts), combine: false },
    ];

    const stats = computeStats(incidents, period, { timeZone: zone, now: generatedAt, targetPercent: profile.availabilityTarget, attestedMonths, events });
    const findings = readiness({ period, records, monthsWithoutData: stats.monthsWithoutData, sops: sops.facts, today, lang });
    const revisions = sopRevisionNotes(sops.facts, period, records);
    const { citation } = standardEdition(profile, lang);
    const built = await buildPack({ label: period.label, periodTitle: title, citation, docs: [...sops.docs, ...forms.filter((f) => f.element === 'mrmik-13.1b'), ...reports, ...forms.filter((f) => f.element === 'mrmik-13.1c'), ...registerDocs], findings, revisions, opts: formOpts });

    removePreviousPack(outDir);
    const manifestJson = `${JSON.stringify({ period: { label: period.label, from: period.from, to: period.to }, standard: citation, generatedAt: generatedAt.toISOString(), files: built.manifest, readiness: findings }, null, 2)}\n`;
    const all = [...built.files, { file: 'manifest.json', data: Buffer.from(manifestJson) }];
    all.forEach((f, i) => {
      const target = join(outDir, f.file);
      try {
        writeFileAtomic(target, f.data);
      } catch (err) {
        throw partialSet(err, all.slice(0, i).map((w) => join(outDir, w.file)), target, all.length - i - 1, lang);
      }
    });

    const lines = findingLines(findings, lang);
    if (argv.json) {
      process.stdout.write(manifestJson);
      for (const l of lines) process.stderr.write(`${l}\n`);
    } else {
      const W = COMMANDS.in(lang).pack;
      process.stdout.write(`${W.written(outDir, built.manifest.length + 1)}\n`);
      for (const m of built.manifest) process.stdout.write(`  ${m.file}${m.pages != null ? ` (${W.pages(m.pages)})` : ''}\n`);
      process.stdout.write('  manifest.json\n');
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    if (argv.strict && findings.length) {
      throw new UserError(
        COMMANDS.in(lang).pack.notReady(outDir, findings.length),
        { exitCode: ExitCode.notReady },
      );
    }
  },
};

/**
 * A pack made again into the same folder replaces the files its last manifest lists — an evaluation
 * since voided must not linger as a stale PDF — and touches nothing else in the folder.
 */
function removePreviousPack(dir: string): void {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return;
  let files: unknown;
  try {
    files = (JSON.parse(readFileSync(path, 'utf8')) as { files?: unknown }).files;
  } catch {
    return;
  }
  if (!Array.isArray(files)) return;
  for (const f of files as Array<{ file?: unknown }>) {
    // Only names the pack itself writes: a hand-edited manifest cannot point outside the folder.
    if (typeof f.file === 'string' && /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)?$/.test(f.file) && !f.file.includes('..')) rmSync(join(dir, f.file), { force: true });
  }
}
