// What the record cycle's files (eval.yaml, drill.yaml, training.yaml, notice.yaml) and flags
// (--at, --by, incident numbers) say when a value is wrong, and the few words the forms take from it.
import { words } from './define.js';

export const RECORDS = words({
  id: {
    /** Headings of a file's list of mistakes: "<what> tidak valid: <file>". */
    what: {
      evaluation: 'Evaluasi pasca downtime',
      drill: 'Laporan simulasi',
      notice: 'Pemberitahuan downtime',
      training: 'Data pelatihan',
    },
    field: {
      required: 'wajib diisi',
      notText: 'harus berupa teks',
      empty: 'tidak boleh kosong',
      dateFormat: 'tanggal harus YYYY-MM-DD, mis. 2026-12-05',
      dateMissing: 'tanggal tidak ada di kalender',
      clockFormat: 'jam harus JJ.MM, mis. 08.30',
      yesNo: 'jawab ya atau tidak',
      endBeforeStart: (end: string, start: string) => `jam selesai ${end} sebelum jam mulai ${start}`,
    },
    action: {
      dueBefore: (due: string, what: string, date: string) => `batas waktu ${due} sebelum tanggal ${what} (${date})`,
      status: 'status harus open atau done',
      doneNeedsEvidence: 'tindak lanjut yang selesai (done) memerlukan bukti (evidence)',
      /** What an action's due date may not be before. */
      ofIncident: 'kejadian',
      ofDrill: 'simulasi',
    },
    evaluation: {
      /** The impact answer of a unit that was not affected (either language is accepted). */
      notAffected: 'tidak terdampak',
      sheets: 'isi jumlah lembar (angka)',
      sheetsInteger: 'jumlah lembar bilangan bulat',
      sheetsNegative: 'jumlah lembar tidak boleh negatif',
      unknownUnit: (units: string) => `unit tidak ada di profil (units): ${units}`,
      unknownUnits: (units: string, keys: string) => `unit tidak ada di profil (units: ${units}): ${keys}`,
      lessons: 'tulis paling sedikit satu pelajaran',
      impactMissing: (unit: string) => `dampak pada unit ${unit} belum diisi; tulis "tidak terdampak" bila unit ini tidak terdampak`,
      impactText: 'tulis dampaknya sebagai teks',
      difference: (unit: string, form: string, d: number, paper: number, entered: number) =>
        `${unit}, ${form}: selisih ${d} lembar (${paper} di kertas, ${entered} dientri) — harus 0`,
    },
    drill: {
      step: 'nomor langkah (1, 2, …) sesuai SPO',
      procedure: (keys: string) => `prosedur tidak dikenal; pilih salah satu: ${keys}`,
      participants: 'sebutkan peserta simulasi',
      steps: 'catat jam mulai dan selesai paling sedikit satu langkah',
      noProcedure: (p: string) => `prosedur "${p}" tidak ada di konfigurasi SPO (procedures.${p})`,
      tooFewSteps: (p: string, n: number) => `prosedur ${p} hanya punya ${n} langkah`,
      twice: (step: number) => `langkah ${step} dicatat dua kali`,
      notMeasured: (step: number, title: string) => `langkah ${step} (${title}) tidak diukur: dinilai tidak lulus`,
    },
    notice: {
      activity: (keys: string) => `kegiatan tidak dikenal; pilih salah satu: ${keys}`,
    },
    training: {
      participants: 'sebutkan peserta pelatihan',
    },
    /** The evaluation form's scope of an incident. */
    scope: { internal: 'Internal (di dalam rumah sakit)', external: 'Eksternal (di luar rumah sakit)' },
    at: {
      future: (option: string, value: string, now: string) =>
        `${option} ${value}: waktu itu belum terjadi (sekarang ${now}). Catat kejadian saat atau setelah terjadi.`,
      unreadable: (option: string, value: string) =>
        `${option} ${value}: waktu tidak dikenali (contoh: ${option} 08.30, ${option} 2023-08-01T08:30 atau ${option} 2023-08-01T08:30:00+07:00)`,
      officer: (profile: string) => `Sebutkan siapa yang mencatat: --by "Nama Petugas", atau isi officer: di profil ${profile}.`,
      /** A number that is not one, by what it should number: each a whole sentence. */
      badId: {
        incident: (value: string) => `Nomor insiden tidak valid: "${value}". Lihat nomornya dengan: downtime list`,
        action: (value: string) => `Nomor tindak lanjut tidak valid: "${value}". Lihat nomornya dengan: downtime actions`,
      },
    },
    noIncidentIn: (id: number, path: string) => `Insiden ${id} tidak ada di ${path}. Lihat nomornya dengan: downtime list --all`,
  },
  en: {
    what: {
      evaluation: 'Post-downtime evaluation',
      drill: 'Drill report',
      notice: 'Downtime notice',
      training: 'Training record',
    },
    field: {
      required: 'is required',
      notText: 'must be text',
      empty: 'must not be empty',
      dateFormat: 'a date is YYYY-MM-DD, e.g. 2026-12-05',
      dateMissing: 'that date is not in the calendar',
      clockFormat: 'a time is HH.MM, e.g. 08.30',
      yesNo: 'answer yes or no',
      endBeforeStart: (end: string, start: string) => `end time ${end} is before start time ${start}`,
    },
    action: {
      dueBefore: (due: string, what: string, date: string) => `due date ${due} is before the date of the ${what} (${date})`,
      status: 'status must be open or done',
      doneNeedsEvidence: 'a follow-up action that is done needs evidence',
      ofIncident: 'incident',
      ofDrill: 'drill',
    },
    evaluation: {
      notAffected: 'not affected',
      sheets: 'give the number of sheets (a number)',
      sheetsInteger: 'the number of sheets is a whole number',
      sheetsNegative: 'the number of sheets cannot be negative',
      unknownUnit: (units: string) => `unit not in the profile (units): ${units}`,
      unknownUnits: (units: string, keys: string) => `units not in the profile (units: ${units}): ${keys}`,
      lessons: 'write at least one lesson',
      impactMissing: (unit: string) => `the impact on unit ${unit} is not filled in; write "not affected" if this unit was not affected`,
      impactText: 'write the impact as text',
      difference: (unit: string, form: string, d: number, paper: number, entered: number) =>
        `${unit}, ${form}: a difference of ${d} sheets (${paper} on paper, ${entered} entered) — must be 0`,
    },
    drill: {
      step: 'step number (1, 2, …) as in the SOP',
      procedure: (keys: string) => `unknown procedure; choose one of: ${keys}`,
      participants: 'name the drill participants',
      steps: 'record the start and end time of at least one step',
      noProcedure: (p: string) => `procedure "${p}" is not in the SOP configuration (procedures.${p})`,
      tooFewSteps: (p: string, n: number) => `procedure ${p} has only ${n} steps`,
      twice: (step: number) => `step ${step} is recorded twice`,
      notMeasured: (step: number, title: string) => `step ${step} (${title}) was not measured: counted as failed`,
    },
    notice: {
      activity: (keys: string) => `unknown activity; choose one of: ${keys}`,
    },
    training: {
      participants: 'name the training participants',
    },
    scope: { internal: 'Internal (inside the hospital)', external: 'External (outside the hospital)' },
    at: {
      future: (option: string, value: string, now: string) =>
        `${option} ${value}: that time has not come yet (it is now ${now}). Record an event when or after it happens.`,
      unreadable: (option: string, value: string) =>
        `${option} ${value}: time not recognised (for example: ${option} 08.30, ${option} 2023-08-01T08:30 or ${option} 2023-08-01T08:30:00+07:00)`,
      officer: (profile: string) => `Say who records this: --by "Officer Name", or fill in officer: in the profile ${profile}.`,
      badId: {
        incident: (value: string) => `Not a valid incident number: "${value}". See the numbers with: downtime list`,
        action: (value: string) => `Not a valid follow-up number: "${value}". See the numbers with: downtime actions`,
      },
    },
    noIncidentIn: (id: number, path: string) => `Incident ${id} does not exist in ${path}. See the numbers with: downtime list --all`,
  },
});
