// Shared set-up for the SOP tests: the sample config and profile, and a way to vary one field.
import { loadSopConfig } from '../../src/documents/sop/config.js';
import { lintSop, type Finding } from '../../src/documents/sop/lint.js';
import type { SopConfig } from '../../src/documents/sop/schema.js';
import { loadProfile } from '../../src/profile.js';

export const SAMPLE = 'data/sop/spo-takeover-server.yaml';
export const SEED = 'tests/fixtures/sop/seed-as-typed.yaml';
export const profile = loadProfile('data/profil-rs.yaml');

export function sample(): SopConfig {
  return loadSopConfig(SAMPLE);
}

/** A deep copy of the sample with one change applied. */
export function variant(change: (c: SopConfig) => void): SopConfig {
  const c = structuredClone(sample());
  change(c);
  return c;
}

export function lint(config: SopConfig, approver: { name: string; position: string } | null = { name: 'dr. X', position: 'Direktur' }): Finding[] {
  return lintSop({ config, approver }).findings;
}

export const codes = (fs: Finding[]): string[] => fs.map((f) => f.code);
