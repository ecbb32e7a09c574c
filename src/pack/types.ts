// The accreditation pack as plain data: which elements of the standard it answers, the documents
// it holds, the readiness findings. The renderers and the command build on these; nothing here
// touches the file system or the store.

/** Elements of the standard the pack maps its files to, in the order the index and the combined PDF list them. */
export const ELEMENT_KEYS = ['mrmik-13.1a', 'mrmik-13.1b', 'mrmik-13.1c', 'mrmik-3'] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];

/** Evidence types of the 2024 survey instrument: R regulasi, D dokumen, W wawancara. */
export type EvidenceType = 'R' | 'D' | 'W' | 'O' | 'S';

export interface ElementInfo {
  key: ElementKey;
  /** "MRMIK 13.1 a". */
  code: string;
  evidence: EvidenceType[];
}

/** One document of the pack, rendered, before it is written. */
export interface PackDocument {
  /** File name inside the pack folder, e.g. "13.1c/laporan-downtime-2022-10.pdf". */
  file: string;
  element: ElementKey;
  title: string;
  data: Buffer;
  /** Only PDFs go into the combined PDF; the workbook copies of tables do not. */
  combine: boolean;
}

/** A row of manifest.json and of the index's file table. */
export interface ManifestEntry {
  file: string;
  element: ElementKey | 'pack';
  title: string;
  /** PDF pages; null for a workbook or JSON. */
  pages: number | null;
  sha256: string;
  bytes: number;
  /** First page in the combined PDF, when the file is in it. */
  combinedFrom?: number;
}

export type FindingCode =
  | 'month-no-data'
  | 'unplanned-without-evaluation'
  | 'open-action'
  | 'overdue-action'
  | 'no-drill-12-months'
  | 'no-training'
  | 'sop-review-due'
  | 'sop-history-lacks-revision'
  | 'sop-lint-error'
  | 'sop-revision-cause-invalid'
  | 'sop-revision-not-cited';

/** One thing a coordinator must fix or bring before the survey. */
export interface Finding {
  code: FindingCode;
  element: ElementKey;
  /** Indonesian or English, as the pack's language. */
  message: string;
}
