import type { CommandModule } from 'yargs';
import { commandDescription } from './help-text.js';
import { loadProfile } from '../profile.js';
import { formatDuration, formatNumber, formatPercent, formatDateLong } from '../format.js';
import { CATEGORY_LABELS, CATEGORIES } from '../classify/categories.js';
import { computeStats } from '../metrics/compute.js';
import type { Stats } from '../metrics/types.js';
import type { Lang } from '../types.js';
import { withLangOption, withPeriodOptions, withProfileOption, type LangArgs, type PeriodArgs } from './options.js';
import { loadIncidents } from './query.js';
import { renderTextTable } from '../util/text-table.js';
import { parseIsoInstant } from './option-values.js';

interface StatsArgs extends PeriodArgs, LangArgs {
  db?: string;
  profile: string;
  json: boolean;
  now?: string;
}

/** The three states of a period's data, in words. */
export function stateText(state: Stats['dataState'], lang: Lang): string {
  if (lang === 'en') return state === 'recorded' ? 'incidents recorded' : state === 'attested' ? 'no downtime (attested)' : 'no data (no incident recorded, no month attested)';
  return state === 'recorded' ? 'insiden tercatat' : state === 'attested' ? 'nihil downtime (dinyatakan)' : 'tidak ada data (tidak ada insiden tercatat maupun pernyataan nihil)';
}

/** "median 5 hari, tersingkat 2 hari (3 pemberitahuan); 1 kurang dari minimal 3 hari". */
export function noticeLeadText(n: Stats['noticeLead'], lang: Lang): string {
  const id = lang === 'id';
  if (!n.count) return id ? '– (tidak ada pemberitahuan)' : '– (no notice)';
  const days = (d: number | null) => (d == null ? '–' : `${formatNumber(d, d % 1 ? 1 : 0, lang)} ${id ? 'hari' : d === 1 ? 'day' : 'days'}`);
  const base = id
    ? `median ${days(n.medianDays)}, tersingkat ${days(n.minDays)} (${n.count} pemberitahuan)`
    : `median ${days(n.medianDays)}, shortest ${days(n.minDays)} (${n.count} ${n.count === 1 ? 'notice' : 'notices'})`;
  if (n.minimumDays == null) return base;
  return `${base}; ${id ? `${n.shorter} kurang dari minimal ${days(n.minimumDays)}` : `${n.shorter} shorter than the minimum of ${days(n.minimumDays)}`}`;
}

