import type { CommandModule } from 'yargs';
import type { BatchRecord } from '../store/store.js';
import { formatInstant } from '../format.js';
import { resolveDbPath, withProfileOption } from './options.js';
import { renderTextTable } from '../util/text-table.js';
import { commandDescription } from './help-text.js';
import { language } from '../wording/lang.js';
import { COMMANDS } from '../wording/commands.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface BatchesArgs {
  db?: string;
  profile: string;
  json: boolean;
}

interface SheetMapping {
  sheet?: string | null;
  headerRow?: number | null;
  columns?: Record<string, string>;
}

function parseMapping(b: BatchRecord): unknown {
  if (b.mapping == null) return null;
  try {
    return JSON.parse(b.mapping) as unknown;
  } catch {
    return null;
  }
}

/** "Log#3 date=B start=C title=F; Nov#2 …": sheet, header row, field=column. */
export function mappingShort(mapping: unknown): string {
  if (!Array.isArray(mapping)) return '–';
  const sheets = (mapping as SheetMapping[]).filter((s) => s && s.headerRow != null);
  if (!sheets.length) return '–';
  return sheets
    .map((s) => {
      const cols = Object.entries(s.columns ?? {}).map(([field, col]) => `${field}=${col}`);
      return `${s.sheet ?? ''}#${s.headerRow} ${cols.join(' ')}`.trim();
    })
    .join('; ');
}

/** The `batches --json` contract (README "JSON contracts"). */
export function batchJson(b: BatchRecord, timeZone: string) {
  return {
    id: b.id,
    file: b.file,
    sha256: b.sha256,
    selector: b.selector,
    importedAt: b.importedAt,
    importedAtLocal: formatInstant(b.importedAt, timeZone),
    source: b.sourceKind,
    rowsRead: b.rowsRead,
    added: b.added,
    duplicates: b.duplicates,
    skipped: b.skipped,
    warnings: b.warnings,
    mapping: parseMapping(b),
  };
}

export const batchesCommand: CommandModule<object, BatchesArgs> = {
  command: 'batches',
  describe: commandDescription('batches'),
  builder: (y) =>
    withProfileOption(y)
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().batches.json })
      .example(exampleList(COMMAND_HELP().batches.examples)) as never,
  handler: async (argv) => {
    const { loadProfile } = await import('../profile.js');
    const { fileName, openStore } = await import('../store/store.js');
    const profile = loadProfile(argv.profile);
    const zone = profile.hospital.timeZone;
    const store = openStore(resolveDbPath(argv.db), { readonly: true });
    let batches: BatchRecord[];
    try {
      batches = store.listBatches();
    } finally {
      store.close();
    }
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(batches.map((b) => batchJson(b, zone)), null, 2)}\n`);
      return;
    }
    const W = COMMANDS().batches;
    if (!batches.length) {
      process.stdout.write(`${W.none}\n`);
      return;
    }
    const rows = batches.map((b) => [
      String(b.id),
      fileName(b.file) + (b.selector ? ` (${b.selector})` : ''),
      b.sha256.slice(0, 12),
      formatInstant(b.importedAt, zone, language()),
      String(b.rowsRead),
      String(b.added),
      mappingShort(parseMapping(b)),
    ]);
    process.stdout.write(renderTextTable([...W.head], rows, { maxWidths: [6, 40, 12, 30, 8, 8, 60], align: ['r', 'l', 'l', 'l', 'r', 'r', 'l'] }));
    const total = batches.reduce((n, b) => n + b.added, 0);
    process.stdout.write(`${W.summary(batches.length, total)}\n`);
  },
};
