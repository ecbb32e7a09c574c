// The rows of the benchmark log, shared by the builders (xlsx, CSV) and the bare insert, so every
// job of `npm run bench` handles the same data.
export const HEADER = ['No', 'Tanggal', 'Jam Mulai', 'Jam Selesai', 'Lama', 'Kejadian', 'Penyebab', 'Tindak Lanjut', 'Jenis'];
export const LETTERHEAD = ['PEMERINTAH PROVINSI SUMATERA BARAT', 'RSUD CONTOH', ''];
const CAUSES = ['Switch lantai 2 mati', 'ISP putus', 'Server BPJS down', 'UPS rusak', 'Disk penuh', 'Update modul farmasi'];
const START = Date.UTC(2000, 0, 1);
const pad = (n) => String(n).padStart(2, '0');

/** Row i (1-based): every 2 h, distinct, non-overlapping incidents (5–94 min); 300k rows end in 2068, inside the importer's 1900–2099. */
export function benchRow(i) {
  const d = new Date(START + i * 2 * 60 * 60_000);
  const cause = CAUSES[i % CAUSES.length];
  return {
    no: i,
    date: new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
    dateText: `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
    time: `${pad(d.getUTCHours())}.${pad(d.getUTCMinutes())}`,
    end: null,
    duration: `${5 + (i % 90)} menit`,
    title: `Kejadian ${i}: ${cause}`,
    cause,
    followUp: 'Menginformasikan ke unit pelayanan mengenai perkiraan lama waktu downtime.',
    kind: i % 6 === 5 ? 'Terencana' : 'Tidak Terencana',
  };
}
