// dist/bundle-cjs/cached-script.cjs (copied there by scripts/bundle.mjs): runs one CommonJS bundle
// of dist/bundle-cjs/ through vm.Script with a V8 code cache, for run.cjs (`report`, `import`, `inspect`) and
// pdf-worker-run.cjs (its PDF worker thread). Node 20 has no module compile cache, and a monthly
// report spends ≈ 0.2 s of CPU parsing and compiling the bundled libraries (pdfkit, fontkit, yargs,
// zod, yaml…) again on every run; vm.Script takes the bytecode of an earlier run instead.
//
// scripts/bundle.mjs writes each bundle already wrapped in the CommonJS function header and in
// ASCII only (the few non-ASCII characters esbuild leaves are in comments), so the file is read as
// latin1 straight into a one-byte string: no UTF-8 decoding, no copy to add the wrapper.
//
// The caller writes the cache (`save`) once the bundle has done its work — by then the whole path
// is compiled, so the cache holds it — when there was none or V8 rejected it (another Node version
// or V8 flags). Its name carries a hash of the bundle taken at build time, and `npm run build`
// empties the folder, so a cache never outlives its bundle. Without a cache, with a rejected one or
// on a read-only install the bundle simply compiles as usual.
'use strict';
const { readFileSync, writeFileSync, renameSync, rmSync } = require('node:fs');
const vm = require('node:vm');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');

/** Runs `file` (a wrapped bundle) with `cacheFile` as its code cache; returns whether and how to save one. */
function runCached(file, cacheFile) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(readFileSync(file, 'latin1'), { filename: file, cachedData });
  const needsCache = cachedData === undefined || script.cachedDataRejected === true;
  const save = () => {
    const tmp = `${cacheFile}.${process.pid}.${require('node:worker_threads').threadId}.tmp`;
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile); // whole or not at all, when two runs finish together
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // a read-only folder: nothing was written
      }
    }
  };
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file));
  return { needsCache, save };
}

module.exports = { runCached };
