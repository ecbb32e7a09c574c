// MRMIK 13.1 a–c and MRMIK 3 as the index prints them, with the evidence types the 2024 survey
// instrument asks for (see shared/domain/accreditation.md): R for 13.1 a, D + W for 13.1 b, D for
// 13.1 c. MRMIK 3 (document identity) is answered by every document's footer, not by a file. Their
// wording, and what the pack puts under each, is in the pack's word table (PACK.in(lang).elements).
import type { ElementInfo, ElementKey } from './types.js';

export const ELEMENTS: Record<ElementKey, ElementInfo> = {
  'mrmik-13.1a': {
    key: 'mrmik-13.1a',
    code: 'MRMIK 13.1 a',
    evidence: ['R'],
  },
  'mrmik-13.1b': {
    key: 'mrmik-13.1b',
    code: 'MRMIK 13.1 b',
    evidence: ['D', 'W'],
  },
  'mrmik-13.1c': {
    key: 'mrmik-13.1c',
    code: 'MRMIK 13.1 c',
    evidence: ['D'],
  },
  'mrmik-3': {
    key: 'mrmik-3',
    code: 'MRMIK 3',
    evidence: ['D'],
  },
};

/** Sub-folder of the pack per element. */
export const ELEMENT_DIR: Record<ElementKey, string> = {
  'mrmik-13.1a': '13.1a-regulasi-spo',
  'mrmik-13.1b': '13.1b-pelatihan-simulasi',
  'mrmik-13.1c': '13.1c-evaluasi-laporan',
  'mrmik-3': '',
};
