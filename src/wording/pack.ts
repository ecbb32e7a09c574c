// The accreditation pack: the readiness findings, the action register, the cover and index, the
// elements of the standard it maps files to, and the titles of the documents it holds. The pack's
// language is its own option: these are read with PACK.in(lang); only `stored` (where a hand-edited
// row of the store fails) and `cause` (the SOP schema's messages for `document.history[].cause`,
// kept with the pack that checks a cause against the store) are messages in the process language.
import { words } from './define.js';

/** "#3", "#3 dan #4", "#3, #4 dan #5". */
const numbers = (ids: readonly number[], and: string) => {
  const n = ids.map((i) => `#${i}`);
  return n.length < 2 ? n.join('') : `${n.slice(0, -1).join(', ')} ${and} ${n[n.length - 1]}`;
};

export const PACK = words({
  id: {
    readiness: {
      monthNoData: (month: string, key: string) =>
        `${month}: tidak ada data — tidak ada insiden tercatat dan tidak ada pernyataan nihil (downtime attest --month ${key} --none bila memang tidak ada downtime)`,
      unevaluated: (id: number, date: string, title: string) => `Insiden ${id} (${date}, "${title}") tidak terencana dan belum dievaluasi`,
      evaluationOf: (incident: number | null) => `evaluasi insiden ${incident}`,
      drill: 'simulasi',
      overdue: (id: number, source: string, action: string, pic: string, due: string) => `Tindak lanjut ${id} (${source}) "${action}", PIC ${pic}: lewat batas waktu ${due}`,
      open: (id: number, source: string, action: string, pic: string, due: string) => `Tindak lanjut ${id} (${source}) "${action}", PIC ${pic}: masih terbuka, batas waktu ${due}`,
      noDrill: (end: string) => `Tidak ada simulasi dalam 12 bulan sampai ${end}`,
      noTraining: (end: string) => `Tidak ada pelatihan dalam 12 bulan sampai ${end}`,
      sopReviewDue: (name: string, issued: string, due: string) => `SPO ${name}: terbit ${issued}, kaji ulang jatuh tempo ${due} (3 tahun)`,
      sopHistory: (name: string, revision: string) => `SPO ${name}: rekaman historis perubahan tidak memuat revisi ${revision} yang berlaku`,
      causeNoEvaluation: (name: string, revision: string, incident: number) =>
        `SPO ${name} revisi ${revision} menyebut evaluasi insiden #${incident} sebagai penyebabnya, tetapi insiden ${incident} belum dievaluasi (downtime evaluate ${incident} --file …)`,
      causeNoAction: (name: string, revision: string, action: number) =>
        `SPO ${name} revisi ${revision} menyebut tindak lanjut #${action} sebagai penyebabnya, tetapi tindak lanjut #${action} tidak ada (lihat downtime actions)`,
      causeActionOpen: (name: string, revision: string, action: number, text: string) =>
        `SPO ${name} revisi ${revision} menyebut tindak lanjut #${action} "${text}", tetapi tindak lanjut itu belum selesai (downtime action done ${action} --evidence "SPO revisi ${revision}")`,
      causeActionElsewhere: (name: string, revision: string, action: number, incident: number, source: string) =>
        `SPO ${name} revisi ${revision} menyebut tindak lanjut #${action} dari evaluasi insiden #${incident}, tetapi tindak lanjut #${action} berasal dari ${source}`,
      notCited: (id: number, source: string, action: string) =>
        `Tindak lanjut #${id} (${source}) "${action}" selesai dan merevisi SPO, tetapi riwayat revisi SPO tidak menyebutnya (tulis cause: { action: ${id} } pada revisi itu di document.history)`,
    },
    register: {
      title: 'Register Tindak Lanjut Downtime',
      cols: { no: 'No', problem: 'Masalah', cause: 'Penyebab', action: 'Tindakan', pic: 'PIC', due: 'Batas waktu', status: 'Status', evidence: 'Bukti', source: 'Sumber' },
      status: { open: 'Terbuka', overdue: 'Lewat batas', done: 'Selesai' },
      none: 'Tidak ada tindak lanjut dari evaluasi atau simulasi dalam periode ini.',
      summary: (open: number, overdue: number, done: number) => `${done} selesai, ${open} terbuka, ${overdue} lewat batas waktu (status per tanggal dokumen ini).`,
      made: 'Dibuat oleh,',
      sheet: 'Register',
      /** exceljs footer codes: &P page, &N pages. */
      footerPages: 'Halaman &P dari &N',
      fromEvaluation: (incident: number | null) => `Insiden ${incident} (evaluasi)`,
      drillProblem: (procedure: string) => `Simulasi ${procedure}`,
      moreFindings: (n: number) => ` (dan ${n} temuan lain)`,
      drillOn: (date: string) => `Simulasi ${date}`,
      drill: 'Simulasi',
    },
    index: {
      title: 'Paket Bukti Akreditasi',
      subtitle: 'MRMIK 13.1 — Waktu Henti (Downtime) Sistem Data',
      hospital: 'Rumah sakit',
      unit: 'Unit pengelola',
      period: 'Periode',
      standard: 'Standar',
      combined: 'Berkas gabungan',
      combinedNote: 'semua dokumen dalam satu PDF/A dengan penanda (bookmark) per elemen dan per dokumen',
      map: 'A. Peta Elemen Penilaian dan Berkas',
      evidence: 'Jenis bukti',
      folder: 'Folder',
      cols: { no: 'No', doc: 'Dokumen', file: 'Berkas', pages: 'Hlm.', from: 'Hlm. gabungan' },
      noFiles: 'Belum ada berkas untuk elemen ini dalam periode ini.',
      interview: 'W (wawancara): staf unit pelayanan dan petugas TI menjelaskan perannya dalam prosedur downtime; disiapkan koordinator, bukan berkas.',
      revisions: 'Revisi SPO dalam periode (perbaikan sesudah evaluasi):',
      revision: (sop: string, revision: string, date: string, change: string, file: string | null) =>
        `SPO ${sop} revisi ${revision} (${date}): ${change}${file ? ` — lihat rekaman historis perubahan di ${file}` : ''}`,
      revisionCaused: (sop: string, revision: string, date: string, cause: string, change: string, evidence: string[], file: string | null) =>
        `SPO ${sop} revisi ${revision} (${date}) akibat ${cause}: ${change}${evidence.length ? ` — lihat ${evidence.join(' dan ')}` : ''}${file ? `${evidence.length ? ';' : ' —'} rekaman historis perubahan di ${file}` : ''}`,
      causeIncident: (incident: number) => `evaluasi insiden #${incident}`,
      causeActions: (ids: readonly number[]) => `tindak lanjut ${numbers(ids, 'dan')}`,
      causeAnd: ', ',
      evidenceAt: (file: string, page: number | null) => (page == null ? file : `${file} (hlm. ${page} berkas gabungan)`),
      identity: 'Identitas dokumen (MRMIK 3): setiap dokumen memuat judul, nomor, tanggal terbit, revisi, jumlah halaman dan yang mengesahkan di kaki halamannya.',
      readiness: 'B. Pemeriksaan Kesiapan',
      ready: 'Tidak ada kekurangan yang ditemukan dari data.',
      notReady: (n: number) => `${n} kekurangan ditemukan dari data:`,
      gap: 'Kekurangan',
      bring: 'C. Yang Masih Disiapkan Koordinator',
      bringItems: [
        'Tanda tangan basah (atau TTE) dan stempel pada setiap dokumen; nomor surat dari bagian umum.',
        'Peraturan/SK Direktur tentang kebijakan pengelolaan SIMRS dan penanganan downtime (regulasi 13.1 a).',
        'TOR, undangan dan materi pelatihan (bukti pelatihan 13.1 b selain laporan dan daftar hadir).',
        'Bukti wawancara: staf yang siap menjelaskan perannya saat downtime (W pada 13.1 b).',
      ],
      manifest: 'D. Manifes Berkas',
      mcols: { file: 'Berkas', element: 'Elemen', pages: 'Hlm.', sha: 'SHA-256' },
      manifestNote: 'Sampul ini, berkas gabungan dan manifest.json sendiri tercatat di manifest.json.',
      made: 'Disusun oleh,',
    },
    /** The elements' wording, short, and what the pack puts under each. */
    elements: {
      'mrmik-13.1a': {
        text: 'Terdapat prosedur yang harus dilakukan jika terjadi waktu henti sistem data (down time) untuk mengatasi masalah pelayanan.',
        holds: 'Regulasi dan SPO downtime',
      },
      'mrmik-13.1b': {
        text: 'Staf dilatih dan memahami perannya di dalam prosedur penanganan waktu henti sistem data (down time), baik yang terencana maupun yang tidak terencana.',
        holds: 'Laporan pelatihan dan daftar hadir, laporan simulasi',
      },
      'mrmik-13.1c': {
        text: 'Rumah sakit melakukan evaluasi pasca terjadinya waktu henti sistem data (down time) dan menggunakan informasi dari data tersebut untuk persiapan dan perbaikan apabila terjadi waktu henti (down time) berikutnya.',
        holds: 'Laporan bulanan dan laporan periode, evaluasi pasca downtime, pemberitahuan downtime terencana, register tindak lanjut, revisi SPO akibat evaluasi',
      },
      'mrmik-3': {
        text: 'Identitas dokumen: judul, tanggal terbit, edisi/tanggal revisi terbaru, jumlah halaman, nama yang mengesahkan.',
        holds: 'Setiap dokumen di folder ini memuat identitasnya di kaki halaman; jumlah halaman dan SHA-256 tiap berkas ada di manifes',
      },
    },
    evidence: { R: 'regulasi', D: 'dokumen', W: 'wawancara', O: 'observasi', S: 'simulasi' },
    /** Titles of the pack's documents (manifest, index, bookmarks). */
    titles: {
      evaluation: (n: string, title: string) => `Evaluasi pasca downtime, insiden ${n}: ${title}`,
      notice: (n: string, title: string) => `Pemberitahuan downtime terencana, insiden ${n}: ${title}`,
      drill: (date: string) => `Laporan simulasi ${date}`,
      training: (date: string, topic: string) => `Laporan pelatihan ${date}: ${topic}`,
      workbook: (title: string) => `${title} (buku kerja)`,
      sop: (title: string, number: string, revision: string) => `SPO ${title} (No. ${number}, Revisi ${revision})`,
    },
    /** A stored record named in a message when its row fails validation. */
    stored: {
      evaluation: (id: number, incident: number) => `evaluasi #${id} (insiden ${incident}) di basis data`,
      drill: (id: number) => `simulasi #${id} di basis data`,
      training: (id: number) => `pelatihan #${id} di basis data`,
      notice: (id: number) => `pemberitahuan #${id} di basis data`,
    },
    /** `document.history[].cause` of an SOP config (messages of the schema). */
    cause: {
      empty: 'sebutkan incident (insiden yang evaluasinya menyebabkan revisi ini) dan/atau action (nomor tindak lanjut), mis. { incident: 6, action: 3 }',
      incidentNumber: 'nomor insiden seperti di downtime list: bilangan bulat positif, mis. 6',
      actionNumber: 'nomor tindak lanjut seperti di downtime actions: bilangan bulat positif, mis. 3, atau daftarnya, mis. [3, 4]',
    },
  },
  en: {
    readiness: {
      monthNoData: (month: string, key: string) =>
        `${month}: no data — no incident recorded and no attestation (downtime attest --month ${key} --none if there really was no downtime)`,
      unevaluated: (id: number, date: string, title: string) => `Incident ${id} (${date}, "${title}") is unplanned and has no evaluation`,
      evaluationOf: (incident: number | null) => `evaluation of incident ${incident}`,
      drill: 'drill',
      overdue: (id: number, source: string, action: string, pic: string, due: string) => `Action ${id} (${source}) "${action}", PIC ${pic}: overdue since ${due}`,
      open: (id: number, source: string, action: string, pic: string, due: string) => `Action ${id} (${source}) "${action}", PIC ${pic}: still open, due ${due}`,
      noDrill: (end: string) => `No drill in the 12 months up to ${end}`,
      noTraining: (end: string) => `No training in the 12 months up to ${end}`,
      sopReviewDue: (name: string, issued: string, due: string) => `SOP ${name}: issued ${issued}, review due ${due} (3 years)`,
      sopHistory: (name: string, revision: string) => `SOP ${name}: the revision history lacks the current revision ${revision}`,
      causeNoEvaluation: (name: string, revision: string, incident: number) =>
        `SOP ${name} revision ${revision} names the evaluation of incident #${incident} as its cause, but incident ${incident} has no evaluation (downtime evaluate ${incident} --file …)`,
      causeNoAction: (name: string, revision: string, action: number) =>
        `SOP ${name} revision ${revision} names action #${action} as its cause, but there is no action #${action} (see downtime actions)`,
      causeActionOpen: (name: string, revision: string, action: number, text: string) =>
        `SOP ${name} revision ${revision} names action #${action} "${text}", but that action is not done (downtime action done ${action} --evidence "SOP revision ${revision}")`,
      causeActionElsewhere: (name: string, revision: string, action: number, incident: number, source: string) =>
        `SOP ${name} revision ${revision} names action #${action} of the evaluation of incident #${incident}, but action #${action} comes from the ${source}`,
      notCited: (id: number, source: string, action: string) =>
        `Action #${id} (${source}) "${action}" is done and revises an SOP, but no SOP revision history names it (write cause: { action: ${id} } on that revision in document.history)`,
    },
    register: {
      title: 'Downtime Action Register',
      cols: { no: 'No', problem: 'Problem', cause: 'Cause', action: 'Action', pic: 'PIC', due: 'Due', status: 'Status', evidence: 'Evidence', source: 'Source' },
      status: { open: 'Open', overdue: 'Overdue', done: 'Done' },
      none: 'No follow-up actions from evaluations or drills in this period.',
      summary: (open: number, overdue: number, done: number) => `${done} done, ${open} open, ${overdue} overdue (status as of this document's date).`,
      made: 'Prepared by,',
      sheet: 'Register',
      footerPages: 'Page &P of &N',
      fromEvaluation: (incident: number | null) => `Incident ${incident} (evaluation)`,
      drillProblem: (procedure: string) => `Drill ${procedure}`,
      moreFindings: (n: number) => ` (and ${n} more findings)`,
      drillOn: (date: string) => `Drill ${date}`,
      drill: 'Drill',
    },
    index: {
      title: 'Accreditation Evidence Pack',
      subtitle: 'MRMIK 13.1 — Downtime of the Data Systems',
      hospital: 'Hospital',
      unit: 'Unit',
      period: 'Period',
      standard: 'Standard',
      combined: 'Combined file',
      combinedNote: 'every document in one PDF/A with bookmarks per element and per document',
      map: 'A. Elements and Files',
      evidence: 'Evidence',
      folder: 'Folder',
      cols: { no: 'No', doc: 'Document', file: 'File', pages: 'Pp.', from: 'Combined p.' },
      noFiles: 'No file for this element in this period yet.',
      interview: 'W (interview): service-unit and IT staff explain their role in the downtime procedure; prepared by the coordinator, not a file.',
      revisions: 'SOP revisions in the period (improvements after evaluation):',
      revision: (sop: string, revision: string, date: string, change: string, file: string | null) =>
        `SOP ${sop} revision ${revision} (${date}): ${change}${file ? ` — see the revision history in ${file}` : ''}`,
      revisionCaused: (sop: string, revision: string, date: string, cause: string, change: string, evidence: string[], file: string | null) =>
        `SOP ${sop} revision ${revision} (${date}) after ${cause}: ${change}${evidence.length ? ` — see ${evidence.join(' and ')}` : ''}${file ? `${evidence.length ? ';' : ' —'} revision history in ${file}` : ''}`,
      causeIncident: (incident: number) => `the evaluation of incident #${incident}`,
      causeActions: (ids: readonly number[]) => `${ids.length > 1 ? 'actions' : 'action'} ${numbers(ids, 'and')}`,
      causeAnd: ', ',
      evidenceAt: (file: string, page: number | null) => (page == null ? file : `${file} (p. ${page} of the combined file)`),
      identity: 'Document identity (MRMIK 3): every document carries its title, number, issue date, revision, page count and approver in its footer.',
      readiness: 'B. Readiness Check',
      ready: 'Nothing missing found in the data.',
      notReady: (n: number) => `${n} gaps found in the data:`,
      gap: 'Gap',
      bring: 'C. What the Coordinator Still Brings',
      bringItems: [
        'Wet signatures (or electronic signatures) and stamps on every document; letter numbers from the general office.',
        "The director's regulation/decree on SIMRS management and downtime handling (regulation of 13.1 a).",
        'Training TOR, invitation and material (training evidence of 13.1 b besides the report and attendance list).',
        'Interview evidence: staff ready to explain their role during downtime (W of 13.1 b).',
      ],
      manifest: 'D. File Manifest',
      mcols: { file: 'File', element: 'Element', pages: 'Pp.', sha: 'SHA-256' },
      manifestNote: 'This cover, the combined file and manifest.json itself are listed in manifest.json.',
      made: 'Prepared by,',
    },
    elements: {
      'mrmik-13.1a': {
        text: 'There is a procedure to follow when the data systems are down, to deal with the problems of service.',
        holds: 'Regulation and downtime SOPs',
      },
      'mrmik-13.1b': {
        text: 'Staff are trained in and understand their role in the downtime procedures, planned and unplanned.',
        holds: 'Training reports and attendance lists, drill reports',
      },
      'mrmik-13.1c': {
        text: 'The hospital evaluates each downtime and uses what it learns to prepare for and improve on the next one.',
        holds: 'Monthly and period reports, post-downtime evaluations, planned-downtime notices, the action register, SOP revisions an evaluation caused',
      },
      'mrmik-3': {
        text: 'Document identity: title, issue date, edition or latest revision date, number of pages, name of the approver.',
        holds: 'Every document in this folder carries its identity in its footer; pages and SHA-256 of each file are in the manifest',
      },
    },
    evidence: { R: 'regulation', D: 'document', W: 'interview', O: 'observation', S: 'simulation' },
    titles: {
      evaluation: (n: string, title: string) => `Post-downtime evaluation, incident ${n}: ${title}`,
      notice: (n: string, title: string) => `Planned-downtime notice, incident ${n}: ${title}`,
      drill: (date: string) => `Drill report ${date}`,
      training: (date: string, topic: string) => `Training report ${date}: ${topic}`,
      workbook: (title: string) => `${title} (workbook)`,
      sop: (title: string, number: string, revision: string) => `SOP ${title} (No. ${number}, Revision ${revision})`,
    },
    stored: {
      evaluation: (id: number, incident: number) => `evaluation #${id} (incident ${incident}) in the database`,
      drill: (id: number) => `drill #${id} in the database`,
      training: (id: number) => `training #${id} in the database`,
      notice: (id: number) => `notice #${id} in the database`,
    },
    cause: {
      empty: 'name incident (the incident whose evaluation caused this revision) and/or action (the follow-up action number), e.g. { incident: 6, action: 3 }',
      incidentNumber: 'an incident number as downtime list shows it: a positive whole number, e.g. 6',
      actionNumber: 'an action number as downtime actions shows it: a positive whole number, e.g. 3, or a list, e.g. [3, 4]',
    },
  },
});
