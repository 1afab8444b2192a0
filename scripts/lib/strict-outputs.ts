/**
 * Strict readers for what the build writes, for tests: each returns the faults it finds (empty
 * when the text is valid), never repairs. Written from the specifications, not from the site's own
 * rules (src/lib/text/characters.ts), so that a rule missed there is caught here.
 */
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import ICAL from 'ical.js';

/** XML 1.0 well-formedness, characters included (§2.2), as saxes reads it; the first fault. */
export function xmlFaults(text: string): string[] {
  const faults: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (e) => faults.push(e.message));
  try {
    parser.write(text).close();
  } catch (e) {
    faults.push(String(e));
  }
  if (!text.isWellFormed()) faults.push('lone surrogate in the text');
  return faults.slice(0, 5);
}

/**
 * The elements directly inside an RSS feed's `<channel>`, with their namespaces, as saxes reads
 * them (namespace-aware, strict); throws on the first well-formedness or namespace fault.
 */
export function rssChannelTags(text: string): SaxesTagNS[] {
  const found: SaxesTagNS[] = [];
  const open: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    if (open.join('/') === 'rss/channel') found.push(tag);
    open.push(tag.name);
  });
  parser.on('closetag', () => open.pop());
  parser.write(text).close();
  return found;
}

/** Every parse error the WHATWG HTML parser (parse5) reports: control characters, noncharacters, bad markup. */
export function htmlFaults(text: string): string[] {
  const faults: string[] = [];
  parseHtml(text, { onParseError: (e) => faults.push(`${e.code} at line ${e.startLine}`) });
  if (!text.isWellFormed()) faults.push('lone surrogate in the text');
  return faults;
}

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

function elements(node: ParentNode, out: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if ('tagName' in child) {
      out.push(child);
      elements(child, out);
      if (child.tagName === 'template') elements((child as DefaultTreeAdapterMap['template']).content, out);
    }
  }
  return out;
}

/** The text of every `<script type="application/ld+json">` in a page. */
export function jsonLdBlocks(html: string): string[] {
  return elements(parseHtml(html))
    .filter(
      (e) => e.tagName === 'script' && e.attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json'),
    )
    .map((e) => e.childNodes.map((c) => ('value' in c ? c.value : '')).join(''));
}

/** A JSON-LD block: JSON.parse must read it, and no string in it may hold a control character or lone surrogate. */
export function jsonLdFaults(json: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return [`not JSON: ${String(e)}`];
  }
  const faults: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!v.isWellFormed()) faults.push(`lone surrogate in ${JSON.stringify(v)}`);
      // C0 other than TAB/LF/CR, DEL, C1, and the noncharacters U+FFFE/U+FFFF (XML 1.0 §2.2, HTML §13.2.3.5).
      if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/.test(v))
        faults.push(`control character in ${JSON.stringify(v)}`);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return faults;
}

/** RFC 5545 §3.1: name, parameters, value. VALUE-CHAR is WSP, %x21-7E or non-ASCII: no CONTROL but HTAB. */
const CONTENT_LINE =
  /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"\u0000-\u0008\u000A-\u001F\u007F]*"|[^";:,\u0000-\u0008\u000A-\u001F\u007F]*)(?:,(?:"[^"\u0000-\u0008\u000A-\u001F\u007F]*"|[^";:,\u0000-\u0008\u000A-\u001F\u007F]*))*)*):([^\u0000-\u0008\u000A-\u001F\u007F]*)$/;
/** RFC 5545 §3.3.11 TEXT: `;`, `,` and `\` only escaped; `\n` for a line break. */
const TEXT_VALUE = /^(?:[^\\;,]|\\[\\;,nN])*$/;
const TEXT_PROPERTIES = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME', 'COMMENT']);

/**
 * An iCalendar object read strictly: CRLF line ends, lines of at most 75 octets (§3.1), content lines
 * by the grammar, TEXT escaping (§3.3.11), balanced BEGIN/END, VERSION and PRODID (§3.7), UID, DTSTAMP
 * and DTSTART in each VEVENT (§3.6.1), DTEND of DTSTART's value type and later (§3.8.2.2); then ical.js.
 */
export function icsFaults(text: string): string[] {
  const faults: string[] = [];
  if (!text.isWellFormed()) faults.push('lone surrogate in the text');
  if (!text.endsWith('\r\n')) faults.push('does not end with CRLF');
  const physical = text.replace(/\r\n$/, '').split('\r\n');
  const encoder = new TextEncoder();
  physical.forEach((l, i) => {
    if (/[\r\n]/.test(l)) faults.push(`line ${i + 1}: bare CR or LF`);
    if (encoder.encode(l).length > 75) faults.push(`line ${i + 1}: longer than 75 octets`);
  });
  const lines: string[] = [];
  for (const l of physical) {
    if ((l.startsWith(' ') || l.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += l.slice(1);
    else lines.push(l);
  }
  const stack: string[] = [];
  let event: Map<string, string> | undefined;
  let calendarProps = new Set<string>();
  for (const line of lines) {
    const m = CONTENT_LINE.exec(line);
    if (!m) {
      faults.push(`not a content line: ${JSON.stringify(line)}`);
      continue;
    }
    const [, rawName, params, value] = m as unknown as [string, string, string, string];
    const name = rawName.toUpperCase();
    if (TEXT_PROPERTIES.has(name) && !TEXT_VALUE.test(value)) faults.push(`${name}: unescaped ; , or \\ in TEXT`);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = new Map();
      continue;
    }
    if (name === 'END') {
      if (stack.pop() !== value) faults.push(`END:${value} does not close what is open`);
      if (value === 'VEVENT' && event) {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART'])
          if (!event.has(required)) faults.push(`VEVENT without ${required}`);
        const start = event.get('DTSTART');
        const end = event.get('DTEND');
        if (start && end) {
          const [sp, sv] = start.split('\u0000') as [string, string];
          const [ep, ev] = end.split('\u0000') as [string, string];
          const isDate = (p: string) => /;VALUE=DATE(?:;|$)/i.test(p);
          if (isDate(sp) !== isDate(ep)) faults.push(`DTSTART ${sv} and DTEND ${ev} of different value types`);
          else if (!isDate(sp) && sv.endsWith('Z') !== ev.endsWith('Z'))
            faults.push('DTSTART and DTEND of different forms');
          else if (!(ev > sv)) faults.push(`DTEND ${ev} not later than DTSTART ${sv}`);
        }
        event = undefined;
      }
      continue;
    }
    if (stack.length === 1) calendarProps.add(name);
    if (event) event.set(name, `${params}\u0000${value}`);
  }
  if (stack.length > 0) faults.push(`unclosed ${stack.join(', ')}`);
  for (const required of ['VERSION', 'PRODID'])
    if (!calendarProps.has(required)) faults.push(`VCALENDAR without ${required}`);
  calendarProps = new Set();
  try {
    ICAL.parse(text);
  } catch (e) {
    faults.push(`ical.js: ${String(e)}`);
  }
  return faults;
}
