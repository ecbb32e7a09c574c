// Single-file builds of packages we load for speed have no types of their own: they are the packages' API (same versions).
declare module 'exceljs/dist/exceljs.bare.min.js' {
  import ExcelJS from 'exceljs';
  export default ExcelJS;
}

// JSZip's single-file build, likewise.
declare module 'jszip/dist/jszip.min.js' {
  import JSZip from 'jszip';
  export default JSZip;
}
