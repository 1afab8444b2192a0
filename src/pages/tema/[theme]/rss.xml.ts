import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getPublishedEntries } from '../../../lib/content.ts';
import { byTheme } from '../../../lib/entries.ts';
import { feedChannel, feedItems, feedText } from '../../../lib/feeds.ts';
import { THEMES, type Theme } from '../../../lib/themes.ts';
import { absoluteUrl, paths } from '../../../lib/urls.ts';
import { SITE } from '../../../lib/site.ts';

export function getStaticPaths() {
  return THEMES.map((theme) => ({ params: { theme: theme.id }, props: { theme } }));
}

/** What is new in one theme. */
export async function GET(context: APIContext) {
  const { theme } = context.props as { theme: Theme };
  const site = context.site ?? 'http://localhost:4321';
  const base = import.meta.env.BASE_URL;
  return rss(
    feedText({
      title: `${SITE.name} – ${theme.label}`,
      description: theme.summary,
      site: absoluteUrl(site, base, paths.theme(theme.id)),
      items: feedItems(byTheme(await getPublishedEntries(), theme.id), site, base),
      ...feedChannel(site, base, paths.themeFeed(theme.id)),
    }),
  );
}
