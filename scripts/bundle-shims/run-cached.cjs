// dist/bundle-cjs/run.cjs (copied there by scripts/bundle.mjs, which fills in the hashes): runs
// the commands dist/cli.js sends here (`report`, `import`, `inspect`) from the CommonJS bundle of
// the command line with a V8 code cache (cached-script.cjs), one cache per command: a cache holds
// the functions its run compiled, so the report's would not hold the xlsx reader. For `report`,
// before anything else it starts the PDF worker thread (pdf-offload.cjs) when the report will have
// a PDF, so the worker boots and loads pdfkit while this thread compiles the command line, parses
// it and reads the profile and the store.
//
// A command's cache is written after a run that ends with exit code 0 (the command's whole path is
// compiled by then), and again whenever V8 rejects it.
'use strict';
const { join } = require('node:path');
const { runCached } = require('./cached-script.cjs');

/** Whether `report`'s --format (default pdf,xlsx) names the PDF; a wrong guess only costs time. */
function wantsPdf(args) {
  let value = 'pdf,xlsx';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--format' && i + 1 < args.length) value = args[i + 1];
    else if (args[i].startsWith('--format=')) value = args[i].slice('--format='.length);
  }
  return value.toLowerCase().includes('pdf');
}

/**
 * Whether a second thread can pay: it costs ≈ 0.1 s of CPU (a second Node environment, its own
 * pdfkit and heap) and gains only when a core would otherwise sit idle, so it runs when the last
 * minute's load average leaves one free. DOWNTIME_PDF_WORKER=1 or 0 decides instead (tests, benches).
 */
function workerPays() {
  const choice = process.env.DOWNTIME_PDF_WORKER;
  if (choice === '0' || choice === '1') return choice === '1';
  const os = require('node:os');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return cores >= 2 && os.loadavg()[0] <= cores - 1;
}

// dist/cli.js, which chose to come here, says for which command (see scripts/bundle.mjs).
const command = globalThis[Symbol.for('simrs-downtime.cached-command')] ?? 'report';
if (command === 'report' && wantsPdf(process.argv.slice(2)) && workerPays()) require('./pdf-offload.cjs').start();
// What a command works out from unchanged config files (the validated profile, the SPOs' titles
// and numbers) is kept beside the code cache, versioned by the same build hash (src/util/result-cache.ts).
globalThis[Symbol.for('simrs-downtime.result-cache')] = { dir: __dirname, version: '__BUILD_HASH__' };
const cli = runCached(join(__dirname, 'cli.cjs'), join(__dirname, `cli.__BUILD_HASH__.${command}.v8cache`));
if (cli.needsCache) {
  process.once('exit', (code) => {
    if (code === 0) cli.save();
  });
}
