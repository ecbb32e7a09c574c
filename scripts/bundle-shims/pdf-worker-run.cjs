// dist/bundle-cjs/pdf-worker-run.cjs (copied there by scripts/bundle.mjs, which fills in the hash):
// the entry of the report's PDF worker thread (started by pdf-offload.cjs). Runs the worker's
// bundle (pdf-worker.cjs, from bundle-shims/pdf-worker.mjs) with its own V8 code cache, written
// after the first PDF the worker lays out, before the PDF is handed over (once the main thread has
// its last PDF the process may end at any moment, and with it this thread).
'use strict';
const { join } = require('node:path');
const { runCached } = require('./cached-script.cjs');

let worker;
globalThis.__downtimeAfterJob = () => {
  globalThis.__downtimeAfterJob = undefined;
  if (worker.needsCache) worker.save();
};
worker = runCached(join(__dirname, 'pdf-worker.cjs'), join(__dirname, 'pdf-worker.__WORKER_HASH__.v8cache'));
