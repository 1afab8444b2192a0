import type { Problem } from './problem.ts';
import type { Reference } from './body.ts';

export interface SiteMap {
  /** Site paths that exist, e.g. `/tema/samordning/`, `/artikler/foo/`. */
  pages: ReadonlySet<string>;
  /** Site paths of drafts: they exist in the source but not on the published site. */
  drafts: ReadonlySet<string>;
  /** Whether a file exists under public/ (site path without base). */
  publicFile: (sitePath: string) => boolean;
}

/** Checks internal links and images of one entry. External links (https:, mailto:) are not fetched. */
export function checkReferences(
  file: string,
  pageUrl: string,
  refs: readonly Reference[],
  site: SiteMap,
  isDraft: boolean,
): Problem[] {
  const problems: Problem[] = [];
  for (const ref of refs) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref.url) || ref.url.startsWith('//') || ref.url.startsWith('#') || ref.url === '')
      continue;
    const target = new URL(ref.url, `http://site${pageUrl}`).pathname;
    if (ref.image && ref.html && !ref.url.startsWith('/')) {
      // Raw HTML is copied as written: a path from the entry would point beside the page, unoptimised.
      problems.push({
        file,
        line: ref.line,
        field: 'innhold',
        problem: `bildet «${ref.url}» er skrevet som HTML (<img>), og blir verken funnet eller optimalisert`,
        expected: `skriv det som Markdown, ![hva bildet viser](${ref.url}), eller med <Figur>`,
      });
      continue;
    }
    // Images, attachments and videos beside the content are checked in media.ts.
    if (ref.kind || (ref.image && !ref.url.startsWith('/'))) continue;
    if (ref.image) {
      // Images used to be served as uploaded from public/bilder/; they are optimised only from content/bilder/.
      const name = decodeURIComponent(target).split('/').pop();
      problems.push({
        file,
        line: ref.line,
        field: 'innhold',
        problem: `bildet «${ref.url}» er skrevet fra roten, og blir ikke optimalisert`,
        expected: `legg bildet i content/bilder/ og skriv ../bilder/${name}`,
      });
      continue;
    }
    const path = /\.[a-z0-9]+$/i.test(target) || target.endsWith('/') ? target : `${target}/`;
    if (site.pages.has(path) || site.publicFile(decodeURIComponent(target))) continue;
    if (site.drafts.has(path)) {
      if (!isDraft)
        problems.push({
          file,
          line: ref.line,
          field: 'innhold',
          problem: `lenken «${ref.url}» går til et utkast, som ikke publiseres`,
          expected: 'publiser den andre artikkelen først, eller fjern lenken',
        });
      continue;
    }
    problems.push({
      file,
      line: ref.line,
      field: 'innhold',
      problem: `lenken «${ref.url}» går til en side som ikke finnes`,
      expected: 'en side på nettstedet, f.eks. /rapporter/tre-nokler-for-a-oke-ledernes-handlingsrom/',
    });
  }
  return problems;
}
