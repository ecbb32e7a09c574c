import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { parseConfig, parseConfigBytes, readConfigBytes } from './config.js';
import { cachedForFile } from './util/result-cache.js';
import { resolveConfigPath } from './paths.js';
import { GENERAL } from './wording/general.js';
import type { Lang } from './wording/lang.js';

export const DEFAULT_PROFILE_PATH = 'data/profil-rs.yaml';

/** NIP of a civil servant: 18 digits, grouped 8-6-1-3 when printed. */
export const nipSchema = z
  .string()
  .transform((s) => s.replace(/[\s.]/g, ''))
  .refine((s) => /^\d{18}$/.test(s), { error: () => GENERAL().profile.nip });

export function formatNip(nip: string): string {
  const d = nip.replace(/\D/g, '');
  return d.length === 18 ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}` : nip;
}

const signatorySchema = z.object({
  position: z.string().min(1),
  name: z.string().min(1),
  nip: nipSchema.nullable().optional(),
});
export type Signatory = z.infer<typeof signatorySchema>;

const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: () => GENERAL().profile.timeZone },
);

/** Service units a downtime evaluation must answer one by one ("tidak terdampak" is an answer). */
export const DEFAULT_UNITS = ['Pendaftaran', 'Rawat Jalan', 'IGD', 'Rawat Inap', 'Laboratorium', 'Radiologi', 'Farmasi/Apotek', 'Kasir', 'Rekam Medis'];

const noticeSchema = z.object({
  /** Lead time a planned-downtime notice must give (days between notice date and start). */
  minimumDays: z.number().int().min(0).default(3),
  /** Classification code opening a letter number, e.g. "800" (Tata Naskah Dinas). */
  classification: z.string().min(1).default('800'),
  /** Unit code between the sequence and the month, e.g. "SIMRS" → 800/ … /SIMRS/XII/2026. */
  unitCode: z.string().min(1).default('SIMRS'),
});
/** Editions of the Standar Akreditasi Rumah Sakit a document may cite; 1596/2024 revoked 1128/2022. */
export const EDITIONS = ['1596/2024', '1128/2022'] as const;
export type Edition = (typeof EDITIONS)[number];

export interface StandardCitation {
  edition: Edition;
  /** "KMK HK.01.07/MENKES/1596/2024 tentang Standar Akreditasi Rumah Sakit". */
  full: string;
  /** "KMK HK.01.07/MENKES/1596/2024". */
  number: string;
}

/** How documents cite the standard: the decree number and its title, in the document's language. */
export function standardCitation(edition: Edition, lang: Lang = 'id'): StandardCitation {
  const number = `KMK HK.01.07/MENKES/${edition}`;
  const title = GENERAL.in(lang).profile.standardTitle;
  return { edition, number, full: `${number} ${title}` };
}

/** Up to three officials who initial (paraf) a document beside the signer's name. */
const parafSchema = z.array(z.string().min(1)).max(3, { error: () => GENERAL().profile.paraf });

export const profileSchema = z.object({
  /** true only in the shipped sample profile: documents made with it outside the demo warn. */
  sample: z.boolean().default(false),
  hospital: z.object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    city: z.string().min(1),
    timeZone: timeZoneSchema.default('Asia/Jakarta'),
    unit: z.string().min(1).default('Instalasi SIMRS'),
  }),
  letterhead: z.object({
    logo: z.string().nullable().optional(),
    government: z.string().min(1),
    name: z.string().min(1),
    lines: z.array(z.string()).default([]),
    place: z.string().nullable().optional(),
    rule: z.enum(['double', 'thick']).default('double'),
  }),
  paper: z.enum(['A4', 'F4']).default('A4'),
  availabilityTarget: z.number().gt(0).max(100),
  sopNumber: z.string().min(1).nullable().optional(),
  /** Who records and corrects by default (`open`, `edit`, `void`, `attest` without --by). */
  officer: z.string().min(1).nullable().optional(),
  signatories: z.object({
    preparedBy: signatorySchema,
    acknowledgedBy: signatorySchema.nullable().optional(),
  }),
  units: z.array(z.string().trim().min(1)).min(1).default(DEFAULT_UNITS),
  notice: noticeSchema.prefault({}),
  accreditation: z
    .object({
      edition: z.enum(EDITIONS, { error: () => GENERAL().profile.edition(EDITIONS.join(GENERAL().profile.or)) }).default('1596/2024'),
    })
    .default({ edition: '1596/2024' }),
  /** Tata naskah dinas conventions of the hospital's general office. */
  office: z
    .object({
      /**
       * Number of a generated document: classification code and the parts after the sequence, which
       * the general office fills in after signing: "800" + "RSUD-MN/SIMRS" → "800/    /RSUD-MN/SIMRS/XII/2022".
       */
      documentNumber: z
        .object({ classification: z.string().min(1), suffix: z.string().min(1).nullable().optional() })
        .nullable()
        .optional(),
      /** Positions that initial the report beside the signer (at most three). */
      paraf: parafSchema.default([]),
      /** Tembusan: positions, by rank; no "Yth.", never "Arsip". */
      tembusan: z
        .array(z.string().min(1).refine((t) => !/^\s*arsip\s*$/i.test(t), { error: () => GENERAL().profile.tembusan }))
        .default([]),
    })
    .default({ paraf: [], tembusan: [] }),
});

export type Profile = z.infer<typeof profileSchema> & {
  /** Absolute path of the logo, resolved against the profile file. */
  logoPath: string | null;
  /** Path the profile was read from. */
  path: string;
};

export function parseProfile(data: unknown, path: string): Profile {
  return withPaths(parseConfig(profileSchema, data, path, GENERAL().profile.what), path);
}

function withPaths(profile: z.output<typeof profileSchema>, path: string): Profile {
  const logo = profile.letterhead.logo;
  return { ...profile, logoPath: logo ? resolve(dirname(resolveConfigPath(path)), logo) : null, path };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/**
 * The document number per tata naskah: classification code, a blank sequence for the general office
 * to fill after signing, the suffix, the Roman month and the year of `isoDate`. Null when the
 * profile sets no classification code.
 */
export function documentNumber(office: Profile['office'], isoDate: string): string | null {
  const n = office.documentNumber;
  if (!n) return null;
  const [y, m] = isoDate.split('-');
  const parts = [n.classification, '      ', ...(n.suffix ? [n.suffix] : []), ROMAN[Number(m) - 1] ?? '', y ?? ''];
  return parts.join('/');
}

/** The warning for a document made with the shipped sample profile, or null (own profile, or the demo). */
export function sampleProfileWarning(profile: Pick<Profile, 'sample' | 'path'>, env: NodeJS.ProcessEnv = process.env): string | null {
  if (!profile.sample || env.DOWNTIME_DEMO === '1') return null;
  return GENERAL().profile.sample(profile.path);
}

export function loadProfile(path: string = DEFAULT_PROFILE_PATH): Profile {
  const { bytes, resolved } = readConfigBytes(path);
  // The validated profile depends on the file's bytes alone; its paths are added for this run.
  const parsed = cachedForFile('profile', resolved, bytes, () => parseConfig(profileSchema, parseConfigBytes(bytes, path), path, GENERAL().profile.what));
  return withPaths(parsed, path);
}
