import { builtHtmlFiles, sitePathOf } from './built-pages.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findMissing } from '../lib/completeness.ts';
import { linkTargets } from '../lib/html/links.ts';
import { readPublishedSources } from '../lib/validate/published.ts';
import type { StepLog } from './log.ts';
import { basePrefix, type BuildSettings } from './settings.ts';

/** Site path of a link in a page, without the base path; undefined for other sites. */
function toSitePath(href: string, base: string): string | undefined {
  if (!href.startsWith(base)) return undefined;
  return `/${href.slice(base.length)}`.split('#')[0]!.split('?')[0];
}

/** URLs in Pagefind's index: each fragment is gzipped `pagefind_dcd` + JSON with the page's url. */
function indexedUrls(outDir: string): Set<string> | undefined {
  const dir = path.join(outDir, 'pagefind', 'fragment');
  if (!existsSync(dir)) return undefined;
  const urls = new Set<string>();
  // Synchronous on purpose: thousands of small reads one after another, with nothing to overlap.
  for (const file of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
    urls.add((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url);
  }
  return urls;
}

/**
 * After the build and the search index: every published entry has its page, is in every listing
 * it belongs to and in the index. If not, throws naming what is missing (in Norwegian, for
 * editors); scripts/build.ts then moves the output out of the way so that nothing half-built can
 * be deployed.
 */
export async function checkCompleteness(site: BuildSettings, logger: StepLog): Promise<void> {
  const { root, outDir } = site;
  const base = basePrefix(site.base);
  const files = (await builtHtmlFiles(outDir)).filter((f) => /(^|\/)index\.html$/.test(f));
  const pages = new Set(files.map(sitePathOf));
  // Only listings are asked for their links: a page is read when asked for, at most once.
  const linkCache = new Map<string, Set<string>>();
  const links = (page: string) => {
    let set = linkCache.get(page);
    if (!set) {
      set = new Set<string>();
      if (pages.has(page)) {
        const html = readFileSync(path.join(outDir, page.slice(1), 'index.html'), 'utf8');
        for (const href of linkTargets(html)) {
          const target = toSitePath(href, base);
          if (target) set.add(target);
        }
      }
      linkCache.set(page, set);
    }
    return set;
  };
  const indexed = indexedUrls(outDir);
  const entries = readPublishedSources(root);
  const missing = findMissing(entries, {
    pages,
    links,
    indexed: indexed && new Set([...indexed].map((u) => toSitePath(u, base) ?? u)),
  });
  if (missing.length === 0) {
    logger.info(
      `All ${entries.length} published entries have their page, their listings and their place in the search index`,
    );
    return;
  }
  throw new Error(
    [`Bygget er ufullstendig: ${missing.length} ${missing.length === 1 ? 'mangel' : 'mangler'}.`, ...missing].join(
      '\n',
    ),
  );
}
