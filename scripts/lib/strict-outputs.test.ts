import { describe, expect, test } from 'vitest';
import { htmlFaults, icsFaults, jsonLdBlocks, jsonLdFaults, rssChannelTags, xmlFaults } from './strict-outputs.ts';

const ics = (...event: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//x//y//NB',
    'BEGIN:VEVENT',
    'UID:a',
    'DTSTAMP:20180101T000000Z',
    ...event,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

describe('the strict readers the output tests rely on', () => {
  test('XML: rejects U+000B and a lone surrogate, accepts escaped markup', () => {
    expect(xmlFaults('<rss><title>Styring &amp; ledelse &lt;del 1&gt;</title></rss>')).toEqual([]);
    expect(xmlFaults('<rss><title>a\u000Bb</title></rss>')).not.toEqual([]);
    expect(xmlFaults('<rss><title>a\uD800b</title></rss>')).not.toEqual([]);
    expect(xmlFaults('<rss><title>a]]>b</title></rss>')).not.toEqual([]);
  });
  test("RSS: the channel's own elements with their namespaces; an unbound prefix is a fault", () => {
    const rss = (attrs: string) =>
      `<rss version="2.0"${attrs}><channel><title>t</title><atom:link href="u" rel="self"/><item><title>i</title></item></channel></rss>`;
    const tags = rssChannelTags(rss(' xmlns:atom="http://www.w3.org/2005/Atom"'));
    expect(tags.map((t) => [t.uri, t.local])).toEqual([
      ['', 'title'],
      ['http://www.w3.org/2005/Atom', 'link'],
      ['', 'item'],
    ]);
    expect(() => rssChannelTags(rss(''))).toThrow();
  });
  test('HTML: rejects control characters and noncharacters in the input stream', () => {
    expect(htmlFaults('<!doctype html><html lang="nb"><title>x</title><p>ok</p>')).toEqual([]);
    expect(htmlFaults('<!doctype html><html lang="nb"><title>x</title><p>a\u000Bb</p>')).not.toEqual([]);
    expect(htmlFaults('<!doctype html><html lang="nb"><title>x</title><p>a\uFFFEb</p>')).not.toEqual([]);
  });
  test('JSON-LD: finds the blocks, rejects control characters and lone surrogates in strings', () => {
    const page = '<!doctype html><title>x</title><script type="application/ld+json">{"name":"a\\u000bb"}</script>';
    expect(jsonLdBlocks(page)).toEqual(['{"name":"a\\u000bb"}']);
    expect(jsonLdFaults('{"name":"a\\u000bb"}')).not.toEqual([]);
    expect(jsonLdFaults('{"name":"a\\ud800"}')).not.toEqual([]);
    expect(jsonLdFaults('{"name":"Styring & ledelse 😀"}')).toEqual([]);
  });
  test('iCalendar: rejects controls, unescaped commas, mixed DTSTART/DTEND types, DTEND not after DTSTART', () => {
    expect(icsFaults(ics('DTSTART;VALUE=DATE:20180410', 'DTEND;VALUE=DATE:20180411', 'SUMMARY:a\\, b'))).toEqual([]);
    expect(icsFaults(ics('DTSTART:20180410T070000Z', 'SUMMARY:a\u000Bb'))).not.toEqual([]);
    expect(icsFaults(ics('DTSTART:20180410T070000Z', 'SUMMARY:a, b'))).not.toEqual([]);
    expect(icsFaults(ics('DTSTART:20180410T070000Z', 'DTEND;VALUE=DATE:20180411'))).toEqual([
      'DTSTART 20180410T070000Z and DTEND 20180411 of different value types',
    ]);
    expect(icsFaults(ics('DTSTART:20180410T070000Z', 'DTEND:20180410T070000Z'))).toEqual([
      'DTEND 20180410T070000Z not later than DTSTART 20180410T070000Z',
    ]);
    expect(icsFaults(ics('DTSTART:20180410T070000Z').replace(/\r\n/g, '\n'))).not.toEqual([]);
    expect(icsFaults(ics(`SUMMARY:${'x'.repeat(80)}`, 'DTSTART:20180410T070000Z'))).toContain(
      'line 7: longer than 75 octets',
    );
  });
});
