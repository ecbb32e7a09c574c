// The edition of the Standar Akreditasi Rumah Sakit the pack cites. KMK HK.01.07/MENKES/1596/2024
// revoked 1128/2022; a hospital still surveyed under the old edition sets it in its profile
// (`accreditation.edition`, added to the profile schema on the `signable` branch). Read loosely
// here so the pack works on a profile with or without that key.
import type { Profile } from '../profile.js';

export const EDITIONS = {
  '1596/2024': 'KMK HK.01.07/MENKES/1596/2024 tentang Standar Akreditasi Rumah Sakit',
  '1128/2022': 'KMK HK.01.07/MENKES/1128/2022 tentang Standar Akreditasi Rumah Sakit',
} as const;
export type Edition = keyof typeof EDITIONS;
export const DEFAULT_EDITION: Edition = '1596/2024';

export function standardEdition(profile: Profile): { edition: Edition; citation: string } {
  const raw = (profile as Profile & { accreditation?: { edition?: unknown } }).accreditation?.edition;
  const edition: Edition = raw === '1128/2022' ? '1128/2022' : DEFAULT_EDITION;
  return { edition, citation: EDITIONS[edition] };
}
