/**
 * A fast walk over the XML that returns are: elements, text, the five predefined entities and
 * character references, comments, CDATA, processing instructions, attributes (skipped). It walks a
 * 50 MB census in about half the time saxes takes. Anything outside that subset or not
 * well-formed (a DOCTYPE, another entity, a control character, a mismatched or missing end tag, text
 * outside the root) makes it give up, and the caller walks the file again with the general parser
 * (xml-stream.ts), which reads what it can and words the error. It calls the visitor as that parser
 * does: the same names, trimmed text and line numbers.
 */
import type { XmlVisitor } from './xml-visitor.ts';

/** The characters XML 1.0 does not allow in a document (C0 controls other than tab, LF and CR). */
const DISALLOWED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const SLASH = 47;
const GT = 62;
const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const QUESTION = 63;
const BANG = 33;

/** Thrown inside the scan when the text needs the general parser. */
class NeedsFullParser extends Error {}

/**
 * Walks `source` (the whole file) whose root element must be `root`. Returns false, having perhaps
 * called the visitor for part of the file, when the general parser must read it instead.
 */
export function scanXml(source: string, root: string, visitor: XmlVisitor): boolean {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (DISALLOWED.test(text)) return false;
  try {
    new Scan(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, root, visitor).run();
    return true;
  } catch (error) {
    if (error instanceof NeedsFullParser) return false;
    throw error;
  }
}

class Scan {
  private at = 0;
  private line = 1;
  private readonly names: string[] = [];
  private readonly texts: string[] = [];
  private readonly lines: number[] = [];
  private sawRoot = false;

  constructor(
    private readonly s: string,
    private readonly root: string,
    private readonly visitor: XmlVisitor,
  ) {}

