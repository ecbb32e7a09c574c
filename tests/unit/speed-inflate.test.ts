// The bundle swaps tiny-inflate (pure JS) for node's zlib (scripts/bundle-shims/tiny-inflate.cjs):
// the Unicode tables pdfkit's line breaker and fontkit read must come out byte for byte the same.
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Inflate = (source: Uint8Array, dest?: Uint8Array) => Uint8Array;
const shim = require('../../scripts/bundle-shims/tiny-inflate.cjs') as Inflate;

describe('zlib in place of tiny-inflate', () => {
  it('unpacks the Unicode tables of linebreak and unicode-properties as tiny-inflate does', () => {
    const path = require.resolve('tiny-inflate');
    const real = require(path) as Inflate;
    const calls: { source: Uint8Array; size: number; result: Uint8Array }[] = [];
    const recorder: Inflate = (source, dest) => {
      const size = dest?.length ?? -1;
      const result = real(source, dest);
      calls.push({ source: Uint8Array.from(source), size, result: Uint8Array.from(result) });
      return result;
    };
    // The CommonJS builds, loaded fresh, with tiny-inflate recording what it unpacks.
    const cached = require.cache[path]!;
    const fresh = ['unicode-trie', 'linebreak', 'unicode-properties'].map((p) => require.resolve(p));
    for (const p of fresh) delete require.cache[p];
    const saved = cached.exports;
    cached.exports = recorder;
    try {
      require('linebreak');
      require('unicode-properties');
    } finally {
      cached.exports = saved;
      for (const p of fresh) delete require.cache[p];
    }
    expect(calls.length).toBeGreaterThanOrEqual(2);
    for (const c of calls) {
      const out = shim(c.source, c.size >= 0 ? new Uint8Array(c.size) : undefined);
      expect(Buffer.from(out).equals(Buffer.from(c.result))).toBe(true);
    }
  });

  it('returns a shorter copy when the data are shorter than the space given, and refuses damaged data', () => {
    const data = Buffer.from('abc'.repeat(1000));
    const packed = deflateRawSync(data);
    expect(Buffer.from(shim(packed, new Uint8Array(5000))).equals(data)).toBe(true);
    expect(Buffer.from(shim(packed, new Uint8Array(3000))).equals(data)).toBe(true);
    expect(() => shim(Uint8Array.from([0xff, 0xff, 0xff]), new Uint8Array(10))).toThrow();
  });
});
