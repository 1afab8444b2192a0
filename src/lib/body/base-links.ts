import type { Element, Root } from 'hast';
import { visitElements } from '../html/elements.ts';
import { withBase } from '../urls.ts';
import { isRootRelative, splitSrcset, urlAttributesOf } from '../html/url-attributes.ts';

/**
 * Content links are written root-relative (`/tema/samordning/`), as editors see the site. On a
 * site under a base path (`/kunnskapsbank/`) every URL attribute of every element (`href`, `src`,
 * `srcset`, `poster`, `action`… see ../html/url-attributes.ts) is rewritten to include it,
 * whatever quotes the editor used. Text is never touched, so code samples keep what the editor
 * wrote. Mutates the tree.
 */
export function rewriteBaseLinks(tree: Root, base: string, options: { skipBased?: boolean } = {}): void {
  if (base === '/' || base === '') return;
  // On the MDX path links the site itself wrote (Lenke.astro, components' assets) already carry it.
  const rootRelative = (url: string) => isRootRelative(url) && !(options.skipBased && url.trim().startsWith(base));
  visitElements(tree, (node: Element) => {
    for (const attr of urlAttributesOf(node.tagName)) {
      const value = node.properties[attr.property];
      if (value === undefined || value === null || typeof value === 'boolean') continue;
      if (attr.srcset) {
        // hast keeps comma-separated attributes as a list of candidates.
        const text = Array.isArray(value) ? value.join(', ') : String(value);
        node.properties[attr.property] = splitSrcset(text)
          .map(({ url, descriptor }) =>
            [rootRelative(url) ? withBase(base, url) : url, descriptor].filter(Boolean).join(' '),
          )
          .join(', ');
      } else if (attr.spaceSeparated) {
        const list = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/).filter(Boolean);
        node.properties[attr.property] = list.map((url) => (rootRelative(url) ? withBase(base, url) : url)).join(' ');
      } else if (typeof value === 'string' && rootRelative(value)) {
        node.properties[attr.property] = withBase(base, value.trim());
      }
    }
  });
}
