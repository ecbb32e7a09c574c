// Incidents and figures built by hand, so the renderers can be tested without the store or the
// metrics module. The seed's five incidents are written as the importer stores them.
import type { Category, Incident, Kind, Lang, Precision } from '../../src/types.js';
import { parseProfile, type Profile } from '../../src/profile.js';
import { resolvePeriod, type PeriodOptions } from '../../src/period.js';
import { computeStats } from '../../src/metrics/compute.js';
import { buildReportModel, type ReportModel } from '../../src/documents/report/model.js';
import { renderReportTexts, type ReportTexts } from '../../src/documents/report/templates.js';

const ZONE_OFFSET_MS = 7 * 3_600_000; // Asia/Jakarta, no DST

/** UTC ms of a wall-clock time in Asia/Jakarta. */
export function wib(y: number, m: number, d = 1, h = 0, min = 0): number {
  return Date.UTC(y, m - 1, d, h, min) - ZONE_OFFSET_MS;
}

const pad = (n: number): string => String(n).padStart(2, '0');

let nextId = 1;
export function incident(p: {
  kind: Kind;
  title: string;
  y: number;
  m: number;
  d?: number;
  h?: number;
  min?: number;
  minutes: number | null;
  cause?: string;
  followUp?: string;
  category?: Category;
  warnings?: string[];
}): Incident {
  const precision: Precision = p.d == null ? 'month' : p.h == null ? 'day' : 'minute';
  const startMs = wib(p.y, p.m, p.d ?? 1, p.h ?? 0, p.min ?? 0);
  const date = `${p.y}-${pad(p.m)}${p.d == null ? '' : `-${pad(p.d)}`}`;
  const start = precision === 'minute' ? `${date}T${pad(p.h!)}:${pad(p.min ?? 0)}:00+07:00` : date;
  let end: string | null = null;
  let endMs: number | null = null;
  if (precision === 'minute' && p.minutes != null) {
    endMs = startMs + p.minutes * 60_000;
    const e = new Date(endMs + ZONE_OFFSET_MS);
    end = `${e.getUTCFullYear()}-${pad(e.getUTCMonth() + 1)}-${pad(e.getUTCDate())}T${pad(e.getUTCHours())}:${pad(e.getUTCMinutes())}:00+07:00`;
  }
  return {
    id: nextId++,
    kind: p.kind,
    kindReason: 'section title',
    title: p.title,
    start,
    end,
    precision,
    startMs,
    endMs,
    durationMinutes: p.minutes,
    cause: p.cause ?? '',
    followUp: p.followUp ?? '',
    pic: null,
    unit: null,
    extra: {},
    category: p.category ?? 'other',
    categoryReason: 'test',
    scope: 'internal',
    source: { file: 'log.xlsx', sheet: 'Sheet1', row: nextId },
    batchId: 1,
    warnings: p.warnings ?? [],
  };
}

const FOLLOW =
  'menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime. Untuk kedepannya apabila terjadi down yang disebabkan oleh isp, maka Tindakan yang diambil berpedoman pada laporan downtime yang pernah terjadi.';