export function statsText(s: Stats, lang: Lang): string {
  const id = lang === 'id';
  const pct = (p: number) => formatPercent(p, lang);
  const mins = (m: number) => `${formatNumber(m, m % 1 ? 1 : 0, lang)} ${id ? 'menit' : 'min'} (${formatDuration(m, lang)})`;
  const noData = s.dataState === 'noData';
  const noDataText = id ? 'tidak ada data' : 'no data';
  const r = s.response;
  const med = (m: number | null) => (m == null ? '–' : `${id ? 'median' : 'median'} ${formatNumber(m, m % 1 ? 1 : 0, lang)} ${id ? 'menit' : 'min'}`);
  const rows: [string, string][] = [
    [id ? 'Periode' : 'Period', `${formatDateLong(s.from, lang)} – ${formatDateLong(s.to, lang)}`],
    [id ? 'Lama periode (T)' : 'Period length (T)', `${formatNumber(s.periodMinutes, 0, lang)} ${id ? 'menit' : 'min'}`],
    [id ? 'Tidak terencana (D)' : 'Unplanned (D)', `${s.unplanned.count} ${id ? 'kejadian' : 'incidents'}, ${mins(s.unplanned.minutes)}`],
    [id ? 'Terencana (M)' : 'Planned (M)', `${s.planned.count} ${id ? 'kejadian' : 'incidents'}, ${mins(s.planned.minutes)}`],
    [id ? 'Data' : 'Data', stateText(s.dataState, lang)],
    [id ? 'Ketersediaan di luar terencana' : 'Availability excl. planned', noData ? noDataText : `${pct(s.availabilityPercent)}  = (T − M − D) / (T − M)`],
    [id ? 'Ketersediaan total' : 'Total availability', noData ? noDataText : `${pct(s.totalAvailabilityPercent)}  = (T − M − D) / T`],
    [
      id ? 'Target' : 'Target',
      s.targetPercent == null ? '–' : `${pct(s.targetPercent)} — ${s.targetMet == null ? noDataText : s.targetMet ? (id ? 'tercapai' : 'met') : id ? 'tidak tercapai' : 'not met'}`,
    ],
    ['MTTR', s.mttrMinutes == null ? '–' : mins(s.mttrMinutes)],
    ['MTBF', s.mtbfMinutes == null ? '–' : mins(s.mtbfMinutes)],
    [id ? 'Mulai → unit diberi tahu' : 'Start → units informed', `${med(r.toInformed.medianMinutes)} (${r.toInformed.count} ${id ? 'kejadian' : 'incidents'})`],
    [id ? 'Mulai → pulih' : 'Start → recovered', `${med(r.toRecovered.medianMinutes)} (${r.toRecovered.count} ${id ? 'kejadian' : 'incidents'})`],
    [
      id ? 'Perkiraan vs aktual' : 'Estimate vs actual',
      r.estimate.count
        ? `${id ? 'selisih' : 'overrun'} ${med(r.estimate.medianOverrunMinutes)}; ${r.estimate.withinEstimate}/${r.estimate.count} ${id ? 'pulih dalam perkiraan' : 'recovered within the estimate'}`
        : '–',
    ],
    [id ? 'Jarak pemberitahuan terencana' : 'Planned-downtime notice lead', noticeLeadText(s.noticeLead, lang)],
  ];
  const notes: string[] = [];
  if (s.ongoing) notes.push(id ? `${s.ongoing} kejadian belum pulih (dihitung sampai akhir periode/saat ini)` : `${s.ongoing} not yet recovered (counted to period end/now)`);
  if (s.unknownDuration) notes.push(id ? `${s.unknownDuration} kejadian tanpa lama diketahui (dihitung 0 menit: total adalah batas bawah)` : `${s.unknownDuration} with unknown duration (counted as 0: totals are a lower bound)`);
  if (s.monthPrecision) notes.push(id ? `${s.monthPrecision} kejadian hanya diketahui bulannya (dihitung pada bulan itu)` : `${s.monthPrecision} known only to the month (counted in that month)`);
  const width = Math.max(...rows.map((r) => r[0].length));
  let out = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n';
  const cats = CATEGORIES.filter((c) => s.byCategory[c].count > 0);
  if (cats.length) {
    out += `\n${renderTextTable(
      [id ? 'Kategori penyebab' : 'Cause category', id ? 'Kejadian' : 'Incidents', id ? 'Menit' : 'Minutes'],
      cats.map((c) => [CATEGORY_LABELS[c][lang], String(s.byCategory[c].count), formatNumber(s.byCategory[c].minutes, 0, lang)]),
      { align: ['l', 'r', 'r'] },
    )}`;
  }
  if (s.months.length > 1) {
    out += `\n${renderTextTable(
      [id ? 'Bulan' : 'Month', id ? 'TT' : 'Unpl.', id ? 'Menit TT' : 'Unpl. min', id ? 'T' : 'Pl.', id ? 'Menit T' : 'Pl. min', id ? 'Ketersediaan' : 'Availability', 'Total'],
      s.months.map((m) => [
        formatDateLong(m.month, lang),
        String(m.unplanned.count),
        formatNumber(m.unplanned.minutes, 0, lang),
        String(m.planned.count),
        formatNumber(m.planned.minutes, 0, lang),
        m.dataState === 'noData' ? (id ? 'tidak ada data' : 'no data') : pct(m.availabilityPercent) + (m.dataState === 'attested' ? (id ? ' (nihil)' : ' (attested)') : ''),
        m.dataState === 'noData' ? '–' : pct(m.totalAvailabilityPercent),
      ]),
      { align: ['l', 'r', 'r', 'r', 'r', 'r', 'r'] },
    )}`;
  }
  if (s.monthsWithoutData.length && s.dataState !== 'noData') {
    notes.push(id ? `bulan tanpa data (tidak ada insiden maupun pernyataan nihil): ${s.monthsWithoutData.join(', ')}` : `months without data: ${s.monthsWithoutData.join(', ')}`);
  }
  if (notes.length) out += `\n${notes.map((n) => `* ${n}`).join('\n')}\n`;
  return out;
}

export const statsCommand: CommandModule<object, StatsArgs> = {
  command: 'stats',
  describe: commandDescription('stats'),
  builder: (y) =>
    withLangOption(withPeriodOptions(withProfileOption(y)))
      .option('json', { type: 'boolean', default: false, describe: 'Keluaran JSON di stdout' })
      .option('now', { type: 'string', describe: 'Waktu "sekarang" (ISO) untuk insiden yang belum pulih; bawaan: jam sistem' })
      .example('$0 stats --month 2022-10', 'Ketersediaan Oktober 2022')
      .example('$0 stats --year 2022 --json', 'Statistik 2022 sebagai JSON')
      .example('$0 stats --from 2022-01-01 --to 2022-06-30 --lang en', 'Semester I, dalam bahasa Inggris') as never,
  handler: (argv) => {
    const profile = loadProfile(argv.profile);
    const now = parseIsoInstant('--now', argv.now);
    const { period, incidents, attestedMonths, events, notices } = loadIncidents(argv.db, argv, profile, now);
    const stats = computeStats(incidents, period, { timeZone: profile.hospital.timeZone, now, targetPercent: profile.availabilityTarget, attestedMonths, events, notices, noticeMinimumDays: profile.notice.minimumDays });
    if (argv.json) {
      process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
      return;
    }
    process.stdout.write(statsText(stats, argv.lang));
  },
};
