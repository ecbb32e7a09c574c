// MRMIK 13.1 a–c and MRMIK 3 as the index prints them, with the evidence types the 2024 survey
// instrument asks for (see shared/domain/accreditation.md): R for 13.1 a, D + W for 13.1 b, D for
// 13.1 c. MRMIK 3 (document identity) is answered by every document's footer, not by a file.
import type { ElementInfo, ElementKey } from './types.js';

export const ELEMENTS: Record<ElementKey, ElementInfo> = {
  'mrmik-13.1a': {
    key: 'mrmik-13.1a',
    code: 'MRMIK 13.1 a',
    text: {
      id: 'Terdapat prosedur yang harus dilakukan jika terjadi waktu henti sistem data (down time) untuk mengatasi masalah pelayanan.',
      en: 'There is a procedure to follow when the data systems are down, to deal with the problems of service.',
    },
    evidence: ['R'],
    holds: { id: 'Regulasi dan SPO downtime', en: 'Regulation and downtime SOPs' },
  },
  'mrmik-13.1b': {
    key: 'mrmik-13.1b',
    code: 'MRMIK 13.1 b',
    text: {
      id: 'Staf dilatih dan memahami perannya di dalam prosedur penanganan waktu henti sistem data (down time), baik yang terencana maupun yang tidak terencana.',
      en: 'Staff are trained in and understand their role in the downtime procedures, planned and unplanned.',
    },
    evidence: ['D', 'W'],
    holds: { id: 'Laporan pelatihan dan daftar hadir, laporan simulasi', en: 'Training reports and attendance lists, drill reports' },
  },
  'mrmik-13.1c': {
    key: 'mrmik-13.1c',
    code: 'MRMIK 13.1 c',
    text: {
      id: 'Rumah sakit melakukan evaluasi pasca terjadinya waktu henti sistem data (down time) dan menggunakan informasi dari data tersebut untuk persiapan dan perbaikan apabila terjadi waktu henti (down time) berikutnya.',
      en: 'The hospital evaluates each downtime and uses what it learns to prepare for and improve on the next one.',
    },
    evidence: ['D'],
    holds: {
      id: 'Laporan bulanan dan laporan periode, evaluasi pasca downtime, pemberitahuan downtime terencana, register tindak lanjut, revisi SPO akibat evaluasi',
      en: 'Monthly and period reports, post-downtime evaluations, planned-downtime notices, the action register, SOP revisions an evaluation caused',
    },
  },
  'mrmik-3': {
    key: 'mrmik-3',
    code: 'MRMIK 3',
    text: {
      id: 'Identitas dokumen: judul, tanggal terbit, edisi/tanggal revisi terbaru, jumlah halaman, nama yang mengesahkan.',
      en: 'Document identity: title, issue date, edition or latest revision date, number of pages, name of the approver.',
    },
    evidence: ['D'],
    holds: {
      id: 'Setiap dokumen di folder ini memuat identitasnya di kaki halaman; jumlah halaman dan SHA-256 tiap berkas ada di manifes',
      en: 'Every document in this folder carries its identity in its footer; pages and SHA-256 of each file are in the manifest',
    },
  },
};

/** Sub-folder of the pack per element. */
export const ELEMENT_DIR: Record<ElementKey, string> = {
  'mrmik-13.1a': '13.1a-regulasi-spo',
  'mrmik-13.1b': '13.1b-pelatihan-simulasi',
  'mrmik-13.1c': '13.1c-evaluasi-laporan',
  'mrmik-3': '',
};

export const EVIDENCE_WORDS = {
  id: { R: 'regulasi', D: 'dokumen', W: 'wawancara', O: 'observasi', S: 'simulasi' },
  en: { R: 'regulation', D: 'document', W: 'interview', O: 'observation', S: 'simulation' },
} as const;
