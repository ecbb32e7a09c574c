// dist/bundle-cjs/run.cjs (copied there by scripts/bundle.mjs): runs the CommonJS bundle of the
// command line with a V8 code cache. Node 20 has no module compile cache, and a monthly report
// spends ≈ 0.2 s of CPU parsing and compiling the bundled libraries (pdfkit, fontkit, yargs, zod,
// yaml…) again on every run. vm.Script takes the bytecode of an earlier run instead.
//
// The cache is written beside the bundle after the first run that ends with exit code 0 — by then
// the report's whole path is compiled, so the cache holds it — and again whenever V8 rejects it
// (another Node version or V8 flags). Its name carries a hash of the bundle taken at build time,
// and `npm run build` empties the folder, so a cache never outlives its bundle. Without a cache,
// with a rejected one or on a read-only install the bundle simply compiles as usual.
'use strict';
const { readFileSync, writeFileSync, renameSync, rmSync } = require('node:fs');
const { join } = require('node:path');
const vm = require('node:vm');
const { createRequire } = require('node:module');

const BUILD = '__BUILD_HASH__';
const file = join(__dirname, 'cli.cjs');
const cacheFile = join(__dirname, `cli.${BUILD}.v8cache`);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The shebang esbuild keeps from src/cli.ts becomes a comment, so lines stay where they were.
const source = readFileSync(file, 'utf8').replace(/^#!/, '//');
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', (code) => {
    if (code !== 0) return;
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile); // whole or not at all, when two runs finish together
    } catch {
      rmSync(tmp, { force: true });
    }
  });
}
const mod = { exports: {} };
script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, __dirname);
