// Hand-written .xlsx files for the reader tests: exactly the XML a test wants, zipped by python3's
// zipfile (on every machine, no npm dependency), in the entry order given.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface MinimalSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The inside of <sheetData> (or the whole worksheet when `raw`). */
  xml: string;
  raw?: boolean;
}

/** Parts of a workbook with the given sheets; `styles` is the inside of <styleSheet>. */
export function minimalParts(sheets: MinimalSheet[], o: { shared?: string[]; styles?: string; date1904?: boolean } = {}): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}">${o.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}<Relationship Id="rS" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${R}/styles" Target="/xl/styles.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">${(o.shared ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${o.styles ?? '<cellXfs count="1"><xf numFmtId="0"/></cellXfs>'}</styleSheet>`,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.raw ? s.xml : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${s.xml}</sheetData></worksheet>`;
  });
  return parts;
}

export function writeZip(path: string, parts: Record<string, string | Buffer>): string {
  const json = JSON.stringify(Object.entries(parts).map(([n, d]) => [n, Buffer.from(d).toString('base64')]));
  const py = `
import sys, json, base64, zipfile
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for n, d in json.loads(sys.stdin.read()):
        z.writestr(n, base64.b64decode(d))
`;
  execFileSync('python3', ['-c', py, path], { input: json });
  return path;
}

/** Rewrites the size an entry declares in the central directory (a lying zip). */
export function patchDeclaredSize(bytes: Buffer, entryName: string, size: number): Buffer {
  const out = Buffer.from(bytes);
  const name = Buffer.from(entryName);
  for (let p = out.length - 22; p >= 0; p--) {
    if (out.readUInt32LE(p) === 0x02014b50 && out.subarray(p + 46, p + 46 + name.length).equals(name)) {
      out.writeUInt32LE(size, p + 24);
      return out;
    }
  }
  throw new Error(`${entryName} not in the central directory`);
}

export function writeBytes(path: string, bytes: Buffer): string {
  writeFileSync(path, bytes);
  return path;
}

export interface DumpedSheet {
  name: string;
  state: string;
  merges: unknown[];
  /** "A4" → value (Dates as ISO strings), with |numFmt and !error when set. */
  cells: Record<string, unknown>;
}

function letters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Every sheet and cell of a workbook as plain data (what the determinism script prints too). */
export async function dumpWorkbook(wb: import('../../src/sources/workbook.js').Workbook): Promise<DumpedSheet[]> {
  const out: DumpedSheet[] = [];
  for (const s of wb.sheets) {
    const cells: Record<string, unknown> = {};
    for await (const row of s.rows()) {
      for (const c of row.cells) {
        const v = c.value instanceof Date ? c.value.toISOString() : c.value;
        cells[`${letters(c.col)}${row.row}`] = c.error ? `!${c.error}` : c.numFmt ? `${String(v)}|${c.numFmt}` : v;
      }
    }
    out.push({ name: s.name, state: s.state, merges: await s.merges(), cells });
  }
  return out;
}
