// A plain-text table for terminals: columns padded, long cells truncated with an ellipsis.
export function renderTextTable(head: string[], rows: string[][], opts: { maxWidths?: number[]; align?: ('l' | 'r')[] } = {}): string {
  const cut = (s: string, w: number | undefined) => (w != null && s.length > w ? `${s.slice(0, w - 1)}…` : s);
  const all = [head, ...rows].map((r) => r.map((c, i) => cut(c, opts.maxWidths?.[i])));
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (opts.align?.[i] === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const [h, ...body] = all;
  return `${[line(h!), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n')}\n`;
}
