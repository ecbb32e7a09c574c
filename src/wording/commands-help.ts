// What `downtime COMMAND --help` says: each command's option and positional descriptions and its
// examples. Read by the builders, which run when yargs registers a command — the process language
// is known by then (DOWNTIME_LANG, or `--lang` found on the command line).
import { words } from './define.js';

/** One `--help` example: the command line and what it does. */
interface Example {
  readonly cmd: string;
  readonly text: string;
}

/** A command's examples, in their order, as yargs' `.example([[cmd, text], …])` takes them. */
export const exampleList = (examples: { readonly [key: string]: Example }): [string, string][] => Object.values(examples).map((e) => [e.cmd, e.text]);

const ID = {
  shared: {
    json: 'Keluaran JSON di stdout',
    out: 'Folder keluaran',
    incident: 'Nomor insiden',
    officer: 'Petugas; bawaan: officer di profil',
    rules: 'Aturan klasifikasi (kata kunci)',
    table: 'SQLite: nama tabel sumber',
    query: 'SQLite: kueri SELECT sumber',
    createdAt: 'Tanggal pembuatan (ISO) untuk keluaran yang dapat diulang; bawaan: sekarang',
    documentDate: 'Tanggal dokumen (ISO) untuk keluaran yang dapat diulang; bawaan: sekarang',
    resultJson: 'Cetak hasil sebagai JSON',
  },
  import: {
    files: 'Berkas log',
    year: 'Tahun untuk tanggal tanpa tahun ("10 November")',
    skipInvalid: 'Impor baris yang valid, daftar baris yang tidak',
    dryRun: 'Tampilkan apa yang akan ditambahkan tanpa menulis',
    replace: 'Versi perbaikan: gantikan impor sebelumnya dari berkas bernama sama (satu transaksi)',
    examples: {
      excel: { cmd: '$0 import data/log-downtime-rsud-m-natsir.xlsx', text: 'Impor log Excel contoh' },
      dryRun: { cmd: '$0 import log-2023.csv --year 2023 --dry-run', text: 'Periksa dulu, tanpa menulis' },
      sqlite: { cmd: '$0 import simrs-lama.db --table downtime', text: 'Impor dari tabel SQLite' },
      map: { cmd: '$0 import log-isp.xlsx --map "title=Keterangan,end=Jam Up"', text: 'Tentukan arti kolom yang tidak tertebak' },
      dateOrder: { cmd: '$0 import outage.csv --date-order mdy', text: 'Tanggal format AS (bulan/hari/tahun)' },
      replace: { cmd: '$0 import log-2023.xlsx --replace --dry-run', text: 'Periksa apa yang berubah pada versi perbaikan' },
    },
  },
  inspect: {
    file: 'Berkas log (.xlsx, .xls, .csv, SQLite)',
    year: 'Tahun untuk tanggal tanpa tahun',
    samples: 'Jumlah contoh baris per sheet',
    examples: {
      look: { cmd: '$0 inspect "Log Gangguan 2019.xlsx"', text: 'Lihat bagaimana log ini akan dibaca' },
      tryMap: { cmd: '$0 inspect outage.csv --map "title=Issue,end=Date Restored" --date-order mdy', text: 'Coba pemetaan sebelum impor' },
    },
  },
  list: {
    kind: 'Hanya terencana / tidak terencana',
    json: 'Keluaran JSON (larik insiden) di stdout',
    all: 'Termasuk insiden yang dibatalkan (void), ditandai [void]',
    examples: {
      month: { cmd: '$0 list --month 2022-10', text: 'Insiden Oktober 2022' },
      plannedJson: { cmd: '$0 list --year 2022 --kind planned --json', text: 'Downtime terencana 2022 sebagai JSON' },
    },
  },
  batches: {
    json: 'Keluaran JSON (larik impor) di stdout',
    examples: {
      all: { cmd: '$0 batches', text: 'Semua impor, terlama dulu' },
      undo: { cmd: '$0 undo 3', text: 'Batalkan impor #3' },
    },
  },
  undo: {
    batch: 'Nomor impor (lihat downtime batches)',
    dryRun: 'Tampilkan apa yang akan dihapus tanpa menghapus',
    examples: {
      dryRun: { cmd: '$0 undo 3 --dry-run', text: 'Lihat apa yang akan dihapus oleh pembatalan impor #3' },
      undo: { cmd: '$0 undo 3', text: 'Batalkan impor #3' },
    },
  },
  stats: {
    now: 'Waktu "sekarang" (ISO) untuk insiden yang belum pulih; bawaan: jam sistem',
    examples: {
      month: { cmd: '$0 stats --month 2022-10', text: 'Ketersediaan Oktober 2022' },
      yearJson: { cmd: '$0 stats --year 2022 --json', text: 'Statistik 2022 sebagai JSON' },
      english: { cmd: '$0 stats --from 2022-01-01 --to 2022-06-30 --lang en', text: 'Semester I, dalam bahasa Inggris' },
    },
  },
  report: {
    format: 'Berkas yang ditulis: pdf, xlsx atau pdf,xlsx',
    eachMonth: 'Dengan --year/--quarter: satu laporan per bulan plus laporan seluruh periode',
    signDate: 'Tanggal tanda tangan: end-of-period (akhir periode, paling lambat hari ini), today, atau YYYY-MM-DD; dengan --each-month berlaku per bulan',
    sop: 'Folder (atau berkas) konfigurasi SPO yang dikutip "Langkah rinci"',
    json: 'Cetak daftar berkas yang ditulis sebagai JSON di stdout',
    examples: {
      month: { cmd: '$0 report --month 2022-10', text: 'Laporan Oktober 2022: output/laporan-downtime-2022-10.pdf dan .xlsx' },
      eachMonth: { cmd: '$0 report --year 2022 --each-month', text: 'Dua belas laporan bulanan plus laporan tahunan 2022' },
      english: { cmd: '$0 report --quarter 2022-Q4 --format pdf --lang en', text: 'Laporan triwulan IV dalam bahasa Inggris, PDF saja' },
    },
  },
  sop: {
    config: (dir: string) => `Satu konfigurasi SPO (YAML/JSON); bawaan: semua SPO di ${dir}/`,
    check: 'Hanya periksa konfigurasi (exit 4 bila ada galat)',
    format: 'Format keluaran: pdf, docx atau pdf,docx',
    generatedAt: 'Waktu pembuatan (ISO) untuk keluaran yang dapat direproduksi',
    checkExample: (dir: string) => `Periksa setiap SPO di ${dir}/`,
    examples: {
      write: { cmd: '$0 sop --format pdf --out output/', text: 'Tulis output/spo-takeover-server.pdf dan output/spo-penanganan-downtime-unit.pdf' },
      english: { cmd: '$0 sop --config data/sop-rs-lain.yaml --lang en', text: 'SPO dalam bahasa Inggris' },
    },
  },
  open: {
    title: 'Kejadian, mis. "SIMRS tidak bisa diakses"',
    at: 'Mulai: 08.30 (hari ini), 2023-08-01T08:30 atau ISO; bawaan: sekarang',
    kind: 'Tidak terencana / terencana',
    category: 'Kategori penyebab (bisa diubah nanti dengan edit)',
    unit: 'Unit atau layanan yang terdampak',
    by: 'Petugas yang mencatat; bawaan: officer di profil',
    json: 'Cetak {"id": …} sebagai JSON',
    examples: {
      live: { cmd: '$0 open "SIMRS tidak bisa diakses" --at 08.30 --unit Pendaftaran', text: 'Catat downtime yang sedang terjadi' },
    },
  },
  close: {
    id: 'Nomor insiden (dari downtime open)',
    at: 'Pulih: 10.15 (hari ini), 2023-08-01T10:15 atau ISO; bawaan: sekarang',
    examples: {
      at: { cmd: '$0 close 12 --at 10.15', text: 'Insiden 12 pulih pukul 10.15' },
    },
  },
  note: {
    text: 'Isi catatan',
    at: 'Waktu: 08.45 (hari ini), 2023-08-01T08:45 atau ISO; bawaan: sekarang',
    type: 'informed = unit diberi tahu, estimate = perkiraan pulih, decision = keputusan (mis. take over), recovered, other',
    estimate: 'Perkiraan lama downtime dari mulai (menit); jenisnya estimate',
    examples: {
      informed: { cmd: '$0 note 12 "Unit rawat jalan & IGD diberi tahu via grup WA" --type informed --at 08.40', text: 'Waktu unit diberi tahu' },
      estimate: { cmd: '$0 note 12 "Perkiraan pulih pukul 10.00" --estimate 90', text: 'Perkiraan yang disampaikan ke unit' },
    },
  },
  show: {
    examples: {
      one: { cmd: '$0 show 12', text: 'Insiden 12 dengan linimasa dan jejak koreksinya' },
    },
  },
  edit: {
    kind: 'Jenis',
    category: 'Kategori penyebab',
    scope: 'Lingkup',
    title: 'Kejadian',
    cause: 'Penyebab',
    followUp: 'Tindak lanjut',
    unit: 'Unit/layanan ("" mengosongkan)',
    pic: 'Penanggung jawab ("" mengosongkan)',
    start: 'Mulai: 2023-08-01T08:30 (waktu RS) atau ISO',
    end: 'Selesai: 2023-08-01T10:15 (waktu RS) atau ISO',
    duration: 'Lama (menit)',
    reason: 'Alasan koreksi (wajib)',
    by: 'Yang mengoreksi; bawaan: officer di profil',
    examples: {
      kind: { cmd: '$0 edit 12 --kind planned --reason "Ternyata pemeliharaan terjadwal, surat edaran 12/VIII"', text: 'Koreksi jenis, dengan jejak' },
    },
  },
  void: {
    reason: 'Alasan (wajib)',
    examples: {
      twice: { cmd: '$0 void 14 --reason "Tercatat dua kali, sama dengan insiden 12"', text: 'Keluarkan dari semua angka, tanpa menghapus' },
    },
  },
  attest: {
    month: 'Bulan YYYY-MM',
    none: 'Menyatakan tidak ada downtime pada bulan itu',
    by: 'Yang menyatakan; bawaan: officer di profil',
    note: 'Keterangan, mis. "Dicek dari log Uptime Kuma"',
    examples: {
      none: { cmd: '$0 attest --month 2023-08 --none --note "Log monitoring bersih"', text: 'Agustus 2023: nihil downtime (bukan "tidak ada data")' },
    },
  },
  actions: {
    open: 'Hanya yang belum selesai',
    overdue: 'Hanya yang belum selesai dan lewat target',
    examples: {
      overdue: { cmd: '$0 actions --overdue', text: 'Tindak lanjut yang terlambat' },
    },
  },
  action: {
    verb: 'done: tandai selesai',
    n: 'Nomor tindak lanjut (lihat downtime actions)',
    evidence: 'Bukti penyelesaian (wajib), mis. "SPO revisi 02, notulen 5/9"',
    examples: {
      done: { cmd: '$0 action done 3 --evidence "UPS diganti, BA serah terima 14/09/2023"', text: 'Tindak lanjut #3 selesai' },
    },
  },
  init: {
    dir: 'Folder tujuan: profil-rs.yaml, aturan-klasifikasi.yaml, sop/',
    name: 'Nama rumah sakit (lengkap)',
    shortName: 'Nama singkat',
    city: 'Kota tempat tanda tangan',
    province: 'Pemerintah daerah di kop, mis. "PROVINSI SUMATERA BARAT"',
    director: 'Nama direktur',
    head: 'Nama Kepala Instalasi SIMRS',
    yes: 'Tanpa pertanyaan: semua jawaban dari opsi',
    examples: {
      ask: { cmd: '$0 init', text: 'Tanya nama rumah sakit, kota, direktur … lalu tulis data/profil-rs.yaml, aturan dan SPO' },
      script: {
        cmd: '$0 init --name "RSUD SEHAT" --short-name "RSUD Sehat" --city Padang --province "PROVINSI SUMATERA BARAT" --director "dr. A" --head "B, S.Kom." --yes',
        text: 'Untuk skrip',
      },
    },
  },
  evaluate: {
    file: 'Evaluasi (YAML): dampak per unit, rekonsiliasi, akar masalah, pelajaran, tindak lanjut',
    rootCause: 'Akar masalah (menggantikan rootCause di berkas)',
    lessons: 'Pelajaran; boleh berulang (menggantikan lessons di berkas)',
    manualUsed: 'Prosedur manual dipakai: ya/tidak (yes/no)',
    replace: 'Revisi evaluasi yang sudah ada (wajib --reason; versi lama disimpan)',
    reason: 'Alasan revisi (bersama --replace)',
    by: 'Yang mengevaluasi; bawaan: officer di profil',
    examples: {
      file: { cmd: '$0 evaluate 12 --file data/contoh/evaluasi-contoh.yaml', text: 'Evaluasi insiden 12 dari berkas' },
      flags: { cmd: '$0 evaluate 12 --file eval.yaml --root-cause "Baterai UPS habis" --manual-used ya', text: 'Berkas, dengan isian singkat dari opsi' },
      revise: { cmd: '$0 evaluate 12 --file eval-rev.yaml --replace --reason "Hasil rapat evaluasi 14/12"', text: 'Revisi; evaluasi lama tetap tercatat' },
    },
  },
  form: {
    json: 'Cetak berkas yang ditulis sebagai JSON',
    examples: {
      one: { cmd: '$0 form 12', text: 'output/formulir-evaluasi-12.pdf' },
      english: { cmd: '$0 form 12 --lang en --out arsip/', text: 'Dalam bahasa Inggris, ke folder arsip/' },
    },
  },
  notice: {
    id: 'Nomor insiden terencana',
    file: 'Isi pemberitahuan (YAML, semua kunci opsional): kegiatan, modul, prosedur manual, kesiapan',
    date: 'Tanggal pemberitahuan YYYY-MM-DD; bawaan: noticeDate di berkas, lalu tanggal dokumen',
    number: 'Nomor surat lengkap; bawaan: awalan profil dengan nomor urut kosong',
    until: 'Perkiraan selesai (2026-12-07T01:00, waktu RS) bila insiden belum punya waktu selesai',
    by: 'Petugas TI yang membuat; bawaan: officer di profil',
    examples: {
      file: { cmd: '$0 notice 15 --file data/contoh/pemberitahuan-contoh.yaml --until 2026-12-07T01:00', text: 'output/pemberitahuan-downtime-15.pdf' },
      number: { cmd: '$0 notice 15 --date 2026-12-01 --number "800/123/RSUD-MN/SIMRS/XII/2026"', text: 'Dengan tanggal dan nomor surat' },
    },
  },
  drill: {
    file: 'Data simulasi (YAML): tanggal, prosedur, peserta, jam tiap langkah, temuan, tindak lanjut',
    sop: 'Konfigurasi SPO take over: langkah dan target menit',
    examples: {
      file: { cmd: '$0 drill --file data/contoh/simulasi-takeover.yaml', text: 'Catat simulasi dan tulis output/laporan-simulasi-1.pdf' },
    },
  },
  training: {
    file: 'Data pelatihan (YAML): topik, tanggal, tempat, pelatih, peserta per unit, materi',
    examples: {
      file: { cmd: '$0 training --file data/contoh/pelatihan-downtime.yaml', text: 'Catat pelatihan dan tulis output/laporan-pelatihan-1.pdf' },
    },
  },
  pack: {
    out: 'Folder paket; bawaan output/akreditasi-<periode>',
    sop: 'Konfigurasi SPO (boleh berulang); bawaan semua YAML di data/sop/',
    strict: 'Exit 5 bila pemeriksaan kesiapan menemukan kekurangan (paket tetap ditulis)',
    json: 'Cetak manifes dan temuan kesiapan sebagai JSON di stdout',
    examples: {
      year: { cmd: '$0 pack --year 2024', text: 'Paket akreditasi 2024 di output/akreditasi-2024/' },
      strict: { cmd: '$0 pack --year 2022 --strict', text: 'Exit 5 bila ada bulan tanpa data, insiden belum dievaluasi, …' },
    },
  },
};

