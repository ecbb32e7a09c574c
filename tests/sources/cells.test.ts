import { describe, expect, it } from 'vitest';
import { columnLetter, columnNumber, convertExcelValue, numFmtKind, serialToDate } from '../../src/sources/cells.js';

describe('numFmtKind', () => {
  it('separates dates, times and numbers', () => {
    expect(numFmtKind('dd/mm/yyyy')).toBe('date');
    expect(numFmtKind('d mmmm yyyy h:mm')).toBe('date');
    expect(numFmtKind('mmm-yy')).toBe('date');
    expect(numFmtKind('[$-421]dddd, d mmmm yyyy')).toBe('date');
    expect(numFmtKind('h:mm')).toBe('time');
    expect(numFmtKind('hh:mm:ss')).toBe('time');
    expect(numFmtKind('[h]:mm')).toBe('time');
    expect(numFmtKind('0.00')).toBeNull();
    expect(numFmtKind('0.00E+00')).toBeNull();
    expect(numFmtKind('#,##0 "menit"')).toBeNull();
    expect(numFmtKind('General')).toBeNull();
    expect(numFmtKind(undefined)).toBeNull();
  });
});

describe('convertExcelValue', () => {
  it('keeps dates, turns time-of-day into a fraction of a day', () => {
    const d = new Date(Date.UTC(2022, 9, 1));
    expect(convertExcelValue(d, 'dd/mm/yyyy', false).value).toEqual(d);
    expect(convertExcelValue(new Date(Date.UTC(1899, 11, 30, 10, 30)), 'h:mm', false).value).toBe(0.4375);
    expect(convertExcelValue(new Date(Date.UTC(1899, 11, 31, 1, 30)), '[h]:mm', false).value).toBe(1.0625);
  });
  it('rich text, hyperlink, formula, error, whitespace', () => {
    expect(convertExcelValue({ richText: [{ text: 'Server ' }, { text: 'down' }] }, undefined, false).value).toBe('Server down');
    expect(convertExcelValue({ text: 'tiket #12', hyperlink: 'http://x' }, undefined, false).value).toBe('tiket #12');
    expect(convertExcelValue({ formula: 'A1*2', result: 4 }, undefined, false).value).toBe(4);
    expect(convertExcelValue({ formula: 'B2+1', result: 44836 }, 'dd/mm/yyyy', false).value).toEqual(serialToDate(44836, false));
    expect(convertExcelValue({ formula: 'B2+1' }, undefined, false).value).toBe('=B2+1');
    expect(convertExcelValue({ formula: '', result: undefined }, undefined, false).value).toBeNull();
    expect(convertExcelValue({ error: '#REF!' }, undefined, false)).toEqual({ value: null, error: '#REF!' });
    expect(convertExcelValue('  \r\n ', undefined, false).value).toBeNull();
    expect(convertExcelValue(' a\r\nb ', undefined, false).value).toBe('a\nb');
    expect(convertExcelValue('=HYPERLINK("x")', undefined, false).value).toBe('=HYPERLINK("x")');
  });
  it('serial 44835 is 1 Oct 2022 (1900 system) and 1904 shifts by 1462 days', () => {
    expect(serialToDate(44835, false).toISOString()).toBe('2022-10-01T00:00:00.000Z');
    expect(serialToDate(44835 - 1462, true).toISOString()).toBe('2022-10-01T00:00:00.000Z');
  });
});

describe('column letters', () => {
  it('round-trips', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(26)).toBe('Z');
    expect(columnLetter(27)).toBe('AA');
    expect(columnNumber('AB')).toBe(28);
  });
});
