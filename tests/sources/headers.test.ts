import { describe, expect, it } from 'vitest';
import {
  FOOTER_RE,
  HEADER_SYNONYMS,
  fieldForHeader,
  headerFields,
  isRowNumber,
  joinContinuation,
  normaliseHeader,
  sectionKindOf,
} from '../../src/sources/headers.js';
import { SEED_HEADER } from '../helpers/build-files.js';

const row = (...values: (string | number | Date | null)[]) => values.map((value, i) => ({ col: i + 1, value }));

describe('normaliseHeader / fieldForHeader', () => {
  it('ignores case, spaces, punctuation and a trailing unit note', () => {
    expect(normaliseHeader('  Tgl. ')).toBe('tgl');
    expect(normaliseHeader('Lama (menit)')).toBe('lama');
    expect(normaliseHeader('#')).toBe('#');
    expect(fieldForHeader('WAKTU   KEJADIAN')).toBe('date');
    expect(fieldForHeader('No.')).toBe('no');
    expect(fieldForHeader('#')).toBe('no');
    expect(fieldForHeader('Tindak-Lanjut')).toBe('followUp');
    expect(fieldForHeader('Root cause')).toBe('cause');
    expect(fieldForHeader('Internal / Eksternal')).toBe('scope');
    expect(fieldForHeader('Jam Selesai (WIB)')).toBe('end');
    expect(fieldForHeader('Keterangan')).toBeNull();
    expect(fieldForHeader(3)).toBeNull();
  });

  it('maps every synonym the brief lists', () => {
    const expected: [string, string][] = [
      ['Nomor', 'no'], ['Deskripsi', 'title'], ['Incident', 'title'], ['Event', 'title'], ['Uraian', 'title'], ['Masalah', 'title'],
      ['Tanggal Kejadian', 'date'], ['Date', 'date'], ['Offline', 'start'], ['Jam Down', 'start'], ['Online', 'end'], ['Pulih', 'end'],
      ['Durasi', 'duration'], ['Lama Waktu', 'duration'], ['Sebab', 'cause'], ['Solusi', 'followUp'], ['Follow Up', 'followUp'],
      ['Jenis Downtime', 'kind'], ['Kategori Downtime', 'kind'], ['Tipe', 'kind'], ['Penanggung Jawab', 'pic'], ['PIC', 'pic'],
      ['Kategori Penyebab', 'category'], ['Category', 'category'], ['Sumber', 'scope'],
    ];
    for (const [text, field] of expected) expect([text, fieldForHeader(text)]).toEqual([text, field]);
  });

  it('picks up synonyms added to the exported table', () => {
    expect(fieldForHeader('Gejala')).toBeNull();
    HEADER_SYNONYMS.title.push('Gejala');
    try {
      expect(fieldForHeader('gejala')).toBe('title');
    } finally {
      HEADER_SYNONYMS.title.pop();
    }
    expect(fieldForHeader('Gejala')).toBeNull();
  });
});

describe('headerFields', () => {
  it('recognises the seed header', () => {
    const f = headerFields(row(...SEED_HEADER));
    expect([...f!.values()]).toEqual(['no', 'title', 'date', 'duration', 'cause', 'followUp']);
  });
  it('needs two fields, one of them title or date', () => {
    expect(headerFields(row('Kejadian'))).toBeNull();
    expect(headerFields(row('No', 'Lama', 'Penyebab'))).toBeNull();
    expect(headerFields(row('Tanggal', 'Keterangan', 'Lama'))).not.toBeNull();
  });
  it('is never a row holding numbers or dates', () => {
    expect(headerFields(row(1, 'Kejadian', 'Tanggal'))).toBeNull();
    expect(headerFields(row('Kejadian', 'Tanggal', new Date(0)))).toBeNull();
  });
});

describe('sectionKindOf', () => {
  it('tells the two seed sections apart', () => {
    expect(sectionKindOf('1. Laporan Downtime Tidak Terencana')).toBe('unplanned');
    expect(sectionKindOf('2. Laporan Downtime Terencana')).toBe('planned');
    expect(sectionKindOf('Downtime tak terjadwal')).toBe('unplanned');
    expect(sectionKindOf('Unplanned downtime')).toBe('unplanned');
    expect(sectionKindOf('Scheduled maintenance')).toBe('planned');
    expect(sectionKindOf('Pemeliharaan terjadwal')).toBe('planned');
  });
  it('is null for a title naming both, undefined for unrelated text', () => {
    expect(sectionKindOf('Downtime Terencana dan Tidak Terencana')).toBeNull();
    expect(sectionKindOf('Daftar Kejadian Downtime Instalasi SIMRS')).toBeUndefined();
  });
});

describe('small predicates', () => {
  it('isRowNumber', () => {
    expect(isRowNumber(3)).toBe(true);
    expect(isRowNumber('12.')).toBe(true);
    expect(isRowNumber(' 4) ')).toBe(true);
    expect(isRowNumber(0)).toBe(false);
    expect(isRowNumber(1.5)).toBe(false);
    expect(isRowNumber('1 oktober')).toBe(false);
    expect(isRowNumber(null)).toBe(false);
  });
  it('joinContinuation: a space, or a new line before a list item', () => {
    expect(joinContinuation('disebabkan oleh', 'isp, maka')).toBe('disebabkan oleh isp, maka');
    expect(joinContinuation('1. Restart server', '2. Cek log')).toBe('1. Restart server\n2. Cek log');
    expect(joinContinuation('', 'x')).toBe('x');
  });
  it('FOOTER_RE catches a signature block, not incident text', () => {
    for (const t of ['Mengetahui,', 'Kepala Instalasi SIMRS', 'NIP. 19800101 200501 1 001', 'Solok, 30 November 2022', 'Dibuat oleh']) {
      expect([t, FOOTER_RE.test(t)]).toEqual([t, true]);
    }
    for (const t of ['isp, maka Tindakan yang diambil', 'Listrik Mati', 'Server BPJS down']) expect([t, FOOTER_RE.test(t)]).toEqual([t, false]);
  });
});
