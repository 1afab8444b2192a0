import type { Root } from 'hast';
import { htmlToHast } from 'satteri';
import { toHtml } from 'hast-util-to-html';
import { rewriteBaseLinks } from './base-links.ts';
import { norwegianFootnotes } from './footnotes.ts';
import { accessibleCode, accessibleTables, nameTaskCheckboxes } from './accessible.ts';
import { uniqueHeadingIds } from './heading-ids.ts';

export interface BodyOptions {
  /** The site's base path (`/` or `/kunnskapsbank/`), from Astro's `base`. */
  base: string;
  /**
   * Leave URLs that already start with the base path (the MDX path: the site's own components and
   * Lenke.astro have added it). Default: false.
   */
  skipBased?: boolean;
}

/**
 * The steps every rendered body goes through, whatever rendered it (the Markdown processor at
 * content sync today; an MDX path can run the same steps on its hast tree). Each step is a
 * pure function of a hast tree and mutates it.
 */
export function bodySteps(options: BodyOptions): ((tree: Root) => void)[] {
  return [
    norwegianFootnotes,
    nameTaskCheckboxes,
    accessibleTables,
    accessibleCode,
    (tree) => rewriteBaseLinks(tree, options.base, { skipBased: options.skipBased ?? false }),
  ];
}

/**
 * A rendered body's HTML after {@link bodySteps}: parsed as an HTML fragment (the way a browser
 * would read it inside `<article>`), transformed, written out again. Never reads HTML with regular
 * expressions. Heading ids the layout already uses are renamed (./heading-ids.ts); `renamedIds`
 * says which, for the headings' table of contents.
 *
 * The parser is Sätteri's (`htmlToHast`, native; Astro's own Markdown processor), not parse5
 * through hast-util-from-html: on the 4,375 plain bodies of the 5,000-entry benchmark both give the
 * same tree, in 0.5 s instead of 1.7 s (docs/performance.md, «The index step, fourth round, and the content sync»); transform.test.ts
 * holds the two to the same tree on HTML that needs the parsing algorithm's repairs.
 */
export function transformBodyHtml(
  html: string,
  options: BodyOptions,
): { html: string; renamedIds: Map<string, string> } {
  // Sätteri's hast types are its own; the tree is plain hast (transform.test.ts).
  const tree = htmlToHast(html, { fragment: true }) as Root;
  for (const step of bodySteps(options)) step(tree);
  const renamedIds = uniqueHeadingIds(tree);
  return { html: toHtml(tree), renamedIds };
}
