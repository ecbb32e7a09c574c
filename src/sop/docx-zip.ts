// Reproducible DOCX bytes: docx writes the clock into docProps/core.xml and into every zip entry's
// DOS time. We replace core.xml through Packer's overrides and rewrite the DOS time fields in place
// (they are outside the CRC, so the archive stays valid).

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function coreXml(title: string, author: string, at: Date): string {
  const when = `${at.toISOString().slice(0, 19)}Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>${xmlEscape(author)}</dc:creator><cp:lastModifiedBy>simrs-downtime</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** Sets every local and central-directory entry's DOS date/time to `at` (UTC). */
export function fixZipTimes(zip: Buffer, at: Date): Buffer {
  const year = Math.max(1980, at.getUTCFullYear());
  const dosDate = ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  const dosTime = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2);
  let o = 0;
  while (o + 4 <= zip.length) {
    const sig = zip.readUInt32LE(o);
    if (sig === 0x04034b50) {
      zip.writeUInt16LE(dosTime, o + 10);
      zip.writeUInt16LE(dosDate, o + 12);
      o += 30 + zip.readUInt16LE(o + 26) + zip.readUInt16LE(o + 28) + zip.readUInt32LE(o + 18);
    } else if (sig === 0x02014b50) {
      zip.writeUInt16LE(dosTime, o + 12);
      zip.writeUInt16LE(dosDate, o + 14);
      o += 46 + zip.readUInt16LE(o + 28) + zip.readUInt16LE(o + 30) + zip.readUInt16LE(o + 32);
    } else break;
  }
  return zip;
}
