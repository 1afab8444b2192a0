import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';
import { isAllDay } from '../src/lib/dates.ts';

const events = publishedEntries().filter((e) => e.kind === 'arrangementer');

async function parseCalendar(request: import('@playwright/test').APIRequestContext, sitePath: string) {
  const response = await request.get(rel(sitePath));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  return new ICAL.Component(ICAL.parse(await response.text()));
}

/** Oslo wall-clock time of an ical.js time, `YYYY-MM-DD HH:mm`. */
function oslo(time: ICAL.Time): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Oslo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(time.toJSDate());
}

test('each event page offers an .ics file with the right start, end, place and title', async ({ page, request }) => {
  for (const entry of events) {
    await page.goto(rel(paths.entry(entry.kind, entry.slug)));
    const href = await page.getByRole('link', { name: /Legg i kalenderen/ }).getAttribute('href');
    expect(href).toMatch(new RegExp(`${paths.eventCalendar(entry.slug)}$`));
    const vevent = (await parseCalendar(request, paths.eventCalendar(entry.slug))).getFirstSubcomponent('vevent')!;
    const ev = new ICAL.Event(vevent);
    expect(ev.summary).toBe(entry.data.title);
    expect(ev.location).toBe(entry.data.event!.location);
    expect(ev.uid).toBe(`arrangementer-${entry.slug}@kunnskapsbanken`);
    const { start, end } = entry.data.event!;
    if (isAllDay(start)) {
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.startDate.toString()).toBe(start);
    } else {
      expect(oslo(ev.startDate)).toBe(start.slice(0, 16).replace('T', ' '));
      if (end) expect(oslo(ev.endDate)).toBe(end.slice(0, 16).replace('T', ' '));
    }
    expect(vevent.getFirstPropertyValue('url')).toMatch(
      new RegExp(`^https?://.+${paths.entry(entry.kind, entry.slug)}$`),
    );
  }
});

test('the seminar on 17 March 2017 runs 08:30 to 10:00 Oslo time in the calendar', async ({ request }) => {
  const seminar = events.find((e) => e.data.event!.start === '2017-03-17T08:30:00+01:00')!;
  const ev = new ICAL.Event(
    (await parseCalendar(request, paths.eventCalendar(seminar.slug))).getFirstSubcomponent('vevent')!,
  );
  expect(oslo(ev.startDate)).toBe('2017-03-17 08:30');
  expect(oslo(ev.endDate)).toBe('2017-03-17 10:00');
});

test('the subscription calendar holds every event once', async ({ request }) => {
  const calendar = await parseCalendar(request, paths.calendar());
  const summaries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
  expect(summaries.sort()).toEqual(events.map((e) => e.data.title).sort());
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain('arrangementer');
});

test('calendar files are RFC 5545 text: CRLF lines of at most 75 octets, stamped with the publication date', async ({
  request,
}) => {
  for (const sitePath of [paths.calendar(), ...events.map((e) => paths.eventCalendar(e.slug))]) {
    const text = await (await request.get(rel(sitePath))).text();
    expect(text.endsWith('END:VCALENDAR\r\n'), sitePath).toBe(true);
    expect(text.replace(/\r\n/g, ''), sitePath).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line), `${sitePath}: ${line}`).toBeLessThanOrEqual(75);
  }
  const calendar = new ICAL.Component(ICAL.parse(await (await request.get(rel(paths.calendar()))).text()));
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const entry = events.find((e) => e.data.title === new ICAL.Event(vevent).summary)!;
    // DTSTAMP from the content, not the clock: two builds give the same file.
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe(`${entry.data.date}T00:00:00Z`);
  }
  expect(calendar.getFirstPropertyValue('refresh-interval')!.toString()).toBe('PT12H');
});

test('the events listing offers the subscription calendar', async ({ page, request }) => {
  await page.goto(rel(paths.kind('arrangementer')));
  const href = await page.getByRole('link', { name: /Abonner på kalenderen/ }).getAttribute('href');
  expect(href).toMatch(new RegExp(`${paths.calendar()}$`));
  expect((await request.get(href!)).status()).toBe(200);
});
