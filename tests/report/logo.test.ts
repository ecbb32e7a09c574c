// The letterhead logo under one set of rules for the report and the SPO (documents/kit/logo.ts): a
// PNG with transparency is flattened onto white and the PDF stays valid PDF/A-1b; a missing logo
// is exit 3 and a corrupt one exit 1, both naming the profile field, in both commands.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { runCli, tempDir } from '../helpers/cli.js';
import { pdfText, preflight } from '../helpers/pdf.js';
import { loadLogo } from '../../src/documents/kit/logo.js';
import { UserError } from '../../src/errors.js';

const AT = '2026-11-25T09:00:00+07:00';
let dir: string;
let db: string;

/** A 40×40 RGBA PNG: a red disc, opaque in the middle, fading to fully transparent at the edge. */
function rgbaPng(): Buffer {
  const png = new PNG({ width: 40, height: 40 });
  for (let y = 0; y < 40; y++)
    for (let x = 0; x < 40; x++) {
      const i = (y * 40 + x) * 4;
      const r = Math.hypot(x - 19.5, y - 19.5);
      png.data[i] = 200;
      png.data[i + 1] = 30;
      png.data[i + 2] = 30;
      png.data[i + 3] = Math.max(0, Math.min(255, Math.round(255 * (1 - r / 20))));
    }
  return PNG.sync.write(png);
}

/** The sample profile with `letterhead.logo` set to `logo` (relative to the profile file). */
function profileWithLogo(name: string, logo: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, readFileSync('data/profil-rs.yaml', 'utf8').replace(/^  logo: null$/m, `  logo: ${logo}`));
  return file;
}

beforeAll(() => {
  dir = tempDir('downtime-logo-');
  db = join(dir, 'store.sqlite');
  writeFileSync(join(dir, 'alpha.png'), rgbaPng());
  const corrupt = rgbaPng();
  writeFileSync(join(dir, 'corrupt.png'), corrupt.subarray(0, corrupt.length - 40));
  expect(runCli(['import', 'data/log-downtime-rsud-m-natsir.xlsx', '--db', db]).code).toBe(0);
});

describe('loadLogo', () => {
  it('flattens a PNG with alpha onto white: no alpha channel left, transparent edge white, opaque centre kept', () => {
    writeFileSync(join(dir, 'unit.png'), rgbaPng());
    const logo = loadLogo(join(dir, 'unit.png'))!;
    expect(logo.type).toBe('png');
    const out = PNG.sync.read(logo.data);
    expect(logo.data[25]).toBe(2); // colour type RGB, no alpha
    expect([...out.data.subarray(0, 3)]).toEqual([255, 255, 255]);
    const centre = (20 * 40 + 20) * 4;
    expect(out.data[centre]).toBeGreaterThan(190);
    expect(out.data[centre + 1]).toBeLessThan(60);
  });

  it('refuses a corrupt PNG and a file that is no image, naming letterhead.logo', () => {
    expect(() => loadLogo(join(dir, 'corrupt.png'))).toThrow(UserError);
    expect(() => loadLogo(join(dir, 'corrupt.png'))).toThrow(/letterhead\.logo.*rusak/);
    writeFileSync(join(dir, 'text.png'), 'not a picture');
    expect(() => loadLogo(join(dir, 'text.png'))).toThrow(/bukan gambar PNG atau JPEG/);
  });
});

describe.each([
  ['sop', (profile: string, out: string) => ['sop', '--profile', profile, '--format', 'pdf', '--out', out, '--generated-at', AT]],
  ['report', (profile: string, out: string) => ['report', '--db', db, '--month', '2022-10', '--format', 'pdf', '--profile', profile, '--out', out, '--generated-at', AT]],
])('downtime %s with a logo', (command, args) => {
  it('embeds a PNG with alpha flattened, and the PDF passes PDFBox Preflight (PDF/A-1b)', () => {
    const out = join(dir, `${command}-alpha`);
    const r = runCli(args(profileWithLogo(`${command}-alpha`, 'alpha.png'), out));
    expect(r.code, r.stderr).toBe(0);
    // `sop` writes every SPO of data/sop/ (take-over and units): each must pass.
    for (const line of r.stdout.trim().split('\n')) {
      const pdf = line.replace(/^Ditulis: /, '');
      expect(pdf.startsWith('/'), 'absolute path').toBe(true);
      const check = preflight(pdf);
      expect(check.valid, check.output).toBe(true);
      expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain('RSUD MOHAMMAD NATSIR');
    }
  });

  it('a missing logo: exit 3 naming the profile field', () => {
    const r = runCli(args(profileWithLogo(`${command}-missing`, 'tidak-ada.png'), join(dir, `${command}-missing`)));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/letterhead\.logo.*tidak-ada\.png: berkas tidak ada/);
    expect(r.stderr).not.toContain('bug');
  });

  it('a corrupt PNG: exit 1 (a user error, not a crash)', () => {
    const r = runCli(args(profileWithLogo(`${command}-corrupt`, 'corrupt.png'), join(dir, `${command}-corrupt`)));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/letterhead\.logo.*corrupt\.png: berkas PNG rusak/);
  });
});