export const COMMAND_HELP = words({
  id: ID,
  en: {
    shared: {
      json: 'JSON output on stdout',
      out: 'Output folder',
      incident: 'Incident number',
      officer: 'Officer; default: officer in the profile',
      rules: 'Classification rules (keywords)',
      table: 'SQLite: the table to read',
      query: 'SQLite: a SELECT query to read',
      createdAt: 'Creation date (ISO), for output that can be reproduced; default: now',
      documentDate: 'Document date (ISO), for output that can be reproduced; default: now',
      resultJson: 'Print the result as JSON',
    },
    import: {
      files: 'Log files',
      year: 'Year for dates written without one ("10 November")',
      skipInvalid: 'Import the valid rows and list the ones that are not',
      dryRun: 'Show what would be added, without writing',
      replace: 'Corrected version: replace the earlier import of the file with the same name (one transaction)',
      examples: {
        excel: { cmd: '$0 import data/log-downtime-rsud-m-natsir.xlsx', text: 'Import the sample Excel log' },
        dryRun: { cmd: '$0 import log-2023.csv --year 2023 --dry-run', text: 'Check first, without writing' },
        sqlite: { cmd: '$0 import old-simrs.db --table downtime', text: 'Import from a SQLite table' },
        map: { cmd: '$0 import isp-log.xlsx --map "title=Description,end=Back Up"', text: 'Say what the columns it cannot guess mean' },
        dateOrder: { cmd: '$0 import outage.csv --date-order mdy', text: 'US-style dates (month/day/year)' },
        replace: { cmd: '$0 import log-2023.xlsx --replace --dry-run', text: 'See what a corrected version would change' },
      },
    },
    inspect: {
      file: 'Log file (.xlsx, .xls, .csv, SQLite)',
      year: 'Year for dates written without one',
      samples: 'Sample rows shown per sheet',
      examples: {
        look: { cmd: '$0 inspect "Outage Log 2019.xlsx"', text: 'See how this log would be read' },
        tryMap: { cmd: '$0 inspect outage.csv --map "title=Issue,end=Date Restored" --date-order mdy', text: 'Try a mapping before importing' },
      },
    },
    list: {
      kind: 'Only planned / unplanned',
      json: 'JSON output (an array of incidents) on stdout',
      all: 'Include voided incidents, marked [void]',
      examples: {
        month: { cmd: '$0 list --month 2022-10', text: 'Incidents of October 2022' },
        plannedJson: { cmd: '$0 list --year 2022 --kind planned --json', text: 'Planned downtime of 2022 as JSON' },
      },
    },
    batches: {
      json: 'JSON output (an array of imports) on stdout',
      examples: {
        all: { cmd: '$0 batches', text: 'Every import, oldest first' },
        undo: { cmd: '$0 undo 3', text: 'Undo import #3' },
      },
    },
    undo: {
      batch: 'Import number (see downtime batches)',
      dryRun: 'Show what would be removed, without removing it',
      examples: {
        dryRun: { cmd: '$0 undo 3 --dry-run', text: 'See what undoing import #3 would remove' },
        undo: { cmd: '$0 undo 3', text: 'Undo import #3' },
      },
    },
    stats: {
      now: 'The time taken as "now" (ISO) for incidents not yet recovered; default: the system clock',
      examples: {
        month: { cmd: '$0 stats --month 2022-10', text: 'Availability in October 2022' },
        yearJson: { cmd: '$0 stats --year 2022 --json', text: 'Statistics of 2022 as JSON' },
        english: { cmd: '$0 stats --from 2022-01-01 --to 2022-06-30 --lang en', text: 'First half of 2022, in English' },
      },
    },
    report: {
      format: 'Files to write: pdf, xlsx or pdf,xlsx',
      eachMonth: 'With --year/--quarter: one report per month plus one for the whole period',
      signDate: "Date beside the signatures: end-of-period (the period's last day, today at the latest), today, or YYYY-MM-DD; with --each-month it applies per month",
      sop: 'SOP configuration folder (or file) that the "Detailed steps" section cites',
      json: 'Print the list of written files as JSON on stdout',
      examples: {
        month: { cmd: '$0 report --month 2022-10', text: 'Report for October 2022: output/laporan-downtime-2022-10.pdf and .xlsx (-en in English)' },
        eachMonth: { cmd: '$0 report --year 2022 --each-month', text: 'Twelve monthly reports plus the 2022 annual report' },
        english: { cmd: '$0 report --quarter 2022-Q4 --format pdf --lang en', text: 'Fourth-quarter report in English, PDF only' },
      },
    },
    sop: {
      config: (dir: string) => `One SOP configuration (YAML/JSON); default: every SOP in ${dir}/`,
      check: 'Only check the configurations (exit 4 on errors)',
      format: 'Output formats: pdf, docx or pdf,docx',
      generatedAt: 'Creation time (ISO), for output that can be reproduced',
      checkExample: (dir: string) => `Check every SOP in ${dir}/`,
      examples: {
        write: { cmd: '$0 sop --format pdf --out output/', text: 'Write output/spo-takeover-server.pdf and output/spo-penanganan-downtime-unit.pdf (-en in English)' },
        english: { cmd: '$0 sop --config data/other-hospital-sop.yaml --lang en', text: 'The SOP in English' },
      },
    },
    open: {
      title: 'What happened, e.g. "SIMRS cannot be reached"',
      at: 'Start: 08.30 (today), 2023-08-01T08:30 or ISO; default: now',
      kind: 'Unplanned / planned',
      category: 'Cause category (can be changed later with edit)',
      unit: 'Unit or service affected',
      by: 'Officer recording it; default: officer in the profile',
      json: 'Print {"id": …} as JSON',
      examples: {
        live: { cmd: '$0 open "SIMRS cannot be reached" --at 08.30 --unit Registration', text: 'Record a downtime as it happens' },
      },
    },
    close: {
      id: 'Incident number (from downtime open)',
      at: 'Recovered: 10.15 (today), 2023-08-01T10:15 or ISO; default: now',
      examples: {
        at: { cmd: '$0 close 12 --at 10.15', text: 'Incident 12 recovered at 10.15' },
      },
    },
    note: {
      text: 'The note',
      at: 'Time: 08.45 (today), 2023-08-01T08:45 or ISO; default: now',
      type: 'informed = units told, estimate = recovery estimate, decision = a decision taken (e.g. take over), recovered, other',
      estimate: 'Estimated length of the downtime from its start (minutes); the type is then estimate',
      examples: {
        informed: { cmd: '$0 note 12 "Outpatients & ER told on the WhatsApp group" --type informed --at 08.40', text: 'When the units were told' },
        estimate: { cmd: '$0 note 12 "Expected back by 10.00" --estimate 90', text: 'The estimate given to the units' },
      },
    },
    show: {
      examples: {
        one: { cmd: '$0 show 12', text: 'Incident 12 with its timeline and corrections' },
      },
    },
    edit: {
      kind: 'Kind',
      category: 'Cause category',
      scope: 'Scope',
      title: 'What happened',
      cause: 'Cause',
      followUp: 'Follow-up',
      unit: 'Unit/service ("" clears it)',
      pic: 'Person in charge ("" clears it)',
      start: 'Start: 2023-08-01T08:30 (hospital time) or ISO',
      end: 'End: 2023-08-01T10:15 (hospital time) or ISO',
      duration: 'Duration (minutes)',
      reason: 'Why it is corrected (required)',
      by: 'Who corrects it; default: officer in the profile',
      examples: {
        kind: { cmd: '$0 edit 12 --kind planned --reason "Scheduled maintenance after all, circular 12/VIII"', text: 'Correct the kind, leaving a trail' },
      },
    },
    void: {
      reason: 'Reason (required)',
      examples: {
        twice: { cmd: '$0 void 14 --reason "Recorded twice, same as incident 12"', text: 'Take it out of every figure, without deleting it' },
      },
    },
    attest: {
      month: 'Month YYYY-MM',
      none: 'Attest that the month had no downtime',
      by: 'Who attests; default: officer in the profile',
      note: 'A note, e.g. "Checked against the Uptime Kuma log"',
      examples: {
        none: { cmd: '$0 attest --month 2023-08 --none --note "Monitoring log clean"', text: 'August 2023: no downtime (not "no data")' },
      },
    },
    actions: {
      open: 'Only those not done yet',
      overdue: 'Only those not done and past their due date',
      examples: {
        overdue: { cmd: '$0 actions --overdue', text: 'Overdue follow-ups' },
      },
    },
    action: {
      verb: 'done: mark as done',
      n: 'Follow-up number (see downtime actions)',
      evidence: 'Evidence that it is done (required), e.g. "SOP revision 02, minutes of 5/9"',
      examples: {
        done: { cmd: '$0 action done 3 --evidence "UPS replaced, handover record 14/09/2023"', text: 'Follow-up #3 done' },
      },
    },
    init: {
      dir: 'Target folder: profil-rs.yaml, aturan-klasifikasi.yaml, sop/',
      name: "The hospital's full name",
      shortName: 'Short name',
      city: 'City where documents are signed',
      province: 'Local government in the letterhead, e.g. "PROVINSI SUMATERA BARAT"',
      director: "The director's name",
      head: 'Name of the head of the SIMRS unit',
      yes: 'No questions: every answer comes from the options',
      examples: {
        ask: { cmd: '$0 init', text: 'Ask for the hospital name, city, director … then write data/profil-rs.yaml, the rules and the SOPs' },
        script: {
          cmd: '$0 init --name "RSUD SEHAT" --short-name "RSUD Sehat" --city Padang --province "PROVINSI SUMATERA BARAT" --director "dr. A" --head "B, S.Kom." --yes',
          text: 'For scripts',
        },
      },
    },
    evaluate: {
      file: 'The evaluation (YAML): impact per unit, reconciliation, root cause, lessons, follow-ups',
      rootCause: 'Root cause (replaces rootCause in the file)',
      lessons: 'A lesson learnt; may be repeated (replaces lessons in the file)',
      manualUsed: 'Manual procedure used: yes/no (ya/tidak)',
      replace: 'Revise the existing evaluation (needs --reason; the old version is kept)',
      reason: 'Why it is revised (with --replace)',
      by: 'Who evaluates; default: officer in the profile',
      examples: {
        file: { cmd: '$0 evaluate 12 --file data/contoh/evaluasi-contoh.yaml', text: 'Evaluate incident 12 from a file' },
        flags: { cmd: '$0 evaluate 12 --file eval.yaml --root-cause "UPS battery flat" --manual-used yes', text: 'A file, with the short answers from options' },
        revise: { cmd: '$0 evaluate 12 --file eval-rev.yaml --replace --reason "Outcome of the review meeting 14/12"', text: 'A revision; the old evaluation stays on record' },
      },
    },
    form: {
      json: 'Print the written file as JSON',
      examples: {
        one: { cmd: '$0 form 12', text: 'output/formulir-evaluasi-12.pdf (-en in English)' },
        english: { cmd: '$0 form 12 --lang en --out archive/', text: 'In English, into the folder archive/' },
      },
    },
    notice: {
      id: 'Number of the planned incident',
      file: 'What the notice says (YAML, every key optional): activity, modules, manual procedure, readiness',
      date: 'Notice date YYYY-MM-DD; default: noticeDate in the file, then the document date',
      number: "Full letter number; default: the profile's prefix with the serial number left blank",
      until: 'Expected end (2026-12-07T01:00, hospital time) when the incident has no end yet',
      by: 'IT officer issuing it; default: officer in the profile',
      examples: {
        file: { cmd: '$0 notice 15 --file data/contoh/pemberitahuan-contoh.yaml --until 2026-12-07T01:00', text: 'output/pemberitahuan-downtime-15.pdf (-en in English)' },
        number: { cmd: '$0 notice 15 --date 2026-12-01 --number "800/123/RSUD-MN/SIMRS/XII/2026"', text: 'With the notice date and letter number' },
      },
    },
    drill: {
      file: 'The drill (YAML): date, procedure, participants, time of each step, findings, follow-ups',
      sop: 'Take-over SOP configuration: steps and target minutes',
      examples: {
        file: { cmd: '$0 drill --file data/contoh/simulasi-takeover.yaml', text: 'Record the drill and write output/laporan-simulasi-1.pdf (-en in English)' },
      },
    },
    training: {
      file: 'The training (YAML): topic, date, place, trainer, participants per unit, material',
      examples: {
        file: { cmd: '$0 training --file data/contoh/pelatihan-downtime.yaml', text: 'Record the training and write output/laporan-pelatihan-1.pdf (-en in English)' },
      },
    },
    pack: {
      out: 'Pack folder; default output/akreditasi-<period>',
      sop: 'SOP configuration (may be repeated); default every YAML in data/sop/',
      strict: 'Exit 5 when the readiness check finds gaps (the pack is written anyway)',
      json: 'Print the manifest and the readiness findings as JSON on stdout',
      examples: {
        year: { cmd: '$0 pack --year 2024', text: 'The 2024 accreditation pack in output/akreditasi-2024/' },
        strict: { cmd: '$0 pack --year 2022 --strict', text: 'Exit 5 when a month has no data, an incident is not evaluated, …' },
      },
    },
  },
});
