// The report's PDF renderer on a worker thread: bundled by scripts/bundle.mjs into
// dist/bundle-cjs/pdf-worker.cjs and started by bundle-shims/run-cached.cjs as soon as `downtime
// report` (with a PDF among its formats) begins, so this thread loads pdfkit, fontkit and the fonts
// while the main thread parses the command line, reads the profile and the store; it then lays out
// the PDF while the main thread writes the workbook. The other side of the protocol, and why every
// failure here only means "render it on the main thread", is bundle-shims/pdf-offload.cjs.
//
// The worker renders with the same modules as the main thread would (src/documents/report/pdf.ts),
// from the same model: the model arrives as plain data (structured clone) and gets back the two
// things a clone cannot carry, the labels (functions among them: rebuilt from the model's language,
// the very table buildReportModel took them from) and the logo's bytes as a Buffer.
import { parentPort } from 'node:worker_threads';
import { renderReportPdf } from '../../src/documents/report/pdf.ts';
import { labels } from '../../src/documents/report/text.ts';
import { fontFaces } from '../../src/documents/kit/pdf-base.ts';
import { setLanguage } from '../../src/wording/lang.ts';

// The fonts, converted from WOFF and parsed once per process, before the first job arrives.
fontFaces();

const asBuffer = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);

parentPort.on('message', async ({ id, lang, model, texts }) => {
  try {
    setLanguage(lang);
    model.L = labels(model.lang);
    const logo = model.letterhead.logo;
    if (logo) logo.data = asBuffer(logo.data);
    const data = await renderReportPdf(model, texts);
    globalThis.__downtimeAfterJob?.(); // the code cache, after the first PDF (pdf-worker-run.cjs)
    parentPort.postMessage({ id, ok: true, data });
  } catch {
    // The main thread renders it again and so reports the error exactly as without this thread.
    parentPort.postMessage({ id, ok: false });
  }
});
