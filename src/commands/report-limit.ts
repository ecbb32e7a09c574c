// The most incidents one report (and so one accreditation pack, which holds it) lists, and the
// refusal of a period that holds more. Loaded by the handlers only (import() inside), after the
// store is known to exist.
import { UserError } from '../errors.js';
import type { Profile } from '../profile.js';
import type { Lang } from '../types.js';
import type { PeriodArgs } from './options.js';

/**
 * The most incidents one report lists. The report is a signed letter whose tables list every
 * incident of the period: 5,000 rows is already some 150 pages, and the PDF's memory grows with its
 * pages (measured on a loaded 2-core machine: 5,000 incidents 390 MB peak RSS, 10,000 640 MB,
 * 100,000 over 46 years 4.3 GB and 3.5 minutes). A busy hospital logs about 2,000 a year, so a year's
 * report always fits; a period holding more is refused before anything is read into memory, with the
 * shorter period to ask for. `list`, `list --json` and `stats` stream and have no such limit.
 */
export const REPORT_INCIDENT_LIMIT = 5000;

/**
 * Refuses a report whose period holds more than REPORT_INCIDENT_LIMIT incidents (counted as the
 * figures count them: incidents that touch the period). SQL's count is an upper bound and settles
 * almost every case; only above the limit are the incidents streamed through to count exactly.
 */
export async function checkIncidentLimit(db: string | undefined, args: PeriodArgs, profile: Profile, now: Date, lang: Lang): Promise<void> {
  const [{ streamIncidents }, { contributionOf }, { formatDateLong, formatNumber }, { REPORT }, { partsInZone }] = await Promise.all([
    import('./query.js'),
    import('../metrics/compute.js'),
    import('../format.js'),
    import('../wording/report.js'),
    import('../util/zone.js'),
  ]);
  const refusal = await streamIncidents(db, args, profile, now, async (period, incidents, store) => {
    if (store.countIncidents(period) <= REPORT_INCIDENT_LIMIT) return null;
    let count = 0;
    for (const i of incidents) if (contributionOf(i, period, now.getTime())) count++;
    if (count <= REPORT_INCIDENT_LIMIT) return null;
    // Propose the latest year with incidents; a year that is itself too full, one of its months.
    const latest = store.startSpan()!;
    const at = partsInZone(profile.hospital.timeZone, Math.max(period.fromMs, Math.min(latest.max, period.toMs - 1)));
    const withinYear = period.toMs - period.fromMs <= 366 * 86_400_000;
    const shorter = withinYear ? `--month ${at.year}-${String(at.month).padStart(2, '0')}` : REPORT().shorterYear(String(at.year));
    return REPORT().tooManyIncidents(formatDateLong(period.from, lang), formatDateLong(period.to, lang), formatNumber(count, 0, lang), formatNumber(REPORT_INCIDENT_LIMIT, 0, lang), shorter);
  });
  if (refusal) throw new UserError(refusal);
}