export function seedIncidents(): Incident[] {
  return [
    incident({ kind: 'unplanned', title: 'ISP cinox dan indihome down', y: 2022, m: 10, d: 1, minutes: 60, cause: 'Akses internet dari ISP tidak tersedia.', followUp: `Menghubungi penyedia ISP dan ${FOLLOW}`, category: 'network' }),
    incident({ kind: 'unplanned', title: 'BPJS down', y: 2022, m: 10, d: 3, minutes: 120, cause: 'SEP tidak dapat dicetak karena server BPJS down.', followUp: `Menghubungi pihak BPJS dan ${FOLLOW}`, category: 'external' }),
    incident({ kind: 'unplanned', title: 'Listrik Mati', y: 2022, m: 11, d: 10, minutes: 30, cause: 'UPS server rusak sehingga saat mati lampu server mati', followUp: `Memperbaiki UPS dan ${FOLLOW}`, category: 'power', warnings: ['Tahun tidak tertulis ("10 November"); disimpulkan 2022 dari baris sebelumnya.'] }),
    incident({ kind: 'planned', title: 'Pemasangan perubahan bridging LIS', y: 2021, m: 6, minutes: 15, cause: 'Perubahan field pada database LIS', followUp: `Menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime.`, category: 'software' }),
    incident({ kind: 'planned', title: 'Pemasangan V-claim V2', y: 2022, m: 3, d: 18, minutes: 30, cause: 'Update bridging BPJS', followUp: `Menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime.`, category: 'software' }),
  ];
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const CATS: Category[] = ['network', 'external', 'power', 'hardware', 'software', 'database', 'other'];

export const GENERATED_AT = new Date('2026-11-25T09:00:00+07:00');

/** Model and prose for a period, with the real metrics, as the command builds them. */
export function reportFor(incidents: Incident[], opts: PeriodOptions, extra: { lang?: Lang; profile?: Profile } = {}): { model: ReportModel; texts: ReportTexts } {
  const profile = extra.profile ?? testProfile();
  const period = resolvePeriod(opts, profile.hospital.timeZone, GENERATED_AT);
  const stats = computeStats(incidents, period, { timeZone: profile.hospital.timeZone, now: GENERATED_AT, targetPercent: profile.availabilityTarget });
  const model = buildReportModel({ incidents, stats, period, profile, lang: extra.lang ?? 'id', generatedAt: GENERATED_AT, now: GENERATED_AT });
  return { model, texts: renderReportTexts(model) };
}

export const PROFILE_DATA = {
  hospital: { name: 'RSUD MOHAMMAD NATSIR', shortName: 'RSUD M. Natsir', city: 'Solok', timeZone: 'Asia/Jakarta', unit: 'Instalasi SIMRS' },
  letterhead: {
    logo: null,
    government: 'PEMERINTAH PROVINSI SUMATERA BARAT',
    name: 'RSUD MOHAMMAD NATSIR',
    lines: ['Jl. Simpang Rumbio Kota Solok Telp. (0755) 20003 Faks: (0755) 20003', 'Website: www.rsudmnatsir.sumbarprov.go.id email: rsud.mnatsir@sumbarprov.go.id'],
    place: 'KOTA SOLOK',
    rule: 'double',
  },
  paper: 'A4',
  availabilityTarget: 99.5,
  sopNumber: '009/RSUD-MN/SIMRS/XI/2022',
  signatories: {
    preparedBy: { position: 'Kepala Instalasi SIMRS', name: 'Contoh Nama, S.Kom.', nip: '198503122010011004' },
    acknowledgedBy: { position: 'Direktur RSUD Mohammad Natsir', name: 'dr. Contoh Nama Direktur, Sp.PD., M.Kes.', nip: '196804111993031009' },
  },
};

export function testProfile(overrides: Record<string, unknown> = {}): Profile {
  return parseProfile({ ...PROFILE_DATA, ...overrides }, '/tmp/profil-test.yaml');
}

/** n unplanned incidents spread over a month, with varied text lengths. */
export function busyMonth(y: number, m: number, n: number): Incident[] {
  const out: Incident[] = [];
  for (let k = 0; k < n; k++) {
    const d = 1 + (k % daysIn(y, m));
    const long = k % 7 === 3 ? ` ${FOLLOW} ${FOLLOW}` : '';
    out.push(
      incident({
        kind: k % 9 === 4 ? 'planned' : 'unplanned',
        title: `Gangguan ${['jaringan LAN gedung A', 'server aplikasi', 'bridging BPJS', 'listrik PLN', 'database'][k % 5]} #${k + 1}`,
        y, m, d, h: 7 + (k % 12), min: (k * 13) % 60,
        minutes: 5 + ((k * 37) % 180),
        cause: `Penyebab kejadian ke-${k + 1}: ${k % 4 === 0 ? 'switch core hang setelah pemadaman listrik singkat di ruang server' : 'koneksi terputus'}`,
        followUp: `Restart layanan dan ${FOLLOW}${long}`,
        category: CATS[k % CATS.length]!,
      }),
    );
  }
  return out;
}
