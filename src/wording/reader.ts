// What the low-level readers say when they refuse a file: damaged or hostile workbooks (zip.ts,
// xlsx-reader.ts), CSV files (csv.ts), the temporary folder of an import (staging.ts) and a column
// that means the same as another (table.ts).
import { words } from './define.js';

const idNum = (n: number) => n.toLocaleString('id-ID');
const enNum = (n: number) => n.toLocaleString('en-US');

const REFUSED_ID = 'Berkas ditolak agar memori tidak habis. Bila ini memang log Anda, buka di Excel, hapus isi yang tidak perlu (atau bagi per tahun) lalu simpan ulang sebagai .xlsx.';
const REFUSED_EN = 'The file is refused so that memory does not run out. If this really is your log, open it in Excel, delete what is not needed (or split it per year) and save it again as .xlsx.';
const SAVE_AGAIN_ID = 'Buka di Excel lalu simpan ulang sebagai .xlsx.';
const SAVE_AGAIN_EN = 'Open it in Excel and save it again as .xlsx.';

export const READER = words({
  id: {
    zip: {
      part: (file: string, entry: string, what: string) => `${file}: bagian "${entry}" di dalam berkas .xlsx ${what}. ${REFUSED_ID}`,
      declares: (size: string, limit: string) => `menyatakan ukuran ${size} setelah dibuka, lebih dari batas ${limit}`,
      over: (limit: string) => `lebih dari ${limit} setelah dibuka`,
      total: (limit: string) => `membuat isi seluruh berkas lebih dari ${limit} setelah dibuka`,
      ratio: (ratio: number) => `terkompresi tidak wajar (lebih dari ${ratio}:1, ciri "zip bomb")`,
    },
    xlsx: {
      damaged: (file: string, why: string) => `${file}: berkas Excel tidak dapat dibaca — berkas rusak atau terpotong (${why}). ${SAVE_AGAIN_ID}`,
      brokenZip: (file: string, why: string) => `${file}: berkas Excel rusak atau terpotong (${why}). ${SAVE_AGAIN_ID}`,
      sheetPart: (sheet: string, entry: string) => `sheet "${sheet}" (bagian "${entry}")`,
      part: (entry: string) => `bagian "${entry}"`,
      doctype: (file: string, where: string) =>
        `${file}: ${where} berisi deklarasi <!DOCTYPE>/<!ENTITY>. Excel tidak pernah menulisnya, dan deklarasi itu dapat dipakai untuk "entity bomb" yang menghabiskan memori; berkas ditolak. Bila ini memang log Anda, ${SAVE_AGAIN_ID.toLowerCase()}`,
      cell: 'sel',
      sharedString: 'teks bersama ke-',
      longText: (file: string, where: string, cell: string, max: number) =>
        `${file}: ${where}, ${cell}: teks lebih dari ${idNum(max)} karakter, batas Excel untuk satu sel — Excel sendiri tidak dapat menyimpannya, jadi berkas ini rusak atau tidak dibuat oleh aplikasi spreadsheet. Berkas ditolak.`,
      emptyZip: 'arsip ZIP kosong atau ZIP64 (lebih dari 4 GB), yang tidak didukung',
    },
    csv: {
      tooLong: (file: string, line: number, col: number, length: number, max: number) =>
        `${file}: baris ${line}, kolom ke-${col}: teks ${idNum(length)} karakter, lebih dari ${idNum(max)} karakter (batas Excel untuk satu sel). Berkas ditolak; periksa tanda kutip yang tidak ditutup atau pendekkan teksnya.`,
      unreadable: (file: string, why: string) => `${file}: berkas tidak dapat dibaca (${why})`,
      notUtf8: "berkas bukan UTF-8; dibaca sebagai Windows-1252 — periksa huruf khusus, atau simpan dari Excel sebagai 'CSV UTF-8'",
      empty: (file: string) => `${file}: berkas CSV kosong`,
      aroundLine: (n: number) => ` (sekitar baris ${n})`,
      quoteNotClosed: 'tanda kutip (") dibuka tetapi tidak ditutup',
      recordTooLong: (max: number) => `satu baris berisi lebih dari ${idNum(max)} karakter (batas satu baris log; periksa tanda kutip yang tidak ditutup). Berkas ditolak.`,
      cannotParse: (file: string, where: string, why: string) => `${file}: CSV tidak dapat dibaca${where}: ${why}`,
      tab: 'tab',
      noTable: (file: string, delimiter: string) =>
        `${file}: tidak ada tabel log downtime yang dikenali (pemisah kolom ${delimiter}). ` +
        'Baris judul kolom perlu memuat Kejadian/Deskripsi atau Tanggal/Waktu, ditambah satu kolom lain seperti No, Lama, atau Penyebab.',
    },
    staging: {
      tmpdir: (dir: string, full: boolean, detail: string, env: string | undefined) =>
        `Folder sementara ${dir} ${full ? 'penuh' : 'tidak dapat ditulis'} (${detail}); impor memakainya untuk menyusun rencana impor. ` +
        `Kosongkan ruang di sana atau arahkan TMPDIR ke folder lain yang dapat ditulis, mis. TMPDIR=/var/tmp downtime import …  ` +
        `(TMPDIR sekarang: ${env ?? '(tidak diatur)'}). Basis data tidak diubah.`,
    },
    run: {
      unreadable: (path: string, why: string) => `${path}: berkas tidak dapat dibaca (${why})`,
      replaceNothing: (file: string, name: string) => `${file}: --replace menggantikan impor sebelumnya dari berkas bernama ${name}, tetapi belum ada. Impor tanpa --replace.`,
      replaceWhich: (file: string, n: number, name: string, list: string) =>
        `${file}: --replace tidak tahu impor mana yang diganti; ada ${n} impor bernama ${name}: ${list}. Batalkan yang salah dengan downtime undo ID, lalu impor lagi.`,
      newVersion: (file: string, id: number, oldFile: string, when: string, shared: number, missing: number) =>
        `${file} tampaknya versi baru dari impor #${id} (${oldFile}, ${when}): ${shared} baris sama, ` +
        `${missing} baris impor itu tidak ada lagi atau berubah. Mengimpornya di samping yang lama akan menghitung insiden yang diperbaiki dua kali. ` +
        `Untuk menggantikan impor #${id} dengan versi ini: downtime import ${JSON.stringify(file)} --replace` +
        ` (periksa dulu dengan --dry-run). Bila ini memang log lain, ganti nama berkasnya.`,
      replaceEmpty: (file: string, id: number) =>
        `${file}: versi baru ini tidak menghasilkan satu insiden pun, jadi tidak menggantikan impor #${id}. Bila impor itu memang harus hilang: downtime undo ${id}`,
      sameName: (name: string, id: number) =>
        `berkas bernama ${name} sudah diimpor sebagai impor #${id} dengan isi lain yang tidak punya baris sama; ` +
        `diimpor sebagai log terpisah. Bila ini versi perbaikan impor itu, batalkan impor ini (downtime undo) lalu jalankan dengan --replace.`,
      refused: (errors: number, rows: number) =>
        `Impor dibatalkan: ${errors} galat pada ${rows} baris. Tidak ada yang ditulis ke basis data. ` +
        'Perbaiki baris berikut, atau gunakan --skip-invalid untuk mengimpor baris yang valid saja.',
    },
    table: {
      sameMeaning: (h: string, winner: string, field: string, taken: string) =>
        `kolom "${h}" dan kolom "${winner}" sama-sama berarti ${field}; dipakai kolom ${taken}, nilai kolom ini disimpan sebagai kolom tambahan (atur dengan --map)`,
      sameAs: (taken: string, field: string) => `sama dengan kolom ${taken} (${field}); disimpan sebagai kolom tambahan`,
    },
  },
  en: {
    zip: {
      part: (file: string, entry: string, what: string) => `${file}: the part "${entry}" inside the .xlsx file ${what}. ${REFUSED_EN}`,
      declares: (size: string, limit: string) => `declares a size of ${size} once inflated, over the limit of ${limit}`,
      over: (limit: string) => `is larger than ${limit} once inflated`,
      total: (limit: string) => `makes the whole file larger than ${limit} once inflated`,
      ratio: (ratio: number) => `is compressed beyond reason (more than ${ratio}:1, the mark of a "zip bomb")`,
    },
    xlsx: {
      damaged: (file: string, why: string) => `${file}: the Excel file cannot be read — it is damaged or cut short (${why}). ${SAVE_AGAIN_EN}`,
      brokenZip: (file: string, why: string) => `${file}: the Excel file is damaged or cut short (${why}). ${SAVE_AGAIN_EN}`,
      sheetPart: (sheet: string, entry: string) => `sheet "${sheet}" (part "${entry}")`,
      part: (entry: string) => `part "${entry}"`,
      doctype: (file: string, where: string) =>
        `${file}: ${where} holds a <!DOCTYPE>/<!ENTITY> declaration. Excel never writes one, and it can carry an "entity bomb" that exhausts memory; the file is refused. If this really is your log, ${SAVE_AGAIN_EN.toLowerCase()}`,
      cell: 'cell',
      sharedString: 'shared string no. ',
      longText: (file: string, where: string, cell: string, max: number) =>
        `${file}: ${where}, ${cell}: text longer than ${enNum(max)} characters, Excel's limit for one cell — Excel itself cannot save it, so the file is damaged or was not made by a spreadsheet program. The file is refused.`,
      emptyZip: 'an empty ZIP archive, or ZIP64 (over 4 GB), which is not supported',
    },
    csv: {
      tooLong: (file: string, line: number, col: number, length: number, max: number) =>
        `${file}: line ${line}, field ${col}: text of ${enNum(length)} characters, more than ${enNum(max)} (Excel's limit for one cell). The file is refused; look for a quote that is never closed, or shorten the text.`,
      unreadable: (file: string, why: string) => `${file}: the file cannot be read (${why})`,
      notUtf8: "the file is not UTF-8; read as Windows-1252 — check special letters, or save it from Excel as 'CSV UTF-8'",
      empty: (file: string) => `${file}: the CSV file is empty`,
      aroundLine: (n: number) => ` (around line ${n})`,
      quoteNotClosed: 'a quote (") is opened and never closed',
      recordTooLong: (max: number) => `one line holds more than ${enNum(max)} characters (the limit for one log line; look for a quote that is never closed). The file is refused.`,
      cannotParse: (file: string, where: string, why: string) => `${file}: the CSV cannot be read${where}: ${why}`,
      tab: 'tab',
      noTable: (file: string, delimiter: string) =>
        `${file}: no downtime log table recognised (column separator ${delimiter}). ` +
        'The header row needs Incident/Description or Date/Time, plus one more column such as No, Duration or Cause.',
    },
    staging: {
      tmpdir: (dir: string, full: boolean, detail: string, env: string | undefined) =>
        `The temporary folder ${dir} is ${full ? 'full' : 'not writable'} (${detail}); the import uses it to build its plan. ` +
        `Free some space there or point TMPDIR at another writable folder, e.g. TMPDIR=/var/tmp downtime import …  ` +
        `(TMPDIR now: ${env ?? '(not set)'}). The database was not changed.`,
    },
    run: {
      unreadable: (path: string, why: string) => `${path}: the file cannot be read (${why})`,
      replaceNothing: (file: string, name: string) => `${file}: --replace replaces an earlier import of a file named ${name}, but there is none. Import without --replace.`,
      replaceWhich: (file: string, n: number, name: string, list: string) =>
        `${file}: --replace cannot tell which import to replace; there are ${n} imports named ${name}: ${list}. Undo the wrong one with downtime undo ID, then import again.`,
      newVersion: (file: string, id: number, oldFile: string, when: string, shared: number, missing: number) =>
        `${file} looks like a new version of import #${id} (${oldFile}, ${when}): ${shared} rows are the same, ` +
        `${missing} rows of that import are gone or changed. Importing it beside the old one would count every corrected incident twice. ` +
        `To replace import #${id} with this version: downtime import ${JSON.stringify(file)} --replace` +
        ` (check first with --dry-run). If this really is another log, rename the file.`,
      replaceEmpty: (file: string, id: number) =>
        `${file}: this new version gives no incident at all, so it does not replace import #${id}. If that import really must go: downtime undo ${id}`,
      sameName: (name: string, id: number) =>
        `a file named ${name} was already imported as import #${id} with other content and no row in common; ` +
        `imported as a separate log. If this is a corrected version of that import, undo this import (downtime undo) and run it with --replace.`,
      refused: (errors: number, rows: number) =>
        `Import refused: ${errors} ${errors === 1 ? 'error' : 'errors'} on ${rows} ${rows === 1 ? 'row' : 'rows'}. Nothing was written to the database. ` +
        'Fix the rows below, or use --skip-invalid to import only the valid rows.',
    },
    table: {
      sameMeaning: (h: string, winner: string, field: string, taken: string) =>
        `column "${h}" and column "${winner}" both mean ${field}; column ${taken} is used, this column's values are kept as an extra column (set it with --map)`,
      sameAs: (taken: string, field: string) => `same as column ${taken} (${field}); kept as an extra column`,
    },
  },
});
