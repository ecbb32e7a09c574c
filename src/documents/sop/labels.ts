// Fixed labels of the SPO layout (box captions, section names, table headers), from the SOP word
// table (wording/sop.ts) in the SOP's language, with the unit's name in the head's title ("Kepala …").
import type { Lang } from '../../types.js';
import { SOP } from '../../wording/sop.js';
import type { Actor } from './schema.js';

type LayoutWords = ReturnType<typeof SOP>['labels'];

export interface SopLabels extends LayoutWords {
  actors: Record<Actor, string>;
}

export function sopLabels(lang: Lang, unitName: string): SopLabels {
  const W = SOP.in(lang);
  return { ...W.labels, actors: { petugas: W.actors.petugas, kepala: W.actors.kepala(unitName), unit: W.actors.unit } };
}
