// Reproducible zip-based documents (DOCX, XLSX): docx and exceljs pack with JSZip, which stamps
// the current clock into every entry's DOS time. The time fields sit outside the CRC, so they are
// rewritten in place and the archive stays valid.

/** `at` (UTC) as a zip entry's DOS date and time fields (not before 1980, two-second steps). */
export function dosDateTime(at: Date): { dosDate: number; dosTime: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    dosDate: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    dosTime: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
  };
}

/** Sets every local and central-directory entry's DOS date/time to `at` (UTC). */
export function fixZipTimes(zip: Buffer, at: Date): Buffer {
  const { dosDate, dosTime } = dosDateTime(at);
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
