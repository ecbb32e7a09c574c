// Words many areas share: month names, where-in-a-file wording, severity tags.
import { words } from './define.js';

export const COMMON = words({
  id: {
    months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    sheet: (name: string) => `sheet "${name}"`,
    row: (n: number) => `baris ${n}`,
    column: (c: string) => `kolom ${c}`,
    error: 'GALAT',
    warning: 'PERINGATAN',
    errorLower: 'galat',
    warningLower: 'peringatan',
    andMore: (n: number) => `… dan ${n} lainnya (gunakan --json untuk daftar lengkap)`,
    byKind: 'Ringkasan masalah:',
  },
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    sheet: (name: string) => `sheet "${name}"`,
    row: (n: number) => `row ${n}`,
    column: (c: string) => `column ${c}`,
    error: 'ERROR',
    warning: 'WARNING',
    errorLower: 'error',
    warningLower: 'warning',
    andMore: (n: number) => `… and ${n} more (use --json for the full list)`,
    byKind: 'Problems by kind:',
  },
});
