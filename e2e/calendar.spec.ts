import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { nonEmpty, publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';
import { isAllDay } from '../src/lib/dates.ts';
import { SITE_LANG } from '../src/lib/written-form.ts';

const events = nonEmpty(
  publishedEntries().filter((e) => e.kind === 'arrangementer'),
  'published events in content/arrangementer/',
);

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

for (const entry of events) {
  test(`${paths.entry(entry.kind, entry.slug)} offers an .ics file with the right start, end, place and title`, async ({
    page,
    request,
  }) => {
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
    // Its text says its written form (RFC 5545 §3.2.10): a calendar has no language to inherit.
    for (const name of ['summary', 'description', 'location'])
      expect(vevent.getFirstProperty(name)!.getParameter('language'), name).toBe(entry.data.lang ?? SITE_LANG);
    expect(vevent.getFirstPropertyValue('url')).toMatch(
      new RegExp(`^https?://.+${paths.entry(entry.kind, entry.slug)}$`),
    );
  });
}

test('the subscription calendar holds every event once', async ({ request }) => {
  const calendar = await parseCalendar(request, paths.calendar());
  const summaries = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).summary);
  expect(summaries.sort()).toEqual(events.map((e) => e.data.title).sort());
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain('arrangementer');
});

for (const sitePath of [paths.calendar(), ...events.map((e) => paths.eventCalendar(e.slug))]) {
  test(`${sitePath} is RFC 5545 text: CRLF lines of at most 75 octets`, async ({ request }) => {
    const text = await (await request.get(rel(sitePath))).text();
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });
}

for (const sitePath of [paths.calendar(), ...events.map((e) => paths.eventCalendar(e.slug))]) {
  test(`${sitePath} stamps each event with its last revision and a SEQUENCE that grows with it, not the clock`, async ({
    request,
  }) => {
    const calendar = await parseCalendar(request, sitePath);
    // No METHOD: DTSTAMP is then the last revision, the same as LAST-MODIFIED (RFC 5545 §3.8.7.2).
    expect(calendar.getFirstProperty('method')).toBeNull();
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(sitePath === paths.calendar() ? events.length : 1);
    for (const vevent of vevents) {
      const entry = events.find(
        (e) => `arrangementer-${e.slug}@kunnskapsbanken` === vevent.getFirstPropertyValue('uid'),
      )!;
      const { date, updated = date } = entry.data as { date: string; updated?: string };
      expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe(`${updated}T00:00:00Z`);
      expect(vevent.getFirstPropertyValue('last-modified')!.toString()).toBe(`${updated}T00:00:00Z`);
      // Whole days from publication to the last revision (src/lib/calendar-events.ts).
      const days = (Date.parse(updated) - Date.parse(date)) / 86_400_000;
      expect(vevent.getFirstPropertyValue('sequence')).toBe(days);
    }
    if (sitePath === paths.calendar())
      expect(calendar.getFirstPropertyValue('refresh-interval')!.toString()).toBe('PT12H');
  });
}

test('the events listing offers the subscription calendar', async ({ page, request }) => {
  await page.goto(rel(paths.kind('arrangementer')));
  const href = await page.getByRole('link', { name: /Abonner på kalenderen/ }).getAttribute('href');
  expect(href).toMatch(new RegExp(`${paths.calendar()}$`));
  expect((await request.get(href!)).status()).toBe(200);
});
