// Single-file builds of packages we load for speed have no types of their own: they are the packages' API (same versions).
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}

// fontkit (pdfkit's own font parser, the version pdfkit depends on) has no types of its own; we
// only parse our shipped fonts with it once and hand the result to pdfkit (kit/pdf-base.ts).
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): { readonly postscriptName: string; layout(text: string, features?: unknown): unknown };
}
