// Fixed wording of the report in both languages. Longer prose a hospital may want to reword lives in
// templates/report/*.hbs instead; these are labels that must match the seed's table headings.
import type { Category, Lang, Period } from '../../types.js';
import { formatDateLong, monthName, MONTHS_SHORT_EN, MONTHS_SHORT_ID } from '../../format.js';
import { CATEGORIES, CATEGORY_LABELS } from '../../classify/categories.js';

const categoryNames = (lang: Lang): Record<Category, string> => Object.fromEntries(CATEGORIES.map((c) => [c, CATEGORY_LABELS[c][lang]])) as Record<Category, string>;

export interface ReportLabels {
  title: string;
  listHeading: string;
  unplannedHeading: string;
  plannedHeading: string;
  columns: { no: string; title: string; when: string; duration: string; cause: string; followUp: string; unit: string; pic: string };
  number: string;
  noData: string;
  monthTableHeading: string;
  analysisHeading: string;
  analysisIntro: (availability: string, target: string) => string;
  analysisNoEvaluations: string;
  tembusan: string;
  paraf: string;
  empty: string;
  summaryHeading: string;
  chartsHeading: string;
  timelineByDay: string;
  timelineByMonth: string;
  byCategory: string;
  legendUnplanned: string;
  legendPlanned: string;
  minutesAxis: string;
  notesHeading: string;
  purposeHeading: string;
  responseHeading: string;
  takeOverHeading: string;
  methodHeading: string;
  closingHeading: string;
  acknowledged: string;
  preparedBy: string;
  page: (n: number, total: number) => string;
  generated: string;
  revision: string;
  met: string;
  notMet: string;
  noTarget: string;
  incidents: (n: number) => string;
  minutes: (n: string) => string;
  categories: Record<Category, string>;
  monthShort: string[];
}

const ID: ReportLabels = {
  title: 'LAPORAN KEJADIAN DOWNTIME SERVER SIMRS',
  listHeading: 'Daftar Kejadian Downtime',
  unplannedHeading: '1. Laporan Downtime Tidak Terencana',
  plannedHeading: '2. Laporan Downtime Terencana',
  columns: { no: 'No', title: 'Kejadian Downtime', when: 'Waktu Kejadian', duration: 'Lama', cause: 'Penyebab', followUp: 'Tindak Lanjut', unit: 'Unit Layanan', pic: 'Petugas' },
  number: 'Nomor',
  noData:
    'Tidak ada data downtime untuk periode ini di basis data. Laporan ini tidak menyatakan bahwa SIMRS tersedia 100 %: periksa apakah log periode ini sudah diimpor, atau lampirkan pernyataan nihil downtime.',
  monthTableHeading: 'Ketersediaan per bulan terhadap target',
  analysisHeading: 'Analisis dan Rencana Tindak Lanjut',
  analysisIntro: (a, t) => `Ketersediaan periode ini ${a}, di bawah target ${t}. Downtime tidak terencana menurut kategori penyebab:`,
  analysisNoEvaluations: 'Evaluasi pasca-downtime dan rencana tindak lanjut (akar masalah, penanggung jawab, target waktu) belum tercatat untuk periode ini; lampirkan hasil evaluasinya.',
  tembusan: 'Tembusan',
  paraf: 'Paraf',
  empty: 'Tidak ada kejadian pada periode ini.',
  summaryHeading: 'Ringkasan',
  chartsHeading: 'Grafik',
  timelineByDay: 'Downtime per hari (menit)',
  timelineByMonth: 'Downtime per bulan (menit)',
  byCategory: 'Downtime tidak terencana menurut kategori penyebab (menit)',
  legendUnplanned: 'Tidak terencana',
  legendPlanned: 'Terencana',
  minutesAxis: 'menit',
  notesHeading: 'Catatan',
  purposeHeading: 'Tujuan',
  responseHeading: 'Langkah Penanganan Downtime',
  takeOverHeading: 'Prosedur Take Over (ringkas)',
  methodHeading: 'Metode Perhitungan',
  closingHeading: 'Penutup',
  acknowledged: 'Mengetahui,',
  preparedBy: 'Dibuat oleh,',
  page: (n, total) => `Halaman ${n} dari ${total}`,
  generated: 'Dibuat',
  revision: 'Rev.',
  met: 'tercapai',
  notMet: 'tidak tercapai',
  noTarget: 'target belum ditetapkan',
  incidents: (n) => `${n} kejadian`,
  minutes: (n) => `${n} menit`,
  categories: categoryNames('id'),
  monthShort: MONTHS_SHORT_ID,
};

