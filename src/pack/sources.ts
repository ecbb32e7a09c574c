// Where the pack's documents come from: the existing renderers, called as the `report` and `sop`
// commands and the record-cycle forms call them. Each source is one function returning rendered
// documents, so when the `signable` branch changes the report's input (sign dates, edition) or adds
// SOP configs of another shape, only this file follows.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { computeStats } from '../metrics/compute.js';
import { monthsOf } from '../period.js';
import type { Profile } from '../profile.js';
import type { Incident, Lang, Period } from '../types.js';
import type { IncidentEvent } from '../store/cycle.js';
import type { SopConfig } from '../documents/sop/schema.js';
import type { Logo } from '../documents/kit/logo.js';
import type { FormOptions } from '../documents/forms/form-doc.js';
import { DEFAULT_SOP_CONFIG } from '../documents/sop/config.js';
import { drillInput, evaluationInput, logNumber, noticeInput, trainingInput, type PeriodRecords } from './records.js';
import type { SopFacts } from './readiness.js';
import type { ElementKey } from './types.js';
import { GENERAL } from '../wording/general.js';
import { PACK } from '../wording/pack.js';

/** A document rendered for the pack, before it gets its folder. */
export interface Rendered {
  element: ElementKey;
  /** File name without folder. */
  name: string;
  title: string;
  data: Buffer;
  combine: boolean;
}

export interface SourceContext {
  profile: Profile;
  lang: Lang;
  generatedAt: Date;
  logo: Logo | null;
}

/** The SOP configs of the pack: the ones named, else every YAML in data/sop/, else the take-over sample. */
export function sopConfigPaths(named: readonly string[]): string[] {
  if (named.length) return [...named];
  const dir = 'data/sop';
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort();
    if (files.length) return files.map((f) => join(dir, f));
  }
  return [DEFAULT_SOP_CONFIG];
}

/** Monthly reports of every month of the period (when it has more than one) and the period report, PDF; the period's workbook too. */
export async function renderReports(
  ctx: SourceContext,
  data: { period: Period; incidents: Incident[]; attestedMonths: string[]; events: Map<number, IncidentEvent[]> },
): Promise<Rendered[]> {
  const { profile, lang, generatedAt, logo } = ctx;
  const timeZone = profile.hospital.timeZone;
  const { buildReportModel } = await import('../documents/report/model.js');
  const { renderReportTexts } = await import('../documents/report/templates.js');
  const { renderReportPdf } = await import('../documents/report/pdf.js');
  const { renderReportWorkbook } = await import('../documents/report/workbook.js');
  const [{ readSopRefs }, { DEFAULT_SOP_DIR }] = await Promise.all([import('../documents/sop/files.js'), import('../documents/sop/default-paths.js')]);
  // "Langkah rinci" cites the SOPs by their own titles and numbers, as `downtime report` does.
  const sops = await readSopRefs(DEFAULT_SOP_DIR, () => undefined);
  const today = generatedAt.toISOString().slice(0, 10);
  const months = monthsOf(data.period, timeZone);
  const periods = months.length > 1 ? [...months.map((m) => m.period), data.period] : [data.period];
  const out: Rendered[] = [];
  for (const p of periods) {
    const stats = computeStats(data.incidents, p, { timeZone, now: generatedAt, targetPercent: profile.availabilityTarget, attestedMonths: data.attestedMonths, events: data.events });
    // Signed at the end of each period (never later than today), as `report --sign-date end-of-period`.
    const signDate = p.to < today ? p.to : today;
    const model = buildReportModel({ incidents: data.incidents, stats, period: p, profile, lang, generatedAt, now: generatedAt, logo, signDate, sops });
    const texts = renderReportTexts(model);
    const title = `${model.title} — ${model.periodTitle}`;
    out.push({ element: 'mrmik-13.1c', name: `${model.fileStem}.pdf`, title, data: await renderReportPdf(model, texts), combine: true });
    if (p === data.period) out.push({ element: 'mrmik-13.1c', name: `${model.fileStem}.xlsx`, title: PACK.in(lang).titles.workbook(title), data: await renderReportWorkbook(model, texts), combine: false });
  }
  return out;
}

/**
 * Every SOP config, linted as `downtime sop` lints it. One with lint errors is not rendered (the
 * command would refuse it too); its errors go to the readiness check.
 */
