// config + profile + templates → the document as plain data: what both renderers (PDF, DOCX) draw.
// Pure: no file system, no clock; the renderers decide only layout, never content.
import { drafterPosition } from '../kit/drafter.js';
import { formatDateLong } from '../../format.js';
import type { Logo } from '../kit/logo.js';
import { textBlocks } from '../kit/text-blocks.js';
import { formatNip, standardCitation, type Profile } from '../../profile.js';
import type { Lang } from '../../types.js';
import { actionText, fill, placeholderValues } from './defaults.js';
import { sopLabels, type SopLabels } from './labels.js';
import { SOP } from '../../wording/sop.js';
import type { Finding } from './lint.js';
import { PROCEDURE_KEYS, type Actor, type ProcedureKey, type SopConfig } from './schema.js';
import type { SopTemplates } from './templates.js';
import { actionCommands, resolveHost } from './walk.js';

/** A line of body text. `level` is the indent: 0 procedure, 1 step, 2 sub-step, 3 detail. */
export type Block =
  | { kind: 'para'; text: string; level: number }
  | { kind: 'heading'; text: string }
  | { kind: 'item'; marker: string; text: string; level: number; bold?: boolean }
  | { kind: 'meta'; text: string; level: number }
  | { kind: 'command'; text: string; level: number };

export interface SopSection {
  label: string;
  blocks: Block[];
}

export interface FlowRow {
  no: string;
  activity: string;
  actor: Actor;
  minutes: number;
  output: string;
}

export interface FlowTable {
  title: string;
  rows: FlowRow[];
  totalMinutes: number;
}

export interface SopModel {
  lang: Lang;
  paper: 'A4' | 'F4';
  labels: SopLabels;
  hospitalName: string;
  logo: Logo | null;
  title: string;
  number: string;
  revision: string;
  issuedOn: string;
  approver: { position: string; name: string; nip: string | null };
  sections: SopSection[];
  flows: FlowTable[];
  history: Array<{ no: string; revision: string; change: string; content: string; date: string }>;
  notes: string[];
  fileBase: string;
  /** Who initials the foot of every page (kit/footer.ts drafterPosition). */
  drafter: string;
}

export interface ModelInput {
  config: SopConfig;
  profile: Pick<Profile, 'hospital' | 'paper' | 'signatories' | 'accreditation' | 'office'>;
  lang: Lang;
  templates: SopTemplates;
  /** Lint warnings: the command prints them on the terminal; the signed SOP never shows them. */
  warnings?: Finding[];
  /** The profile's logo, loaded once by the caller (kit/logo.ts); none when absent. */
  logo?: Logo | null;
}

/** Template output → blocks, by the kit's prose grammar (paragraphs and list items). */
export function textToBlocks(text: string, level = 0): Block[] {
  return textBlocks(text).map((b): Block => (b.kind === 'paragraph' ? { kind: 'para', text: b.text, level } : { kind: 'item', marker: b.label, text: b.text, level }));
}

const letter = (i: number): string => `${String.fromCharCode(97 + (i % 26))})`;

/**
 * The revision history's rows; a revision's cause (the evaluation or follow-up actions that made
 * it, `history[].cause`) follows its content, so the SOP itself shows why it changed.
 */
export function historyRows(history: SopConfig['document']['history'], lang: Lang, labels: Pick<SopLabels, 'revisionCause'>): SopModel['history'] {
  return history.map((h, i) => {
    const cause = h.cause ? labels.revisionCause(h.cause.incident, h.cause.actions) : '';
    const content = [h.content ?? '', cause].filter(Boolean).join(' ');
    return { no: `${i + 1}`, revision: h.revision, change: h.change, content, date: formatDateLong(h.date, lang) };
  });
}

export function totalMinutes(config: SopConfig, key: ProcedureKey): number {
  return (config.procedures[key]?.steps ?? []).reduce((sum, s) => sum + s.targetMinutes, 0);
}

function procedureBlocks(input: ModelInput, key: ProcedureKey, index: number, context: object): Block[] {
  const { config, lang, templates } = input;
  const labels = sopLabels(lang, input.profile.hospital.unit);
  const proc = config.procedures[key];
  const blocks: Block[] = [{ kind: 'heading', text: `${index}. ${labels.procedure[key]}` }];
  blocks.push(...textToBlocks(templates[key]({ ...context, totalMinutes: totalMinutes(config, key) })));
  if (proc?.intro) blocks.push({ kind: 'para', text: proc.intro, level: 0 });
  proc?.steps.forEach((step, si) => {
    const host = resolveHost(config, step.host);
    const hostName = host?.host.name ?? step.host ?? null;
    blocks.push({ kind: 'item', marker: `${si + 1}.`, text: step.title, level: 1, bold: true });
    const where = host ? `${host.host.name} (${host.host.address})` : (step.host ?? labels.client);
    const meta = [`${labels.on}: ${where}`];
    if (step.user) meta.push(`${labels.account} ${step.user}${host ? ` · ${labels.via[step.via ?? 'ssh']}` : ''}`);
    meta.push(`${labels.target} ${step.targetMinutes} ${labels.minutes}`);
    blocks.push({ kind: 'meta', text: meta.join(' · '), level: 2 });
    if (host && step.user && (step.via ?? 'ssh') !== 'console') {
      const login = step.via === 'telnet' ? `telnet ${host.host.address}` : `ssh ${step.user}@${host.host.address}`;
      blocks.push({ kind: 'command', text: login, level: 2 });
    }
    const values = placeholderValues(config, lang, hostName);
    step.actions.forEach((action, ai) => {
      const text = action.text ?? fill(actionText(action.do, lang), values);
      blocks.push({ kind: 'item', marker: letter(ai), text, level: 2 });
      if (action.do === 'smoke-test')
        for (const t of config.smokeTests) blocks.push({ kind: 'item', marker: '•', text: `${t.name}: ${t.how}${t.expect ? ` — ${labels.expect} ${t.expect}` : ''}`, level: 3 });
      for (const c of actionCommands(config, action, hostName, lang)) blocks.push({ kind: 'command', text: c, level: 3 });
    });
  });
  return blocks;
}

