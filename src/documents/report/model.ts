// The report as plain data: everything the PDF and the workbook print, computed once from the
// incidents, the figures and the profile. Pure — `generatedAt` and the zone come in, nothing is read
// from the clock or the disk — so both renderers print the same numbers and tests need no files.
import { CATEGORIES } from '../../classify/categories.js';
import type { Logo } from '../kit/logo.js';
import { DateTime } from 'luxon';
import type { Category, Incident, Lang, Period } from '../../types.js';
import type { PeriodStats, Stats } from '../../metrics/types.js';
import type { Profile, Signatory } from '../../profile.js';
import { documentNumber, formatNip, standardCitation, type StandardCitation } from '../../profile.js';
import { formatDateLong, formatDuration, formatNumber, formatPercent } from '../../format.js';
import { contributionOf, type Contribution } from '../../metrics/compute.js';
import { buildRows, footnotes, type ReportRow } from './rows.js';
import { labels, periodTitle, type ReportLabels } from './text.js';

/** What a summary line states; the workbook finds its lines by key, not by position. */
export type SummaryKey = 'period' | 'unplanned' | 'planned' | 'availability' | 'totalAvailability' | 'target' | 'mttr' | 'mtbf' | 'response' | 'noticeLead' | 'dataNotes';

export interface SummaryLine {
  key: SummaryKey;
  label: string;
  value: string;
}

export interface ChartBar {
  label: string;
  unplanned: number;
  planned: number;
}

export interface SignatureColumn {
  /** "Mengetahui," or "Solok, 25 November 2026". */
  heading: string;
  position: string;
  name: string;
  /** "NIP. 19680411 199303 1 009", or null. */
  nip: string | null;
}

export interface MonthRecap extends PeriodStats {
  month: string;
  label: string;
}

/**
 * An evaluation and its follow-up actions, as the record cycle stores them (MRMIK 13.1 c). The
 * report prints them in "Analisis dan Rencana Tindak Lanjut" when the caller passes them in.
 */
export interface EvaluationInput {
  /** What went wrong (an incident title or a group of them). */
  problem: string;
  rootCause: string;
  actions: { action: string; pic: string | null; targetDate: string | null; status: string }[];
}

/** One cause category of the period's unplanned downtime, largest first. */
export interface CategoryAnalysis {
  category: string;
  count: number;
  minutes: number;
  /** Share of the unplanned minutes, 0–100. */
  share: number;
  /** The distinct follow-ups the log records for these incidents. */
  followUps: string[];
}

/** Why the target was missed and what is planned: present only when the target is not met. */
export interface Analysis {
  byCategory: CategoryAnalysis[];
  /** From the record cycle's evaluations when given; empty until then (the PDF says so). */
  evaluations: EvaluationInput[];
}

export interface ReportModel {
  lang: Lang;
  L: ReportLabels;
  title: string;
  periodTitle: string;
  period: Period;
  timeZone: string;
  /** When the document was generated (PDF metadata); fixed with --generated-at for reproducible bytes. */
  generatedAt: Date;
  /** Generated date in the hospital zone: ISO and "25 November 2026". */
  generatedDate: string;
  generatedLong: string;
  revision: string;
  /** The edition of the Standar Akreditasi Rumah Sakit the report cites. */
  standard: StandardCitation;
  /** "445/      /RSUD-MN/SIMRS/XII/2022" (sequence left blank for the general office), or null. */
  documentNumber: string | null;
  /** The date beside the signatures (ISO), per --sign-date. */
  signDate: string;
  paraf: string[];
  tembusan: string[];
  /** True when the period has no incident at all: the page says so (it is not 100 %). */
  noData: boolean;
  analysis: Analysis | null;
  hospital: Profile['hospital'];
  letterhead: Omit<Profile['letterhead'], 'logo'> & { logo: Logo | null };
  paper: Profile['paper'];
  sopNumber: string | null;
  /** The SOPs "Langkah rinci" cites, by their own title and number (data/sop/*.yaml). */
  sops: SopRef[];
  stats: Stats;
  summary: SummaryLine[];
  /** Facts the method paragraph (a template) states. */
  method: {
    periodDays: number;
    periodMinutes: string;
    monthPrecision: number;
    unknownDuration: number;
    ongoing: number;
    /** Incidents whose kind the classifier decided from keywords. */
    kindGuessed: number;
  };
  timeline: { byDay: boolean; bars: ChartBar[] };
  categories: ChartBar[];
  unplanned: ReportRow[];
  planned: ReportRow[];
  notes: string[];
  months: MonthRecap[];
  signatures: SignatureColumn[];
  /** One line for the footer of every page (document identity, MRMIK 3). */
  identity: string;
  /** File name stem: "laporan-downtime-2022-10". */
  fileStem: string;
}

export interface SopRef {
  title: string;
  number: string;
}

