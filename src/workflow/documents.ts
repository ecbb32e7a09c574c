// What the document commands of the cycle (form, notice, drill, training) share: the form options
// (profile, language, a fixed --generated-at for reproducible bytes, the logo) and the output
// folder, checked before anything is rendered or stored.
import { join, resolve } from 'node:path';
import type { Profile } from '../profile.js';
import type { Lang } from '../types.js';
import type { FormOptions } from '../documents/forms/form-doc.js';
import { checkOutDir } from '../documents/kit/out-dir.js';
import { partsInZone } from '../util/zone.js';
import { GENERAL } from '../wording/general.js';

export interface DocumentArgs {
  out: string;
  lang: Lang;
  generatedAt?: string;
}

export async function formOptions(profile: Profile, lang: Lang, generatedAt: Date): Promise<FormOptions> {
  const { loadLogo } = await import('../documents/kit/logo.js');
  return { profile, lang, generatedAt, logo: loadLogo(profile.logoPath) };
}

/** The file a document is written to: `<out>/<stem>[-en].pdf`; the folder is checked first. */
export function documentPath(out: string, stem: string, lang: Lang): string {
  const dir = resolve(out);
  checkOutDir(dir, lang);
  return join(dir, `${stem}${GENERAL.in(lang).format.fileSuffix}.pdf`);
}

/** YYYY-MM-DD of an instant in the hospital's zone. */
export function localDate(ms: number, zone: string): string {
  const p = partsInZone(zone, ms);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
