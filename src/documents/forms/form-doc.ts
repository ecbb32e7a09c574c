// The page machinery every form shares: PDF/A-1b on the kit, the kop from the profile on page 1,
// a centred title, headings, prose, "Label : value" fields, tables whose columns are shares of the
// text width, signature rows kept whole, and on every page the MRMIK 3 identity with
// "Halaman n dari N". The forms themselves only decide content and order.
import { DateTime } from 'luxon';
import { createPdf, F, forEachPage, mm, pdfToBuffer } from '../kit/pdf-base.js';
import { drawKop, type Box } from '../kit/letterhead.js';
import { drawFieldRows, fieldRowsHeight, type FieldRow } from '../kit/fields.js';
import { drafterPosition, drawDrafterParaf, drawIdentityFooter } from '../kit/footer.js';
import { PAGE_PARAF } from '../../wording/kit.js';
import { drawSignatureRow, SIGNATURE_ROW_HEIGHT, type SignatureColumnSpec } from '../kit/signatures.js';
import { drawTable, tableHeight, type TableCell } from '../kit/table.js';
import { textBlocks } from '../kit/text-blocks.js';
import type { Logo } from '../kit/logo.js';
import { formatDateLong, formatDuration, zoneAbbreviation } from '../../format.js';
import { formatNip, type Profile, type Signatory } from '../../profile.js';
import type { Lang } from '../../types.js';
import { FORMS } from '../../wording/forms.js';
import { writeFileAtomic } from '../../util/fs.js';

/** What every form renderer takes besides its own input model. */
export interface FormOptions {
  profile: Profile;
  lang: Lang;
  /** Document date and PDF metadata: fixed for reproducible bytes. */
  generatedAt: Date;
  /** The profile's logo, loaded once by the caller (kit/logo.ts). */
  logo?: Logo | null;
}

/** Document identity (MRMIK 3); what is not given is left out, never invented. */
export interface DocumentIdentity {
  /** Form or document number of the hospital's document control, e.g. "FRM/SIMRS/DT-01". */
  number?: string;
  /** Edition/revision, two digits; default "00". */
  revision?: string;
  /** Issue date (YYYY-MM-DD); default the document date from generatedAt. */
  issuedOn?: string;
}

export interface FormColumn {
  header: string;
  /** Share of the text width; the shares of one table add up to 1. */
  share: number;
  align?: 'left' | 'center' | 'right';
}

export const commonLabels = (lang: Lang) => FORMS.in(lang).common;
const BODY = 10;
const HEADING = 10.5;

export class FormDoc {
  readonly doc: PDFKit.PDFDocument;
  readonly box: Box;
  readonly L: ReturnType<typeof FORMS>['common'];
  private readonly margins = { top: mm(18), bottom: mm(18), left: mm(22), right: mm(18) };

  constructor(
    readonly opts: FormOptions,
    readonly title: string,
  ) {
    const { profile, lang, generatedAt } = opts;
    this.L = FORMS.in(lang).common;
    this.doc = createPdf({
      paper: profile.paper,
      margins: this.margins,
      title,
      author: `${profile.hospital.unit} ${profile.hospital.name}`,
      subject: `${title} — ${profile.hospital.shortName}`,
      generatedAt,
      lang,
    });
    this.doc.addPage();
    this.box = { left: this.margins.left, width: this.doc.page.width - this.margins.left - this.margins.right };
    this.doc.y = drawKop(this.doc, profile.letterhead, this.box, this.margins.top, opts.logo?.data ?? null);
  }

  get bottom(): number {
    return this.doc.page.height - this.margins.bottom;
  }

  /** Starts a new page unless `h` points still fit. */
  ensure(h: number): void {
    if (this.doc.y + h > this.bottom) {
      this.doc.addPage();
      this.doc.y = this.margins.top;
    }
  }

  /** Centred title in capitals and optional lines under it (number, period). */
  heading1(text: string, sub: string[] = []): void {
    const { doc, box } = this;
    doc.font(F.bold).fontSize(12.5).fillColor('black').text(text.toUpperCase(), box.left, doc.y, { width: box.width, align: 'center' });
    for (const s of sub) doc.font(F.regular).fontSize(10).text(s, box.left, doc.y, { width: box.width, align: 'center' });
    doc.moveDown(0.8);
  }

  heading(text: string): void {
    const { doc, box } = this;
    this.ensure(BODY * 6);
    doc.moveDown(0.4);
    doc.font(F.bold).fontSize(HEADING).fillColor('black').text(text, box.left, doc.y, { width: box.width });
    doc.moveDown(0.25);
  }

  paragraph(text: string, opts: { indent?: number; font?: string } = {}): void {
    const { doc, box } = this;
    const indent = opts.indent ?? 0;
    doc.font(opts.font ?? F.regular).fontSize(BODY);
    this.ensure(Math.min(doc.heightOfString(text, { width: box.width - indent }), BODY * 3));
    doc.text(text, box.left + indent, doc.y, { width: box.width - indent, align: 'justify', lineGap: 1.5 });
    doc.moveDown(0.3);
  }

