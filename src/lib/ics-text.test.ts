import { describe, expect, test } from 'vitest';
import { calendar, escapeText, type CalendarEvent } from './ics.ts';
import { icsFaults } from '../../scripts/lib/strict-outputs.ts';

const event: CalendarEvent = {
  uid: 'arrangementer-seminar@kunnskapsbanken',
  revised: '2017-03-01',
  sequence: 0,
  lang: 'nb',
  summary: 'Seminar',
  description: 'Ingress',
  location: 'R4',
  url: 'https://example.no/arrangementer/seminar/',
  start: '2017-03-17T08:30:00+01:00',
};

describe('calendar text whatever an editor pasted', () => {
  test('no control character reaches TEXT; a lone CR is a line break', () => {
    expect(escapeText('a\u000Bb\u0000c\r\nd\re\uD800')).toBe('a bc\\nd\\ne');
    const cal = calendar('Arrangementer', [
      {
        ...event,
        summary: 'Ingress\u000Bmed\u202E; linjeskift, og \uFFFE',
        description: 'a\rb',
        location: 'Sted\u0085',
      },
    ]);
    expect(icsFaults(cal)).toEqual([]);
  });
  test('an end equal to the start is written without DTEND, which must be later (RFC 5545 §3.8.2.2)', () => {
    const cal = calendar('Arrangementer', [{ ...event, end: '2017-03-17T08:30+01:00' }]);
    expect(cal).not.toContain('DTEND');
    expect(icsFaults(cal)).toEqual([]);
  });
  test('an all-day event ends, exclusively, the day after its last day', () => {
    const cal = calendar('Arrangementer', [{ ...event, start: '2018-12-31', end: '2019-01-01' }]);
    expect(cal).toContain('DTSTART;VALUE=DATE:20181231\r\nDTEND;VALUE=DATE:20190102\r\n');
    expect(icsFaults(cal)).toEqual([]);
  });
  test('refuses to write a start and an end of different forms', () => {
    expect(() => calendar('A', [{ ...event, end: '2017-03-18' }])).toThrow(/different forms/);
  });
});
