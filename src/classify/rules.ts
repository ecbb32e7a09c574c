import { z } from 'zod';
import { CATEGORIES } from './categories.js';
import { parseConfig, readConfigFile } from '../config.js';

import { DEFAULT_RULES_PATH } from './rules-path.js';
export { DEFAULT_RULES_PATH };

export { CATEGORIES, CATEGORY_LABELS } from './categories.js';

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