  run(): void {
    const { s } = this;
    while (this.at < s.length) {
      const lt = s.indexOf('<', this.at);
      this.text(lt === -1 ? s.length : lt);
      if (lt === -1) break;
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) this.endTag(lt);
      else if (next === QUESTION) this.instruction(lt);
      else if (next === BANG) this.markup(lt);
      else this.startTag(lt);
    }
    if (!this.sawRoot || this.names.length > 0) throw new NeedsFullParser();
  }

  /** Text up to `end`: kept for the open element; outside the root only white space may stand. */
  private text(end: number): void {
    const { s } = this;
    const from = this.at;
    this.at = end;
    // Most text between tags is a line break and indentation: counted without being copied.
    let i = from;
    for (; i < end; i += 1) {
      const c = s.charCodeAt(i);
      if (c === NEWLINE) this.line += 1;
      else if (c !== SPACE && c !== TAB) break;
    }
    if (i === end) {
      if (this.names.length > 0 && end > from) this.texts[this.texts.length - 1] += s.slice(from, end);
      return;
    }
    const raw = s.slice(from, end);
    this.count(s.slice(i, end));
    if (this.names.length === 0 || raw.includes(']]>')) throw new NeedsFullParser();
    this.texts[this.texts.length - 1] += raw.includes('&') ? decode(raw) : raw;
  }

  private startTag(lt: number): void {
    const { s } = this;
    if (this.sawRoot && this.names.length === 0) throw new NeedsFullParser();
    // The usual tag is a plain name and `>`; anything else (attributes, white space, `/>`) takes the long way.
    let end = lt + 1;
    while (end < s.length && isNameChar(s.charCodeAt(end))) end += 1;
    let name = s.slice(lt + 1, end);
    let gt = end;
    let selfClosing = false;
    if (s.charCodeAt(end) !== GT || !isNameStart(s.charCodeAt(lt + 1))) {
      gt = this.tagEnd(lt + 1);
      selfClosing = s.charCodeAt(gt - 1) === SLASH;
      const inner = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = inner.search(/\s/);
      name = space === -1 ? inner : inner.slice(0, space);
      if (!NAME.test(name) || (space !== -1 && !attributesWellFormed(inner.slice(space)))) throw new NeedsFullParser();
      this.count(s.slice(lt, gt));
    }
    this.at = gt + 1;
    if (this.names.length === 0) {
      // The general parser words this error; the scan only declines.
      if (name !== this.root) throw new NeedsFullParser();
      this.sawRoot = true;
    }
    this.names.push(name);
    this.texts.push('');
    this.lines.push(this.line);
    this.visitor.open(name, this.line, this.names);
    if (selfClosing) this.close(name);
  }

  private endTag(lt: number): void {
    const { s } = this;
    const name = this.names[this.names.length - 1];
    if (name === undefined || !s.startsWith(name, lt + 2)) throw new NeedsFullParser();
    let gt = lt + 2 + name.length;
    for (let c = s.charCodeAt(gt); c !== GT; c = s.charCodeAt(gt)) {
      if (c === NEWLINE) this.line += 1;
      else if (c !== SPACE && c !== TAB) throw new NeedsFullParser();
      gt += 1;
    }
    this.at = gt + 1;
    this.close(name);
  }

  private close(name: string): void {
    const text = (this.texts.pop() ?? '').trim();
    const line = this.lines.pop() ?? this.line;
    this.visitor.close(name, text, line, this.names);
    this.names.pop();
  }

  /** `<?...?>`: skipped, except an XML declaration anywhere but at the start, which is an error. */
  private instruction(lt: number): void {
    const end = this.s.indexOf('?>', lt + 2);
    if (end === -1 || (lt > 0 && /^<\?xml[\s?]/i.test(this.s.slice(lt, lt + 6)))) throw new NeedsFullParser();
    this.count(this.s.slice(lt, end));
    this.at = end + 2;
  }

  /** A comment (skipped) or CDATA (text as it stands); a DOCTYPE or anything else needs the parser. */
  private markup(lt: number): void {
    const { s } = this;
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      if (end === -1 || s.slice(lt + 4, end).includes('--') || s.charCodeAt(end - 1) === 45)
        throw new NeedsFullParser();
      this.count(s.slice(lt, end));
      this.at = end + 3;
    } else if (s.startsWith('<![CDATA[', lt) && this.names.length > 0) {
      const end = s.indexOf(']]>', lt + 9);
      if (end === -1) throw new NeedsFullParser();
      const data = s.slice(lt + 9, end);
      this.count(data);
      this.texts[this.texts.length - 1] += data;
      this.at = end + 3;
    } else {
      throw new NeedsFullParser();
    }
  }

  /** The `>` closing a start tag, past any quoted attribute values (which may hold `>`). */
  private tagEnd(from: number): number {
    const { s } = this;
    let at = from;
    for (;;) {
      const gt = s.indexOf('>', at);
      if (gt === -1) throw new NeedsFullParser();
      const quote = s.slice(at, gt).search(/["']/);
      if (quote === -1) return gt;
      const close = s.indexOf(s[at + quote]!, at + quote + 1);
      if (close === -1) throw new NeedsFullParser();
      at = close + 1;
    }
  }

  private count(part: string): void {
    if (part.length < 2) return;
    for (let i = part.indexOf('\n'); i !== -1; i = part.indexOf('\n', i + 1)) this.line += 1;
  }
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** ASCII name characters (a name with others takes the long way and may need the general parser). */
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 58;
}

/** Attributes after the name: `name="value"` pairs, values without `<`, references well formed. */
function attributesWellFormed(rest: string): boolean {
  const pattern = /\s+([A-Za-z_][A-Za-z0-9_.:-]*)\s*=\s*("[^"<]*"|'[^'<]*')/gy;
  let at = 0;
  const seen = new Set<string>();
  for (let match = pattern.exec(rest); match !== null; match = pattern.exec(rest)) {
    if (seen.has(match[1]!) || (match[2]!.includes('&') && decodeOrNull(match[2]!) === null)) return false;
    seen.add(match[1]!);
    at = pattern.lastIndex;
  }
  return rest.slice(at).trim() === '';
}

function decode(raw: string): string {
  const decoded = decodeOrNull(raw);
  if (decoded === null) throw new NeedsFullParser();
  return decoded;
}

/** Text with its references replaced, or null when one is not a predefined entity or a valid character. */
function decodeOrNull(raw: string): string | null {
  let failed = false;
  const decoded = raw.replace(/&([^;&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) failed = true;
    const named = ENTITIES[ref];
    if (named !== undefined) return named;
    const code = /^#x[0-9A-Fa-f]+$/.test(ref)
      ? parseInt(ref.slice(2), 16)
      : /^#[0-9]+$/.test(ref)
        ? parseInt(ref.slice(1), 10)
        : NaN;
    if (
      !(
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff)
      )
    ) {
      failed = true;
      return '';
    }
    return String.fromCodePoint(code);
  });
  return failed ? null : decoded;
}
