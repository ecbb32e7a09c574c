// A unit-procedure config (unit-schema.ts) → the same SopModel the take-over SPO draws, so both SOPs
// share one layout (header boxes, sections, flow tables, history). Pure: no file system, no clock.
import type { Logo } from '../kit/logo.js';
import { formatNip, standardCitation, type Profile } from '../../profile.js';
import type { Lang } from '../../types.js';
import { sopLabels } from './labels.js';
import { SOP } from '../../wording/sop.js';
import { historyRows, sopHeader, textToBlocks, type Block, type SopModel } from './model.js';
import type { SopTemplates } from './templates.js';
import type { UnitSopConfig } from './unit-schema.js';

export interface UnitModelInput {
  config: UnitSopConfig;
  profile: Pick<Profile, 'hospital' | 'paper' | 'signatories' | 'accreditation' | 'office'>;
  lang: Lang;
  templates: Pick<SopTemplates, 'kebijakan' | 'unit-terkait' | 'dokumen-terkait'>;
  logo?: Logo | null;
}

const letter = (i: number): string => `${String.fromCharCode(97 + (i % 26))})`;

export function buildUnitSopModel(input: UnitModelInput): SopModel {
  const { config, profile, lang, templates } = input;
  const labels = sopLabels(lang, profile.hospital.unit);
  const doc = config.document;
  const context = {
    hospital: profile.hospital,
    document: { ...doc, regulation: doc.regulation ?? null },
    units: config.units,
    relatedDocuments: config.relatedDocuments,
    standard: standardCitation(profile.accreditation.edition, lang),
  };
  const prosedur: Block[] = [];
  if (config.text.respons) prosedur.push({ kind: 'heading', text: labels.response }, ...textToBlocks(config.text.respons));
  if (config.contacts.length) {
    prosedur.push({ kind: 'para', text: `${labels.contacts}:`, level: 0 });
    for (const c of config.contacts) prosedur.push({ kind: 'item', marker: '•', text: [c.role, c.name, c.phone].filter(Boolean).join(' — '), level: 1 });
  }
  if (config.forms.length) {
    prosedur.push({ kind: 'para', text: SOP.in(lang).manualForms, level: 0 });
    for (const f of config.forms) prosedur.push({ kind: 'item', marker: '•', text: `${f.unit}: ${f.forms.join('; ')}`, level: 1 });
  }
  config.procedures.forEach((proc, pi) => {
    prosedur.push({ kind: 'heading', text: `${pi + 1}. ${proc.title}` });
    if (proc.intro) prosedur.push(...textToBlocks(proc.intro));
    proc.steps.forEach((step, si) => {
      prosedur.push({ kind: 'item', marker: `${si + 1}.`, text: step.title, level: 1, bold: true });
      prosedur.push({ kind: 'meta', text: `${labels.actors[step.actor]} · ${labels.target} ${step.targetMinutes} ${labels.minutes}`, level: 2 });
      step.actions.forEach((a, ai) => prosedur.push({ kind: 'item', marker: letter(ai), text: a, level: 2 }));
    });
  });
  return {
    ...sopHeader(doc, profile, lang, labels, input.logo),
    sections: [
      { label: labels.sections.pengertian, blocks: textToBlocks(config.text.pengertian) },
      { label: labels.sections.tujuan, blocks: textToBlocks(config.text.tujuan) },
      { label: labels.sections.kebijakan, blocks: textToBlocks(templates.kebijakan(context)) },
      { label: labels.sections.prosedur, blocks: prosedur },
      { label: labels.sections.unitTerkait, blocks: textToBlocks(templates['unit-terkait'](context)) },
      { label: labels.sections.dokumenTerkait, blocks: textToBlocks(templates['dokumen-terkait'](context)) },
    ],
    flows: config.procedures.map((proc, i) => ({
      title: `${labels.flowTitle} — ${i + 1}. ${proc.title}`,
      rows: proc.steps.map((s, si) => ({ no: `${si + 1}`, activity: s.title, actor: s.actor, minutes: s.targetMinutes, output: s.output ?? '' })),
      totalMinutes: proc.steps.reduce((n, s) => n + s.targetMinutes, 0),
    })),
    history: historyRows(doc.history, lang, labels),
    notes: config.cautions,
    fileBase: doc.fileName ?? 'spo-penanganan-downtime-unit',
  };
}
