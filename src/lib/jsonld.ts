import type { Entry } from './entries.ts';
import { getTheme } from './themes.ts';
import { SITE } from './site.ts';
import { cleanDeep } from './text/characters.ts';

/** Structured data (schema.org) for search engines, one function per page type. */
type Json = Record<string, unknown>;

const publisher: Json = { '@type': 'Organization', name: SITE.programme };

export function websiteJsonLd(url: string): Json {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name: SITE.name, url, inLanguage: 'nb' };
}

export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export function articleJsonLd(entry: Entry, url: string, people: readonly { name: string }[]): Json {
  const { data } = entry;
  if (data.event) {
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: data.title,
      description: data.description,
      url,
      inLanguage: data.lang,
      startDate: data.event.start,
      ...(data.event.end ? { endDate: data.event.end } : {}),
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: data.event.location, address: data.event.location },
      ...(data.event.organizer ? { organizer: { '@type': 'Organization', name: data.event.organizer } } : {}),
      ...(people.length > 0 ? { performer: people.map((p) => ({ '@type': 'Person', name: p.name })) } : {}),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.description,
    url,
    mainEntityOfPage: url,
    inLanguage: data.lang,
    datePublished: data.date,
    ...(data.updated ? { dateModified: data.updated } : {}),
    about: data.themes.map((t) => getTheme(t).label),
    author: publisher,
    publisher,
    ...(people.length > 0 ? { mentions: people.map((p) => ({ '@type': 'Person', name: p.name })) } : {}),
  };
}

export function personJsonLd(person: { name: string; role: string }, url: string): Json {
  return { '@context': 'https://schema.org', '@type': 'Person', name: person.name, jobTitle: person.role, url };
}

export function publicationJsonLd(
  publication: {
    title: string;
    publisher: string;
    year?: number | undefined;
    series?: string | undefined;
    url?: string | undefined;
  },
  url: string,
): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: publication.title,
    url,
    publisher: { '@type': 'Organization', name: publication.publisher },
    ...(publication.year ? { datePublished: String(publication.year) } : {}),
    ...(publication.series ? { reportNumber: publication.series } : {}),
    ...(publication.url ? { sameAs: publication.url } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element,
 * and every string passed through `cleanText`, so no control character, noncharacter or lone
 * surrogate reaches the page (WHATWG HTML §13.2.3.5) or a reader of the JSON.
 */
export function serializeJsonLd(data: Json): string {
  return JSON.stringify(cleanDeep(data)).replace(/</g, '\\u003c');
}