/** The SPO header boxes both SOP kinds share: identity, approver, paper and logo (MRMIK 3). */
export function sopHeader(
  doc: SopConfig['document'],
  profile: Pick<Profile, 'hospital' | 'paper' | 'signatories' | 'office'>,
  lang: Lang,
  labels: SopLabels,
  logo: Logo | null | undefined,
): Pick<SopModel, 'lang' | 'paper' | 'labels' | 'hospitalName' | 'logo' | 'title' | 'number' | 'revision' | 'issuedOn' | 'approver' | 'drafter'> {
  const approver = doc.approvedBy ?? profile.signatories.acknowledgedBy ?? null;
  return {
    lang,
    paper: profile.paper,
    labels,
    hospitalName: profile.hospital.name,
    logo: logo ?? null,
    title: (doc.title ?? '').toLocaleUpperCase('id-ID'),
    number: doc.number ?? '',
    revision: doc.revision ?? '',
    issuedOn: doc.issuedOn ? formatDateLong(doc.issuedOn, lang) : '',
    approver: { position: approver?.position ?? '', name: approver?.name ?? '', nip: approver?.nip ? formatNip(approver.nip) : null },
    drafter: drafterPosition(profile.office.paraf, profile.signatories.preparedBy.position),
  };
}

export function buildSopModel(input: ModelInput): SopModel {
  const { config, profile, lang, templates } = input;
  const labels = sopLabels(lang, profile.hospital.unit);
  const doc = config.document;
  const and = SOP.in(lang).and;
  const unitList = config.units.length > 1 ? `${config.units.slice(0, -1).join(', ')} ${and} ${config.units.at(-1)}` : (config.units[0] ?? '');
  const context = {
    hospital: profile.hospital,
    document: { ...doc, regulation: doc.regulation ?? null },
    hosts: config.hosts,
    vip: config.vip,
    database: config.database,
    units: config.units,
    unitList,
    smokeTests: config.smokeTests,
    contacts: config.contacts,
    relatedDocuments: config.relatedDocuments,
    decideAfterMinutes: config.decideAfterMinutes,
    standard: standardCitation(profile.accreditation.edition, lang),
  };
  const prosedur: Block[] = [{ kind: 'heading', text: labels.response }, ...textToBlocks(templates.respons(context))];
  if (config.contacts.length) {
    prosedur.push({ kind: 'para', text: `${labels.contacts}:`, level: 0 });
    for (const c of config.contacts) prosedur.push({ kind: 'item', marker: '•', text: [c.role, c.name, c.phone].filter(Boolean).join(' — '), level: 1 });
  }
  PROCEDURE_KEYS.forEach((key, i) => prosedur.push(...procedureBlocks(input, key, i + 1, context)));

  return {
    ...sopHeader(doc, profile, lang, labels, input.logo),
    sections: [
      { label: labels.sections.pengertian, blocks: textToBlocks(templates.pengertian(context)) },
      { label: labels.sections.tujuan, blocks: textToBlocks(templates.tujuan(context)) },
      { label: labels.sections.kebijakan, blocks: textToBlocks(templates.kebijakan(context)) },
      { label: labels.sections.prosedur, blocks: prosedur },
      { label: labels.sections.unitTerkait, blocks: textToBlocks(templates['unit-terkait'](context)) },
      { label: labels.sections.dokumenTerkait, blocks: textToBlocks(templates['dokumen-terkait'](context)) },
    ],
    flows: PROCEDURE_KEYS.map((key, i) => ({
      title: `${labels.flowTitle} — ${i + 1}. ${labels.procedure[key]}`,
      rows: (config.procedures[key]?.steps ?? []).map((s, si) => ({ no: `${si + 1}`, activity: s.title, actor: s.actor, minutes: s.targetMinutes, output: s.output ?? '' })),
      totalMinutes: totalMinutes(config, key),
    })),
    history: historyRows(doc.history, lang, labels),
    // Operational cautions from the config; lint findings go to the terminal, never into the signed SOP.
    notes: config.cautions,
    fileBase: doc.fileName ?? 'spo-takeover-server',
  };
}
