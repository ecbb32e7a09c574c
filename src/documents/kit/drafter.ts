// Pure: the SOP model (no pdfkit) needs it as much as the PDF footers do.

/**
 * Who drafted the document, for the paraf at the foot of every page: the first position of the
 * profile's `office.paraf` (the paraf chain starts with the drafter, the konseptor), else the
 * preparer who signs it (`signatories.preparedBy`).
 */
export function drafterPosition(paraf: readonly string[], preparedBy: string): string {
  return paraf[0] ?? preparedBy;
}
