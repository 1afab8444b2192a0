/**
 * A small crawler for the built site: from the start URLs it follows every same-origin link in
 * HTML (every URL attribute: `href`, `src`, `srcset`, `poster`, `action`…), in feeds and calendars
 * (`<link>`, `<loc>`, `URL:`) and checks that each target answers 200 and that each `#fragment`
 * names an element on the target page. Links to other origins are counted, not fetched.
 */
import { parse } from 'node-html-parser';
import { urlAttributesOf, urlsIn } from '../../src/lib/html/url-attributes.ts';

export interface Fetched {
  status: number;
  contentType: string;
  body: string;
}
export type Fetcher = (url: string) => Promise<Fetched>;

export interface Problem {
  url: string;
  from: string;
  problem: string;
}

export interface CrawlResult {
  visited: Set<string>;
  external: Set<string>;
  problems: Problem[];
}

/**
 * Every URL attribute the site's pages can carry: the same list the body transform rewrites under
 * the base path and the content check reads (src/lib/html/url-attributes.ts), plus `<script src>`
 * and `<link href>` of the layout. The crawl sees the links the site has, not a subset.
 */
export function htmlRefs(body: string): { refs: string[]; ids: Set<string> } {
  // <pre> is parsed as elements too (node-html-parser keeps it as raw text by default): a code
  // sample's text is no link, but a real link inside a <pre> is.
  const root = parse(body, { blockTextElements: { script: true, style: true } });
  const refs: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of urlAttributesOf(el.rawTagName ?? '')) {
      const value = el.getAttribute(attr.attribute);
      if (value === undefined) continue;
      refs.push(...urlsIn(attr, value));
    }
  }
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  return { refs, ids };
}

/** URLs in an XML feed or sitemap, or an iCalendar file. */
export function textRefs(text: string): string[] {
  // iCalendar folds long lines: a line break followed by a space continues the line.
  const body = text.replace(/\r?\n[ \t]/g, '');
  const out: string[] = [];
  for (const m of body.matchAll(/<(?:link|loc|guid isPermaLink="true")>([^<]+)<\//g)) out.push(m[1]!.trim());
  for (const m of body.matchAll(/<(?:atom:)?link[^>]*\shref="([^"]+)"/g)) out.push(m[1]!);
  for (const m of body.matchAll(/^URL[^:]*:(\S+)/gm)) out.push(m[1]!);
  for (const m of body.matchAll(/^Sitemap:\s*(\S+)/gm)) out.push(m[1]!);
  return out;
}

/**
 * @param origin the served origin; `aliases` are origins that mean the same site (SITE_URL, used
 * for absolute links in feeds and canonical URLs) and are mapped onto it.
 */
export async function crawl(
  start: readonly string[],
  fetcher: Fetcher,
  origin: string,
  aliases: readonly string[] = [],
): Promise<CrawlResult> {
  const visited = new Set<string>();
  const external = new Set<string>();
  const problems: Problem[] = [];
  const idsOf = new Map<string, Set<string> | undefined>();
  const fragments: { page: string; id: string; from: string }[] = [];
  const queue: { url: string; from: string }[] = start.map((url) => ({ url, from: '(start)' }));

  const local = (raw: string, base: string): URL | undefined => {
    let u: URL;
    try {
      u = new URL(raw, base);
    } catch {
      problems.push({ url: raw, from: base, problem: 'not a URL' });
      return undefined;
    }
    if (aliases.includes(u.origin)) u = new URL(u.pathname + u.search + u.hash, origin);
    if (u.origin !== origin) {
      if (/^https?:$/.test(u.protocol)) external.add(u.href);
      return undefined;
    }
    return u;
  };

  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (visited.has(url)) continue;
    visited.add(url);
    const res = await fetcher(url);
    if (res.status !== 200) {
      problems.push({ url, from, problem: `HTTP ${res.status}` });
      continue;
    }
    let refs: string[];
    if (res.contentType.includes('text/html')) {
      const parsed = htmlRefs(res.body);
      idsOf.set(url, parsed.ids);
      refs = parsed.refs;
    } else if (/xml|calendar|text\/plain/.test(res.contentType)) {
      refs = textRefs(res.body);
    } else continue;
    for (const raw of refs) {
      const u = local(raw, url);
      if (!u) continue;
      const fragment = u.hash ? decodeURIComponent(u.hash.slice(1)) : '';
      u.hash = '';
      if (fragment) fragments.push({ page: u.href, id: fragment, from: url });
      if (!visited.has(u.href)) queue.push({ url: u.href, from: url });
    }
  }
  for (const f of fragments) {
    const ids = idsOf.get(f.page);
    if (ids && !ids.has(f.id))
      problems.push({ url: `${f.page}#${f.id}`, from: f.from, problem: 'no element with this id' });
  }
  return { visited, external, problems };
}
