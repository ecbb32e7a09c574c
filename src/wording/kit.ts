// Messages of the documents kit (output folder, logo, templates, unreadable files): they go to the
// terminal, in the language people read now (`KIT()`).
import { words } from './define.js';

export const KIT = words({
  id: {
    /** Why a file could not be read or checked, in words instead of the system's code. */
    fileProblem: {
      missing: 'berkas tidak ada',
      denied: 'tidak ada izin untuk membacanya',
      isFolder: 'itu folder, bukan berkas',
      notFolder: 'sebagian path-nya bukan folder',
      other: (code: string) => `galat sistem ${code}`,
    },
    outDir: {
      cannotCheck: (dir: string, why: string) => `--out ${dir}: folder keluaran tidak dapat diperiksa (${why})`,
      aFile: 'sebuah berkas',
      aDevice: 'sebuah perangkat atau berkas khusus',
      notFolder: (dir: string, what: string) => `--out ${dir}: ${what}, bukan folder. --out menerima folder tempat berkas ditulis, mis. --out output`,
      ancestorNotFolder: (dir: string, at: string, what: string) => `--out ${dir}: ${at} adalah ${what}, bukan folder, jadi folder keluaran tidak dapat dibuat di bawahnya`,
      written: (n: number) => `Sudah ditulis lengkap (${n}):`,
      notWritten: (failed: string, further: number) =>
        `Tidak ditulis: ${failed}${further > 0 ? ` dan ${further} berkas berikutnya` : ''}. Betulkan penyebabnya (mis. disk penuh) lalu jalankan perintah ini lagi.`,
    },
    logo: {
      missing: 'berkas tidak ada',
      unreadable: 'berkas tidak dapat dibaca',
      cannotRead: (field: string, path: string, why: string) => `Logo kop surat (${field} di profil) ${path}: ${why}. Perbaiki path di profil, atau kosongkan ${field}.`,
      corrupt: (field: string, path: string, detail: string) => `Logo kop surat (${field} di profil) ${path}: ${detail}. Simpan ulang logo sebagai PNG atau JPEG, atau kosongkan ${field}.`,
      badJpeg: 'berkas JPEG rusak atau terpotong',
      badPng: 'berkas PNG rusak atau terpotong',
      notImage: 'bukan gambar PNG atau JPEG',
    },
    template: {
      failed: (origin: string, message: string) => `Templat ${origin}: ${message}`,
      unreadable: (file: string, why: string) => `Templat tidak dapat dibaca: ${file} (${why})`,
    },
  },
  en: {
    fileProblem: {
      missing: 'the file does not exist',
      denied: 'no permission to read it',
      isFolder: 'it is a folder, not a file',
      notFolder: 'part of the path is not a folder',
      other: (code) => `system error ${code}`,
    },
    outDir: {
      cannotCheck: (dir, why) => `--out ${dir}: the output folder cannot be checked (${why})`,
      aFile: 'a file',
      aDevice: 'a device or special file',
      notFolder: (dir, what) => `--out ${dir}: ${what}, not a folder. --out takes the folder to write into, e.g. --out output`,
      ancestorNotFolder: (dir, at, what) => `--out ${dir}: ${at} is ${what}, not a folder, so the output folder cannot be created under it`,
      written: (n) => `Written completely (${n}):`,
      notWritten: (failed, further) => `Not written: ${failed}${further > 0 ? ` and ${further} further ${further === 1 ? 'file' : 'files'}` : ''}. Fix the cause (e.g. a full disk) and run the command again.`,
    },
    logo: {
      missing: 'the file does not exist',
      unreadable: 'the file cannot be read',
      cannotRead: (field, path, why) => `Letterhead logo (${field} in the profile) ${path}: ${why}. Correct the path in the profile, or leave ${field} empty.`,
      corrupt: (field, path, detail) => `Letterhead logo (${field} in the profile) ${path}: ${detail}. Save the logo again as PNG or JPEG, or leave ${field} empty.`,
      badJpeg: 'the JPEG file is damaged or cut short',
      badPng: 'the PNG file is damaged or cut short',
      notImage: 'not a PNG or JPEG image',
    },
    template: {
      failed: (origin, message) => `Template ${origin}: ${message}`,
      unreadable: (file, why) => `Template cannot be read: ${file} (${why})`,
    },
  },
});

/** The drafter's paraf box at the foot of every page of a document longer than one page (kit/footer.ts). */
export const PAGE_PARAF = words({
  id: { label: 'Paraf' },
  en: { label: 'Initials' },
});
