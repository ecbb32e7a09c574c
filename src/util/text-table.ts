// A plain-text table for terminals: columns padded, long cells truncated with an ellipsis.

export interface TextTableOptions {
  maxWidths?: number[];
  align?: ('l' | 'r')[];
}

/**
 * The table one row at a time: `measure` every row first, then write `headLines` and each row's
 * `line`. `list` streams a store of any size through it (two passes, one row in memory);
 * renderTextTable is the same for rows already in memory.
 */
export class TextTable {
  private readonly widths: number[];
  constructor(
    private readonly head: string[],
    private readonly opts: TextTableOptions = {},
  ) {
    this.widths = head.map((h, i) => this.cut(h, i).length);
  }
  private cut(s: string, i: number): string {
    const w = this.opts.maxWidths?.[i];
    return w != null && s.length > w ? `${s.slice(0, w - 1)}…` : s;
  }
  measure(row: string[]): void {
    for (let i = 0; i < this.head.length; i++) this.widths[i] = Math.max(this.widths[i]!, this.cut(row[i] ?? '', i).length);
  }
  line(row: string[]): string {
    return `${row
      .map((c, i) => {
        const cell = this.cut(c, i);
        return this.opts.align?.[i] === 'r' ? cell.padStart(this.widths[i]!) : cell.padEnd(this.widths[i]!);
      })
      .join('  ')
      .trimEnd()}\n`;
  }
  headLines(): string {
    return `${this.line(this.head)}${this.widths.map((w) => '-'.repeat(w)).join('  ')}\n`;
  }
}

export function renderTextTable(head: string[], rows: string[][], opts: TextTableOptions = {}): string {
  const table = new TextTable(head, opts);
  for (const r of rows) table.measure(r);
  return table.headLines() + rows.map((r) => table.line(r)).join('');
}

/** Text to stdout in 64 KB chunks, waiting for the reader to drain: output never piles up in memory. */
export class StdoutChunks {
  private chunk = '';
  async write(s: string): Promise<void> {
    this.chunk += s;
    if (this.chunk.length >= 1 << 16) await this.flush();
  }
  async flush(): Promise<void> {
    const out = process.stdout;
    if (this.chunk && !out.write(this.chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
    this.chunk = '';
  }
}
