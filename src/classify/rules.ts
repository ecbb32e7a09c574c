import { z } from 'zod';
import type { Category } from '../types.js';
import { parseConfig, readConfigFile } from '../config.js';

export const DEFAULT_RULES_PATH = 'data/aturan-klasifikasi.yaml';

export const CATEGORIES = ['network', 'external', 'power', 'hardware', 'software', 'database', 'other'] as const;

const keywords = z.array(z.string().min(1)).min(1);

export const rulesSchema = z.object({
  kind: z.object({ planned: keywords, unplanned: keywords }),
  categories: z
    .array(z.object({ category: z.enum(CATEGORIES), label: z.string().optional(), keywords }))
    .min(1),
  external: z.object({ keywords }),
});

export type Rules = z.infer<typeof rulesSchema>;

export function parseRules(data: unknown, path: string): Rules {
  return parseConfig(rulesSchema, data, path, 'Aturan klasifikasi');
}

export function loadRules(path: string = DEFAULT_RULES_PATH): Rules {
  return parseRules(readConfigFile(path), path);
}

/** Indonesian and English names of the cause categories, as printed in reports. */
export const CATEGORY_LABELS: Record<Category, { id: string; en: string }> = {
  network: { id: 'Jaringan/ISP', en: 'Network/ISP' },
  external: { id: 'Layanan eksternal', en: 'External service' },
  power: { id: 'Listrik', en: 'Power' },
  hardware: { id: 'Perangkat keras', en: 'Hardware' },
  software: { id: 'Perangkat lunak', en: 'Software' },
  database: { id: 'Basis data', en: 'Database' },
  other: { id: 'Lainnya', en: 'Other' },
};
