import { describe, expect, test } from 'vitest';
import { eventTimeIssues, osloOffsetAt, readEventTime } from './event-time.ts';

const fields = (start: string, end?: string) => eventTimeIssues(start, end).map((i) => `${i.field}: ${i.problem}`);

describe('event times', () => {
  test('accepts both forms alone and pairs of the same form in Oslo time', () => {
    expect(fields('2018-04-10')).toEqual([]);
    expect(fields('2018-04-10', '2018-04-11')).toEqual([]);
    expect(fields('2018-04-10T09:00:00+02:00', '2018-04-11T16:00:00+02:00')).toEqual([]);
    expect(fields('2018-01-10T09:00+01:00', '2018-01-10T09:00+01:00')).toEqual([]);
  });
  test('rejects a date-time start with a date end, and a date start with a date-time end', () => {
    const timedStart = eventTimeIssues('2018-04-10T09:00:00+02:00', '2018-04-11');
    expect(timedStart).toHaveLength(1);
    expect(timedStart[0]!.field).toBe('end');
    expect(timedStart[0]!.expected).toContain("end: '2018-04-11T16:00:00+02:00'");
    expect(timedStart[0]!.expected).toContain("start: '2018-04-10'");
    const dateStart = eventTimeIssues('2018-05-02', '2018-05-03T12:00:00+02:00');
    expect(dateStart).toHaveLength(1);
    expect(dateStart[0]!.expected).toContain("start: '2018-05-02T09:00:00+02:00'");
    expect(dateStart[0]!.expected).toContain("end: '2018-05-03'");
  });
  test('rejects offsets that are not Oslo time, naming the right one', () => {
    const [z] = eventTimeIssues('2018-04-10T07:00:00Z');
    expect(z?.problem).toContain('nettstedet ville vist kl. 09:00');
    expect(z?.expected).toContain("start: '2018-04-10T07:00:00+02:00'");
    expect(z?.expected).toContain("eller '2018-04-10T09:00:00+02:00' for kl. 09:00");
    expect(eventTimeIssues('2018-01-10T09:00:00+02:00')[0]?.expected).toContain('2018-01-10T09:00:00+01:00');
    expect(fields('2018-01-10T09:00:00+05:00', '2018-01-10T10:00:00+01:00')).toHaveLength(1);
  });
  test('rejects the hour skipped when summer time begins, accepts both readings of the repeated hour', () => {
    expect(osloOffsetAt('2018-03-25', '02:30')).toBeUndefined();
    expect(fields('2018-03-25T02:30:00+01:00')[0]).toContain('finnes ikke i norsk tid');
    expect(fields('2018-10-28T02:30:00+02:00')).toEqual([]);
    expect(fields('2018-10-28T02:30:00+01:00')).toEqual([]);
  });
  test('rejects an end before the start in either form', () => {
    expect(fields('2018-04-11', '2018-04-10')).toEqual([
      'end: arrangementet slutter (2018-04-10) før det starter (2018-04-11)',
    ]);
    expect(fields('2018-04-10T10:00:00+02:00', '2018-04-10T09:59+02:00')).toHaveLength(1);
  });
  test('rejects seconds the page would not show', () => {
    const [issue] = eventTimeIssues('2018-04-10T09:00:30+02:00');
    expect(issue?.expected).toBe("hele minutter, f.eks. start: '2018-04-10T09:00:00+02:00'");
    expect(fields('2018-04-10T09:00:00+02:00', '2018-04-10T10:00:59+02:00')).toHaveLength(1);
    expect(eventTimeIssues('2018-04-10T09:30:30+02:00')[0]?.expected).toContain("'2018-04-10T09:30:00+02:00'");
  });
});

describe('readEventTime: an event time as editors write it', () => {
  test('day first, with or without «kl.», a dot or a colon in the clock time, in Oslo time that day', () => {
    // 6 March 2018 is winter time (+01:00), 10 April 2018 summer time (+02:00).
    expect(readEventTime('06.03.2018 09:00')).toEqual({ fixed: '2018-03-06T09:00:00+01:00', withTime: true });
    expect(readEventTime('6.3.2018 kl. 9.30')).toEqual({ fixed: '2018-03-06T09:30:00+01:00', withTime: true });
    expect(readEventTime('10. april 2018 kl. 09.00')).toEqual({ fixed: '2018-04-10T09:00:00+02:00', withTime: true });
    expect(readEventTime('2018-04-10 kl. 14.15')).toEqual({ fixed: '2018-04-10T14:15:00+02:00', withTime: true });
  });
  test('the hour alone after «kl», and a two-digit year, in Oslo time that day', () => {
    expect(readEventTime('06.03.2018 kl 9')).toEqual({ fixed: '2018-03-06T09:00:00+01:00', withTime: true });
    expect(readEventTime('10.04.2018 kl. 14')).toEqual({ fixed: '2018-04-10T14:00:00+02:00', withTime: true });
    expect(readEventTime('06.03.18 kl. 09.00')).toEqual({ fixed: '2018-03-06T09:00:00+01:00', withTime: true });
    expect(readEventTime("'2024-03-06 kl. 09.00'".slice(1, -1))).toEqual({
      fixed: '2024-03-06T09:00:00+01:00',
      withTime: true,
    });
    // Without «kl» a lone number after the day is no clock time anybody writes.
    expect(readEventTime('06.03.2018 9')).toBeUndefined();
    expect(readEventTime('06.03.2018 kl 24')).toBeUndefined();
  });
  test('a day alone is given as year-month-day', () => {
    expect(readEventTime('06.03.2018')).toEqual({ fixed: '2018-03-06', withTime: false });
    expect(readEventTime('6. mars 2018')).toEqual({ fixed: '2018-03-06', withTime: false });
  });
  test('a day that does not exist says why; a clock time that does not exist, or no date, is not read', () => {
    expect(readEventTime('30.02.2026 09:00')).toEqual({ why: 'februar 2026 har 28 dager' });
    expect(readEventTime('06.03.2018 25:00')).toBeUndefined();
    // 02:30 on 29 March 2026 is skipped in Oslo (summer time begins).
    expect(readEventTime('29.03.2026 02:30')).toBeUndefined();
    expect(readEventTime('neste tirsdag kl. 09.00')).toBeUndefined();
  });
});
