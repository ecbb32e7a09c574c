// One grammar for rendered prose, shared by every document: blank lines separate paragraphs,
// consecutive plain lines join into one paragraph, and a line starting with "1.", "a.", "a)", "-"
// or "•" is a list item ("-" prints as a bullet).

export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'item'; label: string; text: string };

const ITEM = /^(\d{1,2}\.|[a-z][.)]|[-•])\s+(.*)$/;

export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const para: string[] = [];
    const flush = (): void => {
      if (para.length) blocks.push({ kind: 'paragraph', text: para.splice(0).join(' ') });
    };
    for (const line of chunk.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const m = ITEM.exec(line);
      if (!m) {
        para.push(line);
        continue;
      }
      flush();
      blocks.push({ kind: 'item', label: m[1] === '-' ? '•' : m[1]!, text: m[2]! });
    }
    flush();
  }
  return blocks;
}
