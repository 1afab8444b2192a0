import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { revisionSequence, toCalendarEvent } from './calendar-events.ts';
import { calendar } from './ics.ts';
import { testEntry } from './test-entry.ts';
import type { EntryData } from './entries.ts';

const event = (data: Partial<EntryData>) =>
  testEntry('arrangementer', 'seminar', {
    title: 'Seminar',
    date: '2017-03-01',
    event: { start: '2017-03-17T08:30:00+01:00', end: '2017-03-17T10:00:00+01:00', location: 'R4' },
    ...data,
  });

/** The one VEVENT of a calendar written for `entry`, as ical.js reads it. */
function read(entry: ReturnType<typeof event>): ICAL.Component {
  const written = calendar('A', [toCalendarEvent(entry, 'https://example.no', '/')!]);
  return new ICAL.Component(ICAL.parse(written)).getFirstSubcomponent('vevent')!;
}

describe('revisionSequence', () => {
  test('counts whole days from publication to the last revision', () => {
    expect(revisionSequence('2017-03-01', '2017-03-01')).toBe(0);
    expect(revisionSequence('2017-03-01', '2017-03-10')).toBe(9);
    // 2016 is a leap year: 28 February, 29 February, 1 March
    expect(revisionSequence('2016-02-28', '2016-03-01')).toBe(2);
    expect(revisionSequence('2017-12-31', '2018-01-01')).toBe(1);
    // the clock change in Oslo (26 March 2017) is no day shorter: the days are UTC days
    expect(revisionSequence('2017-03-25', '2017-03-27')).toBe(2);
  });
  test('refuses a revision before the publication', () => {
    expect(() => revisionSequence('2017-03-10', '2017-03-01')).toThrow();
  });
});

describe('toCalendarEvent, read back with ical.js', () => {
  test('an event never revised: DTSTAMP and LAST-MODIFIED are its publication day, SEQUENCE 0', () => {
    const vevent = read(event({}));
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2017-03-01T00:00:00Z');
    expect(vevent.getFirstPropertyValue('last-modified')!.toString()).toBe('2017-03-01T00:00:00Z');
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
  });
  test('an event moved to a new time and place, with updated: the calendar sees a later revision', () => {
    const before = read(event({}));
    const moved = event({
      updated: '2017-03-08',
      event: { start: '2017-03-20T12:00:00+01:00', location: 'Kongens gate 8' },
    });
    const after = read(moved);
    expect(after.getFirstPropertyValue('uid')).toBe(before.getFirstPropertyValue('uid'));
    expect(after.getFirstPropertyValue('last-modified')!.toString()).toBe('2017-03-08T00:00:00Z');
    expect(after.getFirstPropertyValue('dtstamp')!.toString()).toBe('2017-03-08T00:00:00Z');
    expect(after.getFirstPropertyValue('sequence')).toBe(7);
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(
      Number(before.getFirstPropertyValue('sequence')),
    );
    // and a second change, later still, grows it again
    const again = read(event({ ...moved.data, updated: '2017-03-15' }));
    expect(again.getFirstPropertyValue('sequence')).toBe(14);
  });
  test("a nynorsk entry's title, ingress and place are marked LANGUAGE=nn, a bokmål one's nb", () => {
    for (const lang of ['nn', 'nb'] as const) {
      const vevent = read(event({ lang }));
      for (const name of ['summary', 'description', 'location'])
        expect(vevent.getFirstProperty(name)!.getParameter('language'), `${lang} ${name}`).toBe(lang);
    }
  });
});
