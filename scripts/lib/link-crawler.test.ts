import { describe, expect, test } from 'vitest';
import { crawl, type Fetched } from './link-crawler.ts';

const O = 'http://site.test';
function site(pages: Record<string, Partial<Fetched> & { body: string }>) {
  return async (url: string): Promise<Fetched> => {
    const p = pages[new URL(url).pathname];
    return p ? { status: 200, contentType: 'text/html', ...p } : { status: 404, contentType: 'text/html', body: '' };
  };
}
const html = (body: string) => ({ body: `<!doctype html><html><body>${body}</body></html>` });

describe('crawl', () => {
  test('follows links and reports a broken one with the page that links to it', async () => {
    const r = await crawl(
      [`${O}/`],
      site({ '/': html('<a href="/a/">a</a><a href="/mangler/">x</a>'), '/a/': html('ok') }),
      O,
    );
    expect([...r.visited].sort()).toEqual([`${O}/`, `${O}/a/`, `${O}/mangler/`]);
    expect(r.problems).toEqual([{ url: `${O}/mangler/`, from: `${O}/`, problem: 'HTTP 404' }]);
  });

  test('reports a fragment that names no element on the target page', async () => {
    const r = await crawl(
      [`${O}/`],
      site({
        '/': html(
          '<a href="#innhold">i</a><a href="/a/#finnes">ok</a><a href="/a/#borte">nei</a><main id="innhold"></main>',
        ),
        '/a/': html('<h2 id="finnes">x</h2>'),
      }),
      O,
    );
    expect(r.problems).toEqual([{ url: `${O}/a/#borte`, from: `${O}/`, problem: 'no element with this id' }]);
  });

  test('counts other origins without fetching them, and treats SITE_URL as the same site', async () => {
    const r = await crawl(
      [`${O}/`],
      site({
        '/': html('<a href="https://example.org/">e</a><link rel="canonical" href="http://localhost:4321/b/">'),
        '/b/': html('b'),
      }),
      O,
      ['http://localhost:4321'],
    );
    expect([...r.external]).toEqual(['https://example.org/']);
    expect(r.visited.has(`${O}/b/`)).toBe(true);
    expect(r.problems).toEqual([]);
  });

  test('follows the links in feeds and calendars', async () => {
    const r = await crawl(
      [`${O}/rss.xml`, `${O}/a.ics`],
      site({
        '/rss.xml': {
          contentType: 'application/xml',
          body: '<rss><channel><link>http://site.test/</link><item><link>http://site.test/x/</link></item></channel></rss>',
        },
        '/a.ics': { contentType: 'text/calendar', body: 'BEGIN:VEVENT\r\nURL:http://site.test/y/\r\nEND:VEVENT' },
        '/': html(''),
        '/x/': html(''),
      }),
      O,
    );
    expect(r.problems).toEqual([{ url: `${O}/y/`, from: `${O}/a.ics`, problem: 'HTTP 404' }]);
  });
});

describe('htmlRefs', () => {
  test('finds every URL attribute the body transform rewrites, in any quoting, and no code sample', async () => {
    const { htmlRefs } = await import('./link-crawler.ts');
    const page =
      '<a href=\'/a/\'>a</a><img src=/b.png srcset="/c.png 1x, /d.png 2x"><video src="/e.mp4" poster="/f.png"></video>' +
      '<object data="/g.pdf"></object><pre><code>&lt;a href="/kode/"&gt;</code></pre>';
    expect(htmlRefs(page).refs.sort()).toEqual(['/a/', '/b.png', '/c.png', '/d.png', '/e.mp4', '/f.png', '/g.pdf']);
  });
});
