import {
  TIME_ZONE,
  isAllDay,
  isDateTimeWithOffset,
  isRealDate,
  isoDay,
  readDate,
  whyNoSuchDay,
  wrongWeekday,
} from './dates.ts';

/**
 * The rules for an event's `start` and `end` beyond each value's own form, as small named
 * functions that both the schema (src/content.config.ts) and the content check
 * (src/lib/validate/frontmatter.ts) call, so that they say the same.
 *
 * - Both the same form (RFC 5545 §3.8.2.2: DTEND has the value type of DTSTART). A date-time
 *   start with a date end has no meaning anybody wrote (the calendar would end the event at
 *   midnight UTC, the page at 02:00); the editor is asked to write both the same way.
 * - A date-time's offset is Oslo's at that moment (the site shows Oslo time): `09:00+05:00`
 *   would be shown as 06:00, a time nobody wrote; `Z` likewise. A clock time that does not exist
 *   in Oslo (the hour skipped when summer time begins) is rejected with the reason.
 * - Whole minutes: the page shows no seconds, so a calendar must not hold any either.
 * - The end is not before the start. An end equal to the start is allowed: a moment, shown once.
 */

/** One thing wrong with an event's times, in Norwegian, for the field it belongs to. */
export interface EventTimeIssue {
  field: 'start' | 'end';
  problem: string;
  expected: string;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

const osloWall = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

/** The Oslo wall-clock time of a moment, `YYYY-MM-DD HH:mm:ss`. */
function wallTime(value: string): string {
  return osloWall.format(new Date(value));
}

/**
 * The offset Oslo has at the wall-clock time `day`T`time` (`HH:mm[:ss]`), `+01:00` or `+02:00`, or
 * undefined when that clock time does not exist in Oslo (skipped at the change to summer time).
 * Where it exists twice (the autumn change), the first (summer time) is given.
 */
export function osloOffsetAt(day: string, time: string): string | undefined {
  const seconds = time.length === 5 ? `${time}:00` : time;
  return ['+02:00', '+01:00'].find((offset) => wallTime(`${day}T${seconds}${offset}`) === `${day} ${seconds}`);
}

/**
 * A date and clock time written without a time zone (`2018-04-10T09:00`, `2018-04-10 09:00`,
 * `2018-04-10T09:00:00`), written the way the site takes it: with seconds and Oslo's offset that
 * day (`2018-04-10T09:00:00+02:00`). Undefined for anything else, and for a clock time that does
 * not exist in Oslo (the hour skipped in spring: the offset check says so once a zone is written).
 */
export function withOsloOffset(value: string): string | undefined {
  // Only the site's own form without its zone; `readEventTime` reads it, as it reads the other forms.
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?$/.test(value.trim())) return undefined;
  const read = readEventTime(value);
  return read && 'fixed' in read ? read.fixed : undefined;
}

/** What an event time as an editor wrote it means: the site's form of it, or why its day does not exist. */
export type ReadEventTime = { fixed: string; withTime: boolean } | { why: string };

/**
 * An event time written another way than the site's (`2018-04-10T09:00:00+02:00`, or `2018-04-10`
 * for a day alone), read as editors write it: year first without a zone (`2018-04-10 09:00`), or
 * the Norwegian way, day first (`10.04.2018`, `10.4.2018 09:00`, `10. april 2018 kl. 09.00`,
 * `10.04.18 kl 9`, a dot or a colon in the clock time). Gives the value to write, with Oslo's offset that day
 * (`withTime` when it has a clock time), or `why` the day is not in the calendar. Undefined for
 * anything else, and for a clock time that does not exist in Oslo (skipped in spring).
 */
