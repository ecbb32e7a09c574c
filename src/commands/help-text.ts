// What `downtime --help` says about the tool and its commands, in Indonesian and English
// (DOWNTIME_LANG=en). Kept apart from the command modules so the top-level help loads none of them.

export type HelpLang = 'id' | 'en';
export type CommandName =
  | 'import' | 'inspect' | 'list' | 'batches' | 'undo' | 'stats' | 'report' | 'sop'
  | 'init' | 'open' | 'close' | 'note' | 'show' | 'edit' | 'void' | 'attest' | 'actions' | 'action'
  | 'evaluate' | 'form' | 'notice' | 'drill' | 'training' | 'pack';

export const helpLang = (): HelpLang => (process.env.DOWNTIME_LANG === 'en' ? 'en' : 'id');

interface HelpTexts {
  usage: string;
  db: string;
  demandCommand: string;
  seeHelp: string;
  commands: Record<CommandName, string>;
}

export const HELP: Record<HelpLang, HelpTexts> = {
  id: {
    usage: '$0 <perintah> [opsi]\n\nLog downtime SIMRS: impor, statistik ketersediaan, laporan resmi dan SPO.',
    db: 'Basis data insiden (SQLite); bawaan $DOWNTIME_DB, lalu data/downtime.sqlite',
    demandCommand: 'Sebutkan perintah.',
    seeHelp: 'Lihat: downtime --help',
    commands: {
      import: 'Impor log downtime dari .xlsx, .xls, .csv atau SQLite ke basis data',
      inspect: 'Periksa log yang belum dikenal: baris judul, arti tiap kolom, contoh baris dan masalahnya (tanpa basis data)',
      batches: 'Daftar impor yang sudah dilakukan (berkas, SHA-256, waktu, jumlah baris, pemetaan kolom)',
      undo: 'Batalkan satu impor: hapus tepat insiden dari impor itu',
      list: 'Daftar insiden downtime dalam basis data',
      stats: 'Statistik ketersediaan, MTTR dan jumlah downtime per periode',
      report: 'Laporan resmi kejadian downtime (PDF/A berkop surat) dan buku kerja akreditasi (xlsx)',
      sop: 'SPO take over server (PDF/A dan DOCX) dari konfigurasi, dengan pemeriksaan prosedur',
      pack: 'Paket bukti akreditasi MRMIK 13.1 satu periode: sampul dan indeks, semua dokumen, register tindak lanjut, satu PDF/A gabungan, manifes, pemeriksaan kesiapan',
      open: 'Catat downtime yang sedang terjadi; mencetak nomor insiden baru',
      close: 'Tutup insiden: waktu pulih',
      note: 'Tambah catatan linimasa: unit diberi tahu, perkiraan pulih, keputusan',
      show: 'Semua tentang satu insiden: isian, sumber, linimasa, koreksi, evaluasi, tindak lanjut',
      edit: 'Koreksi isian insiden dengan alasan; nilai lama dan baru disimpan',
      void: 'Keluarkan insiden dari semua angka tanpa menghapusnya',
      attest: 'Nyatakan satu bulan nihil downtime (bukan "tidak ada data")',
      actions: 'Daftar tindak lanjut dari evaluasi dan simulasi',
      action: 'Tandai tindak lanjut selesai, dengan bukti',
      init: 'Buat profil rumah sakit, aturan klasifikasi dan SPO sendiri dari beberapa pertanyaan (atau opsi)',
      evaluate: 'Simpan evaluasi pasca downtime satu insiden (dampak per unit, rekonsiliasi, akar masalah, tindak lanjut)',
      form: 'Formulir Evaluasi Pasca Downtime (PDF/A) satu insiden dari basis data',
      notice: 'Pemberitahuan Downtime Terencana (PDF/A) untuk insiden terencana; dicatat di basis data',
      drill: 'Catat simulasi (sebagai downtime terencana) dan tulis Laporan Simulasi (PDF/A)',
      training: 'Catat pelatihan dan tulis laporan singkat beserta daftar hadirnya (PDF/A)',
    },
  },
  en: {
    usage: '$0 <command> [options]\n\nSIMRS downtime log: import, availability statistics, official reports and SOPs.',
    db: 'Incident database (SQLite); default $DOWNTIME_DB, then data/downtime.sqlite',
    demandCommand: 'Name a command.',
    seeHelp: 'See: downtime --help',
    commands: {
      import: 'Import downtime logs from .xlsx, .xls, .csv or SQLite into the database',
      inspect: 'Look at an unknown log: header row, what each column means, sample rows and problems (no database needed)',
      batches: 'List the imports done so far (file, SHA-256, time, rows, column mapping)',
      undo: 'Undo one import: remove exactly the incidents it added',
      list: 'List the downtime incidents in the database',
      stats: 'Availability, MTTR and downtime counts for a period',
      report: 'Official downtime incident report (letterhead PDF/A) and accreditation workbook (xlsx)',
      sop: 'Server take-over SOP (PDF/A and DOCX) from a configuration, with procedure checks',
      pack: 'MRMIK 13.1 accreditation pack for a period: cover and index, every document, action register, one combined PDF/A, manifest, readiness check',
      open: 'Record a downtime as it happens; prints the new incident id',
      close: 'Close an incident: the time it recovered',
      note: 'Add a timeline entry: units informed, estimate given, decision taken',
      show: 'Everything about one incident: fields, source, timeline, corrections, evaluation, actions',
      edit: 'Correct an incident with a reason; old and new values are kept',
      void: 'Take an incident out of every figure without deleting it',
      attest: 'Attest a month with no downtime (not the same as "no data")',
      actions: 'The follow-up register from evaluations and drills',
      action: 'Mark a follow-up done, with its evidence',
      init: "Write the hospital's own profile, classification rules and SOP configs from a few questions (or options)",
      evaluate: 'Store the post-downtime evaluation of one incident (impact per unit, reconciliation, root cause, actions)',
      form: 'Post-downtime evaluation form (PDF/A) of one incident, from the database',
      notice: 'Planned-downtime notice (PDF/A) for a planned incident; recorded in the database',
      drill: 'Record a drill (as planned downtime) and write its drill report (PDF/A)',
      training: 'Record a training session and write its short report and attendance list (PDF/A)',
    },
  },
};

