// The top-level help (`downtime`, `downtime --help`, `downtime --version`) answered without yargs:
// importing yargs costs more than Node's own start-up, and the top-level help is the same every
// time — the command list and the global options. The layout below is yargs' (its usage.js and
// cliui, with wrap-ansi's hard wrapping) for what the top-level help contains, nothing more;
// tests/cli/help-fast.test.ts compares it with yargs' rendering at every width, in both languages.
import { HELP, YARGS, type CommandName } from '../wording/help.js';
import type { Lang } from '../wording/lang.js';
import { readFileSync } from 'node:fs';

export type { CommandName } from '../wording/help.js';

/** A command's description in the language people read now (command modules call it). */
export const commandDescription = (name: CommandName): string => HELP().commands[name];

/** Every command in the order `--help` lists them, with the command line its module declares. */
export const SIGNATURES: Readonly<Record<CommandName, string>> = {
  import: 'import <files..>',
  inspect: 'inspect <file>',
  list: 'list',
  batches: 'batches',
  undo: 'undo <batch>',
  stats: 'stats',
  report: 'report',
  sop: 'sop',
  open: 'open <title>',
  close: 'close <id>',
  note: 'note <id> <text>',
  show: 'show <id>',
  edit: 'edit <id>',
  void: 'void <id>',
  attest: 'attest',
  actions: 'actions',
  action: 'action <verb> <n>',
  init: 'init',
  evaluate: 'evaluate <id>',
  form: 'form <id>',
  notice: 'notice <id>',
  drill: 'drill',
  training: 'training',
  pack: 'pack',
};
export const COMMAND_NAMES = Object.keys(SIGNATURES) as CommandName[];

/** `downtime --version`: the package's own version (the same file from src/ and dist/). */
export const packageVersion = (): string =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The width yargs is told to wrap at (src/cli.ts and the fast path use the same). */
export const helpWidth = (): number => Math.min(110, process.stdout.columns || 100);

// --- a cliui subset: rows of columns, wrapped, padded, a right-aligned hint merged into the line
// above when it fits. Every text here is plain (no ANSI, no wide characters): width = code points.

type Padding = [top: number, right: number, bottom: number, left: number];
interface Col {
  text: string;
  padding?: Padding;
  width?: number;
  align?: 'right';
}
interface Row {
  cols: Col[];
  span: boolean;
}
interface Line {
  text: string;
  span: boolean;
  hidden?: boolean;
}

const width = (s: string): number => [...s].length;
const spaces = (n: number): string => (n > 0 ? ' '.repeat(n) : '');

