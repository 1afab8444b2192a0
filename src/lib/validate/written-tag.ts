/**
 * A component or HTML tag as the editor wrote it, read from its `<`. The MDX parser stops at the
 * first mistake and says neither where the tag began nor where a quote was opened, and the fix is
 * told in those terms («the quote after tittel= on line 9»). This reads a tag the way MDX does
 * (quotes and braces hold a `>`) but forgives what MDX refuses, so that a broken tag can be told.
 */

// Word processors' quote marks, which MDX does not read as quotes.
import { TYPOGRAPHIC_QUOTES } from '../text/characters.ts';

export interface WrittenValue {
  /** `"`, `'`, `{`, a typographic quote, or '' for a value written without quotes. */
  quote: string;
  /** Offsets of the text inside the quotes. */
  start: number;
  end: number;
  /** Whether the quote or brace is closed (a value without quotes always is). */
  closed: boolean;
  text: string;
}

export interface WrittenAttribute {
  /** As written (`tittel`, `tittel:`); '' for `{…}` among the attributes. */
  name: string;
  start: number;
  /** Whether an `=` stands between the name and the value. */
  equals: boolean;
  value?: WrittenValue;
}

export interface WrittenTag {
  start: number;
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** The offset after its `>`; undefined when nothing ends it. */
  end?: number;
  attributes: WrittenAttribute[];
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isQuote = (c: string | undefined) =>
  c !== undefined && (c === '"' || c === "'" || TYPOGRAPHIC_QUOTES.includes(c));
const endsName = (c: string) => isSpace(c) || isQuote(c) || '=>/{}'.includes(c);

function readValue(source: string, at: number): WrittenValue {
  const quote = source[at]!;
  let i = at + 1;
  if (quote === '{') {
    for (let depth = 1; i < source.length; i++) {
      if (source[i] === '{') depth++;
      else if (source[i] === '}' && --depth === 0) break;
    }
  } else if (quote === '"' || quote === "'") {
    while (i < source.length && source[i] !== quote) i++;
  } else {
    // A typographic quote is closed by any quote mark, straight or not; left open, by the line's end.
    while (i < source.length && source[i] !== '\n' && !isQuote(source[i])) i++;
  }
  const closed = i < source.length && source[i] !== '\n';
  return { quote, start: at + 1, end: i, closed, text: source.slice(at + 1, i) };
}

export function readTag(source: string, start: number): WrittenTag {
  let i = start + 1;
  const closing = source[i] === '/';
  if (closing) i++;
  const nameStart = i;
  while (i < source.length && !endsName(source[i]!)) i++;
  const tag: WrittenTag = { start, name: source.slice(nameStart, i), closing, selfClosing: false, attributes: [] };
  while (i < source.length) {
    const c = source[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === '>') {
      tag.end = i + 1;
      return tag;
    } else if (c === '/') {
      let j = i + 1;
      while (isSpace(source[j])) j++;
      if (source[j] === '>') {
        tag.selfClosing = true;
        tag.end = j + 1;
        return tag;
      }
      i++;
    } else {
      const attribute: WrittenAttribute = { name: '', start: i, equals: false };
      tag.attributes.push(attribute);
      if (c !== '{' && !isQuote(c)) {
        while (i < source.length && !endsName(source[i]!)) i++;
        attribute.name = source.slice(attribute.start, i);
        let j = i;
        while (isSpace(source[j])) j++;
        if (source[j] === '=') {
          attribute.equals = true;
          i = j + 1;
          while (isSpace(source[i])) i++;
        } else if (isQuote(source[j]) || source[j] === '{') i = j;
        else if (i === attribute.start) i++;
        else continue;
      }
      if (i >= source.length || '>/'.includes(source[i]!)) continue;
      if (isQuote(source[i]) || source[i] === '{') {
        attribute.value = readValue(source, i);
        i = attribute.value.end + 1;
      } else {
        const from = i;
        while (i < source.length && !isSpace(source[i]) && source[i] !== '>' && !source.startsWith('/>', i)) i++;
        attribute.value = { quote: '', start: from, end: i, closed: true, text: source.slice(from, i) };
      }
    }
  }
  return tag;
}

/**
 * The tag whose source holds `offset`: the nearest `<` before it whose tag has not ended there
 * (a `<` at the offset itself is what the parser stumbled on, not the tag it was reading).
 */
export function tagAround(source: string, offset: number): WrittenTag | undefined {
  for (let i = Math.min(offset, source.length) - 1; i >= 0; i--) {
    if (source[i] !== '<') continue;
    const tag = readTag(source, i);
    if (tag.end === undefined || tag.end > offset) return tag;
  }
  return undefined;
}

/** The tag that starts a line (1-based), if one does. */
export function tagOnLine(source: string, line: number): WrittenTag | undefined {
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = source.indexOf('\n', offset) + 1;
  const start = source.indexOf('<', offset);
  const lineEnd = source.indexOf('\n', offset);
  return start >= 0 && (lineEnd < 0 || start < lineEnd) ? readTag(source, start) : undefined;
}

/** The 1-based line of an offset. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source[i] === '\n') line++;
  return line;
}

/**
 * The tag written again with another name (`<figur bilde="…" />` → `<Figur bilde="…" />`), up to
 * `until` (default: its end), on one line, and closed as asked.
 */
export function rewriteTag(
  source: string,
  tag: WrittenTag,
  options: { name?: string; until?: number; close: '>' | '/>' },
): string {
  const afterName = tag.start + 1 + (tag.closing ? 1 : 0) + tag.name.length;
  let end = options.until ?? tag.end ?? source.length;
  if (options.until === undefined && tag.end !== undefined) end -= tag.selfClosing ? 2 : 1;
  const rest = source
    .slice(afterName, end)
    .replace(/\s+/g, ' ')
    .replace(/\s*\/?\s*$/, '');
  return `<${tag.closing ? '/' : ''}${options.name ?? tag.name}${rest}${options.close === '/>' ? ' />' : '>'}`;
}
