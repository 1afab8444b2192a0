import type { APIContext } from 'astro';
import { getPublishedEntries, type ArticleEntry } from '../../lib/content.ts';
import { byKind } from '../../lib/entries.ts';
import { calendar } from '../../lib/ics.ts';
import { toCalendarEvent } from '../../lib/calendar-events.ts';
import { cacheKey, shownEntry } from '../../lib/page-key.ts';

export async function getStaticPaths() {
  return byKind(await getPublishedEntries(), 'arrangementer').map((entry) => ({
    params: { slug: entry.slug },
    props: { entry },
    cacheKey: cacheKey('event-calendar', shownEntry(entry)),
  }));
}

/** One event, to put in a calendar. */
export function GET(context: APIContext) {
  const { entry } = context.props as { entry: ArticleEntry };
  const event = toCalendarEvent(entry, context.site ?? 'http://localhost:4321', import.meta.env.BASE_URL);
  return new Response(calendar(entry.data.title, event ? [event] : [], { lang: entry.data.lang }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
