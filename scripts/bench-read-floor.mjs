// The bare read floor: inflate every worksheet and scan it with our XML scanner, resolving shared
// strings — no styles, no conversion, no table logic. Prints the cell count and the CPU time of
// this whole process (start-up included), which bench.mjs compares the import with.
import { StringDecoder } from 'node:string_decoder';
import { SharedStringsHandler, SheetHandler } from '../dist/sources/xlsx-parts.js';
import { XmlScanner } from '../dist/sources/xml-scan.js';
import { InflateGuard, readZipDirectory } from '../dist/sources/zip.js';

const path = process.argv[2];
const dir = readZipDirectory(path);
if (!dir.ok) throw new Error(dir.reason);
const guard = new InflateGuard(path, path);

async function scan(entry, handler, onChunk = () => {}) {
  const scanner = new XmlScanner(handler);
  const dec = new StringDecoder('utf8');
  for await (const chunk of guard.chunks(entry)) {
    scanner.write(dec.write(chunk));
    onChunk();
  }
  scanner.write(dec.end());
  scanner.end();
  onChunk();
}

const ss = new SharedStringsHandler();
const ssEntry = dir.entries.find((e) => e.name === 'xl/sharedStrings.xml');
if (ssEntry) await scan(ssEntry, ss);
let cells = 0;
let chars = 0;
for (const entry of dir.entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name))) {
  const h = new SheetHandler();
  await scan(entry, h, () => {
    for (const row of h.take()) {
      for (const c of row.cells) {
        const v = c.t === 's' ? ss.strings[Number(c.v)] : (c.is ?? c.v);
        cells++;
        chars += v?.length ?? 0;
      }
    }
  });
}
const cpu = process.cpuUsage();
console.log(JSON.stringify({ cells, chars, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
