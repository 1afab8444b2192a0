import { describe, expect, test } from 'vitest';
import { testEntry } from './test-entry.ts';
import { buildDay, splitEvents } from './events.ts';
import type { Entry } from './entries.ts';

const event = (slug: string, start: string, end?: string): Entry =>
  testEntry('arrangementer', slug, { event: { start, end, location: 'Oslo' } });

describe('splitEvents', () => {
  const conference = event('konferanse', '2017-01-25');
  const breakfast = event('frokost', '2017-03-03');
  const seminar = event('seminar', '2017-03-17T08:30:00+01:00', '2017-03-17T10:00:00+01:00');
  const course = event('kurs', '2017-03-02', '2017-03-04');
  const all = [seminar, conference, course, breakfast];

  test('puts upcoming events soonest first and past events latest first, around the build day', () => {
    const { upcoming, past } = splitEvents(all, '2017-03-05');
    expect(upcoming.map((e) => e.slug)).toEqual(['seminar']);
    expect(past.map((e) => e.slug)).toEqual(['frokost', 'kurs', 'konferanse']);
  });
  test('keeps an event upcoming until its last day is over', () => {
    expect(splitEvents(all, '2017-03-03').upcoming.map((e) => e.slug)).toEqual(['kurs', 'frokost', 'seminar']);
    expect(splitEvents(all, '2017-03-04').upcoming.map((e) => e.slug)).toEqual(['kurs', 'seminar']);
    expect(splitEvents(all, '2017-03-17').upcoming.map((e) => e.slug)).toEqual(['seminar']);
    expect(splitEvents(all, '2017-03-18').upcoming).toEqual([]);
  });
  test('leaves out entries that are not events', () => {
    const article: Entry = { ...conference, kind: 'artikler', data: { ...conference.data, event: undefined } };
    const { upcoming, past } = splitEvents([article], '2017-01-01');
    expect([...upcoming, ...past]).toEqual([]);
  });
});

describe('buildDay', () => {
  test('takes the day from SOURCE_DATE_EPOCH, in Oslo time', () => {
    // 2017-03-16 23:30 UTC is already 17 March in Oslo.
    expect(buildDay({ SOURCE_DATE_EPOCH: String(Date.UTC(2017, 2, 16, 23, 30) / 1000) })).toBe('2017-03-17');
  });
});
