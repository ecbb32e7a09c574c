// The bare read floor of a CSV: csv-parse over the file as a stream, from the header line on,
// counting fields. `node scripts/bench-csv-floor.mjs FILE DELIMITER FROM_LINE`.
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

const [path, delimiter, fromLine] = process.argv.slice(2);
let records = 0;
let fields = 0;
const parser = createReadStream(path).pipe(parse({ delimiter, from_line: Number(fromLine), relax_column_count: true, relax_quotes: true }));
for await (const r of parser) {
  records++;
  fields += r.length;
}
console.log(JSON.stringify({ records, fields }));
