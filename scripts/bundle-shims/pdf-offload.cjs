// dist/bundle-cjs/pdf-offload.cjs (copied there by scripts/bundle.mjs): the main thread's side of
// the report's PDF worker (the worker's side is bundle-shims/pdf-worker.mjs). run.cjs starts the
// worker before the command line is even compiled; `downtime report` (src/commands/report.ts) finds
// the renderer under a global symbol and hands it each period's model while it writes the workbook
// itself. On a two-core machine the PDF (≈ 0.4 s of layout) and the workbook (≈ 0.15 s) then take
// the time of the longer one, and pdfkit, fontkit and the fonts load on the worker meanwhile.
//
// The worker is only a faster way to the same bytes, never a new way to fail: `render` answers
// null (render it on the main thread) when the worker could not start, has died, or the model is
// not plain data a structured clone carries unchanged; a promise of null when the worker failed on
// the job. The main thread then renders as it always did, and any error is its own, unchanged.
// run.cjs starts it only when the load average leaves a core free (or DOWNTIME_PDF_WORKER=1).
// Without this file (the ES module bundle, dist/ run by tsc's output, tests) nothing changes.
'use strict';
const { join } = require('node:path');

const KEY = Symbol.for('simrs-downtime.report-pdf-worker');

/**
 * Whether `value` comes out of a structured clone as it went in, for the report model: plain
 * objects and arrays, strings, numbers, booleans, null, Dates; `L` (the labels, rebuilt by the
 * worker) is left out by the caller and the logo's bytes are the one Buffer (re-wrapped there).
 * Anything else — a class instance, a function, a Map, a symbol key, a null-prototype object,
 * another typed array — would arrive changed or not at all.
 */
function plainData(value, logoData) {
  const seen = new Set();
  const walk = (v) => {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === undefined) return true;
    if (typeof v !== 'object') return false; // function, symbol, bigint
    if (v === logoData) return true;
    if (seen.has(v)) return true; // shared and circular references survive a clone as they are
    seen.add(v);
    const proto = Object.getPrototypeOf(v);
    if (proto === Date.prototype) return Object.getOwnPropertyNames(v).length === 0 && Object.getOwnPropertySymbols(v).length === 0;
    if (proto !== Object.prototype && proto !== Array.prototype) return false;
    if (Object.getOwnPropertySymbols(v).length) return false;
    const keys = Object.keys(v);
    // Own properties that are all enumerable (an array's length aside) and hold values, not getters.
    if (Object.getOwnPropertyNames(v).length !== keys.length + (Array.isArray(v) ? 1 : 0)) return false;
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (!('value' in d) || !walk(d.value)) return false;
    }
    return true;
  };
  return walk(value);
}

function start() {
  let worker;
  try {
    const { Worker } = require('node:worker_threads');
    worker = new Worker(join(__dirname, 'pdf-worker-run.cjs'));
  } catch {
    return;
  }
  const pending = new Map();
  let nextId = 0;
  let dead = false;
  const giveUp = () => {
    dead = true;
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };
  worker.on('message', ({ id, ok, data }) => {
    const resolve = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    resolve?.(ok ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : null);
  });
  worker.on('error', giveUp);
  worker.on('exit', giveUp);
  worker.on('messageerror', giveUp);
  // An idle worker never keeps the process alive (after the listeners: a 'message' listener refs it).
  worker.unref();
  globalThis[KEY] = {
    /** The PDF of `model`, laid out on the worker; null (or a promise of null): render it here. */
    render(model, texts, lang) {
      if (dead) return null;
      const { L, ...rest } = model;
      if (!plainData(rest, model.letterhead?.logo?.data) || !plainData(texts)) return null;
      const id = nextId++;
      try {
        worker.postMessage({ id, lang, model: rest, texts });
      } catch {
        return null;
      }
      worker.ref(); // a job in flight keeps the process alive until its answer
      return new Promise((resolve) => pending.set(id, resolve));
    },
  };
}

module.exports = { start, plainData };
