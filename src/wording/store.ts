// What the incident store says: the environment (lock, full disk, read-only file, newer schema,
// interrupted write), the refusals of undo/replace, and the record cycle's checks that need the store.
import { words } from './define.js';

export const STORE = words({
  id: {
    busy: (path: string, seconds: number) =>
      `${path}: perintah lain sedang menulis basis data ini (sudah ditunggu ${seconds} detik). ` +
      'Tunggu perintah itu selesai, lalu coba lagi. Basis data tidak diubah.',
    diskFull: (path: string, detail: string, dir: string) =>
      `${path}: disk penuh saat menulis basis data (${detail}). Kosongkan ruang pada ${dir}, lalu ulangi; ` +
      'basis data tetap seperti sebelum perintah ini.',
    readOnly: (path: string, detail: string, dir: string) =>
      `${path}: basis data tidak dapat ditulis — berkas atau foldernya hanya-baca (${detail}). ` +
      `Beri izin tulis pada berkas ini dan folder ${dir}, atau pakai --db di lokasi lain.`,
    isFolder: (path: string) => `${path}: itu sebuah folder, bukan berkas basis data. Sebutkan berkas basis data dengan --db, mis. --db ${path}/downtime.sqlite.`,
    ioError: (path: string, detail: string) => `${path}: galat baca/tulis disk pada basis data (${detail}). Periksa disk atau ruang kosongnya, lalu ulangi.`,
    missing: (path: string) => `Basis data belum ada: ${path}\nImpor log terlebih dahulu: downtime import <berkas.xlsx> --db ${path}`,
    hotJournal: (path: string, journal: string, detail: string, dir: string) =>
      `${path}: penulisan sebelumnya terputus dan harus dibatalkan (berkas ${journal}), tetapi basis data tidak dapat ditulis ` +
      `(${detail}). Data lama masih utuh: beri izin tulis pada berkas dan folder ${dir}, lalu jalankan perintah ini lagi.`,
    cannotOpen: (path: string, detail: string) => `Basis data tidak dapat dibuka: ${path} (${detail})`,
    notAStore: (path: string, detail: string) => `${path}: bukan basis data simrs-downtime yang valid (${detail})`,
    newerSchema: (path: string, version: number, known: number) =>
      `${path}: dibuat oleh versi simrs-downtime yang lebih baru (skema ${version}, versi ini mengenal skema ${known}); perbarui alat ini. Basis data tidak diubah.`,
    /** What rows in other tables are, by table. */
    attached: {
      incident_events: 'catatan linimasa',
      evaluations: 'evaluasi pasca downtime',
      actions: 'tindak lanjut',
      drills: 'simulasi',
      notices: 'pemberitahuan downtime terencana',
      corrections: 'koreksi',
    },
    undo: 'Pembatalan impor',
    replace: 'Penggantian impor',
    liveRefused: (what: string, batchId: number) =>
      `${what} ditolak: #${batchId} adalah catatan langsung (downtime open), bukan impor berkas. ` +
      'Insiden yang salah dicatat dikoreksi (downtime edit) atau dibatalkan dari perhitungan (downtime void ID --reason "…"), tidak dihapus.',
    attachedItem: (count: number, label: string, table: string, incidents: string) => `${count} ${label} (tabel ${table}, insiden ${incidents})`,
    attachedRefused: (what: string, batchId: number, list: string) =>
      `${what} ditolak: insiden impor #${batchId} masih dirujuk oleh catatan lain: ${list}. ` +
      'Catatan itu tidak dihapus diam-diam; pindahkan atau hapus dulu, lalu ulangi.',
    correctionLost: (correctionId: number, incidentId: number) =>
      `Penggantian impor ditolak: koreksi #${correctionId} (insiden ${incidentId}) tidak menemukan barisnya lagi.`,
    /** The reason stored with a corrected kind or category: always taken in RECORD_LANG (wording/lang.ts). */
    corrected: (reason: string) => `dikoreksi: ${reason}`,
    record: {
      noIncident: (id: number) => `Insiden ${id} tidak ada. Lihat nomornya dengan: downtime list`,
      alreadyEvaluated: (id: number) =>
        `Insiden ${id} sudah punya evaluasi. Untuk merevisinya: downtime evaluate ${id} --file eval.yaml --replace --reason "…" (evaluasi lama disimpan sebagai jejak koreksi).`,
      notEvaluated: (id: number) => `Insiden ${id} belum punya evaluasi: tidak ada yang direvisi (tanpa --replace untuk evaluasi pertama).`,
      notPlanned: (id: number) =>
        `Insiden ${id} tidak terencana; pemberitahuan hanya untuk downtime terencana (koreksi dulu: downtime edit ${id} --kind planned --reason "…").`,
      evaluationOf: (id: number) => `evaluasi insiden ${id}`,
      drillOn: (date: string) => `simulasi ${date}`,
      dueNotDate: (where: string, i: number, due: string) => `${where}: actions[${i}].due "${due}" bukan tanggal YYYY-MM-DD`,
      dueBefore: (where: string, i: number, due: string, from: string, action: string) =>
        `${where}: actions[${i}].due ${due} lebih awal dari kejadiannya (${from}) — "${action}"`,
      doneWithoutEvidence: (where: string, i: number, action: string) => `${where}: actions[${i}] berstatus done tanpa evidence — "${action}"`,
    },
  },
  en: {
    busy: (path: string, seconds: number) =>
      `${path}: another command is writing to this database (waited ${seconds} seconds). ` +
      'Wait for that command to finish, then try again. The database was not changed.',
    diskFull: (path: string, detail: string, dir: string) =>
      `${path}: the disk is full while writing the database (${detail}). Free some space on ${dir}, then try again; ` +
      'the database is as it was before this command.',
    readOnly: (path: string, detail: string, dir: string) =>
      `${path}: the database cannot be written — the file or its folder is read-only (${detail}). ` +
      `Give write permission on this file and on the folder ${dir}, or use --db somewhere else.`,
    isFolder: (path: string) => `${path}: that is a folder, not a database file. Name the database file with --db, e.g. --db ${path}/downtime.sqlite.`,
    ioError: (path: string, detail: string) => `${path}: disk read/write error on the database (${detail}). Check the disk or its free space, then try again.`,
    missing: (path: string) => `The database does not exist yet: ${path}\nImport a log first: downtime import <file.xlsx> --db ${path}`,
    hotJournal: (path: string, journal: string, detail: string, dir: string) =>
      `${path}: an earlier write was interrupted and must be rolled back (file ${journal}), but the database cannot be written ` +
      `(${detail}). The old data is intact: give write permission on the file and on the folder ${dir}, then run this command again.`,
    cannotOpen: (path: string, detail: string) => `The database cannot be opened: ${path} (${detail})`,
    notAStore: (path: string, detail: string) => `${path}: not a valid simrs-downtime database (${detail})`,
    newerSchema: (path: string, version: number, known: number) =>
      `${path}: made by a newer version of simrs-downtime (schema ${version}; this version knows schema ${known}); update this tool. The database was not changed.`,
    attached: {
      incident_events: 'timeline entries',
      evaluations: 'post-downtime evaluations',
      actions: 'follow-up actions',
      drills: 'drills',
      notices: 'planned-downtime notices',
      corrections: 'corrections',
    },
    undo: 'Undoing the import',
    replace: 'Replacing the import',
    liveRefused: (what: string, batchId: number) =>
      `${what} refused: #${batchId} holds live records (downtime open), not an imported file. ` +
      'An incident recorded by mistake is corrected (downtime edit) or voided from the figures (downtime void ID --reason "…"), not deleted.',
    attachedItem: (count: number, label: string, table: string, incidents: string) => `${count} ${label} (table ${table}, incidents ${incidents})`,
    attachedRefused: (what: string, batchId: number, list: string) =>
      `${what} refused: incidents of import #${batchId} are still referred to by other records: ${list}. ` +
      'Those records are not deleted silently; move or delete them first, then try again.',
    correctionLost: (correctionId: number, incidentId: number) =>
      `Replacing the import refused: correction #${correctionId} (incident ${incidentId}) no longer finds its row.`,
    corrected: (reason: string) => `corrected: ${reason}`,
    record: {
      noIncident: (id: number) => `Incident ${id} does not exist. See the numbers with: downtime list`,
      alreadyEvaluated: (id: number) =>
        `Incident ${id} already has an evaluation. To revise it: downtime evaluate ${id} --file eval.yaml --replace --reason "…" (the old evaluation is kept as a correction trail).`,
      notEvaluated: (id: number) => `Incident ${id} has no evaluation yet: nothing to revise (leave out --replace for the first evaluation).`,
      notPlanned: (id: number) =>
        `Incident ${id} is unplanned; a notice is only for planned downtime (correct it first: downtime edit ${id} --kind planned --reason "…").`,
      evaluationOf: (id: number) => `evaluation of incident ${id}`,
      drillOn: (date: string) => `drill ${date}`,
      dueNotDate: (where: string, i: number, due: string) => `${where}: actions[${i}].due "${due}" is not a YYYY-MM-DD date`,
      dueBefore: (where: string, i: number, due: string, from: string, action: string) =>
        `${where}: actions[${i}].due ${due} is before the event itself (${from}) — "${action}"`,
      doneWithoutEvidence: (where: string, i: number, action: string) => `${where}: actions[${i}] is done without evidence — "${action}"`,
    },
  },
});