export async function renderSops(ctx: SourceContext, paths: readonly string[]): Promise<{ docs: Rendered[]; facts: SopFacts[]; configs: SopConfig[] }> {
  const { profile, lang, generatedAt, logo } = ctx;
  const [{ loadAnySopConfig }, { formatFinding, lintSop, lintUnitSop }, { buildSopModel }, { buildUnitSopModel }, { loadSopTemplates }, { renderSopPdf }] = await Promise.all([
    import('../documents/sop/config.js'),
    import('../documents/sop/lint.js'),
    import('../documents/sop/model.js'),
    import('../documents/sop/unit-model.js'),
    import('../documents/sop/templates.js'),
    import('../documents/sop/pdf.js'),
  ]);
  const docs: Rendered[] = [];
  const facts: SopFacts[] = [];
  // Only take-over SOPs hold the procedures a drill is measured against.
  const configs: SopConfig[] = [];
  const templates = loadSopTemplates(lang);
  for (const path of paths) {
    // The same dispatch as `downtime sop`: the server take-over SOP and the units' downtime SOP.
    const any = loadAnySopConfig(path);
    const approver = any.config.document.approvedBy ?? profile.signatories.acknowledgedBy ?? null;
    const result = any.kind === 'units' ? lintUnitSop({ config: any.config, approver }) : lintSop({ config: any.config, approver });
    if (any.kind === 'takeover') configs.push(any.config);
    const d = any.config.document;
    const fact: SopFacts = {
      source: path,
      title: d.title ?? path,
      number: d.number ?? null,
      revision: d.revision ?? null,
      issuedOn: d.issuedOn ?? null,
      history: d.history.map((h) => ({ revision: h.revision, date: h.date, change: h.change, ...(h.cause ? { cause: h.cause } : {}) })),
      lintErrors: result.errors.map((f) => formatFinding(f, lang)),
      file: null,
    };
    facts.push(fact);
    if (result.errors.length) continue;
    const model = any.kind === 'units' ? buildUnitSopModel({ config: any.config, profile, lang, templates, logo }) : buildSopModel({ config: any.config, profile, lang, templates, logo });
    const base = `${model.fileBase}${GENERAL.in(lang).format.fileSuffix}`;
    fact.file = `${base}.pdf`;
    docs.push({ element: 'mrmik-13.1a', name: fact.file, title: PACK.in(lang).titles.sop(model.title, model.number, model.revision), data: await renderSopPdf(model, generatedAt), combine: true });
  }
  return { docs, facts, configs };
}

/** File names of the forms in the folder, which the index's SOP revisions point at too. */
export const evaluationFormName = (incidentId: number) => `formulir-evaluasi-${logNumber(incidentId)}.pdf`;
export const drillReportName = (d: { date: string; id: number }) => `laporan-simulasi-${d.date}-${d.id}.pdf`;

/** Evaluations, notices (13.1 c), drills and trainings (13.1 b) of the period, on the forms branch's renderers. */
export async function renderForms(ctx: SourceContext, records: PeriodRecords, sops: readonly SopConfig[]): Promise<Rendered[]> {
  const { profile, lang, generatedAt, logo } = ctx;
  const opts: FormOptions = { profile, lang, generatedAt, logo };
  const T = PACK.in(lang).titles;
  const zone = profile.hospital.timeZone;
  const [{ renderEvaluationPdf }, { renderDrillPdf }, { renderTrainingPdf }, { renderNoticePdf }] = await Promise.all([
    import('../documents/forms/evaluation.js'),
    import('../documents/forms/drill.js'),
    import('../documents/forms/training.js'),
    import('../documents/forms/notice.js'),
  ]);
  const out: Rendered[] = [];
  for (const e of records.evaluations) {
    const n = logNumber(e.incident.id);
    out.push({ element: 'mrmik-13.1c', name: evaluationFormName(e.incident.id), title: T.evaluation(n, e.incident.title), data: await renderEvaluationPdf(evaluationInput(e, profile, lang), opts), combine: true });
  }
  for (const n of records.notices) {
    const no = logNumber(n.incident.id);
    out.push({ element: 'mrmik-13.1c', name: `pemberitahuan-downtime-${no}.pdf`, title: T.notice(no, n.incident.title), data: await renderNoticePdf(noticeInput(n, zone), opts), combine: true });
  }
  for (const d of records.drills) {
    // The drill's steps are those of the SOP procedure it exercised: the first config that has it.
    const sop = sops.find((s) => s.procedures[d.record.procedure as keyof SopConfig['procedures']]) ?? sops[0];
    if (!sop) continue;
    out.push({ element: 'mrmik-13.1b', name: drillReportName(d.record), title: T.drill(d.record.date), data: await renderDrillPdf(drillInput(d, sop, profile, lang), opts), combine: true });
  }
  for (const t of records.trainings) {
    out.push({ element: 'mrmik-13.1b', name: `laporan-pelatihan-${t.date}-${t.id}.pdf`, title: T.training(t.date, t.topic), data: await renderTrainingPdf(trainingInput(t), opts), combine: true });
  }
  return out;
}
