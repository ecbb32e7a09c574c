import type { CommandModule } from 'yargs';
import { basename } from 'node:path';
import type { Incident, Kind } from '../types.js';
import { CATEGORY_LABELS } from '../classify/categories.js';
import { withLangOption, withPeriodOptions, withProfileOption, type LangArgs, type PeriodArgs } from './options.js';
import { commandDescription } from './help-text.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';
import { StdoutChunks, TextTable } from '../util/text-table.js';

interface ListArgs extends PeriodArgs, LangArgs {
  db?: string;
  profile: string;
  kind?: Kind;
  json: boolean;
  all: boolean;
}

/** The `list --json` contract (README "JSON contracts"). */
export function incidentJson(i: Incident) {
  return {
    id: i.id,
    kind: i.kind,
    kindReason: i.kindReason,
    title: i.title,
    start: i.start,
    end: i.end,
    precision: i.precision,
    durationMinutes: i.durationMinutes,
    cause: i.cause,
    followUp: i.followUp,
    pic: i.pic,
    unit: i.unit,
    category: i.category,
    categoryReason: i.categoryReason,
    scope: i.scope,
    source: i.source,
    batchId: i.batchId,
    warnings: i.warnings,
    extra: i.extra,
    voided: i.voided ?? false,
  };
}

/**
 * Writes the incidents as one JSON array, byte for byte what `JSON.stringify(all, null, 2)` gives,
 * one incident at a time: a million incidents do not fit in one string (V8's limit is ~512 MB).
 * Waits for stdout to drain, so a slow reader does not make the output pile up in memory.
 */
async function writeJsonArray(incidents: Iterable<Incident>, kind: Kind | undefined): Promise<void> {
  const out = new StdoutChunks();
  let first = true;
  for (const i of incidents) {
    if (kind && i.kind !== kind) continue;
    await out.write(`${first ? '[\n' : ',\n'}  ${JSON.stringify(incidentJson(i), null, 2).replace(/\n/g, '\n  ')}`);
    first = false;
  }
  await out.write(first ? '[]\n' : '\n]\n');
  await out.flush();
}

const LIST_WIDTHS = [6, 16, 34, 22, 40, 20, 56];

export const listCommand: CommandModule<object, ListArgs> = {
  command: 'list',
  describe: commandDescription('list'),
  builder: (y) =>
    withLangOption(withPeriodOptions(withProfileOption(y)))
      .option('kind', { choices: ['planned', 'unplanned'] as const, describe: COMMAND_HELP().list.kind })
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().list.json })
      .option('all', { type: 'boolean', default: false, describe: COMMAND_HELP().list.all })
      .example(exampleList(COMMAND_HELP().list.examples)) as never,
  handler: async (argv) => {
    const { loadProfile } = await import('../profile.js');
    const { formatDuration, formatWhen, zoneAbbreviation } = await import('../format.js');
    const { streamIncidents } = await import('./query.js');
    const { iterateIncidents } = await import('../store/store.js');
    const profile = loadProfile(argv.profile);
    const now = new Date();
    if (argv.json) {
      await streamIncidents(argv.db, argv, profile, now, (_period, incidents) => writeJsonArray(incidents, argv.kind), { includeVoided: argv.all });
      return;
    }
    const lang = argv.lang;
    const zone = zoneAbbreviation(profile.hospital.timeZone);
    const W = COMMANDS.in(lang);
    const row = (i: Incident) => [
      String(i.id),
      i.kind === 'planned' ? W.shared.planned : W.shared.unplanned,
      formatWhen(i.start, lang, zone),
      formatDuration(i.durationMinutes, lang),
      (i.voided ? '[void] ' : '') + i.title + (i.warnings.length ? ' (!)' : ''),
      CATEGORY_LABELS[i.category][lang],
      // the file's name, not its whole path: the table must stay readable; --json has the path
      `${basename(i.source.file)}${i.source.sheet ? `:${i.source.sheet}` : ''}:${i.source.row}`,
    ];
    await streamIncidents(
      argv.db,
      argv,
      profile,
      now,
      async (period, incidents, store) => {
        const wanted = (i: Incident) => !argv.kind || i.kind === argv.kind;
        const table = new TextTable([...W.list.head], { maxWidths: LIST_WIDTHS });
        // Two passes over the store, one row in memory at a time: the first finds the column widths,
        // the second writes (the same bytes renderTextTable gives for the whole list at once).
        // One read transaction: both passes see the same rows even if an import commits meanwhile
        // (the shared lock is held while the rows are written, as `list --json`'s one query holds it).
        store.db.exec('BEGIN');
        let count = 0;
        let warned = 0;
        for (const i of incidents) {
          if (!wanted(i)) continue;
          table.measure(row(i));
          count++;
          if (i.warnings.length) warned++;
        }
        const out = new StdoutChunks();
        await out.write(table.headLines());
        for (const i of iterateIncidents(store, period, { includeVoided: argv.all })) if (wanted(i)) await out.write(table.line(row(i)));
        store.db.exec('COMMIT');
        await out.write(`${W.list.summary(count, warned)}\n`);
        await out.flush();
      },
      { includeVoided: argv.all },
    );
  },
};
