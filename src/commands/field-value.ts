// A corrected field's value as people read it: corrections store the value as `edit` takes it
// ("planned", "network", "1", minutes), and show/edit print it in the reader's words.
import { CATEGORY_LABELS } from '../classify/categories.js';
import type { Category } from '../types.js';
import { formatDuration } from '../format.js';
import { language } from '../wording/lang.js';
import { COMMANDS } from '../wording/commands.js';

export function fieldValue(field: string, value: string | null): string {
  if (value == null) return '';
  const W = COMMANDS().shared;
  switch (field) {
    case 'kind':
      return value === 'planned' ? W.planned : value === 'unplanned' ? W.unplanned : value;
    case 'scope':
      return value === 'external' ? W.external : value === 'internal' ? W.internal : value;
    case 'voided':
      return value === '1' ? W.voidedYes : value === '0' ? W.voidedNo : value;
    case 'category':
      return Object.hasOwn(CATEGORY_LABELS, value) ? CATEGORY_LABELS[value as Category][language()] : value;
    case 'duration': {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) ? formatDuration(n, language()) : value;
    }
    default:
      return value;
  }
}
