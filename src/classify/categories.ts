// The cause categories, once: their order (tables, charts, stats) and their names in Indonesian and
// English. Every listing — list, stats, the report PDF and workbook — prints these names.
import type { Category } from '../types.js';

export const CATEGORIES = ['network', 'external', 'power', 'hardware', 'software', 'database', 'other'] as const satisfies readonly Category[];

export const CATEGORY_LABELS: Record<Category, { id: string; en: string }> = {
  network: { id: 'Jaringan/internet', en: 'Network/internet' },
  external: { id: 'Layanan eksternal', en: 'External service' },
  power: { id: 'Listrik/UPS', en: 'Power/UPS' },
  hardware: { id: 'Perangkat keras', en: 'Hardware' },
  software: { id: 'Perangkat lunak', en: 'Software' },
  database: { id: 'Basis data', en: 'Database' },
  other: { id: 'Lainnya', en: 'Other' },
};
