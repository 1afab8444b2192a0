import { isAllDay } from './dates.ts';
import { sameForm } from './event-time.ts';
import { cleanText } from './text/characters.ts';
import { SITE_LANG, type WrittenForm } from './written-form.ts';

/** One event as a calendar sees it. */
export interface CalendarEvent {
  /** Stable across builds: the same event keeps the same UID. */
  uid: string;
  /**
   * The entry's last revision, `YYYY-MM-DD`: LAST-MODIFIED and DTSTAMP (RFC 5545 §3.8.7.2, a
   * calendar without METHOD). From the content, never the clock, so two builds give the same file.
   */
  revised: string;
  /** The revision sequence (§3.8.7.4), an integer ≥ 0 that grows when the event is revised. */
  sequence: number;
  /** The written form of the entry's text: SUMMARY, DESCRIPTION and LOCATION carry it as LANGUAGE. */
  lang: WrittenForm;
  summary: string;
  description: string;
  location: string;
  url: string;
  start: string;
  end?: string | undefined;
}

/**
 * RFC 5545 TEXT (§3.3.11): characters no output may carry removed (`cleanText`; CONTROL is not
 * allowed in TEXT), then backslash, semicolon, comma and line breaks (CRLF, LF or a lone CR) escaped.
 */
export function escapeText(text: string): string {
  return cleanText(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

/** UTF-8 octets of a Unicode code point (RFC 3629 §3). */
function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 §3.1), never splitting a character.
 * Octets are counted from code points, not by encoding each character (that took 1.6 s of a
 * 5,000-entry build, whose calendars fold some 100,000 lines).
 */
export function foldLine(line: string): string {
  if (line.length <= 75 && Buffer.byteLength(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0)!);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utc(value: string): string {
  return new Date(value)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function dateValue(day: string): string {
  return day.replace(/-/g, '');
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A TEXT property (§3.3.11) with its language (§3.2.10). A calendar has no language of its own that
 * its components inherit, as a page's `<html lang>` is inherited, so every text says its own: a
 * nynorsk entry's title is read and spelled as nynorsk, a bokmål one's as bokmål.
 */
function textProperty(name: string, lang: WrittenForm, text: string): string {
  return `${name};LANGUAGE=${lang}:${escapeText(text)}`;
}

function eventLines(event: CalendarEvent): string[] {
  if (!Number.isSafeInteger(event.sequence) || event.sequence < 0)
    throw new Error(`${event.uid}: SEQUENCE ${event.sequence} is not an integer ≥ 0`);
  const revised = `${dateValue(event.revised)}T000000Z`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${cleanText(event.uid)}`,
    // Without METHOD, DTSTAMP is when the event was last revised, the same as LAST-MODIFIED (§3.8.7.2).
    `DTSTAMP:${revised}`,
    `LAST-MODIFIED:${revised}`,
    `SEQUENCE:${event.sequence}`,
  ];
  // RFC 5545 §3.8.2.2: DTEND has the value type of DTSTART. The content check rejects mixed forms;
  // should one slip through, fail the build rather than write a time nobody wrote.
  if (event.end !== undefined && !sameForm(event.start, event.end))
    throw new Error(`${event.uid}: start ${event.start} and end ${event.end} are of different forms`);
  if (isAllDay(event.start)) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.start)}`);
    // DTEND of an all-day event is exclusive: the day after the last day.
    lines.push(`DTEND;VALUE=DATE:${dateValue(nextDay(event.end ?? event.start))}`);
  } else {
    lines.push(`DTSTART:${utc(event.start)}`);
    // DTEND must be later than DTSTART (§3.8.2.2); an end equal to the start is a moment, which a
    // VEVENT without DTEND is (§3.6.1), and the page shows it the same way (formatEventTime).
    if (event.end && utc(event.end) !== utc(event.start)) lines.push(`DTEND:${utc(event.end)}`);
  }
  lines.push(
    textProperty('SUMMARY', event.lang, event.summary),
    textProperty('DESCRIPTION', event.lang, `${event.description}\n\n${event.url}`),
    textProperty('LOCATION', event.lang, event.location),
    `URL:${cleanText(event.url)}`,
    'END:VEVENT',
  );
  return lines;
}

export interface CalendarOptions {
  /**
   * For a calendar apps subscribe to: how often they should fetch it again, as an RFC 5545
   * duration (`PT12H`). Written as REFRESH-INTERVAL (RFC 7986) and X-PUBLISHED-TTL (Outlook, Apple).
   */
  refreshInterval?: string;
  /** The written form of the calendar's name (X-WR-CALNAME): an event's own title, or the site's. */
  lang?: WrittenForm;
}

/**
 * A whole calendar, CRLF line endings, folded lines. No METHOD: it is a calendar to read or
 * subscribe to, not a scheduling message (RFC 5546), and a METHOD would have to be repeated in the
 * Content-Type the static host sends (RFC 5545 §3.7.2); without it DTSTAMP is the last revision.
 */
export function calendar(name: string, events: readonly CalendarEvent[], options: CalendarOptions = {}): string {
  const refresh = options.refreshInterval
    ? [`REFRESH-INTERVAL;VALUE=DURATION:${options.refreshInterval}`, `X-PUBLISHED-TTL:${options.refreshInterval}`]
    : [];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kunnskapsbanken//Arrangementer//NB',
    'CALSCALE:GREGORIAN',
    textProperty('X-WR-CALNAME', options.lang ?? SITE_LANG, name),
    'X-WR-TIMEZONE:Europe/Oslo',
    ...refresh,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
