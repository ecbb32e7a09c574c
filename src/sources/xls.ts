// Excel 97–2003 (.xls): no maintained pure-JS reader we trust, so LibreOffice converts it to .xlsx
// when it is installed; otherwise the user gets the two ways to do it themselves.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';

export const XLS_HOWTO =
  'berkas .xls (Excel 97–2003) perlu dikonversi. Pasang LibreOffice (apt-get install libreoffice-calc) atau buka di Excel lalu Simpan Sebagai .xlsx, kemudian impor berkas .xlsx itu.';

/** `soffice` or `libreoffice` on PATH, or null. */
export function findSofficeOnPath(pathVar: string | undefined = process.env.PATH): string | null {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/**
 * Converts into a fresh temporary folder (the caller removes `dir`). A private LibreOffice profile
 * lets the conversion run while the user has LibreOffice open.
 */
export async function convertXls(path: string, file: string, soffice: string): Promise<{ dir: string; xlsx: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'simrs-xls-'));
  const profile = pathToFileURL(join(dir, 'profile')).href;
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', dir, path],
        { timeout: 180_000 },
        (err, _stdout, stderr) => (err ? reject(new Error(String(stderr).trim() || err.message)) : resolve()),
      );
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw new UserError(`${file}: konversi .xls dengan LibreOffice gagal (${(err as Error).message}). Buka di Excel lalu Simpan Sebagai .xlsx, kemudian impor berkas .xlsx itu.`);
  }
  const xlsx = join(dir, `${basename(path, extname(path))}.xlsx`);
  if (!existsSync(xlsx)) {
    rmSync(dir, { recursive: true, force: true });
    throw new UserError(`${file}: LibreOffice tidak menghasilkan berkas .xlsx (berkas .xls mungkin rusak atau dilindungi kata sandi). Buka di Excel lalu Simpan Sebagai .xlsx.`);
  }
  return { dir, xlsx };
}
