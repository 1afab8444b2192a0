import { osloDay, osloSortKey } from './dates.ts';
import type { Entry, EventFacts } from './entries.ts';

export type EventEntry<T extends Entry = Entry> = T & { data: T['data'] & { event: EventFacts } };

export function isEvent<T extends Entry>(entry: T): entry is EventEntry<T> {
  return entry.data.event !== undefined;
}

/**
 * Splits events around `today` (an Oslo `YYYY-MM-DD`): upcoming ones (still running or not yet
 * started) soonest first, then past ones most recent first.
 */
export function splitEvents<T extends Entry>(
  entries: readonly T[],
  today: string,
): { upcoming: EventEntry<T>[]; past: EventEntry<T>[] } {
  const events = entries.filter(isEvent);
  const key = (e: EventEntry<T>) => osloSortKey(e.data.event.start);
  const lastDay = (e: EventEntry<T>) => osloDay(e.data.event.end ?? e.data.event.start);
  const upcoming = events.filter((e) => lastDay(e) >= today).sort((a, b) => key(a).localeCompare(key(b)));
  const past = events.filter((e) => lastDay(e) < today).sort((a, b) => key(b).localeCompare(key(a)));
  return { upcoming, past };
}

/**
 * The build date in Oslo. `SOURCE_DATE_EPOCH` (seconds) pins it, so that two builds of the same
 * commit give the same pages whatever day they run.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const now = epoch ? new Date(Number(epoch) * 1000) : new Date();
  return osloDay(now.toISOString());
}
