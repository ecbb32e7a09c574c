// An Uptime Kuma database (kuma.db) as a downtime log. Its schema, as Uptime Kuma creates it
// (db/kuma.db and db/knex_init_db.js of louislam/uptime-kuma): `monitor (id, name, …)` and
// `heartbeat (id, important, monitor_id, status, msg, time, ping, duration, down_count, …)`, with
// status 0 down, 1 up, 2 pending, 3 maintenance and `time` a UTC "YYYY-MM-DD HH:MM:SS.mmm".
//
// Per monitor, in time order: a run of down heartbeats (pending ones inside it do not end it) is one
// unplanned outage from the first down to the next up (or maintenance); a run of maintenance
// heartbeats is one planned incident up to the next other status. A run still going at the last
// heartbeat has no end: it is ongoing. Each outage becomes a row the importer reads like a
// spreadsheet row (local date and time in the hospital zone, kind, unit = the monitor's name).
import type Database from 'better-sqlite3';
import type { RawCell, RawRow } from '../types.js';
import { partsInZone } from '../util/zone.js';
import type { Progress } from './progress.js';
import type { RowSink, SheetReport } from './table.js';
import type { TableReadResult } from './xlsx.js';
import { UserError } from '../errors.js';
import { IMPORT } from '../wording/import.js';

const DOWN = 0;
const UP = 1;
const PENDING = 2;
const MAINTENANCE = 3;

/** True when the file has Uptime Kuma's two tables with the columns read here. */
export function isKumaDatabase(db: Database.Database): boolean {
  const cols = (table: string) => new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name));
  const hb = cols('heartbeat');
  const mon = cols('monitor');
  return ['monitor_id', 'status', 'time', 'msg'].every((c) => hb.has(c)) && ['id', 'name'].every((c) => mon.has(c));
}

/** Uptime Kuma's UTC "2023-08-01 01:30:15.123" (or an ISO instant) as UTC ms. */
export function kumaTime(v: string): number {
  const t = v.trim();
  const iso = /[zZ]|[+-]\d{2}:?\d{2}$/.test(t) ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`;
  return new Date(iso).getTime();
}

export interface Outage {
  monitorId: number;
  monitor: string;
  kind: 'unplanned' | 'planned';
  startMs: number;
  endMs: number | null;
  msg: string;
  firstHeartbeat: number;
  lastHeartbeat: number;
}

interface Beat {
  id: number;
  monitor_id: number;
  status: number;
  msg: string | null;
  time: string;
}

/** Merges heartbeats (sorted by monitor, time) into outages. Pure. */
export function mergeHeartbeats(beats: Iterable<Beat>, names: Map<number, string>): Outage[] {
  const out: Outage[] = [];
  let open: Outage | null = null;
  let monitor = -1;
  for (const b of beats) {
    if (b.monitor_id !== monitor) {
      if (open) out.push(open);
      open = null;
      monitor = b.monitor_id;
    }
    const ms = kumaTime(b.time);
    if (Number.isNaN(ms)) continue;
    const kind = b.status === DOWN ? 'unplanned' : b.status === MAINTENANCE ? 'planned' : null;
    if (open && (b.status === UP || (kind && kind !== open.kind))) {
      open.endMs = ms;
      open.lastHeartbeat = b.id;
      out.push(open);
      open = null;
    }
    if (b.status === PENDING || b.status === UP) continue;
    if (!kind) continue;
    if (open) {
      open.lastHeartbeat = b.id;
      continue;
    }
    open = {
      monitorId: b.monitor_id,
      monitor: names.get(b.monitor_id) ?? `monitor ${b.monitor_id}`,
      kind,
      startMs: ms,
      endMs: null,
      msg: (b.msg ?? '').trim(),
      firstHeartbeat: b.id,
      lastHeartbeat: b.id,
    };
  }
  if (open) out.push(open);
  return out.sort((a, b) => a.startMs - b.startMs || a.monitorId - b.monitorId);
}

const pad = (n: number) => String(n).padStart(2, '0');

function localParts(ms: number, zone: string): { date: string; time: string } {
  const p = partsInZone(zone, ms);
  const sec = Math.floor((ms % 60_000 + 60_000) % 60_000 / 1000);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}:${pad(sec)}` };
}

const cell = (value: string, column: string, header: string): RawCell => ({ value, column, header });

/** One outage as a row of the log: what the importer normalises, classifies and identifies. */
export function outageRow(o: Outage, file: string, zone: string): RawRow {
  const start = localParts(o.startMs, zone);
  const end = o.endMs == null ? null : localParts(o.endMs, zone);
  // The title, kind and headers are the row's content, not wording: a row's identity is made of them
  // (import/identity.ts), so they stay the same whatever language the import runs in.
  const title = o.kind === 'planned' ? `Pemeliharaan terjadwal ${o.monitor}` : `${o.monitor} tidak dapat diakses`;
  const cells: RawRow['cells'] = {
    title: cell(title, 'monitor.name', 'Kejadian'),
    date: cell(start.date, 'heartbeat.time', 'Tanggal'),
    start: cell(start.time, 'heartbeat.time', 'Jam Mulai'),
    kind: cell(o.kind === 'planned' ? 'Terencana' : 'Tidak Terencana', 'heartbeat.status', 'Jenis'),
    unit: cell(o.monitor, 'monitor.name', 'Unit'),
  };
  if (o.msg) cells.cause = cell(o.msg, 'heartbeat.msg', 'Penyebab');
  if (end) {
    cells.endDate = cell(end.date, 'heartbeat.time', 'Tanggal Selesai');
    cells.end = cell(end.time, 'heartbeat.time', 'Jam Selesai');
  }
  return {
    source: { file, sheet: 'heartbeat', row: o.firstHeartbeat },
    cells,
    sectionKind: null,
    sectionTitle: null,
    // The heartbeat ids make every outage's identity its own and stable across re-imports.
    extra: { 'Monitor ID': String(o.monitorId), Heartbeat: `${o.firstHeartbeat}–${o.lastHeartbeat}` },
  };
}

export function readKuma(db: Database.Database, file: string, zone: string, progress: Progress, rows: RowSink): TableReadResult {
  let names: Map<number, string>;
  let outages: Outage[];
  try {
    names = new Map((db.prepare('SELECT id, name FROM monitor').all() as { id: number; name: string | null }[]).map((m) => [m.id, m.name?.trim() || `monitor ${m.id}`]));
    const beats = db.prepare('SELECT id, monitor_id, status, msg, time FROM heartbeat ORDER BY monitor_id, time, id').iterate() as IterableIterator<Beat>;
    outages = mergeHeartbeats(
      (function* () {
        for (const b of beats) {
          progress.tick();
          yield b;
        }
      })(),
      names,
    );
  } catch (err) {
    throw new UserError(IMPORT().sqlite.kumaUnreadable(file, (err as Error).message));
  }
  progress.done();
  for (const o of outages) rows.push(outageRow(o, file, zone));
  const report: SheetReport = {
    sheet: 'heartbeat',
    rows: outages.length,
    headerRow: null,
    columns: { title: 'Kejadian', date: 'Tanggal', start: 'Jam Mulai', end: 'Jam Selesai', endDate: 'Tanggal Selesai', kind: 'Jenis', unit: 'Unit', cause: 'Penyebab' },
    recognised: true,
  };
  return { rows, issues: [], sheets: [report] };
}
