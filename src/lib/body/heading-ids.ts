import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { visitElements } from '../html/elements.ts';

/**
 * Ids the page layout gives its own elements on an article page (src/layouts/, src/components/).
 * A heading the editor calls «Hovedinnhold» would otherwise get the main element's id: the skip
 * link and the table of contents would jump to the wrong place, and the page would have two
 * elements with one id (HTML §3.2.6.1: ids are unique in their tree).
 */
export const LAYOUT_IDS: readonly string[] = [
  'hovedinnhold',
  'innhold-tittel',
  'event-facts-title',
  'relaterte-artikler',
  'personer-og-publikasjoner',
  'site-search-q',
  'search-q',
  'search-hint',
  'search-sort',
];

/**
 * Gives each heading whose id the layout uses, or an earlier element already has, the first free
 * id with a number after it (`hovedinnhold-1`), as github-slugger numbers repeats. Returns the
 * renamed ids (old → new) so the table of contents can follow. Mutates the tree.
 */
export function uniqueHeadingIds(tree: Root, reserved: readonly string[] = LAYOUT_IDS): Map<string, string> {
  const all = new Set<string>(reserved);
  visitElements(tree, (node: Element) => {
    if (typeof node.properties['id'] === 'string') all.add(node.properties['id']);
  });
  const seen = new Set<string>(reserved);
  const renamed = new Map<string, string>();
  visitElements(tree, (node: Element) => {
    const id = node.properties['id'];
    if (typeof id !== 'string') return;
    if (/^h[1-6]$/.test(node.tagName) && seen.has(id)) {
      let n = 1;
      while (all.has(`${id}-${n}`) || seen.has(`${id}-${n}`)) n += 1;
      node.properties['id'] = `${id}-${n}`;
      if (!renamed.has(id)) renamed.set(id, `${id}-${n}`);
    }
    seen.add(String(node.properties['id']));
  });
  return renamed;
}

/**
 * The ids the site gives a body's headings, in document order: Astro's Markdown and MDX pipelines
 * slug each heading's text with github-slugger (@astrojs/markdown-satteri, «heading-ids»; an id the
 * editor wrote is kept), then {@link uniqueHeadingIds} renames those the layout uses. `headings`
 * are the headings' texts, or their own ids where the editor gave one. The content check uses this
 * to see that a link's `#anker` exists; src/lib/body/heading-ids.test.ts holds it to the renderer.
 */
export function headingIds(headings: readonly ({ text: string } | { id: string })[]): string[] {
  const slugger = new GithubSlugger();
  const tree: Root = {
    type: 'root',
    children: headings.map((h): Element => ({
      type: 'element',
      tagName: 'h2',
      properties: { id: 'id' in h ? h.id : slugger.slug(h.text) },
      children: [],
    })),
  };
  uniqueHeadingIds(tree);
  return tree.children.map((c) => String((c as Element).properties['id']));
}