  /** Text in the kit's prose grammar: paragraphs and "1." / "a)" / "-" items. */
  prose(text: string, indent = 0): void {
    const { doc, box } = this;
    for (const b of textBlocks(text)) {
      if (b.kind === 'paragraph') {
        this.paragraph(b.text, { indent });
        continue;
      }
      this.ensure(BODY * 2.5);
      const y = doc.y;
      doc.font(F.regular).fontSize(BODY).text(b.label, box.left + indent, y, { lineBreak: false });
      doc.text(b.text, box.left + indent + 16, y, { width: box.width - indent - 16, align: 'justify', lineGap: 1.5 });
      doc.moveDown(0.2);
    }
  }

  fields(rows: FieldRow[], labelWidth = 150): void {
    const h = fieldRowsHeight(this.doc, rows, this.box, labelWidth, BODY);
    this.ensure(Math.min(h, 200));
    drawFieldRows(this.doc, rows, this.box, this.doc.y, labelWidth, BODY);
    this.doc.moveDown(0.3);
  }

  /** A table of the text width; the header repeats on every page (kit/table.ts). */
  /**
   * `heading` is drawn as a section heading kept on the page of the table's header and first row.
   * `withSignatures`: the last section of a form; when it and the signatures fit on one page but not
   * on this one, both move to the next page, so no page holds nothing but signatures.
   */
  table(columns: FormColumn[], rows: TableCell[][], opts: { fontSize?: number; heading?: string; withSignatures?: boolean } = {}): void {
    const { doc, box } = this;
    const fontSize = opts.fontSize ?? 8.5;
    const caption = opts.heading;
    if (caption) doc.moveDown(0.4);
    if (opts.withSignatures) {
      const cols = columns.map((c) => ({ header: c.header, width: box.width * c.share }));
      const h = tableHeight(doc, { columns: cols, rows, fontSize, headerFont: F.bold, bodyFont: F.regular, padding: 3 }) + (caption ? HEADING * 1.6 : 0);
      this.keepWithSignatures(h);
    }
    doc.y = drawTable(doc, {
      x: box.left,
      y: doc.y,
      columns: columns.map((c) => ({ header: c.header, width: box.width * c.share, align: c.align })),
      rows,
      fontSize,
      headerFont: F.bold,
      bodyFont: F.regular,
      padding: 3,
      // A short table stays whole; a long one keeps at least three rows with its header.
      keepRows: rows.length <= 6 ? rows.length : 3,
      newPage: () => {
        doc.addPage();
        return this.margins.top;
      },
      title: caption
        ? {
            height: HEADING * 1.6,
            draw: (y) => {
              doc.font(F.bold).fontSize(HEADING).fillColor('black').text(caption, box.left, y, { lineBreak: false });
            },
          }
        : undefined,
    });
    doc.moveDown(0.6);
  }

  /** Height the signature row of `signatures()` needs, with its place-and-date line. */
  static readonly SIGNATURES_HEIGHT = SIGNATURE_ROW_HEIGHT + 40;

  /** Moves to the next page when `h` points of the last section and the signatures do not fit here (and would fit there). */
  keepWithSignatures(h: number): void {
    const need = h + FormDoc.SIGNATURES_HEIGHT;
    if (this.doc.y + need > this.bottom && this.margins.top + need <= this.bottom) {
      this.doc.addPage();
      this.doc.y = this.margins.top;
    }
  }

  /** A section heading with one italic line, kept with the signatures when it is the last section. */
  emptySection(heading: string, text: string, withSignatures = false): void {
    if (withSignatures) this.keepWithSignatures(BODY * 5);
    this.heading(heading);
    this.empty(text);
  }

  /**
   * The follow-up actions (evaluation G, drill report): No · Tindakan · PIC · Batas waktu · Status ·
   * Bukti, or an italic "none" line under the heading. `withSignatures` keeps it with the
   * signatures when it is the form's last section.
   */
  actionTable(
    actions: readonly { action: string; pic: string; due: string; status: 'open' | 'done'; evidence?: string | null }[],
    opts: { heading: string; none: string; withSignatures?: boolean },
  ): void {
    if (actions.length === 0) return this.emptySection(opts.heading, opts.none, !!opts.withSignatures);
    const L = FORMS.in(this.opts.lang).actionTable;
    this.table(
      [
        { header: L.no, share: 0.05, align: 'center' },
        { header: L.action, share: 0.33 },
        { header: L.pic, share: 0.16 },
        { header: L.due, share: 0.14 },
        { header: L.status, share: 0.1 },
        { header: L.evidence, share: 0.22 },
      ],
      actions.map((a, i) => [String(i + 1), a.action, a.pic, this.longDate(a.due), L.statuses[a.status], a.evidence ?? '']),
      { heading: opts.heading, withSignatures: !!opts.withSignatures },
    );
  }

  /** An italic line where a table would be empty: "tidak ada". */
  empty(text: string): void {
    this.doc.font(F.italic).fontSize(BODY).text(text, this.box.left, this.doc.y, { width: this.box.width });
    this.doc.moveDown(0.5);
  }

