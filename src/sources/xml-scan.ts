// A small streaming XML tokenizer for the parts of an .xlsx, built on indexOf: about 2.5× faster
// than saxes on sheet XML (LIBRARIES.md), and tests/sources/xlsx-scan-diff.test.ts drives the same
// handlers through saxes over generated XML to show the two give the same cells. It knows only what
// SpreadsheetML uses: elements, attributes, text, entities, CDATA, comments and processing
// instructions. A DOCTYPE or ENTITY declaration is refused, never expanded (entity bombs).

/**
 * A tag's attributes, valid only during the `open` call that receives them: the scanner reuses one
 * instance for every tag, so a 100,000-row sheet does not build 1,000,000 attribute objects.
 */
export interface XmlAttrs {
  /** The value (entities decoded) of the attribute with this name as written, prefix included (`r:id`). */
  get(name: string): string | undefined;
  /** Every attribute name, as written. */
  names(): string[];
}

/** Receives a part's elements by local name: `<x:c>` arrives as "c". */
export interface XmlHandler {
  /** Text is decoded and handed over only while this is true (most text in a sheet is not wanted). */
  readonly wantText: boolean;
  open(name: string, attrs: XmlAttrs, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
  /**
   * Optional: a `<c …><v>text</v></c>` written in one piece (nearly every cell of a sheet), handed
   * over at once, text decoded. Returns whether it took it; if not, the scanner goes on as usual
   * (open, open, text, close, close) from the `<c>`. Must do exactly what those five calls would.
   */
  valueCell?(attrs: XmlAttrs, text: string): boolean;
}

/** Why a part was refused; the reader turns it into a UserError naming the file and the entry. */
export class XmlRefusal extends Error {
  constructor(
    readonly kind: 'doctype' | 'malformed',
    message: string,
  ) {
    super(message);
    this.name = 'XmlRefusal';
  }
}

/** Longest unfinished token kept between chunks (a tag, or a text run of a ≤ 32,767-character cell). */
export const MAX_PENDING_CHARS = 4 * 1024 * 1024;

const ENTITY_RE = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY_RE, (m, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = e.charCodeAt(1) === 120 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Text content: line ends normalised as XML requires (CRLF, CR → LF; a &#13; stays), then entities. */
function decodeText(raw: string): string {
  return decodeEntities(raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n'));
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * The same text as V8's one copy of it (the one a property key uses): the handlers compare names
 * with literals (`name === 'c'`, `a.get('r')`), which for two such strings is a pointer comparison
 * instead of a character one.
 */
function internalized(s: string): string {
  return Object.keys({ [s]: 0 })[0]!;
}

/**
 * The names a part repeats (row, c, v, r, s, t …), kept so that each tag does not slice a new
 * string for them: `s.slice(from, to)` when that text is one of them, else a new slice, remembered
 * in its slot if the slot is free. Slots are chosen by length and end characters: a sheet's dozen
 * names each find theirs at once, where a list was searched name by name for every tag and
 * attribute. A slot once taken is kept (like the list's first 16 names), so no name keeps
 * replacing another.
 */
class Names {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(64).fill(undefined);

  get(s: string, from: number, to: number): string {
    const len = to - from;
    if (len > 0) {
      const slot = (len * 31 + s.charCodeAt(from) * 7 + s.charCodeAt(to - 1)) & 63;
      const name = this.slots[slot];
      if (name === undefined) return (this.slots[slot] = internalized(s.slice(from, to)));
      // Compared code unit by code unit (what startsWith does): a loop of charCodeAt is compiled
      // inline where a startsWith call is not.
      if (name.length === len) {
        let j = 0;
        while (j < len && name.charCodeAt(j) === s.charCodeAt(from + j)) j++;
        if (j === len) return name;
      }
    }
    return s.slice(from, to);
  }
}

/** The attributes of one tag, parsed into arrays the scanner reuses from tag to tag. */
class TagAttrs implements XmlAttrs {
  private readonly names_ = new Names();
  private keys: string[] = [];
  private values: string[] = [];
  private n = 0;

  /** `a="1" b='2'` between `from` and `to`: values decoded; names keep their prefix (`r:id`). */
  parse(s: string, from: number, to: number): this {
    this.n = 0;
    let i = from;
    while (i < to) {
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      if (i >= to) break;
      const eq = s.indexOf('=', i);
      if (eq < 0 || eq >= to) break;
      // `r="A1"`: no space before '=' and the quote right after it, the way every writer puts it.
      const name = isSpace(s.charCodeAt(eq - 1)) ? s.slice(i, eq).trim() : s.slice(i, eq);
      let q = eq + 1;
      while (q < to && isSpace(s.charCodeAt(q))) q++;
      const quote = s.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new XmlRefusal('malformed', `attribute ${name} without quotes`);
      const end = s.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (end < 0 || end >= to) throw new XmlRefusal('malformed', `attribute ${name} not closed`);
      const value = s.slice(q + 1, end);
      this.keys[this.n] = name;
      this.values[this.n] = value.indexOf('&') < 0 ? value : decodeEntities(value);
      this.n++;
      i = end + 1;
    }
    return this;
  }

  /**
   * The usual tag (`name="value"` pairs, then `>` or `/>`), parsed in one pass that jumps to each
   * closing quote with indexOf: returns the index of the tag's `>`. -1 for anything else (a tag
   * not complete in `s`, a space around `=`, no quotes …): the careful path decides those.
   */
  fast(s: string, from: number): number {
    this.n = 0;
    const n = s.length;
    let i = from;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const ch = s.charCodeAt(i);
      if (ch === 62) return i;
      if (ch === 47) return i + 1 < n && s.charCodeAt(i + 1) === 62 ? i + 1 : -1;
      // The name up to '=', and the value up to its closing quote, each in one loop of charCodeAt
      // (both are a few characters: cheaper than an indexOf call, and the name is checked and the
      // value searched for '&' on the way).
      let eq = i;
      for (;;) {
        if (eq >= n) return -1;
        const c = s.charCodeAt(eq);
        if (c === 61) break;
        if (isSpace(c) || c === 62 || c === 60 || c === 47 || c === 34 || c === 39) return -1;
        eq++;
      }
      const quote = s.charCodeAt(eq + 1);
      if (quote !== 34 && quote !== 39) return -1;
      let end = eq + 2;
      let amp = false;
      for (;;) {
        if (end >= n) return -1;
        const c = s.charCodeAt(end);
        if (c === quote) break;
        if (c === 38) amp = true;
        end++;
      }
      const value = s.slice(eq + 2, end);
      this.keys[this.n] = this.names_.get(s, i, eq);
      this.values[this.n] = amp ? decodeEntities(value) : value;
      this.n++;
      i = end + 1;
    }
  }

  clear(): this {
    this.n = 0;
    return this;
  }

  get(name: string): string | undefined {
    // From the end: a repeated attribute keeps its last value, as an object built in order would.
    for (let k = this.n - 1; k >= 0; k--) if (this.keys[k] === name) return this.values[k];
    return undefined;
  }

  names(): string[] {
    return this.keys.slice(0, this.n);
  }
}

/** Attributes another parser handed over as an object (the differential test drives saxes). */
export function attrsOf(record: Record<string, string>): XmlAttrs {
  return { get: (name) => (Object.hasOwn(record, name) ? record[name] : undefined), names: () => Object.keys(record) };
}

/** `a="1" b='2'` → {a: '1', b: '2'}, values decoded; names keep their prefix (`r:id`). */
export function parseAttrs(s: string, from: number, to: number): Record<string, string> {
  const a = new TagAttrs().parse(s, from, to);
  const out: Record<string, string> = {};
  for (const name of a.names()) out[name] = a.get(name)!;
  return out;
}

/** Characters `String.prototype.trim` would take off the ends, in their ASCII part. */
function isTrimmed(ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13);
}

/** ASCII only: then trimming is exactly `isTrimmed` at both ends (no Unicode blanks to consider). */
function isPlainName(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.charCodeAt(k) > 0x7f) return false;
  return true;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Index of the `>` closing the tag that starts at `from`, skipping quoted attribute values; -1 if not in `s` yet. */
function tagEnd(s: string, from: number): number {
  const gt = s.indexOf('>', from);
  if (gt < 0) return -1;
  // Most tags have no '>' inside a value: check the quotes are balanced before the first '>'.
  let quote = 0;
  for (let k = from; k < s.length; k++) {
    const ch = s.charCodeAt(k);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 34 || ch === 39) quote = ch;
    else if (ch === 62) return k;
  }
  return -1;
}

export class XmlScanner {
  private pending = '';
  private readonly attrs = new TagAttrs();
  private readonly names = new Names();
  constructor(private readonly h: XmlHandler) {}

  /** Feeds the next piece of the document (already decoded to a string). */
  write(chunk: string): void {
    if (this.pending !== '') {
      // The unfinished token is completed with the piece up to the chunk's first '>', and the rest
      // of the chunk is scanned in place: `pending + chunk` would be a cons string, whose every
      // charCodeAt and indexOf goes through one more indirection (≈ 1.8× the cost of a flat one).
      // The handlers see the same calls: a write is already cut anywhere between two chunks.
      const gt = chunk.indexOf('>');
      if (gt >= 0 && gt + 1 < chunk.length) {
        this.scan(this.pending + chunk.slice(0, gt + 1), 0);
        if (this.pending === '') this.scan(chunk, gt + 1);
        else this.scan(this.pending + chunk.slice(gt + 1), 0);
      } else this.scan(this.pending + chunk, 0);
    } else this.scan(chunk, 0);
    if (this.pending.length > MAX_PENDING_CHARS) {
      throw new XmlRefusal('malformed', `a token longer than ${MAX_PENDING_CHARS} characters`);
    }
  }

  /** Scans `s` from `from`; what is left unfinished becomes `pending`. */
  private scan(s: string, from: number): void {
    const h = this.h;
    let i = from;
    const n = s.length;
    for (;;) {
      // Most tags follow the one before with no text between (`</v></c><c …>`): no indexOf call then.
      const lt = i < n && s.charCodeAt(i) === 60 ? i : s.indexOf('<', i);
      if (lt < 0) break;
      if (lt > i && h.wantText) h.text(decodeText(s.slice(i, lt)));
      i = lt;
      if (lt + 1 >= n) break;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 47) {
        // </name>: the usual one (ASCII, no space) read in one loop that finds its '>' and the
        // prefix's colon; anything else goes the careful way.
        let gt = lt + 2;
        let start = gt;
        let plain = true;
        for (;;) {
          if (gt >= n) break;
          const ch = s.charCodeAt(gt);
          if (ch === 62) break;
          if (ch <= 32 || ch > 0x7e) plain = false;
          else if (ch === 58 && start === lt + 2) start = gt + 1;
          gt++;
        }
        if (gt >= n) break;
        h.close(plain && gt > lt + 2 ? this.names.get(s, start, gt) : this.localName(s, lt + 2, gt, true));
        i = gt + 1;
      } else if (c1 === 33) {
        // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE …>
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4);
          if (end < 0) break;
          i = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9);
          if (end < 0) break;
          if (h.wantText) h.text(s.slice(lt + 9, end).replace(/\r\n?/g, '\n'));
          i = end + 3;
        } else {
          // Too little to tell a comment or CDATA from a declaration yet.
          if (n - lt < 9) break;
          throw new XmlRefusal('doctype', s.slice(lt, lt + 9));
        }
      } else if (c1 === 63) {
        // <?xml …?>
        const end = s.indexOf('?>', lt + 2);
        if (end < 0) break;
        i = end + 2;
      } else {
        let nameEnd = lt + 1;
        // The prefix's colon is noted on the way (the first one: what localName would find).
        let colon = -1;
        while (nameEnd < n) {
          const ch = s.charCodeAt(nameEnd);
          if (isSpace(ch) || ch === 47 || ch === 62) break;
          if (ch === 58 && colon < 0) colon = nameEnd;
          nameEnd++;
        }
        let gt = nameEnd < n ? this.attrs.fast(s, nameEnd) : -1;
        let attrs: XmlAttrs = this.attrs;
        if (gt < 0) {
          gt = tagEnd(s, lt + 1);
          if (gt < 0) break;
          if (nameEnd > gt) nameEnd = gt;
          const attrsEnd = s.charCodeAt(gt - 1) === 47 ? gt - 1 : gt;
          attrs = nameEnd < attrsEnd ? this.attrs.parse(s, nameEnd, attrsEnd) : this.attrs.clear();
        }
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const name = this.names.get(s, colon >= 0 && colon < nameEnd ? colon + 1 : lt + 1, nameEnd);
        // `<c …><v>text</v></c>` in one piece: one handler call instead of five and three tags parsed.
        if (!selfClosing && name === 'c' && h.valueCell !== undefined && s.startsWith('<v>', gt + 1)) {
          const end = s.indexOf('<', gt + 4);
          if (end >= 0 && s.startsWith('</v></c>', end) && h.valueCell(attrs, decodeText(s.slice(gt + 4, end)))) {
            i = end + 8;
            continue;
          }
        }
        h.open(name, attrs, selfClosing);
        if (selfClosing) h.close(name);
        i = gt + 1;
      }
    }
    this.pending = i === 0 ? s : s.slice(i);
  }

  /** The local name of the qualified name between `from` and `to` (with `trim`, as String#trim would). */
  private localName(s: string, from: number, to: number, trim: boolean): string {
    let a = from;
    let b = to;
    if (trim) {
      while (a < b && isTrimmed(s.charCodeAt(a))) a++;
      while (b > a && isTrimmed(s.charCodeAt(b - 1))) b--;
      if (a < b && !isPlainName(s, a, b)) return localName(s.slice(from, to).trim());
    }
    // The prefix's colon, searched within the name only (an indexOf would run on through the whole
    // rest of the piece for every unprefixed tag).
    let start = a;
    for (let k = a; k < b; k++)
      if (s.charCodeAt(k) === 58) {
        start = k + 1;
        break;
      }
    return this.names.get(s, start, b);
  }

  /** The document is complete: what is left must be text (after the root element) or nothing. */
  end(): void {
    const rest = this.pending;
    this.pending = '';
    if (rest.indexOf('<') >= 0) throw new XmlRefusal('malformed', 'the part ends inside a tag');
    if (rest !== '' && this.h.wantText) this.h.text(decodeText(rest));
  }
}
