// notice.yaml (optional): what the planned-downtime notice (DT-02) says beyond the incident itself —
// letter number, notice date, activity, units addressed, modules that stop, the manual procedure,
// announcement channels, per-unit preparation and the IT readiness checklist. Every key is
// optional; the renderer's defaults (profile units, the four readiness items) fill the rest.
import { z } from 'zod';
import { parseConfig, readConfigFile } from '../config.js';
import { isoDate, say, text, yesNo } from './common-file.js';
import { RECORDS } from '../wording/records.js';

export const ACTIVITIES = ['maintenance', 'update', 'migration', 'network', 'other'] as const;

const noticeSchema = z.strictObject({
  /** The full letter number once the office assigned it; else the profile's prefix with a blank sequence. */
  number: text.optional(),
  /** When the notice goes out (YYYY-MM-DD); default: the document date. */
  noticeDate: isoDate.optional(),
  activity: z.enum(ACTIVITIES, say((w) => w.notice.activity(ACTIVITIES.join(', ')))).optional(),
  /** Free wording of the activity, e.g. "Pembaruan bridging V-Claim". */
  description: text.optional(),
  units: z.array(text).min(1).optional(),
  modules: z.array(text).min(1).optional(),
  manualProcedure: text.optional(),
  channels: z.array(text).min(1).optional(),
  /** Per unit: manual forms prepared and how many sheets. */
  preparation: z.array(z.strictObject({ unit: text, formsPrepared: yesNo, sheets: z.number().int().min(0).optional() })).optional(),
  checklist: z.array(z.strictObject({ item: text, done: yesNo.default(false), remark: text.optional() })).min(1).optional(),
});

export type NoticeOverrides = z.output<typeof noticeSchema>;

export function parseNoticeFile(data: unknown, file: string): NoticeOverrides {
  return parseConfig(noticeSchema, data ?? {}, file, RECORDS().what.notice);
}

export function readNoticeFile(path: string): NoticeOverrides {
  return parseNoticeFile(readConfigFile(path), path);
}
