import type { Entry } from './entries.ts';
import { isEvent } from './events.ts';
import type { CalendarEvent } from './ics.ts';
import { absoluteUrl, paths } from './urls.ts';

/** An event entry as a calendar event, with a UID that stays the same from build to build. */
export function toCalendarEvent(entry: Entry, site: string | URL, base: string): CalendarEvent | undefined {
  if (!isEvent(entry)) return undefined;
  const { event } = entry.data;
  return {
    uid: `${entry.kind}-${entry.slug}@kunnskapsbanken`,
    published: entry.data.date,
    summary: entry.data.title,
    description: entry.data.description,
    location: event.location,
    url: absoluteUrl(site, base, paths.entry(entry.kind, entry.slug)),
    start: event.start,
    end: event.end,
  };
}
