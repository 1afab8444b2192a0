import type { Element, Root } from 'hast';
import { visitElements } from '../html/elements.ts';
import { BODY_STRINGS } from './strings.ts';

/**
 * GFM footnotes as the Markdown processor writes them (mdast-util-to-hast's shape, which Sätteri
 * copies): an English `<h2 class="sr-only">Footnotes</h2>` and `aria-label="Back to reference 1"`.
 * Here they become Norwegian (WCAG 2.1 SC 3.1.2), the heading uses the design system's
 * visually-hidden class (the site has no `sr-only`), and the words the pipeline adds (the heading,
 * the ↩ arrows) are kept out of the search index with `data-pagefind-ignore`. The labels are
 * computed from the footnotes' order, not translated from the English, so any processor's output
 * reads the same. The footnotes' own text stays indexed. Mutates the tree.
 */
export function norwegianFootnotes(tree: Root): void {
  visitElements(tree, (section: Element) => {
    if (section.tagName !== 'section' || section.properties['dataFootnotes'] === undefined) return;
    visitElements(section, (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName) && node.properties['id'] === 'footnote-label') {
        node.properties['className'] = ['ds-sr-only'];
        node.properties['dataPagefindIgnore'] = '';
        node.children = [{ type: 'text', value: BODY_STRINGS.footnotes }];
      }
    });
    const list = section.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
    let n = 0;
    for (const item of list?.children ?? []) {
      if (item.type !== 'element' || item.tagName !== 'li') continue;
      n += 1;
      let k = 0;
      visitElements(item, (a: Element) => {
        if (a.tagName !== 'a' || a.properties['dataFootnoteBackref'] === undefined) return;
        k += 1;
        a.properties['ariaLabel'] = BODY_STRINGS.backToReference(n, k);
        a.properties['dataPagefindIgnore'] = '';
      });
    }
    return 'skip';
  });
  // References in the text: the visible «1» gets a name that says what it is.
  visitElements(tree, (a: Element) => {
    if (a.tagName !== 'a' || a.properties['dataFootnoteRef'] === undefined) return;
    const label = a.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    a.properties['ariaLabel'] = BODY_STRINGS.footnoteReference(label);
  });
}