export interface ReportInput {
  incidents: Incident[];
  stats: Stats;
  period: Period;
  profile: Profile;
  lang: Lang;
  generatedAt: Date;
  /** "Now" for incidents not yet recovered (the same instant the figures were computed with). */
  now: Date;
  revision?: string;
  /** The profile's logo, loaded once by the caller (kit/logo.ts); none when absent. */
  logo?: Logo | null;
  /** ISO date printed beside the signatures; default: the generation date. */
  signDate?: string;
  /** The SOP configs' titles and numbers, read by the command. */
  sops?: SopRef[];
  /** Evaluations of the period (record cycle); they fill "Analisis dan Rencana Tindak Lanjut". */
  evaluations?: EvaluationInput[];
}

function analysisOf(contribs: Contribution[], stats: Stats, L: ReportLabels, evaluations: EvaluationInput[]): Analysis | null {
  if (stats.targetMet !== false) return null;
  const D = stats.unplanned.minutes;
  const byCategory = CATEGORIES.map((c): CategoryAnalysis | null => {
    const totals = stats.byCategory[c];
    if (!totals || totals.count === 0) return null;
    const items = contribs.filter((x) => x.incident.kind === 'unplanned' && x.incident.category === c);
    const followUps = [...new Set(items.map((x) => x.incident.followUp.trim()).filter(Boolean))];
    return { category: L.categories[c], count: totals.count, minutes: totals.minutes, share: D > 0 ? (100 * totals.minutes) / D : 0, followUps };
  })
    .filter((a): a is CategoryAnalysis => a !== null)
    .sort((a, b) => b.minutes - a.minutes);
  return { byCategory, evaluations };
}


function minutesText(m: number, lang: Lang): string {
  return labels(lang).minutes(formatNumber(Math.round(m), 0, lang));
}

/** "3 jam 30 menit (210 menit)" — minutes always beside the worded duration. */
function durationWithMinutes(m: number, lang: Lang): string {
  return m >= 60 ? `${formatDuration(m, lang)} (${minutesText(m, lang)})` : minutesText(m, lang);
}

function summaryLines(s: Stats, lang: Lang, L: ReportLabels): SummaryLine[] {
  const W = L.summary;
  const T = s.periodMinutes;
  const M = s.planned.minutes;
  const D = s.unplanned.minutes;
  // No incident recorded and no month attested: the figures below would read 100 %, which is not known.
  const noData = s.dataState === 'noData';
  const target =
    noData
      ? `${s.targetPercent == null ? L.noTarget : formatPercent(s.targetPercent, lang)} — ${W.noData}`
      : s.targetPercent == null
      ? L.noTarget
      : `${formatPercent(s.targetPercent, lang)} — ${s.targetMet ? L.met : L.notMet}` + W.availabilityInTarget(formatPercent(s.availabilityPercent, lang));
  const lines: SummaryLine[] = [
    { key: 'period', label: W.periodLength, value: `${formatDateLong(s.from, lang)} – ${formatDateLong(s.to, lang)}: ${minutesText(T, lang)}` },
    { key: 'unplanned', label: W.unplanned, value: `${L.incidents(s.unplanned.count)}, ${durationWithMinutes(D, lang)}` },
    { key: 'planned', label: W.planned, value: `${L.incidents(s.planned.count)}, ${durationWithMinutes(M, lang)}` },
    {
      key: 'availability',
      label: W.availability,
      value: noData ? W.noData : `${formatPercent(s.availabilityPercent, lang)} — ${W.downOfService(minutesText(D, lang), minutesText(T - M, lang))}${s.dataState === 'attested' ? W.attested : ''}`,
    },
    {
      key: 'totalAvailability',
      label: W.totalAvailability,
      value: noData ? W.noData : `${formatPercent(s.totalAvailabilityPercent, lang)} — ${W.downOfTotal(minutesText(D + M, lang), minutesText(T, lang))}`,
    },
    { key: 'target', label: W.target, value: target },
    {
      key: 'mttr',
      label: 'MTTR',
      value: s.mttrMinutes == null ? W.noUnplanned : durationWithMinutes(s.mttrMinutes, lang),
    },
    {
      key: 'mtbf',
      label: 'MTBF',
      value: s.mtbfMinutes == null ? '–' : durationWithMinutes(s.mtbfMinutes, lang),
    },
  ];
  const caveats: string[] = [];
  if (s.unknownDuration) caveats.push(W.unknownDuration(s.unknownDuration));
  if (s.ongoing) caveats.push(W.ongoing(s.ongoing));
  if (!noData && s.monthsWithoutData.length) caveats.push(W.monthsWithoutData(s.monthsWithoutData.map((m) => formatDateLong(m, lang)).join(', ')));
  // Response times get a line of their own, in words: the kit's font has no arrow glyph, and
  // buried in the data notes they read as a caveat rather than a figure.
  const r = s.response;
  if (r.toInformed.count || r.toRecovered.count || r.estimate.count) {
    const m = (x: number | null) => (x == null ? '–' : durationWithMinutes(x, lang));
    const parts = [
      W.informed(m(r.toInformed.medianMinutes), L.incidents(r.toInformed.count)),
      W.recovered(m(r.toRecovered.medianMinutes), L.incidents(r.toRecovered.count)),
      ...(r.estimate.count ? [W.estimate(m(r.estimate.medianOverrunMinutes), r.estimate.withinEstimate, r.estimate.count)] : []),
    ];
    lines.push({ key: 'response', label: W.response, value: parts.join('; ') });
  }
  const n = s.noticeLead;
  if (n.count) {
    const days = (d: number | null) => (d == null ? '–' : W.days(formatNumber(d, d % 1 ? 1 : 0, lang), d));
    const min = n.minimumDays == null ? '' : W.shorter(n.shorter, days(n.minimumDays));
    lines.push({ key: 'noticeLead', label: W.noticeLead, value: W.notices(n.count, days(n.medianDays), days(n.minDays), min) });
  }
  if (s.monthPrecision) caveats.push(W.monthPrecision(s.monthPrecision));
  if (caveats.length) lines.push({ key: 'dataNotes', label: W.dataNotes, value: caveats.join('; ') });
  return lines;
}