/** wrap-ansi `{hard: true}` on one line of plain text. */
function wrapLine(line: string, columns: number): string {
  if (line.trim() === '') return '';
  const words = line.split(' ');
  const rows = [''];
  const last = () => rows.length - 1;
  words.forEach((word, index) => {
    rows[last()] = rows[last()]!.trimStart();
    let rowLength = width(rows[last()]!);
    if (index !== 0 && rowLength > 0) {
      rows[last()] += ' ';
      rowLength++;
    }
    const length = width(word);
    if (length > columns) {
      const remaining = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((length - remaining - 1) / columns);
      const breaksStartingNextLine = Math.floor((length - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) rows.push('');
      wrapWord(rows, word, columns);
      return;
    }
    if (rowLength + length > columns && rowLength > 0 && length > 0) rows.push('');
    rows[last()] += word;
  });
  return rows.map((r) => r.replace(/ +$/, '')).join('\n');
}

function wrapWord(rows: string[], word: string, columns: number): void {
  const characters = [...word];
  let visible = width(rows[rows.length - 1]!);
  characters.forEach((character, index) => {
    if (visible + 1 <= columns) rows[rows.length - 1] += character;
    else {
      rows.push(character);
      visible = 0;
    }
    visible += 1;
    if (visible === columns && index < characters.length - 1) {
      rows.push('');
      visible = 0;
    }
  });
  if (!visible && rows[rows.length - 1]!.length > 0 && rows.length > 1) {
    const tail = rows.pop()!;
    rows[rows.length - 1] += tail;
  }
}

const wrap = (text: string, columns: number): string =>
  text.normalize().replaceAll('\r\n', '\n').split('\n').map((l) => wrapLine(l, columns)).join('\n');

class Layout {
  private readonly rows: Row[] = [];
  constructor(private readonly total: number) {}

  div(...cols: (Col | string)[]): void {
    if (cols.length === 0) this.div('');
    this.rows.push({ cols: cols.map((c) => (typeof c === 'string' ? fromString(c) : c)), span: false });
  }

  span(...cols: (Col | string)[]): void {
    this.rows.push({ cols: cols.map((c) => (typeof c === 'string' ? fromString(c) : c)), span: true });
  }

  toString(): string {
    const lines: Line[] = [];
    for (const row of this.rows) this.rowToLines(row, lines);
    return lines.filter((l) => !l.hidden).map((l) => l.text).join('\n');
  }

  private rowToLines(row: Row, lines: Line[]): void {
    const widths = this.columnWidths(row.cols);
    const cells = row.cols.map((col, c) => ({ ...col, width: widths[c]! }));
    const rasters: string[][] = [];
    cells.forEach((col, c) => {
      wrap(col.text, inner(col)).split('\n').forEach((str, r) => {
        const raster = (rasters[r] ??= []);
        while (raster.length < c) raster.push('');
        raster.push(str);
      });
    });
    rasters.forEach((raster, r) => {
      let str = '';
      raster.forEach((cell, c) => {
        const col = cells[c]!;
        const wrapWidth = inner(col);
        let ts = cell + spaces(wrapWidth - width(cell));
        if (col.align === 'right') {
          const trimmed = ts.trim();
          ts = width(trimmed) < wrapWidth ? spaces(wrapWidth - width(trimmed)) + trimmed : trimmed;
          if (width(ts) < wrapWidth) ts += spaces(col.width - width(ts) - 1);
        }
        const padding = col.padding ?? [0, 0, 0, 0];
        str += spaces(padding[3]) + ts + spaces(padding[1]);
        if (r === 0 && lines.length > 0) str = this.inline(str, lines[lines.length - 1]!);
      });
      lines.push({ text: str.replace(/ +$/, ''), span: row.span });
    });
  }

  /** cliui's renderInline: a row after a span goes on the span's last line when it fits. */
  private inline(source: string, previous: Line): string {
    const leading = /^ */.exec(source)![0].length;
    const target = previous.text;
    const targetWidth = width(target.trimEnd());
    if (!previous.span || leading < targetWidth) return source;
    previous.hidden = true;
    return target.trimEnd() + spaces(leading - targetWidth) + source.trimStart();
  }

  private columnWidths(cols: Col[]): number[] {
    let unset = cols.length;
    let remaining = this.total;
    for (const col of cols) {
      if (col.width) {
        unset--;
        remaining -= col.width;
      }
    }
    const each = unset ? Math.floor(remaining / unset) : 0;
    return cols.map((col) => col.width || Math.max(each, 1 + (col.padding?.[3] ?? 0) + (col.padding?.[1] ?? 0)));
  }
}

function fromString(text: string): Col {
  return { text, padding: [0, /\s*$/.exec(text)![0].length, 0, /^\s*/.exec(text)![0].length] };
}

const inner = (col: Col & { width: number }): number => col.width - (col.padding?.[3] ?? 0) - (col.padding?.[1] ?? 0);

/** The global options as yargs lists them at the top level, in its order. */
function globalOptions(lang: Lang, defaultLang: Lang): { switch: string; describe: string; extra: string }[] {
  const H = HELP.in(lang);
  const Y = YARGS.in(lang);
  return [
    { switch: '--db', describe: H.db, extra: `[${Y.string}]` },
    { switch: '--lang', describe: H.lang, extra: `[${Y['choices:']} "id", "en"] [${Y['default:']} "${defaultLang}"]` },
    { switch: '--version', describe: Y['Show version number'], extra: `[${Y.boolean}]` },
    { switch: '-h, --help', describe: Y['Show help'], extra: `[${Y.boolean}]` },
  ];
}

/**
 * `downtime --help` as yargs prints it (commands/index.ts's parser with the name-only commands) in
 * `lang`, at a wrap width; `defaultLang` is the `--lang` default it shows (DOWNTIME_LANG's).
 */
export function renderTopHelp(lang: Lang, defaultLang: Lang, wrapAt: number): string {
  const H = HELP.in(lang);
  const Y = YARGS.in(lang);
  const ui = new Layout(wrapAt);
  ui.div({ text: H.usage.replace(/\$0/g, 'downtime') });
  ui.div();
  ui.div(Y['Commands:']);
  const commandWidth = Math.min(Math.max(...COMMAND_NAMES.map((n) => width(`downtime ${SIGNATURES[n]}`))), Math.floor(wrapAt * 0.5)) + 4;
  for (const name of COMMAND_NAMES) {
    ui.span({ text: `downtime ${SIGNATURES[name]}`, padding: [0, 2, 0, 2], width: commandWidth }, { text: H.commands[name] });
    ui.div();
  }
  ui.div();
  ui.div(Y['Options:']);
  const options = globalOptions(lang, defaultLang);
  // Long switches are indented past a short one ("-h, "), as yargs does when any option has one.
  const indent = (s: string) => (s.startsWith('--') ? 4 : 0);
  const switchWidth = Math.min(Math.max(...options.map((o) => width(o.switch) + indent(o.switch))), Math.floor(wrapAt * 0.5)) + 4;
  for (const o of options) {
    ui.span({ text: o.switch, padding: [0, 2, 0, 2 + indent(o.switch)], width: switchWidth }, o.describe);
    ui.div({ text: o.extra, padding: [0, 0, 0, 2], align: 'right' });
  }
  ui.div();
  return ui.toString().replace(/\s*$/, '');
}
