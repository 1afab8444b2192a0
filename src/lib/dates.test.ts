import { describe, expect, test } from 'vitest';
import { formatDate, formatEventTime, isDateTimeWithOffset, isRealDate, osloDay, osloSortKey } from './dates.ts';

describe('isRealDate', () => {
  test('accepts a day that exists and rejects one that does not', () => {
    expect(isRealDate('2017-03-17')).toBe(true);
    expect(isRealDate('2016-02-29')).toBe(true);
    expect(isRealDate('2017-02-29')).toBe(false);
    expect(isRealDate('2017-02-31')).toBe(false);
    expect(isRealDate('17.03.2017')).toBe(false);
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
  test('shows the day alone for an event with no clock time', () => {
    expect(formatEventTime('2017-01-25')).toBe('onsdag 25. januar 2017');
  });
  test('gives the Oslo calendar day and a sortable key', () => {
    expect(osloDay('2017-03-16T23:30:00Z')).toBe('2017-03-17');
    expect(osloSortKey('2017-03-17T08:30:00+01:00')).toBe('2017-03-17 08:30');
    expect(osloSortKey('2017-03-17')).toBe('2017-03-17 00:00');
  });
});
