// isoInZone's native fast path and offsetMinutes' month-bounds cache against the plain readings:
// the fields one by one, and luxon's own offset at every instant — in Indonesian zones and in
// zones with DST and half-hour offsets, over random instants and around every DST change.
import { describe, expect, it } from 'vitest';
import { DateTime, IANAZone } from 'luxon';
import { isoInZone, isoInZoneByFields, offsetMinutes, zonedMillis } from '../../src/util/zone.js';
import { rng } from '../helpers/rng.js';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Europe/Berlin', 'America/St_Johns', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];

describe('zone: fast paths equal the plain readings', () => {
  it('offsetMinutes is luxon\'s offset at every instant, in order and out of order', () => {
    const r = rng(7);
    for (const zone of ZONES) {
      const z = IANAZone.create(zone);
      let ms = Date.UTC(1990, 0, 1);
      for (let i = 0; i < 4000; i++) {
        // mostly forward in small steps (a log), sometimes a jump anywhere in 1900–2100
        ms = r() < 0.9 ? ms + Math.floor(r() * 5 * 86_400_000) : Date.UTC(1900, 0, 1) + Math.floor(r() * 200 * 365.25 * 86_400_000);
        expect(offsetMinutes(zone, ms), `${zone} ${new Date(ms).toISOString()}`).toBe(z.offset(ms));
      }
    }
  });
  it('offsetMinutes is exact minute by minute around DST changes', () => {
    for (const zone of ['Europe/Berlin', 'America/St_Johns', 'Australia/Lord_Howe']) {
      const z = IANAZone.create(zone);
      for (const year of [2021, 2024]) {
        for (let day = 0; day < 366; day += 1) {
          const start = Date.UTC(year, 0, 1) + day * 86_400_000;
          if (z.offset(start) === z.offset(start + 86_400_000)) continue;
          for (let m = 0; m <= 24 * 60; m += 1) {
            const ms = start + m * 60_000;
            expect(offsetMinutes(zone, ms)).toBe(z.offset(ms));
          }
        }
      }
    }
  });
  it('isoInZone is the field-by-field text and luxon\'s ISO, for years 1000–9999 and beyond', () => {
    const r = rng(11);
    for (const zone of ZONES) {
      for (let i = 0; i < 3000; i++) {
        const ms = Date.UTC(-500, 0, 1) + Math.floor(r() * 11_000 * 365.25 * 86_400_000) + (i % 7 === 0 ? 0.5 : 0);
        const off = offsetMinutes(zone, ms);
        const iso = isoInZone(zone, ms);
        expect(iso).toBe(isoInZoneByFields(ms + off * 60_000, off));
        const year = new Date(ms + off * 60_000).getUTCFullYear();
        // (luxon's ISO only from 1970: before ~1924 the zones had local mean time, offsets in seconds)
        if (zone !== 'UTC' && year >= 1970 && year <= 9999) expect(iso).toBe(DateTime.fromMillis(Math.floor(ms), { zone }).set({ millisecond: 0 }).toISO({ suppressMilliseconds: true }));
      }
    }
  });
  it('isoInZone is the field-by-field text on every day of 1899–2101 and at the fast range\'s ends', () => {
    const edges = [Date.UTC(1000, 0, 1), Date.UTC(1000, 0, 1) + 0.5, Date.UTC(10000, 0, 1) - 1, Date.UTC(10000, 0, 1) - 0.5, Date.UTC(1969, 11, 31, 23, 59, 59, 999), -0.5, -1, 0];
    for (let ms = Date.UTC(1899, 0, 1); ms < Date.UTC(2102, 0, 1); ms += 86_400_000) edges.push(ms, ms + 86_399_999, ms + 43_200_000 + 0.75);
    for (const ms of edges) expect(isoInZone('UTC', ms), String(ms)).toBe(isoInZoneByFields(ms, 0));
  });
  it('round-trips the wall clock of an Indonesian log', () => {
    expect(isoInZone('Asia/Jakarta', zonedMillis('Asia/Jakarta', 2023, 1, 9, 8, 30))).toBe('2023-01-09T08:30:00+07:00');
    expect(isoInZone('Asia/Jayapura', zonedMillis('Asia/Jayapura', 2024, 2, 29, 23, 59, 59))).toBe('2024-02-29T23:59:59+09:00');
    expect(isoInZone('America/St_Johns', Date.UTC(2023, 0, 9, 12, 0))).toBe('2023-01-09T08:30:00-03:30');
  });
});
