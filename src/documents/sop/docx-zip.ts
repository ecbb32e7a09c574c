// Reproducible DOCX bytes: docx writes the clock into docProps/core.xml and into every zip entry's
// DOS time. We replace core.xml through Packer's overrides and rewrite the DOS time fields in place
// (they are outside the CRC, so the archive stays valid) with fixZipTimes from ../kit/zip-times.js.

import { escapeXml as xmlEscape } from '../kit/safe-text.js';

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
