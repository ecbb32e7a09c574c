// The options that say how to read a log, shared by `import` and `inspect`: --map, --mapping,
// --date-order, --sheet. Parsed once into ReadChoices; the mapping used is kept as data (MappingSpec)
// so the batch can record it and `inspect` can print it back as a ready --map line.
import { readConfigFile } from '../config.js';
import { mergeSpecs, parseDateOrder, parseMapArg, parseMappingFile, toColumnMapping, unusedEntries, type MappingSpec, type ReadChoices } from '../sources/mapping.js';
import type { Issue } from '../types.js';
import { HELP } from '../wording/help.js';
import type { ReadArgs } from './read-flags.js';

// The options themselves live in read-flags.ts: a builder needs them without zod and yaml.
export { withReadOptions, type ReadArgs } from './read-flags.js';

export interface ResolvedRead {
  choices: ReadChoices;
  /** What the user chose, as data (null when nothing was chosen). */
  spec: MappingSpec | null;
}

export function resolveReadOptions(argv: ReadArgs): ResolvedRead {
  const fromFile = argv.mapping ? parseMappingFile(readConfigFile(argv.mapping), argv.mapping) : null;
  const fromArg = argv.map ? parseMapArg(argv.map) : null;
  const merged = mergeSpecs(fromFile, fromArg);
  const dateOrder = parseDateOrder(argv['date-order']) ?? merged?.dateOrder;
  const sheets = argv.sheet?.length ? argv.sheet : merged?.sheets;
  const spec: MappingSpec | null =
    merged || dateOrder || sheets ? { columns: merged?.columns ?? [], ...(dateOrder ? { dateOrder } : {}), ...(sheets ? { sheets } : {}) } : null;
  return {
    choices: { mapping: spec?.columns.length ? toColumnMapping(spec) : undefined, dateOrder, sheets },
    spec,
  };
}

/**
 * After a read: every `--map`/`--mapping` entry that matched no header in any sheet, as a warning
 * (a typo in a header name must not pass unnoticed).
 */
export function unusedMappingIssues(read: ResolvedRead, file: string): Issue[] {
  if (!read.spec || !read.choices.mapping) return [];
  return unusedEntries(read.spec, read.choices.mapping).map(({ field, column }) => ({
    severity: 'warning' as const,
    file,
    sheet: null,
    row: null,
    column: null,
    value: column,
    message: HELP().values.unusedMapping(field, column),
  }));
}
