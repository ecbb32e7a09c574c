// Day-first or month-first, decided per column from its own values and never silently: one value
// whose first part is over 12 (25/06/2019) makes the column day-first, one whose second part is
// over 12 (6/21/2019) makes it month-first. Rows wait here until every date column they use is
// decided, so the first rows of a US log are not read day-first before "6/21/2019" shows up.
// A column that stays ambiguous to the end is read day-first (the hospital's order) with one warning.
import type { DateOrder, Field, RawCell, RawRow } from '../types.js';
import { IMPORT } from '../wording/import.js';

export interface DateOrderDecision {
  order: DateOrder;
  /** Why, for `inspect` and `import`: 'dipaksa --date-order', 'nilai "21/06/2019" (baris 14)'. */
  reason: string;
}

interface ColumnState {
  column: string;
  decision: DateOrderDecision | null;
  ambiguous: boolean;
  contradicted: string | null;
  /** Decided by another column's proof, not its own: such a decision proves nothing further. */
  followed: boolean;
  /**
   * Decided only by year-first values ("2024/03/04"), which read the same in any order: they
   * settle nothing about "4/3/24" in the same column, and a day- or month-first proof replaces them.
   */
  yearFirst: boolean;
}

/** Rows held while a column is undecided, at most; then the hospital's order is used with a warning. */
export const MAX_HELD_ROWS = 20_000;

// One separator throughout ("05/02/2024", "5-2-24"): "08.00 - 09.30", a time range, is no date.
const NUMERIC_DATE = /^\s*(?:[a-z']+\s*,?\s+)?(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,4})(?!\d)/i;

/** "hari/bulan/tahun", in the language people read now. */
export function dateOrderLabel(order: DateOrder): string {
  return IMPORT().dateOrder.orders[order];
}

/** The order a single text value proves, 'ambiguous', or null when it is not a numeric date. */
export function evidenceOf(text: string): DateOrder | 'ambiguous' | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [a, b, c] = [m[1]!, m[3]!, m[4]!];
  if (a.length === 4) return 'ymd';
  // No day or month is 0: "22.00.15" is a clock time.
  if (Number(a) === 0 || Number(b) === 0) return null;
  if (a.length === 3 || c.length === 3 || (c.length !== 2 && c.length !== 4)) return null;
  const x = Number(a);
  const y = Number(b);
  if (x > 12 && y <= 12) return 'dmy';
  if (y > 12 && x <= 12) return 'mdy';
  if (x === y || x > 12) return null;
  return 'ambiguous';
}

export class DateOrderGate {
  private readonly columns = new Map<number, ColumnState>();
  private held: { row: RawRow; colOf: (f: Field) => number }[] = [];
  private finished: { column: string; warn: string | null }[] = [];

  constructor(
    private readonly forced: DateOrder | undefined,
    private readonly emit: (row: RawRow) => void,
  ) {}

  /** Looks at one date cell of a new row (before `push`). */
  observe(col: number, cell: RawCell): void {
    if (col < 0 || typeof cell.value !== 'string') return;
    const ev = evidenceOf(cell.value);
    if (ev === null) return;
    let st = this.columns.get(col);
    if (!st) {
      st = { column: cell.column, decision: this.forced ? { order: this.forced, reason: IMPORT().dateOrder.forced } : null, ambiguous: false, contradicted: null, followed: false, yearFirst: false };
      this.columns.set(col, st);
    }
    if (ev === 'ambiguous') {
      st.ambiguous = true;
      return;
    }
    const text = cell.value;
    const reason = () => IMPORT().dateOrder.value(text.trim().slice(0, 30));
    if (ev === 'ymd') {
      if (!st.decision) {
        st.decision = { order: ev, reason: reason() };
        st.yearFirst = true;
      }
      return;
    }
    if (!st.decision || st.yearFirst) {
      st.decision = { order: ev, reason: reason() };
      st.yearFirst = false;
    } else if (st.decision.order !== ev && !st.contradicted && !this.forced) st.contradicted = cell.value.trim().slice(0, 30);
  }

  /** A new incident row: passed on at once when its date columns are decided, else held. */
  push(row: RawRow, colOf: (f: Field) => number): void {
    // No date column seen as text and no --date-order: nothing to hold or mark, the row goes on at
    // once (what holding it and releasing it alone would do, without the two objects a row).
    if (this.columns.size === 0 && !this.forced && this.held.length === 0) {
      this.emit(row);
      return;
    }
    this.held.push({ row, colOf });
    if (this.undecided()) {
      if (this.held.length >= MAX_HELD_ROWS) this.decideRest(IMPORT().dateOrder.notSeen(MAX_HELD_ROWS));
      else return;
    }
    this.release();
  }

  /** End of the sheet: undecided columns take the hospital's order (day first), with one warning each. */
  finish(): { column: string; warn: string | null }[] {
    this.undecided();
    this.decideRest(IMPORT().dateOrder.bothWays);
    this.release();
    for (const st of this.columns.values()) {
      if (st.contradicted) {
        this.finished.push({
          column: st.column,
          warn: IMPORT().dateOrder.mixed(st.contradicted, dateOrderLabel(st.decision!.order)),
        });
      }
    }
    return this.finished;
  }

  decisionFor(col: number): DateOrderDecision | null {
    return this.columns.get(col)?.decision ?? null;
  }

  /**
   * An ambiguous column takes the order another date column of the sheet has proved ("7/1/2019"
   * restored after "6/30/2019" started): one log, one way of writing dates.
   */
  private undecided(): boolean {
    const proved = [...this.columns.values()].find((st) => st.decision && !st.contradicted && !st.followed && !st.yearFirst);
    let open = false;
    for (const st of this.columns.values()) {
      if ((st.decision && !st.yearFirst) || !st.ambiguous) continue;
      if (proved) {
        st.decision = { order: proved.decision!.order, reason: IMPORT().dateOrder.follows(proved.column, proved.decision!.reason) };
        st.followed = true;
        st.yearFirst = false;
      }
      else open = true;
    }
    return open;
  }

  private decideRest(why: string): void {
    for (const st of this.columns.values()) {
      if ((st.decision && !st.yearFirst) || !st.ambiguous) continue;
      st.decision = { order: 'dmy', reason: IMPORT().dateOrder.hospitalOrder(why) };
      st.yearFirst = false;
      this.finished.push({ column: st.column, warn: IMPORT().dateOrder.readDayFirst(why) });
    }
  }

  private release(): void {
    for (const { row, colOf } of this.held) {
      const cells = row.cells as Record<Field, RawCell>;
      for (const f in cells) {
        const cell = cells[f as Field];
        const d = this.columns.get(colOf(f as Field))?.decision;
        if (d) cell.dateOrder = d.order;
        else if (this.forced) cell.dateOrder = this.forced;
      }
      this.emit(row);
    }
    this.held = [];
  }
}
