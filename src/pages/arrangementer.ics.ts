import type { APIContext } from 'astro';
import { getPublishedEntries } from '../lib/content.ts';
import { byKind } from '../lib/entries.ts';
import { calendar } from '../lib/ics.ts';
import { toCalendarEvent } from '../lib/calendar-events.ts';
import { SITE } from '../lib/site.ts';

/** Every event, as a calendar a calendar app can subscribe to. */
export async function GET(context: APIContext) {
  const site = context.site ?? 'http://localhost:4321';
  const events = byKind(await getPublishedEntries(), 'arrangementer').flatMap(
    (e) => toCalendarEvent(e, site, import.meta.env.BASE_URL) ?? [],
  );
  return new Response(calendar(`${SITE.name} – arrangementer`, events, { refreshInterval: 'PT12H' }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
