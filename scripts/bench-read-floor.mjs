// The bare read floor of an .xlsx, independent of our reader: the zip directory, each part inflated
// as a stream, and a lean indexOf scan of the sheet XML that resolves shared strings — no styles,
// no conversion, no table logic, no per-tag objects. `node scripts/bench-read-floor.mjs FILE`
// prints the cell count; bench.mjs takes the CPU time of the whole process.
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';

const path = process.argv[2];

function directory() {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const tail = Buffer.alloc(Math.min(size, 22 + 0xffff));
  readSync(fd, tail, 0, tail.length, size - tail.length);
  let e = tail.length - 22;
  while (e >= 0 && tail.readUInt32LE(e) !== 0x06054b50) e--;
  const count = tail.readUInt16LE(e + 10);
  const cd = Buffer.alloc(tail.readUInt32LE(e + 12));
  readSync(fd, cd, 0, cd.length, tail.readUInt32LE(e + 16));
  const entries = new Map();
  for (let i = 0, p = 0; i < count; i++) {
    const nameLen = cd.readUInt16LE(p + 28);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    const local = Buffer.alloc(30);
    readSync(fd, local, 0, 30, cd.readUInt32LE(p + 42));
    const data = cd.readUInt32LE(p + 42) + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    entries.set(name, { method: cd.readUInt16LE(p + 10), start: data, compressed: cd.readUInt32LE(p + 20) });
    p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  closeSync(fd);
  return entries;
}

/** Calls `onText` with the part's text, chunk by chunk, cut after the last '>' of each chunk. */
async function part(entry, onText) {
  const raw = createReadStream(path, { start: entry.start, end: entry.start + entry.compressed - 1 });
  const stream = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  const dec = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    const s = rest + dec.write(chunk);
    const cut = s.lastIndexOf('>') + 1;
    onText(s.slice(0, cut));
    rest = s.slice(cut);
  }
  onText(rest + dec.end());
}

const entries = directory();
const strings = [];
const ss = entries.get('xl/sharedStrings.xml');
if (ss) {
  let buf = '';
  await part(ss, (s) => {
    buf += s;
    let at = 0;
    for (;;) {
      const si = buf.indexOf('<si>', at);
      const end = si < 0 ? -1 : buf.indexOf('</si>', si);
      if (end < 0) break;
      let text = '';
      for (let t = buf.indexOf('<t', si); t >= 0 && t < end; t = buf.indexOf('<t', t + 2)) {
        const gt = buf.indexOf('>', t);
        text += buf.slice(gt + 1, buf.indexOf('</t>', gt));
      }
      strings.push(text);
      at = end + 5;
    }
    buf = buf.slice(at);
  });
}
let cells = 0;
let chars = 0;
for (const [name, entry] of entries) {
  if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
  let buf = '';
  await part(entry, (s) => {
    buf += s;
    let at = 0;
    for (;;) {
      const c = buf.indexOf('<c ', at);
      if (c < 0) break;
      const gt = buf.indexOf('>', c);
      if (gt < 0) break;
      if (buf.charCodeAt(gt - 1) === 47) {
        at = gt + 1;
        continue;
      }
      const close = buf.indexOf('</c>', gt);
      if (close < 0) break;
      const shared = buf.slice(c, gt).includes(' t="s"');
      const v = buf.indexOf('<v>', gt);
      let value = '';
      if (v >= 0 && v < close) value = buf.slice(v + 3, buf.indexOf('</v>', v));
      else {
        const t = buf.indexOf('<t', gt);
        if (t >= 0 && t < close) value = buf.slice(buf.indexOf('>', t) + 1, buf.indexOf('</t>', t));
      }
      if (shared) value = strings[Number(value)];
      cells++;
      chars += value.length;
      at = close + 4;
    }
    buf = buf.slice(at);
  });
}
console.log(JSON.stringify({ cells, chars }));
