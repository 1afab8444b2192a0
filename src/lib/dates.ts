/** All dates and times on the site are shown in Oslo time, in Norwegian bokmål. */
export const TIME_ZONE = 'Europe/Oslo';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/** True for a `YYYY-MM-DD` string naming a day that exists (rejects 2017-02-31). */
export function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** «januar» … «desember», as the site writes them. */
const MONTH_NAMES = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat('nb-NO', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)),
);

/** A day as numbers; month 1–12. It may not exist (`{ year: 2026, month: 2, day: 31 }`). */
export interface DayParts {
  year: number;
  month: number;
  day: number;
  /** The weekday written before it (`mandag 5. mars 2024`), 0 for Sunday to 6 for Saturday. */
  weekday?: number;
  /** Written with slashes (`5/3/2024`), which some write month first: the message names the day read. */
  slashed?: true;
}

/** Weekdays as editors write them, bokmål and nynorsk, whole or short (`man.`), by JavaScript's number (0: Sunday). */
const WEEKDAYS: Record<string, number> = {
  søndag: 0,
  sundag: 0,
  sun: 0,
  søn: 0,
  mandag: 1,
  måndag: 1,
  man: 1,
  mån: 1,
  tirsdag: 2,
  tysdag: 2,
  tir: 2,
  tys: 2,
  onsdag: 3,
  ons: 3,
  torsdag: 4,
  tor: 4,
  tors: 4,
  fredag: 5,
  fre: 5,
  lørdag: 6,
  laurdag: 6,
  lør: 6,
  lau: 6,
};
const WEEKDAY_NAMES = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

/** A month's name or its first three letters (`mar.`, `okt`, `sept.`), 1–12, or 0. */
function monthNumber(written: string): number {
  const name = written.toLowerCase().replace(/\.$/, '');
  const whole = MONTH_NAMES.indexOf(name) + 1;
  if (whole > 0 || name.length < 3) return whole;
  return MONTH_NAMES.findIndex((m) => m.startsWith(name)) + 1;
}

/**
 * A date as editors write it: `2018-03-06`, `2018-3-6`, or the Norwegian way, day first
 * (`06.03.2018`, `6.3.2018`, `06.03.18`, `6. mars 2018`, `6. mar. 2018`, `6/3/2018`), with or
 * without a weekday before it (`tirsdag 6. mars 2018`, as the site shows an event's day). With
 * slashes a month above 12 is read as written month first (`3/15/2018`). Undefined for anything
 * else. The day need not exist, nor be that weekday (`whyNoSuchDay`, `wrongWeekday` say so).
 */
export function readDate(value: string): DayParts | undefined {
  const withDay = /^(\p{L}+)\.?,?\s+(.+)$/u.exec(value.trim());
  const weekday = withDay ? WEEKDAYS[withDay[1]!.toLowerCase()] : undefined;
  if (weekday === undefined) return readDay(value);
  const parts = readDay(withDay![2]!);
  return parts && { ...parts, weekday };
}

function readDay(value: string): DayParts | undefined {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const dotted = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})$/.exec(text);
  if (dotted) return { year: fullYear(dotted[3]!), month: Number(dotted[2]), day: Number(dotted[1]) };
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(text);
  if (slashed) {
    const [first, second] = [Number(slashed[1]), Number(slashed[2])];
    const monthFirst = second > 12 && first <= 12;
    const [day, month] = monthFirst ? [second, first] : [first, second];
    return { year: fullYear(slashed[3]!), month, day, slashed: true };
  }
  const named = /^(\d{1,2})\.?\s+(\p{L}+\.?)\s+(\d{4})$/u.exec(text);
  const month = named ? monthNumber(named[2]!) : 0;
  if (named && month > 0) return { year: Number(named[3]), month, day: Number(named[1]) };
  return undefined;
}

/**
 * Why a day that exists is not the weekday written before it, in Norwegian («5. mars 2024 er en
 * tirsdag, ikke en mandag»), or undefined when it is (or none was written).
 */
export function wrongWeekday(parts: DayParts): string | undefined {
  if (parts.weekday === undefined) return undefined;
  const actual = weekdayOf(parts);
  if (actual === parts.weekday) return undefined;
  return `${spokenDay(parts)} er en ${WEEKDAY_NAMES[actual]}, ikke en ${WEEKDAY_NAMES[parts.weekday]}`;
}

/** The day nearest to `parts` (at most three days off) that is the weekday written, for «eller …». */
export function nearestWeekday(parts: DayParts): DayParts {
  const actual = weekdayOf(parts);
  const off = ((((parts.weekday ?? actual) - actual) % 7) + 7) % 7;
  const shift = off > 3 ? off - 7 : off;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + shift));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const weekdayOf = ({ year, month, day }: DayParts) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** «5. mars 2024», for a message that names the day read. */