export function readEventTime(value: string): ReadEventTime | undefined {
  // The hour alone only after «kl» (`kl 9`): without it, `2018 9` is no time anybody writes.
  const m = /^(.+?)(?:(?:\s+|T)(kl\.?\s*)?(\d{1,2})(?:[:.](\d{2})(?:[:.](\d{2}))?)?)?$/i.exec(value.trim());
  const day = m ? readDate(m[1]!) : undefined;
  if (!m || !day || (m[3] !== undefined && m[4] === undefined && !m[2])) return undefined;
  const why = whyNoSuchDay(day) ?? wrongWeekday(day);
  if (why) return { why };
  const iso = isoDay(day);
  if (m[3] === undefined) return { fixed: iso, withTime: false };
  const [hour, minute, second] = [Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const time = [hour, minute, second].map((n) => String(n).padStart(2, '0')).join(':');
  const offset = osloOffsetAt(iso, time);
  return offset ? { fixed: `${iso}T${time}${offset}`, withTime: true } : undefined;
}

/** The issue with one date-time's offset, or undefined when it is Oslo's (date-only values have none). */
export function offsetIssue(field: 'start' | 'end', value: string): EventTimeIssue | undefined {
  const m = DATE_TIME.exec(value);
  if (!m || !isDateTimeWithOffset(value)) return undefined;
  const [, day, hm, sec, offset] = m as unknown as [string, string, string, string | undefined, string];
  const time = sec ? `${hm}:${sec}` : hm;
  // The written clock time, read back in Oslo at the moment written: the same unless the offset is wrong.
  if (wallTime(value) === `${day} ${sec ? time : `${time}:00`}`) return undefined;
  const right = osloOffsetAt(day, time);
  if (right === undefined)
    return {
      field,
      problem: `klokkeslettet ${hm} den ${day} finnes ikke i norsk tid (klokka stilles fram til sommertid)`,
      expected: 'et klokkeslett som finnes den dagen, f.eks. en time senere',
    };
  return {
    field,
    problem: `tidssonen ${offset} i «${value}» er ikke norsk tid den dagen (nettstedet ville vist kl. ${wallTime(value).slice(11, 16)})`,
    expected: `norsk tid (+01:00 om vinteren, +02:00 om sommeren): ${field}: '${day}T${time}${right}' for kl. ${hm}${sameMoment(value)}`,
  };
}

/**
 * The issue with seconds other than `:00`: the page shows hours and minutes only, so `09:00:30`
 * would be shown as 09:00 while calendars hold 09:00:30. Undefined for `:00`, no seconds, or a date.
 */
export function secondsIssue(field: 'start' | 'end', value: string): EventTimeIssue | undefined {
  const m = DATE_TIME.exec(value);
  if (!m || !m[3] || m[3] === '00') return undefined;
  return {
    field,
    problem: `sekundene i «${value}» vises ikke på nettstedet`,
    expected: `hele minutter, f.eks. ${field}: '${m[1]}T${m[2]}:00${m[4]}'`,
  };
}

/** «, eller '…' for kl. 09:00» when the moment written, read in Oslo, is another clock time. */
function sameMoment(value: string): string {
  const wall = wallTime(value);
  const [day, time] = [wall.slice(0, 10), wall.slice(11)];
  const offset = osloOffsetAt(day, time);
  return offset ? `, eller '${day}T${time}${offset}' for kl. ${time.slice(0, 5)}` : '';
}

/** True when both values are of the same form: both dates, or both date-times. */
export function sameForm(start: string, end: string): boolean {
  return isAllDay(start) === isAllDay(end);
}

/** An example date-time for `day` at `time` with Oslo's offset, for messages. */
function example(day: string, time: string): string {
  return `${day}T${time}:00${osloOffsetAt(day, time) ?? '+01:00'}`;
}

/** The issue with a start and an end of different forms, or undefined. */
export function mixedFormIssue(start: string, end: string): EventTimeIssue | undefined {
  if (sameForm(start, end)) return undefined;
  if (isAllDay(end)) {
    return {
      field: 'end',
      problem: `start har klokkeslett (${start}), men end er bare en dato (${end}); da vet ingen når arrangementet slutter`,
      expected: `samme form i begge: end med klokkeslett, f.eks. end: '${example(end, '16:00')}' (med riktig klokkeslett), eller bare datoer i begge: start: '${start.slice(0, 10)}'`,
    };
  }
  return {
    field: 'end',
    problem: `start er bare en dato (${start}), men end har klokkeslett (${end}); da vet ingen når arrangementet begynner`,
    expected: `samme form i begge: start med klokkeslett, f.eks. start: '${example(start, '09:00')}' (med riktig klokkeslett), eller bare datoer i begge: end: '${end.slice(0, 10)}'`,
  };
}

/** The issue with an end before the start (both valid and of the same form), or undefined. */
export function orderIssue(start: string, end: string): EventTimeIssue | undefined {
  const before = isAllDay(start) ? end < start : Date.parse(end) < Date.parse(start);
  if (!before) return undefined;
  return {
    field: 'end',
    problem: `arrangementet slutter (${end}) før det starter (${start})`,
    expected: 'en slutt som er etter start',
  };
}

/** True for a value of either accepted form: a real date, or a real date-time with offset. */
export function isEventTime(value: unknown): value is string {
  return typeof value === 'string' && (isRealDate(value) || isDateTimeWithOffset(value));
}

/**
 * Every issue with an event's times, given values that each have an accepted form (see
 * `isEventTime`); the form of each value alone is checked by the caller.
 */
export function eventTimeIssues(start: string, end?: string): EventTimeIssue[] {
  const issues = [start, end].flatMap((value, i) => {
    const field = i === 0 ? 'start' : 'end';
    return value === undefined ? [] : [offsetIssue(field, value), secondsIssue(field, value)];
  });
  if (end !== undefined) {
    const mixed = mixedFormIssue(start, end);
    issues.push(mixed ?? orderIssue(start, end));
  }
  return issues.filter((i): i is EventTimeIssue => i !== undefined);
}
