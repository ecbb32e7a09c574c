// The letterhead logo, read once as bytes under one set of rules for every document. PDF/A-1b
// forbids transparency, and pdfkit turns a PNG's alpha channel (or tRNS chunk) into a soft mask:
// such a PNG is flattened onto white here, the way it looks on paper, instead of being refused.
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { ExitCode, UserError } from '../../errors.js';
import { KIT } from '../../wording/kit.js';

export interface Logo {
  data: Buffer;
  type: 'png' | 'jpg';
}

/** The profile field the path comes from, named in every message. */
const FIELD = 'letterhead.logo';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The logo at `path` (from the profile), or null when the profile has none. A missing or unreadable
 * file is exit 3, a file that is not a readable PNG/JPEG exit 1; both name the profile field.
 */
export function loadLogo(path: string | null): Logo | null {
  if (!path) return null;
  const W = KIT().logo;
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? W.missing : W.unreadable;
    throw new UserError(W.cannotRead(FIELD, path, why), { exitCode: ExitCode.io });
  }
  const corrupt = (detail: string): UserError => new UserError(W.corrupt(FIELD, path, detail));
  if (data.subarray(0, 8).equals(PNG_SIGNATURE)) return { data: pngWithoutAlpha(data, corrupt), type: 'png' };
  if (data[0] === 0xff && data[1] === 0xd8) {
    if (!jpegHasFrame(data)) throw corrupt(W.badJpeg);
    return { data, type: 'jpg' };
  }
  throw corrupt(W.notImage);
}

/** Decodes the PNG fully (a corrupt one fails here, not inside pdfkit); with transparency, re-encodes it flattened onto white. */
function pngWithoutAlpha(data: Buffer, corrupt: (detail: string) => UserError): Buffer {
  let png: PNG;
  try {
    png = PNG.sync.read(data);
  } catch {
    throw corrupt(KIT().logo.badPng);
  }
  const colorType = data[25];
  const transparent = colorType === 4 || colorType === 6 || data.includes(Buffer.from('tRNS', 'latin1'));
  if (!transparent) return data;
  const px = png.data;
  for (let i = 0; i < px.length; i += 4) {
    const a = px[i + 3]! / 255;
    for (let c = 0; c < 3; c++) px[i + c] = Math.round(px[i + c]! * a + 255 * (1 - a));
    px[i + 3] = 255;
  }
  return PNG.sync.write(png, { colorType: 2, inputColorType: 6, inputHasAlpha: true });
}

/** Walks the JPEG's marker segments up to a frame header (SOFn): what pdfkit needs to embed it. */
function jpegHasFrame(data: Buffer): boolean {
  let o = 2;
  while (o + 4 <= data.length) {
    if (data[o] !== 0xff) return false;
    const marker = data[o + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return o + 9 <= data.length;
    o += 2 + data.readUInt16BE(o + 2);
  }
  return false;
}
