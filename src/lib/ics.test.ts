import { describe, expect, test } from 'vitest';
import { calendar, escapeText, foldLine, type CalendarEvent } from './ics.ts';

const event: CalendarEvent = {
  uid: 'arrangementer-seminar@kunnskapsbanken',
  revised: '2017-03-01',
  sequence: 0,
  lang: 'nb',
  summary: 'Samordning; en utfordring, med mange muligheter!',
  description: 'Ingress',
  location: 'Regjeringskvartalet, Plenumssalen i R4',
  url: 'https://example.no/arrangementer/seminar/',
  start: '2017-03-17T08:30:00+01:00',
  end: '2017-03-17T10:00:00+01:00',
};

describe('escapeText', () => {
  test('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});

describe('foldLine', () => {
  test('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'ø'.repeat(60)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
  test('counts octets right for characters of one to four bytes, and fills each line', () => {
    const encoded = (text: string) => new TextEncoder().encode(text).length;
    // a (1 octet), ø (2), – and € (3), 😀 (4), in a line long enough to fold several times.
    const line = `DESCRIPTION:${'aø–€😀'.repeat(30)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(5);
    parts.forEach((part, i) => {
      // 75 octets a line; a continuation's leading space is one of them.
      const limit = 75;
      expect(encoded(part)).toBeLessThanOrEqual(limit);
      // Full: the next character would not have fitted.
      if (i < parts.length - 1) {
        const next = [...parts[i + 1]!.slice(1)][0]!;
        expect(encoded(part) + encoded(next)).toBeGreaterThan(limit);
      }
    });
    expect(foldLine(line).replace(/\r\n /g, '')).toBe(line);
  });
  test('leaves short lines alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('calendar', () => {
  test('stamps an event with its last revision, as DTSTAMP and LAST-MODIFIED, and writes its SEQUENCE', () => {
    const ics = calendar('A', [{ ...event, revised: '2017-03-10', sequence: 9 }]);
    expect(ics).toContain('\r\nDTSTAMP:20170310T000000Z\r\nLAST-MODIFIED:20170310T000000Z\r\nSEQUENCE:9\r\n');
  });
  test('writes no METHOD: a calendar to subscribe to, whose DTSTAMP is the last revision (RFC 5545 §3.8.7.2)', () => {
    expect(calendar('A', [event])).not.toMatch(/^METHOD/m);
  });
  test('refuses a SEQUENCE that is no integer ≥ 0', () => {
    for (const sequence of [-1, 1.5, Number.NaN])
      expect(() => calendar('A', [{ ...event, sequence }])).toThrow(/SEQUENCE/);
  });
  test('writes timed events in UTC, with a stable UID and a DTSTAMP from the publication date', () => {
    const ics = calendar('Arrangementer', [event]);
    expect(ics).toContain('DTSTART:20170317T073000Z\r\n');
    expect(ics).toContain('DTEND:20170317T090000Z\r\n');
    expect(ics).toContain('UID:arrangementer-seminar@kunnskapsbanken\r\n');
    expect(ics).toContain('DTSTAMP:20170301T000000Z\r\n');
    expect(ics).toContain('SUMMARY;LANGUAGE=nb:Samordning\\; en utfordring\\, med mange muligheter!');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
  test('writes an event with no clock time as an all-day event ending the next day', () => {
    const ics = calendar('A', [{ ...event, start: '2017-01-25', end: undefined }]);
    expect(ics).toContain('DTSTART;VALUE=DATE:20170125\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20170126\r\n');
  });
  test('tells subscribing apps how often to refresh, only when asked', () => {
    const ics = calendar('A', [event], { refreshInterval: 'PT12H' });
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    expect(ics).toContain('X-PUBLISHED-TTL:PT12H\r\n');
    expect(calendar('A', [event])).not.toContain('REFRESH-INTERVAL');
  });
  test("marks every text with its written form (RFC 5545 §3.2.10): the event's, and the name's", () => {
    const ics = calendar('Kunnskapsbanken – arrangementer', [
      event,
      { ...event, lang: 'nn', summary: 'Styring på nynorsk' },
    ]);
    expect(ics).toContain('X-WR-CALNAME;LANGUAGE=nb:Kunnskapsbanken – arrangementer\r\n');
    const [first, second] = ics.split('BEGIN:VEVENT').slice(1) as [string, string];
    for (const name of ['SUMMARY', 'DESCRIPTION', 'LOCATION']) {
      expect(first).toContain(`\r\n${name};LANGUAGE=nb:`);
      expect(second).toContain(`\r\n${name};LANGUAGE=nn:`);
    }
    expect(calendar('Styring på nynorsk', [], { lang: 'nn' })).toContain(
      'X-WR-CALNAME;LANGUAGE=nn:Styring på nynorsk\r\n',
    );
  });
  test('uses CRLF everywhere and folds every long line to at most 75 octets', () => {
    const ics = calendar('A', [{ ...event, description: 'Ærlig talt, dette er en lang ingress; '.repeat(8) }]);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
