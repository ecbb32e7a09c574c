import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { isoInZone, partsInZone, zonedMillis } from '../../src/util/zone.js';

describe('zone arithmetic (cached offsets) agrees with luxon', () => {
  it.each([
    ['Asia/Jakarta', 2023, 1, 9, 8, 30],
    ['Asia/Makassar', 2022, 12, 31, 23, 59],
    ['Asia/Jayapura', 2024, 2, 29, 0, 0],
    ['UTC+8', 2023, 5, 1, 9, 0],
    // DST edges: the cache must not smear an offset across a change
    ['Europe/Berlin', 2023, 3, 26, 1, 30],
    ['Europe/Berlin', 2023, 3, 26, 3, 30],
    ['Europe/Berlin', 2023, 10, 29, 4, 0],
  ] as const)('%s %i-%i-%i %i:%i', (zone, y, m, d, h, mi) => {
    const want = DateTime.fromObject({ year: y, month: m, day: d, hour: h, minute: mi }, { zone });
    const ms = zonedMillis(zone, y, m, d, h, mi);
    expect(ms).toBe(want.toMillis());
    expect(isoInZone(zone, ms)).toBe(want.toISO({ suppressMilliseconds: true }));
    expect(partsInZone(zone, ms)).toEqual({ year: y, month: m, day: d, hour: h, minute: mi });
  });
});