export const spokenDay = ({ year, month, day }: DayParts) => `${day}. ${MONTH_NAMES[month - 1]} ${year}`;

/**
 * A year as written: `18` is 2018, `98` is 1998 (two digits below 70 are this century, as the
 * site's texts are from 2000 on; the message gives the year in four digits, for the editor to see).
 */
function fullYear(written: string): number {
  const year = Number(written);
  if (written.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** `2018-03-06`. */
export function isoDay({ year, month, day }: DayParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Why a day is not in the calendar, in Norwegian («februar 2026 har 28 dager»), or undefined when it is. */
export function whyNoSuchDay({ year, month, day }: DayParts): string | undefined {
  if (month < 1 || month > 12) return `det finnes ingen måned ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1) return `det finnes ingen dag ${day}`;
  if (day > days) return `${MONTH_NAMES[month - 1]} ${year} har ${days} dager`;
  return undefined;
}

/** True for an ISO 8601 date-time with an explicit offset, naming a real moment. */
export function isDateTimeWithOffset(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  if (!isRealDate(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  return h < 24 && min < 60 && s < 60;
}

/** True when an event time has no clock time (the day is known, the hour is not). */
export function isAllDay(value: string): boolean {
  return ISO_DATE.test(value);
}

/**
 * How a publication date is written («17. mars 2017»): one definition for the pages
 * (`formatDate`) and the web editor's preview, which formats in the browser (src/lib/cms/preview.ts).
 */
export const DATE_FORMAT = {
  locale: 'nb-NO',
  options: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
} as const satisfies { locale: string; options: Intl.DateTimeFormatOptions };

const dateFormat = new Intl.DateTimeFormat(DATE_FORMAT.locale, DATE_FORMAT.options);

const weekdayFormat = new Intl.DateTimeFormat('nb-NO', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});

const timeFormat = new Intl.DateTimeFormat('nb-NO', {
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: TIME_ZONE,
});

const osloDayFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
});

/** `2017-03-17` → «17. mars 2017». */
export function formatDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`);
  return dateFormat.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** The clock time in Oslo, «08:30». */
export function formatTime(isoDateTime: string): string {
  return timeFormat.format(new Date(isoDateTime));
}

/** The calendar day in Oslo of a date-time, `YYYY-MM-DD`. */
export function osloDay(isoDateTime: string): string {
  if (isAllDay(isoDateTime)) return isoDateTime;
  return osloDayFormat.format(new Date(isoDateTime));
}

/**
 * An event's time as a reader wants it: «fredag 17. mars 2017 kl. 08:30–10:00».
 * All-day events (date only) show the day alone.
 */
export function formatEventTime(start: string, end?: string): string {
  if (isAllDay(start)) {
    const day = weekdayFormat.format(new Date(`${start}T12:00:00Z`));
    if (!end || end === start) return day;
    return `${day} – ${weekdayFormat.format(new Date(`${osloDay(end)}T12:00:00Z`))}`;
  }
  const day = weekdayFormat.format(new Date(start));
  const from = formatTime(start);
  // An end equal to the start is a moment: shown once, as the calendar has it (RFC 5545 §3.6.1).
  if (!end || Date.parse(end) === Date.parse(start)) return `${day} kl. ${from}`;
  if (osloDay(end) === osloDay(start)) {
    // On the night the clocks change, «02:30–02:15» would read as ending before it starts: say
    // which clock each time is on (Forskrift om sommertid: «sommertid» and «normaltid»).
    const [a, b] = [osloClock(start), osloClock(end)];
    if (a !== b) return `${day} kl. ${from} (${a}) – ${formatTime(end)} (${b})`;
    return `${day} kl. ${from}–${formatTime(end)}`;
  }
  return `${day} kl. ${from} – ${weekdayFormat.format(new Date(end))} kl. ${formatTime(end)}`;
}

const osloOffsetFormat = new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** Which clock Oslo is on at an instant: «sommertid» (UTC+2) or «normaltid» (UTC+1). */
function osloClock(isoDateTime: string): 'sommertid' | 'normaltid' {
  const offset = osloOffsetFormat.formatToParts(new Date(isoDateTime)).find((p) => p.type === 'timeZoneName')?.value;
  return offset === 'GMT+02:00' ? 'sommertid' : 'normaltid';
}

const osloMinuteFormat = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: TIME_ZONE,
});

/**
 * A sortable key for an event time in Oslo local time, `YYYY-MM-DD HH:mm`.
 * An all-day event sorts at the start of its day.
 */
export function osloSortKey(value: string): string {
  if (isAllDay(value)) return `${value} 00:00`;
  return osloMinuteFormat.format(new Date(value));
}
