// A factory's downtime workbook in English: one sheet per month, a hidden lookup sheet of machine
// codes, a units row ("hh:mm", "min") under the header on some sheets, no title column, two
// machines stopping at the same minute, a night stop that crosses midnight.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { MONTHS_EN, factoryStops, factoryWorkbook } from './logs.js';
import { brief, importOk, issues, type Imported } from './run.js';

const p2 = (n: number) => String(n).padStart(2, '0');
function expected() {
  return factoryStops().map((s) => {
    const at = (day: number, [h, m]: [number, number]) => `2022-${p2(s.month)}-${p2(day)}T${p2(h)}:${p2(m)}:00+07:00`;
    const endDay = s.end[0] < s.start[0] ? s.day + 1 : s.day;
    return {
      start: at(s.day, s.start),
      end: at(endDay, s.end),
      durationMinutes: s.minutes,
      title: `${s.machine}: ${s.reason}`,
      unit: s.machine,
      kind: /planned/i.test(s.reason) ? 'planned' : 'unplanned',
    };
  });
}

describe('factory downtime workbook, one sheet per month', () => {
  let file: string;
  let imp: Imported;
  beforeAll(async () => {
    file = await factoryWorkbook(`${tempDir()}/Plant2 Downtime 2022.xlsx`);
    imp = importOk(file);
  });

  it('imports every stop of every month, in month order, with its sheet name', () => {
    expect(imp.out.added).toBe(25);
    expect(imp.list.map(brief)).toEqual(expected());
    const perSheet = imp.list.map((i) => i.source.sheet);
    expect([...new Set(perSheet)]).toEqual(MONTHS_EN);
  });

  it('the units row is not data, the hidden lookup sheet is skipped with a note', () => {
    // header on row 2; the units row (row 3 on odd months) pushes the first stop to row 4
    expect(imp.list.filter((i) => i.source.sheet === 'January').map((i) => i.source.row)).toEqual([4, 5]);
    expect(imp.list.filter((i) => i.source.sheet === 'February').map((i) => i.source.row)).toEqual([3, 4]);
    expect(imp.list.some((i) => i.source.sheet === 'Machine Codes')).toBe(false);
    expect(imp.out.files[0].sheets.find((s: { sheet: string }) => s.sheet === 'Machine Codes')).toMatchObject({ rows: 0, skipped: 'hidden' });
    const r = runCli(['inspect', file]);
    expect(r.stdout).toContain('Sheet tersembunyi dilewati: "Machine Codes"');
  });

  it('two machines stopping at the same minute are two incidents; line, reason and operator are kept', () => {
    const march = imp.list.filter((i) => i.source.sheet === 'March');
    expect(march.map((i) => [i.unit, i.extra.Line, i.cause, i.pic])).toEqual([
      ['M-103', 'L1', 'Motor overheated', 'J. Smith'],
      ['M-201', 'L2', 'Motor overheated', 'J. Smith'],
      ['M-203', 'L2', 'Planned maintenance: gearbox oil change', 'A. Brown'],
    ]);
  });

  it('says the title was built from other columns', () => {
    expect(issues(imp.out, /tidak ada kolom judul kejadian/).length).toBeGreaterThan(0);
  });

  it('--sheet picks months, and the hidden sheet only when asked', () => {
    const two = importOk(file, ['--sheet', 'March', '--sheet', 'August']);
    expect(two.list.map((i) => i.source.sheet)).toEqual(['March', 'March', 'March', 'August', 'August']);
    expect(two.list.map(brief)).toEqual(expected().filter((_, k) => [4, 5, 6, 15, 16].includes(k)));
  });
});
