import { describe, expect, it } from 'vitest';
import { loadProfile, parseProfile, formatNip } from '../../src/profile.js';
import { UserError } from '../../src/errors.js';

describe('hospital profile', () => {
  it('loads the sample profile of the seed hospital', () => {
    const p = loadProfile('data/profil-rs.yaml');
    expect(p.letterhead.government).toBe('PEMERINTAH PROVINSI SUMATERA BARAT');
    expect(p.hospital.timeZone).toBe('Asia/Jakarta');
    expect(p.hospital.city).toBe('Solok');
    expect(p.signatories.preparedBy.nip).toMatch(/^\d{18}$/);
  });

  it('names the field of every invalid value', () => {
    const bad = {
      hospital: { name: 'X', shortName: 'X', city: 'Y', timeZone: 'Asia/Atlantis' },
      letterhead: { government: 'G', name: 'N' },
      availabilityTarget: 120,
      signatories: { preparedBy: { position: 'Ka', name: 'Nama', nip: '1968' } },
    };
    let err: unknown;
    try {
      parseProfile(bad, 'p.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as Error).message;
    expect(msg).toContain('p.yaml');
    expect(msg).toContain('hospital.timeZone');
    expect(msg).toContain('availabilityTarget');
    expect(msg).toContain('signatories.preparedBy.nip');
    expect(msg).toContain('18 digit');
    // zod's generic messages are Indonesian too (availabilityTarget > 100)
    expect(msg).toMatch(/availabilityTarget: Terlalu besar/);
  });

  it('formats a NIP 8-6-1-3', () => {
    expect(formatNip('196804111993031009')).toBe('19680411 199303 1 009');
  });
});