const EN: ReportLabels = {
  title: 'SIMRS SERVER DOWNTIME INCIDENT REPORT',
  listHeading: 'List of Downtime Incidents',
  unplannedHeading: '1. Unplanned Downtime',
  plannedHeading: '2. Planned Downtime',
  columns: { no: 'No', title: 'Incident', when: 'Time', duration: 'Duration', cause: 'Cause', followUp: 'Follow-up', unit: 'Unit or Service', pic: 'Staff' },
  number: 'Number',
  noData: 'There is no downtime data for this period in the database. This report does not state 100 % availability: check that the log of this period was imported, or attach a statement of no downtime.',
  monthTableHeading: 'Availability per month against the target',
  analysisHeading: 'Analysis and Follow-up Plan',
  analysisIntro: (a, t) => `Availability in this period was ${a}, below the target of ${t}. Unplanned downtime by cause category:`,
  analysisNoEvaluations: 'No post-downtime evaluation and follow-up plan (root cause, person responsible, due date) is recorded for this period yet; attach its results.',
  tembusan: 'Copies to',
  paraf: 'Initials',
  empty: 'No incidents in this period.',
  summaryHeading: 'Summary',
  chartsHeading: 'Charts',
  timelineByDay: 'Downtime per day (minutes)',
  timelineByMonth: 'Downtime per month (minutes)',
  byCategory: 'Unplanned downtime by cause category (minutes)',
  legendUnplanned: 'Unplanned',
  legendPlanned: 'Planned',
  minutesAxis: 'minutes',
  notesHeading: 'Notes',
  purposeHeading: 'Purpose',
  responseHeading: 'Downtime Response Steps',
  takeOverHeading: 'Take-over Procedure (in brief)',
  methodHeading: 'Accounting Method',
  closingHeading: 'Closing',
  acknowledged: 'Acknowledged by,',
  preparedBy: 'Prepared by,',
  page: (n, total) => `Page ${n} of ${total}`,
  generated: 'Generated',
  revision: 'Rev.',
  met: 'met',
  notMet: 'not met',
  noTarget: 'no target set',
  incidents: (n) => `${n} ${n === 1 ? 'incident' : 'incidents'}`,
  minutes: (n) => `${n} min`,
  categories: categoryNames('en'),
  monthShort: MONTHS_SHORT_EN,
};

export function labels(lang: Lang): ReportLabels {
  return lang === 'en' ? EN : ID;
}

const ROMAN_QUARTER = ['I', 'II', 'III', 'IV'];

/** "Periode Oktober 2022", "Triwulan IV 2022", "Tahun 2022", "Periode 1 Januari 2022 s.d. 15 Maret 2022". */
export function periodTitle(period: Period, lang: Lang): string {
  const [y, m] = period.from.split('-').map(Number) as [number, number];
  switch (period.granularity) {
    case 'month':
      return `${lang === 'id' ? 'Periode' : 'Period'} ${monthName(m, lang)} ${y}`;
    case 'quarter': {
      const q = ROMAN_QUARTER[Math.floor((m - 1) / 3)] ?? '';
      return `${lang === 'id' ? 'Triwulan' : 'Quarter'} ${q} ${y}`;
    }
    case 'year':
      return `${lang === 'id' ? 'Tahun' : 'Year'} ${y}`;
    default:
      return lang === 'id'
        ? `Periode ${formatDateLong(period.from, lang)} s.d. ${formatDateLong(period.to, lang)}`
        : `Period ${formatDateLong(period.from, lang)} to ${formatDateLong(period.to, lang)}`;
  }
}