export const commandDescription = (name: CommandName): string => HELP[helpLang()].commands[name];

/**
 * yargs' own Indonesian is stiff ("Posisional-posisional", "Argumen wajib kurang: hanya 0, minimal
 * 1", "[nomor]" for a number): what a clerk would say instead. Keys are yargs' English strings.
 */
export const YARGS_ID: Record<string, string | { one: string; other: string }> = {
  'Options:': 'Opsi:',
  'Positionals:': 'Argumen:',
  number: 'angka',
  string: 'teks',
  boolean: 'ya/tidak',
  array: 'daftar',
  count: 'hitungan',
  required: 'wajib',
  'default:': 'bawaan:',
  'aliases:': 'nama lain:',
  'choices:': 'pilihan:',
  'Not enough non-option arguments: got %s, need at least %s': { one: 'Argumen kurang: ada %s, perlu sedikitnya %s', other: 'Argumen kurang: ada %s, perlu sedikitnya %s' },
  'Too many non-option arguments: got %s, maximum of %s': { one: 'Argumen terlalu banyak: ada %s, paling banyak %s', other: 'Argumen terlalu banyak: ada %s, paling banyak %s' },
  'Missing required argument: %s': { one: 'Argumen wajib belum diisi: %s', other: 'Argumen wajib belum diisi: %s' },
  'Missing argument value: %s': { one: 'Opsi tanpa nilai: %s', other: 'Opsi tanpa nilai: %s' },
  'Unknown argument: %s': { one: 'Opsi tidak dikenal: %s', other: 'Opsi tidak dikenal: %s' },
  'Invalid values:': 'Nilai tidak valid:',
  'Argument: %s, Given: %s, Choices: %s': 'Opsi --%s: %s bukan pilihan; pilihan: %s',
  'Arguments %s and %s are mutually exclusive': 'Opsi --%s dan --%s tidak boleh dipakai bersama',
  'Show help': 'Tampilkan bantuan',
  'Show version number': 'Tampilkan nomor versi',
  'Did you mean %s?': 'Maksud Anda %s?',
  'Not enough arguments following: %s': 'Opsi %s perlu nilai',
};
