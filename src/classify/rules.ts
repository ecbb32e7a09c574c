import { z } from 'zod';
import { CATEGORIES } from './categories.js';
import { parseConfig, parseConfigBytes, readConfigBytes } from '../config.js';
import { cachedForFile } from '../util/result-cache.js';

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
  const { bytes, resolved } = readConfigBytes(path);
  // The validated rules depend on the file's bytes alone: kept between runs of the bundled import
  // like the profile (util/result-cache.ts), so an unchanged file is not parsed and checked again.
  return cachedForFile('rules', resolved, bytes, () => parseRules(parseConfigBytes(bytes, path), path));
}
