import { describe, expect, test } from 'vitest';
import { testEntry } from './test-entry.ts';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  personJsonLd,
  publicationJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from './jsonld.ts';
import type { Entry } from './entries.ts';

const article = testEntry('intervjuer', 'dale', {
  title: 'Samordning',
  description: 'Ingress',
  date: '2017-03-01',
  themes: ['samordning', 'etatsstyring'],
  people: [{ id: 'eivind-dale', part: 'intervjuet' }],
});
const url = 'https://example.no/intervjuer/dale/';

describe('articleJsonLd', () => {
  test('describes an article with headline, date, language, themes and publisher', () => {
    const data = articleJsonLd(article, url, [{ name: 'Eivind Dale' }]);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Samordning',
      description: 'Ingress',
      datePublished: '2017-03-01',
      inLanguage: 'nb',
      about: ['Samordning', 'Etatsstyring'],
      mentions: [{ '@type': 'Person', name: 'Eivind Dale' }],
    });
    expect(data['publisher']).toMatchObject({ '@type': 'Organization' });
  });
  test('gives an article revised since publication its dateModified, and none otherwise', () => {
    expect(articleJsonLd({ ...article, data: { ...article.data, updated: '2017-03-10' } }, url, [])).toMatchObject({
      datePublished: '2017-03-01',
      dateModified: '2017-03-10',
    });
    expect(articleJsonLd(article, url, [])).not.toHaveProperty('dateModified');
  });
  test('describes an event with its times, place and organizer', () => {
    const event: Entry = {
      ...article,
      kind: 'arrangementer',
      data: {
        ...article.data,
        event: {
          start: '2017-03-17T08:30:00+01:00',
          end: '2017-03-17T10:00:00+01:00',
          location: 'R4',
          organizer: 'Difi',
        },
      },
    };
    expect(articleJsonLd(event, url, [])).toMatchObject({
      '@type': 'Event',
      name: 'Samordning',
      startDate: '2017-03-17T08:30:00+01:00',
      endDate: '2017-03-17T10:00:00+01:00',
      location: { '@type': 'Place', name: 'R4' },
      organizer: { '@type': 'Organization', name: 'Difi' },
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
  });
});

describe('the other page types', () => {
  test('numbers breadcrumb items from 1', () => {
    const data = breadcrumbJsonLd([
      { name: 'Forside', url: 'https://example.no/' },
      { name: 'Intervjuer', url: 'https://example.no/intervjuer/' },
    ]);
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Forside', item: 'https://example.no/' },
      { '@type': 'ListItem', position: 2, name: 'Intervjuer', item: 'https://example.no/intervjuer/' },
    ]);
  });
  test('gives a person a name and a job title, and the site a name and address', () => {
    expect(personJsonLd({ name: 'Eivind Dale', role: 'departementsråd' }, url)).toMatchObject({
      '@type': 'Person',
      name: 'Eivind Dale',
      jobTitle: 'departementsråd',
    });
    expect(websiteJsonLd('https://example.no/')).toMatchObject({ '@type': 'WebSite', url: 'https://example.no/' });
  });
  test('gives a report its publisher, year and series only when known', () => {
    expect(
      publicationJsonLd({ title: 'Mot alle odds?', publisher: 'Difi', year: 2014, series: 'Difi-rapport 2014:7' }, url),
    ).toMatchObject({
      '@type': 'Report',
      name: 'Mot alle odds?',
      publisher: { '@type': 'Organization', name: 'Difi' },
      datePublished: '2014',
      reportNumber: 'Difi-rapport 2014:7',
    });
    expect(publicationJsonLd({ title: 'Notat', publisher: 'DFØ' }, url)).not.toHaveProperty('datePublished');
  });
});

describe('serializeJsonLd', () => {
  test('escapes < so no text can close the script element, and stays valid JSON', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('the written form', () => {
  test('an entry in nynorsk says so in inLanguage, an article and an event alike', () => {
    const url = 'https://example.org/artikler/a/';
    expect(articleJsonLd(testEntry('artikler', 'a', { lang: 'nn' }), url, []).inLanguage).toBe('nn');
    expect(articleJsonLd(testEntry('artikler', 'a'), url, []).inLanguage).toBe('nb');
    const event = testEntry('arrangementer', 'b', {
      lang: 'nn',
      event: { start: '2017-03-17T08:30:00+01:00', location: 'Oslo' },
    });
    expect(articleJsonLd(event, url, []).inLanguage).toBe('nn');
  });
});
