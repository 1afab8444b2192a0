import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedEntries } from '../lib/content.ts';
import { feedChannel, feedItems, feedText } from '../lib/feeds.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';
import { SITE } from '../lib/site.ts';

/** Everything new in the knowledge base. */
export async function GET(context: APIContext) {
  const site = context.site ?? 'http://localhost:4321';
  const base = import.meta.env.BASE_URL;
  return rss(
    feedText({
      title: `${SITE.name} – alt nytt`,
      description: SITE.description,
      site: absoluteUrl(site, base, '/'),
      items: feedItems(await getPublishedEntries(), site, base),
      ...feedChannel(site, base, paths.feed()),
    }),
  );
}
