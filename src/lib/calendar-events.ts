import type { Entry } from './entries.ts';
import { isEvent } from './events.ts';
import type { CalendarEvent } from './ics.ts';
import { absoluteUrl, paths } from './urls.ts';

/** Milliseconds in a day. */
const DAY = 86_400_000;

/**
 * The event's revision sequence (RFC 5545 §3.8.7.4): whole days from its publication to its last
 * revision (`updated`, docs/redaktor.md), 0 for an entry never revised. It grows with every
 * revision an editor records, so a calendar that subscribed sees a new time or place as a change;
 * it is read from the content alone, so every build of the same content gives the same number.
 */
export function revisionSequence(published: string, revised: string): number {
  const days = (Date.parse(`${revised}T00:00:00Z`) - Date.parse(`${published}T00:00:00Z`)) / DAY;
  if (!Number.isInteger(days) || days < 0) throw new Error(`revised ${revised} is not a day from ${published} on`);
  return days;
}

/** An event entry as a calendar event, with a UID that stays the same from build to build. */
export function toCalendarEvent(entry: Entry, site: string | URL, base: string): CalendarEvent | undefined {
  if (!isEvent(entry)) return undefined;
  const { event, date, updated = date } = entry.data;
  return {
    uid: `${entry.kind}-${entry.slug}@kunnskapsbanken`,
    revised: updated,
    sequence: revisionSequence(date, updated),
    lang: entry.data.lang,
    summary: entry.data.title,
    description: entry.data.description,
    location: event.location,
    url: absoluteUrl(site, base, paths.entry(entry.kind, entry.slug)),
    start: event.start,
    end: event.end,
  };
}