  /** Signature columns, kept on one page together with `lead` (a closing line or the place and date). */
  signatures(columns: SignatureColumnSpec[], lead?: string): void {
    const { doc, box } = this;
    doc.font(F.regular).fontSize(BODY);
    const leadH = lead ? doc.heightOfString(lead, { width: box.width }) + 12 : 0;
    this.ensure(SIGNATURE_ROW_HEIGHT + leadH);
    doc.moveDown(0.6);
    if (lead) {
      doc.text(lead, box.left, doc.y, { width: box.width, align: 'right' });
      doc.moveDown(0.6);
    }
    doc.y = drawSignatureRow(doc, columns, box, doc.y, columns.length > 2 ? 9.5 : BODY);
  }

  /** Footer on every page, then the bytes. */
  async finish(identity: DocumentIdentity): Promise<Buffer> {
    const line = this.identityLine(identity);
    const { office, signatories } = this.opts.profile;
    const drafter = drafterPosition(office.paraf, signatories.preparedBy.position);
    forEachPage(this.doc, (i, n) => {
      drawIdentityFooter(this.doc, line, this.L.page(i + 1, n), this.box, this.margins.bottom);
      drawDrafterParaf(this.doc, PAGE_PARAF.in(this.opts.lang).label, drafter, this.box, this.margins.bottom, n);
    });
    return pdfToBuffer(this.doc);
  }

  /** "Title · No. … · Terbit 25 November 2026 · Revisi 00 · Disahkan: Direktur …" (pages are printed beside it). */
  identityLine(identity: DocumentIdentity): string {
    const { profile } = this.opts;
    const approver = profile.signatories.acknowledgedBy ?? profile.signatories.preparedBy;
    const parts = [this.title];
    if (identity.number) parts.push(`No. ${identity.number}`);
    parts.push(`${this.L.issued} ${this.longDate(identity.issuedOn ?? this.issuedDate())}`);
    parts.push(`${this.L.revision} ${identity.revision ?? '00'}`);
    parts.push(`${this.L.approvedBy}: ${approver.position}`);
    return parts.join(' · ');
  }

  /** The document date in the hospital's zone, YYYY-MM-DD. */
  issuedDate(): string {
    return DateTime.fromJSDate(this.opts.generatedAt, { zone: this.opts.profile.hospital.timeZone }).toISODate() ?? '';
  }

  longDate(iso: string): string {
    return formatDateLong(iso, this.opts.lang);
  }

  /** "Solok, 25 November 2026". */
  placeAndDate(iso = this.issuedDate()): string {
    return `${this.opts.profile.hospital.city}, ${this.longDate(iso)}`;
  }

  /** An ISO instant (with offset, or local to the hospital) as "3 November 2026 pukul 08.15 WIB". */
  when(iso: string | null): string {
    if (!iso) return this.L.none;
    if (/^\d{4}-\d{2}(-\d{2})?$/.test(iso)) return formatDateLong(iso, this.opts.lang);
    const zone = this.opts.profile.hospital.timeZone;
    const t = DateTime.fromISO(iso, { zone }).setZone(zone);
    if (!t.isValid) return iso;
    const hm = this.clock(t.toFormat('HH:mm'));
    return `${formatDateLong(t.toISODate()!, this.opts.lang)} ${this.L.at} ${hm} ${zoneAbbreviation(zone)}`;
  }

  /** "08.15" / "08:15" from "08:15". */
  clock(hhmm: string): string {
    return hhmm.replace(':', this.L.clockSeparator);
  }

  duration(minutes: number | null): string {
    return formatDuration(minutes, this.opts.lang);
  }

  yesNo(v: boolean): string {
    return v ? this.L.yes : this.L.no;
  }
}

/** A profile signatory as a signature column. */
export function signatoryColumn(s: Signatory, heading: string): SignatureColumnSpec {
  return { heading, position: s.position, name: s.name, nip: s.nip ? `NIP. ${formatNip(s.nip)}` : null };
}

/** A person known only by name (or not at all): the column keeps room to write the rest. */
export function personColumn(heading: string, position: string, person?: { name: string; nip?: string | null } | null): SignatureColumnSpec {
  const nip = person?.nip ? `NIP. ${/^\d{18}$/.test(person.nip.replace(/\D/g, '')) ? formatNip(person.nip) : person.nip}` : null;
  return { heading, position, name: person?.name ?? null, nip };
}

/** Minutes between two ISO instants (local ones read in `zone`); null when either is missing. */
export function minutesBetween(start: string | null, end: string | null, zone: string): number | null {
  if (!start || !end) return null;
  const a = DateTime.fromISO(start, { zone });
  const b = DateTime.fromISO(end, { zone });
  if (!a.isValid || !b.isValid) return null;
  return Math.round(b.diff(a, 'minutes').minutes);
}

/** Writes a rendered form atomically (temporary file, then rename), as the report does. */
export function writeForm(path: string, pdf: Buffer): void {
  writeFileAtomic(path, pdf);
}
