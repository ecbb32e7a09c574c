// The names of what the classifier decides: cause categories, planned/unplanned, internal/external.
// Keys are the stored codes (types.ts Category, Kind, Scope); the texts are what every listing —
// list, stats, the report PDF and workbook — prints.
import { words } from './define.js';

export const CATEGORY_WORDS = words({
  id: {
    categories: {
      network: 'Jaringan/internet',
      external: 'Layanan eksternal',
      power: 'Listrik/UPS',
      hardware: 'Perangkat keras',
      software: 'Perangkat lunak',
      database: 'Basis data',
      other: 'Lainnya',
    },
    /** In a sentence: "Jenis ditebak: tidak terencana (…)". */
    kinds: { planned: 'terencana', unplanned: 'tidak terencana' },
    /** As a value on its own: "Jenis        Tidak terencana". */
    kindTitles: { planned: 'Terencana', unplanned: 'Tidak terencana' },
    scopes: { internal: 'internal', external: 'eksternal' },
  },
  en: {
    categories: {
      network: 'Network/internet',
      external: 'External service',
      power: 'Power/UPS',
      hardware: 'Hardware',
      software: 'Software',
      database: 'Database',
      other: 'Other',
    },
    kinds: { planned: 'planned', unplanned: 'unplanned' },
    kindTitles: { planned: 'Planned', unplanned: 'Unplanned' },
    scopes: { internal: 'internal', external: 'external' },
  },
});
