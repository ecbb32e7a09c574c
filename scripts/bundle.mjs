// `npm run build` (and so `npm install`, through prepare), after tsc: the command line bundled by
// esbuild into dist/bundle/ — one chunk per command, as commands/index.ts loads them — and
// dist/cli.js replaced by a line that runs it. Why: Node 20 resolves, reads and compiles every
// file of every package one by one (zod alone is ≈ 95 files) and has no compile cache; the same
// modules as a few chunks load in ≈ 40 % less CPU here (pdfkit, exceljs, zod, yaml,
// handlebars, luxon, yargs: 0.73 → 0.45 s).
//
// Code that finds its files from its own location (templates, fonts, package.json, yargs' locales,
// pdfkit's data) keeps doing so: every `import.meta.url` in a bundled module is replaced by the
// URL of the file it came from, relative to dist/, so paths stay right wherever the package sits.
// better-sqlite3 (a native addon) stays outside the bundle, and so do modules loaded at run time
// through createRequire (exceljs' single-file build): they load from node_modules as before.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, 'dist');
const out = resolve(dist, 'bundle');
const cjsOut = resolve(dist, 'bundle-cjs');

/** Each module's `import.meta.url` → the URL of its own file, found from dist/ at run time. */
const ownLocation = {
  name: 'own-location',
  setup(b) {
    b.onLoad({ filter: /\.(m?js|cjs|ts)$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      // src/x/y.ts runs as dist/x/y.js: its relative paths are written for that place.
      const inSrc = args.path.startsWith(resolve(root, 'src') + '/');
      const runsAt = inSrc ? resolve(dist, relative(resolve(root, 'src'), args.path)).replace(/\.ts$/, '.js') : args.path;
      const rel = relative(dist, runsAt).split('\\').join('/');
      const loader = args.path.endsWith('.ts') ? 'ts' : 'js';
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, __distRoot).href`), loader };
    });
  },
};

/** tiny-inflate → node's zlib (see bundle-shims/tiny-inflate.cjs). */
const nativeInflate = {
  name: 'native-inflate',
  setup(b) {
    b.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: resolve(root, 'scripts/bundle-shims/tiny-inflate.cjs') }));
  },
};

/**
 * string-width (yargs' 8.x, cliui's and wrap-ansi's 7.x) builds an Intl.Segmenter and compiles
 * Unicode property regular expressions (RGI_Emoji with the v flag among them) when it is loaded:
 * ≈ 20 ms before any command runs, while yargs measures only ASCII text in nearly every run. Here
 * they are made when a string first needs them. 8.x answers printable ASCII by its length before
 * touching them; 7.x gets the same shortcut, which gives what its loop gives for such text (one
 * grapheme per character, none a control, zero-width, ignorable or emoji character, each of East
 * Asian width 1). A string-width of another shape is left as it is.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const v8Head = /const segmenter = new Intl\.Segmenter\(\);\n([\s\S]*?)const extendedPictographicRegex = \/\\p\{Extended_Pictographic\}\/gu;\n/;
      const v8Fast = "\tif (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n";
      if (v8Head.test(text) && text.split(v8Fast).length === 2) {
        const [, middle] = text.match(v8Head);
        const names = ['segmenter', ...[...middle.matchAll(/^const (\w+) = /gm)].map((m) => m[1]), 'extendedPictographicRegex'];
        const assignments = text.match(v8Head)[0].replace(/^const /gm, '\t');
        const lazy = `let ${names.join(', ')};\nfunction makeSlowPath() {\n${assignments}}\n`;
        // (Replaced through functions: the comments hold `$` patterns a replacement string would expand.)
        return { contents: text.replace(v8Head, () => lazy).replace(v8Fast, () => `${v8Fast}\n\tif (segmenter === undefined) makeSlowPath();\n`), loader: 'js' };
      }
      const v7Head = 'const segmenter = new Intl.Segmenter();\n';
      const v7Loop = '\tlet width = 0;\n\tconst eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};\n\n\tfor (const {segment: character} of segmenter.segment(string)) {';
      if (text.split(v7Head).length === 2 && text.split(v7Loop).length === 2) {
        const fast = '\tif (/^[\\u0020-\\u007E]*$/.test(string)) {\n\t\treturn string.length;\n\t}\n\n\tsegmenter ??= new Intl.Segmenter();\n';
        return { contents: text.replace(v7Head, () => 'let segmenter;\n').replace(v7Loop, () => fast + v7Loop), loader: 'js' };
      }
      if (text.includes('Intl.Segmenter')) console.warn(`bundle: ${args.path} has an unknown shape, bundled as it is`);
      return undefined;
    });
  },
};

await rm(out, { recursive: true, force: true });
await build({
  entryPoints: { cli: resolve(root, 'src/cli.ts') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Not minified: a bug's stack keeps its function names and lines (minifying saved no measurable time).
  minify: false,
  legalComments: 'none',
  external: ['better-sqlite3'],
  // CommonJS packages inside an ES module need `require`; every chunk knows where dist/ is.
  banner: {
    js: "import{createRequire as __createRequire}from'node:module';const require=__createRequire(import.meta.url);const __distRoot=new URL('../',import.meta.url);",
  },
  plugins: [ownLocation, nativeInflate, lazyStringWidth],
  logLevel: 'warning',
});

// The report's, the import's and inspect's path as one CommonJS file, run through vm.Script with a V8 code cache
// (bundle-shims/run-cached.cjs, cached-script.cjs), and its PDF worker thread's renderer as
// another (bundle-shims/pdf-worker.mjs, pdf-offload.cjs): the same sources, plugins and package
// entries as above.
await rm(cjsOut, { recursive: true, force: true });
await build({
  entryPoints: { cli: resolve(root, 'src/cli.ts'), 'pdf-worker': resolve(root, 'scripts/bundle-shims/pdf-worker.mjs') },
  outdir: cjsOut,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: false,
  legalComments: 'none',
  external: ['better-sqlite3'],
  // The ES module entries of packages, as the ESM bundle takes them (pdfkit's CommonJS entry finds its data through __dirname).
  mainFields: ['module', 'main'],
  banner: { js: "const __distRoot=require('node:url').pathToFileURL(require('node:path').join(__dirname,'..')+'/');" },
  plugins: [ownLocation, nativeInflate, lazyStringWidth],
  logLevel: 'warning',
});
/**
 * A CommonJS bundle as cached-script.cjs runs it: in the module function's header already (so the
 * runner reads it into a string and compiles it as is) and ASCII only, so it reads as latin1 into a
 * one-byte string. esbuild escapes non-ASCII characters in strings, templates, regular expressions
 * and names (charset ascii, its default); what is left is in comments, where an escape is text too.
 * The shebang esbuild keeps from src/cli.ts becomes a comment, so lines stay where they were.
 * Returns a hash of the result, for the name of its code cache.
 */
async function wrapForCache(file) {
  const text = (await readFile(file, 'utf8')).replace(/^#!/, '//');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${ascii}\n})`;
  await writeFile(file, wrapped, 'latin1');
  return createHash('sha256').update(wrapped).digest('hex').slice(0, 16);
}
const shim = (name) => readFile(resolve(root, 'scripts/bundle-shims', name), 'utf8');
const cjsHash = await wrapForCache(resolve(cjsOut, 'cli.cjs'));
const workerHash = await wrapForCache(resolve(cjsOut, 'pdf-worker.cjs'));
await writeFile(resolve(cjsOut, 'run.cjs'), (await shim('run-cached.cjs')).replaceAll('__BUILD_HASH__', cjsHash));
await writeFile(resolve(cjsOut, 'pdf-worker-run.cjs'), (await shim('pdf-worker-run.cjs')).replace('__WORKER_HASH__', workerHash));
for (const name of ['cached-script.cjs', 'pdf-offload.cjs']) await writeFile(resolve(cjsOut, name), await shim(name));

const entry = resolve(dist, 'cli.js');
await writeFile(
  entry,
  `#!/usr/bin/env node
// Built by scripts/bundle.mjs: the bundled command line. \`report\`, \`import\` and \`inspect\` (not
// their --help) run the CommonJS bundle with a V8 code cache per command (bundle-cjs/run.cjs):
// parsing and compiling them again costs ≈ 0.1 s of CPU a run. Everything else runs the ES module
// bundle, whose chunks load only the command named.
import { createRequire } from 'node:module';
const args = process.argv.slice(2);
const command = args.find((a) => !a.startsWith('-'));
if (['report', 'import', 'inspect'].includes(command) && !args.some((a) => a === '--help' || a === '-h' || a === '--version')) {
  globalThis[Symbol.for('simrs-downtime.cached-command')] = command; // the name of its code cache
  createRequire(import.meta.url)('./bundle-cjs/run.cjs');
} else await import('./bundle/cli.js');
`,
);
await chmod(entry, 0o755);
