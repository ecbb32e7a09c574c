// The options that say how to read a log (--map, --mapping, --date-order, --sheet), declared for
// yargs. Apart from read-options.ts, which parses them (zod, yaml): `import --help` needs only these.
import type { Argv } from 'yargs';
import { HELP } from '../wording/help.js';

export interface ReadArgs {
  map?: string;
  mapping?: string;
  'date-order'?: string;
  sheet?: string[];
}

export function withReadOptions<T>(y: Argv<T>): Argv<T & ReadArgs> {
  const O = HELP().options;
  return y
    .option('map', { type: 'string', describe: O.map })
    .option('mapping', { type: 'string', describe: O.mapping })
    .option('date-order', { type: 'string', describe: O.dateOrder })
    .option('sheet', { type: 'string', array: true, describe: O.sheet }) as Argv<T & ReadArgs>;
}
