// Stands in for the npm package tiny-inflate inside the bundle (scripts/bundle.mjs). unicode-trie
// uses it to unpack the Unicode tables of fontkit (unicode-properties) and pdfkit (linebreak)
// every time the modules load: ≈ 50 ms of pure-JS inflate at each start-up, where node's zlib
// takes about a millisecond for the same raw DEFLATE bytes. Same contract: fills `dest` and
// returns it (a shorter copy if the data were shorter), throws on damaged data.
'use strict';
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  if (!dest) return new Uint8Array(out.buffer, out.byteOffset, out.length);
  const n = Math.min(out.length, dest.length);
  dest.set(out.subarray(0, n));
  return n < dest.length ? dest.slice(0, n) : dest;
};
