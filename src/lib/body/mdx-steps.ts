import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../urls.ts';
import { isRootRelative, splitSrcset, urlAttributesOf } from '../html/url-attributes.ts';
import { bodySteps, type BodyOptions } from './transform.ts';

/** A JSX element in an MDX body's hast tree (raw HTML an editor wrote, or a component). */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

/**
 * Raw HTML in an MDX body stays JSX until it is compiled, so the steps that read hast `element`
 * nodes do not see it: its URL attributes (the same list as ../html/url-attributes.ts) get the base
 * path here, in any quoting. Components (capitalised names) take their own props. Mutates the tree.
 */
export function rewriteJsxBaseLinks(tree: Root, base: string): void {
  if (base === '/' || base === '') return;
  const fix = (url: string) => (isRootRelative(url) ? withBase(base, url.trim()) : url);
  visit(tree as never, (node: { type: string }) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    const name = element.name ?? '';
    if (!/^[a-z]/.test(name)) return;
    const urls = urlAttributesOf(name);
    for (const attr of element.attributes) {
      if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
      const rule = urls.find((u) => u.attribute === attr.name);
      if (!rule) continue;
      if (rule.srcset)
        attr.value = splitSrcset(attr.value)
          .map(({ url, descriptor }) => [fix(url), descriptor].filter(Boolean).join(' '))
          .join(', ');
      else if (rule.spaceSeparated) attr.value = attr.value.split(/\s+/).filter(Boolean).map(fix).join(' ');
      else attr.value = fix(attr.value);
    }
  });
}

/**
 * The rehype plugin @astrojs/mdx runs on bodies compiled as MDX (astro.config.mjs): the same steps
 * as the Markdown path (./transform.ts: Norwegian footnotes, named tables, code and checkboxes, links
 * under the base path), plus the base path in raw HTML written as JSX.
 */
export function rehypeBodySteps(options: BodyOptions) {
  return (tree: Root) => {
    for (const step of bodySteps(options)) step(tree);
    rewriteJsxBaseLinks(tree, options.base);
  };
}
