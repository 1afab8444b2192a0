import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatEventTime,
  isDateTimeWithOffset,
  isRealDate,
  isoDay,
  osloDay,
  osloSortKey,
  nearestWeekday,
  readDate,
  whyNoSuchDay,
  wrongWeekday,
} from './dates.ts';

describe('isRealDate', () => {
  test('accepts a day that exists and rejects one that does not', () => {
    expect(isRealDate('2017-03-17')).toBe(true);
    expect(isRealDate('2016-02-29')).toBe(true);
    expect(isRealDate('2017-02-29')).toBe(false);
    expect(isRealDate('2017-02-31')).toBe(false);
    expect(isRealDate('17.03.2017')).toBe(false);
  });
});

describe('dates as editors write them', () => {
  test('reads year-month-day and the Norwegian day-first forms, and nothing else', () => {
    const day = { year: 2018, month: 3, day: 6 };
    for (const written of [
      '2018-03-06',
      '2018-3-6',
      '06.03.2018',
      '6.3.2018',
      '6. 3. 2018',
      '6. mars 2018',
      '6. Mars 2018',
      '06.03.18',
      '6.3.18',
    ])
      expect(readDate(written)).toEqual(day);
    for (const written of ['2018', 'neste tirsdag', '6. marts 2018', '06.03.182', '6. mars 18', 'ma 6. mars 2018'])
      expect(readDate(written)).toBeUndefined();
    expect(isoDay(day)).toBe('2018-03-06');
  });
  test('reads a short month, slashes (day first, unless the month would be above 12) and a weekday before the day', () => {
    expect(readDate('6. mar. 2018')).toEqual({ year: 2018, month: 3, day: 6 });
    expect(readDate('6 okt 2018')).toEqual({ year: 2018, month: 10, day: 6 });
    expect(readDate('06/03/2018')).toEqual({ year: 2018, month: 3, day: 6, slashed: true });
    expect(readDate('3/15/18')).toEqual({ year: 2018, month: 3, day: 15, slashed: true });
    expect(readDate('tirsdag 6. mars 2018')).toEqual({ year: 2018, month: 3, day: 6, weekday: 2 });
    expect(readDate('Tysdag, 06.03.2018')).toEqual({ year: 2018, month: 3, day: 6, weekday: 2 });
    expect(readDate('man. 5.3.2018')).toEqual({ year: 2018, month: 3, day: 5, weekday: 1 });
  });
  test('says when the weekday written is not the day’s, and finds the nearest day that is', () => {
    const monday = readDate('mandag 5. mars 2024')!;
    expect(wrongWeekday(monday)).toBe('5. mars 2024 er en tirsdag, ikke en mandag');
    expect(nearestWeekday(monday)).toEqual({ year: 2024, month: 3, day: 4 });
    expect(nearestWeekday(readDate('fredag 1. mars 2024')!)).toEqual({ year: 2024, month: 3, day: 1 });
    expect(nearestWeekday(readDate('søndag 1. mars 2024')!)).toEqual({ year: 2024, month: 3, day: 3 });
    expect(wrongWeekday(readDate('tirsdag 5. mars 2024')!)).toBeUndefined();
    expect(wrongWeekday(readDate('5. mars 2024')!)).toBeUndefined();
  });
  test('reads a two-digit year as this century below 70, and the last one from 70', () => {
    expect(readDate('31.12.69')).toEqual({ year: 2069, month: 12, day: 31 });
    expect(readDate('01.01.70')).toEqual({ year: 1970, month: 1, day: 1 });
    expect(readDate('06.03.98')).toEqual({ year: 1998, month: 3, day: 6 });
  });
  test('says why a day is not in the calendar: the month’s days that year, or no such month', () => {
    expect(whyNoSuchDay({ year: 2026, month: 2, day: 31 })).toBe('februar 2026 har 28 dager');
    expect(whyNoSuchDay({ year: 2024, month: 2, day: 30 })).toBe('februar 2024 har 29 dager');
    expect(whyNoSuchDay({ year: 2026, month: 11, day: 31 })).toBe('november 2026 har 30 dager');
    expect(whyNoSuchDay({ year: 2026, month: 13, day: 1 })).toBe('det finnes ingen måned 13');
    expect(whyNoSuchDay({ year: 2026, month: 1, day: 0 })).toBe('det finnes ingen dag 0');
    expect(whyNoSuchDay({ year: 2024, month: 2, day: 29 })).toBeUndefined();
  });
});

describe('isDateTimeWithOffset', () => {
  test('needs an explicit offset or Z', () => {
    expect(isDateTimeWithOffset('2017-03-17T08:30:00+01:00')).toBe(true);
    expect(isDateTimeWithOffset('2017-03-17T07:30Z')).toBe(true);
    expect(isDateTimeWithOffset('2017-03-17T08:30:00')).toBe(false);
    expect(isDateTimeWithOffset('2017-03-17T25:30:00+01:00')).toBe(false);
  });
});

describe('formatDate', () => {
  test('writes the Norwegian long form', () => {
    expect(formatDate('2017-03-17')).toBe('17. mars 2017');
    expect(formatDate('2017-01-05')).toBe('5. januar 2017');
  });
});

describe('event times in Oslo', () => {
  test('shows weekday, date and clock times in Oslo time', () => {
    expect(formatEventTime('2017-03-17T08:30:00+01:00', '2017-03-17T10:00:00+01:00')).toBe(
      'fredag 17. mars 2017 kl. 08:30–10:00',
    );
  });
  test('converts UTC to Oslo summer time', () => {
    expect(formatEventTime('2017-06-01T07:00:00Z')).toBe('torsdag 1. juni 2017 kl. 09:00');
  });
  test('on the nights the clocks change, says which clock each time is on', () => {
    // 25 October 2026: 03:00 summer time becomes 02:00 standard time; 02:30 comes twice.
    expect(formatEventTime('2026-10-25T02:30:00+02:00', '2026-10-25T02:15:00+01:00')).toBe(
      'søndag 25. oktober 2026 kl. 02:30 (sommertid) – 02:15 (normaltid)',
    );
    // 29 March 2026: 02:00 standard time becomes 03:00 summer time.
    expect(formatEventTime('2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00')).toBe(
      'søndag 29. mars 2026 kl. 01:30 (normaltid) – 03:30 (sommertid)',
    );
    // The same night, both times on one clock: no note.
    expect(formatEventTime('2026-10-25T10:00:00+01:00', '2026-10-25T12:00:00+01:00')).toBe(
      'søndag 25. oktober 2026 kl. 10:00–12:00',
    );
  });
  test('shows the day alone for an event with no clock time', () => {
    expect(formatEventTime('2017-01-25')).toBe('onsdag 25. januar 2017');
  });
  test('gives the Oslo calendar day and a sortable key', () => {
    expect(osloDay('2017-03-16T23:30:00Z')).toBe('2017-03-17');
    expect(osloSortKey('2017-03-17T08:30:00+01:00')).toBe('2017-03-17 08:30');
    expect(osloSortKey('2017-03-17')).toBe('2017-03-17 00:00');
  });
});
