// The edition of the Standar Akreditasi Rumah Sakit the pack cites. KMK HK.01.07/MENKES/1596/2024
// revoked 1128/2022; a hospital still surveyed under the old edition sets it in its profile
// (`accreditation.edition`). Read loosely here so the pack works on a profile with or without that
// key; the citation is worded as every document words it (profile.ts, standardCitation).
import { standardCitation, type Edition, type Profile } from '../profile.js';
import type { Lang } from '../types.js';

export type { Edition };
export const DEFAULT_EDITION: Edition = '1596/2024';

export function standardEdition(profile: Profile, lang: Lang = 'id'): { edition: Edition; citation: string } {
  const raw = (profile as Profile & { accreditation?: { edition?: unknown } }).accreditation?.edition;
  const edition: Edition = raw === '1128/2022' ? '1128/2022' : DEFAULT_EDITION;
  return { edition, citation: standardCitation(edition, lang).full };
}