function signature(s: Signatory, heading: string): SignatureColumn {
  return { heading, position: s.position, name: s.name, nip: s.nip ? `NIP. ${formatNip(s.nip)}` : null };
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { stats, period, profile, lang } = input;
  const L = labels(lang);
  const timeZone = profile.hospital.timeZone;
  const generated = DateTime.fromJSDate(input.generatedAt, { zone: timeZone });
  const generatedDate = generated.toISODate() ?? '';
  const generatedLong = formatDateLong(generatedDate, lang);
  const inPeriod = input.incidents
    .map((i) => contributionOf(i, period, input.now.getTime()))
    .filter((c): c is Contribution => c !== null)
    .sort((a, b) => a.incident.startMs - b.incident.startMs || a.incident.id - b.incident.id);
  const notes = footnotes();
  const rowOpts = { lang, timeZone, fromMs: period.fromMs, toMs: period.toMs, notes };
  const unplanned = buildRows(inPeriod.filter((c) => c.incident.kind === 'unplanned'), rowOpts);
  const planned = buildRows(inPeriod.filter((c) => c.incident.kind === 'planned'), rowOpts);
  const byDay = stats.days.length > 0 && period.granularity !== 'quarter' && period.granularity !== 'year';
  const timeline = byDay
    ? stats.days.map((d) => ({ label: String(Number(d.date.slice(8, 10))), unplanned: d.unplannedMinutes, planned: d.plannedMinutes }))
    : stats.months.map((m) => ({ label: `${L.monthShort[Number(m.month.slice(5, 7)) - 1]} ${m.month.slice(2, 4)}`, unplanned: m.unplanned.minutes, planned: m.planned.minutes }));
  const pTitle = periodTitle(period, lang);
  const signDate = input.signDate ?? generatedDate;
  const place = `${profile.hospital.city}, ${formatDateLong(signDate, lang)}`;
  const signatures = [signature(profile.signatories.preparedBy, place)];
  if (profile.signatories.acknowledgedBy) signatures.unshift(signature(profile.signatories.acknowledgedBy, L.acknowledged));
  const revision = input.revision ?? '00';
  return {
    lang,
    L,
    title: L.title,
    periodTitle: pTitle,
    period,
    timeZone,
    generatedAt: input.generatedAt,
    generatedDate,
    generatedLong,
    revision,
    standard: standardCitation(profile.accreditation.edition, lang),
    documentNumber: documentNumber(profile.office, signDate),
    signDate,
    paraf: profile.office.paraf,
    tembusan: profile.office.tembusan,
    noData: stats.unplanned.count + stats.planned.count === 0,
    analysis: analysisOf(inPeriod, stats, L, input.evaluations ?? []),
    hospital: profile.hospital,
    letterhead: { ...profile.letterhead, logo: input.logo ?? null },
    paper: profile.paper,
    sopNumber: profile.sopNumber ?? null,
    sops: input.sops ?? [],
    stats,
    summary: summaryLines(stats, lang, L),
    method: {
      periodDays: Math.round(stats.periodMinutes / 1440),
      periodMinutes: formatNumber(stats.periodMinutes, 0, lang),
      monthPrecision: stats.monthPrecision,
      unknownDuration: stats.unknownDuration,
      ongoing: stats.ongoing,
      kindGuessed: [...unplanned, ...planned].filter((r) => r.kindGuessed).length,
    },
    timeline: { byDay, bars: timeline },
    categories: CATEGORIES.map((c) => ({ label: L.categories[c], unplanned: stats.byCategory[c]?.minutes ?? 0, planned: 0 })).filter((b) => b.unplanned > 0),
    unplanned,
    planned,
    notes: notes.list,
    months: stats.months.map((m) => ({ ...m, label: `${formatDateLong(m.month, lang)}` })),
    signatures,
    identity: `${L.title} · ${pTitle} · ${L.generated} ${generatedLong} · ${L.revision} ${revision}`,
    fileStem: `laporan-downtime-${period.label}${L.fileSuffix}`,
  };
}
