import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { formatDuration, formatNumber, formatPercent, formatDateLong } from '../format.js';
import { CATEGORY_LABELS, CATEGORIES } from '../classify/categories.js';
import type { Stats } from '../metrics/types.js';
import type { Lang } from '../types.js';
import { withLangOption, withPeriodOptions, withProfileOption, type LangArgs, type PeriodArgs } from './options.js';
import { renderTextTable } from '../util/text-table.js';
import { parseIsoInstant } from './option-values.js';
import { STATS_WORDS } from '../wording/commands-stats.js';
import { COMMAND_HELP, exampleList } from '../wording/commands-help.js';

interface StatsArgs extends PeriodArgs, LangArgs {
  db?: string;
  profile: string;
  json: boolean;
  now?: string;
}

/** The three states of a period's data, in words. */
export function stateText(state: Stats['dataState'], lang: Lang): string {
  return STATS_WORDS.in(lang).state[state];
}

/** "median 5 hari, tersingkat 2 hari (3 pemberitahuan); 1 kurang dari minimal 3 hari". */
export function noticeLeadText(n: Stats['noticeLead'], lang: Lang): string {
  const W = STATS_WORDS.in(lang).notice;
  if (!n.count) return W.none;
  const days = (d: number | null) => (d == null ? '–' : W.days(formatNumber(d, d % 1 ? 1 : 0, lang), d));
  const base = W.lead(days(n.medianDays), days(n.minDays), n.count);
  if (n.minimumDays == null) return base;
  return `${base}; ${W.shorter(n.shorter, days(n.minimumDays))}`;
}

export function statsText(s: Stats, lang: Lang): string {
  const W = STATS_WORDS.in(lang);
  const L = W.labels;
  const pct = (p: number) => formatPercent(p, lang);
  const num = (m: number) => formatNumber(m, m % 1 ? 1 : 0, lang);
  const mins = (m: number) => W.minutesWithDuration(num(m), formatDuration(m, lang));
  const noData = s.dataState === 'noData';
  const r = s.response;
  const med = (m: number | null) => (m == null ? '–' : W.median(num(m)));
  const rows: [string, string][] = [
    [L.period, `${formatDateLong(s.from, lang)} – ${formatDateLong(s.to, lang)}`],
    [L.periodLength, W.minutes(formatNumber(s.periodMinutes, 0, lang))],
    [L.unplanned, W.countAndMinutes(s.unplanned.count, mins(s.unplanned.minutes))],
    [L.planned, W.countAndMinutes(s.planned.count, mins(s.planned.minutes))],
    [L.data, stateText(s.dataState, lang)],
    [L.availability, noData ? W.noData : `${pct(s.availabilityPercent)}  = (T − M − D) / (T − M)`],
    [L.totalAvailability, noData ? W.noData : `${pct(s.totalAvailabilityPercent)}  = (T − M − D) / T`],
    [L.target, s.targetPercent == null ? '–' : `${pct(s.targetPercent)} — ${s.targetMet == null ? W.noData : s.targetMet ? W.targetMet : W.targetNotMet}`],
    ['MTTR', s.mttrMinutes == null ? '–' : mins(s.mttrMinutes)],
    ['MTBF', s.mtbfMinutes == null ? '–' : mins(s.mtbfMinutes)],
    [L.toInformed, W.withCount(med(r.toInformed.medianMinutes), r.toInformed.count)],
    [L.toRecovered, W.withCount(med(r.toRecovered.medianMinutes), r.toRecovered.count)],
    [L.estimate, r.estimate.count ? W.estimate(med(r.estimate.medianOverrunMinutes), r.estimate.withinEstimate, r.estimate.count) : '–'],
    [L.noticeLead, noticeLeadText(s.noticeLead, lang)],
  ];
  const notes: string[] = [];
  if (s.ongoing) notes.push(W.notes.ongoing(s.ongoing));
  if (s.unknownDuration) notes.push(W.notes.unknownDuration(s.unknownDuration));
  if (s.monthPrecision) notes.push(W.notes.monthPrecision(s.monthPrecision));
  const width = Math.max(...rows.map((r) => r[0].length));
  let out = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n';
  const cats = CATEGORIES.filter((c) => s.byCategory[c].count > 0);
  if (cats.length) {
    out += `\n${renderTextTable(
      [...W.categoryHead],
      cats.map((c) => [CATEGORY_LABELS[c][lang], String(s.byCategory[c].count), formatNumber(s.byCategory[c].minutes, 0, lang)]),
      { align: ['l', 'r', 'r'] },
    )}`;
  }
  if (s.months.length > 1) {
    out += `\n${renderTextTable(
      [...W.monthHead],
      s.months.map((m) => [
        formatDateLong(m.month, lang),
        String(m.unplanned.count),
        formatNumber(m.unplanned.minutes, 0, lang),
        String(m.planned.count),
        formatNumber(m.planned.minutes, 0, lang),
        m.dataState === 'noData' ? W.noData : pct(m.availabilityPercent) + (m.dataState === 'attested' ? W.attestedSuffix : ''),
        m.dataState === 'noData' ? '–' : pct(m.totalAvailabilityPercent),
      ]),
      { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'] },
    )}`;
  }
  if (s.monthsWithoutData.length && s.dataState !== 'noData') notes.push(W.notes.monthsWithoutData(s.monthsWithoutData.join(', ')));
  if (notes.length) out += `\n${notes.map((n) => `* ${n}`).join('\n')}\n`;
  return out;
}

export const statsCommand: CommandModule<object, StatsArgs> = {
  command: 'stats',
  describe: commandDescription('stats'),
  builder: (y) =>
    withLangOption(withPeriodOptions(withProfileOption(y)))
      .option('json', { type: 'boolean', default: false, describe: COMMAND_HELP().shared.json })
      .option('now', { type: 'string', describe: COMMAND_HELP().stats.now })
      .example(exampleList(COMMAND_HELP().stats.examples)) as never,
  handler: async (argv) => {
    const { loadProfile } = await import('../profile.js');
    const { cycleInputs, streamIncidents } = await import('./query.js');
    const { computeStats } = await import('../metrics/compute.js');
    const profile = loadProfile(argv.profile);
    const now = parseIsoInstant('--now', argv.now);
    // The incidents stream through computeStats (one pass): only their figures are held, never the
    // incidents, so memory does not grow with the store. Timelines are looked up by the period's ids.
    const stats = await streamIncidents(argv.db, argv, profile, now, async (period, incidents, store) => {
      const cycle = cycleInputs(store, store.incidentIds(period));
      return computeStats(incidents, period, { timeZone: profile.hospital.timeZone, now, targetPercent: profile.availabilityTarget, ...cycle, noticeMinimumDays: profile.notice.minimumDays });
    });
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      return;
    }
    process.stdout.write(statsText(stats, argv.lang));
  },
};
