import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema, svg as svgSchema } from 'property-information';
import { visit } from 'unist-util-visit';
import { blockedInElement } from '../html/blocked.ts';
import { urlAttributesOf, urlsIn } from '../html/url-attributes.ts';

/** An element an editor wrote as HTML, with its attributes as written and its line in the body. */
export interface RawElement {
  tagName: string;
  attributes: Record<string, string>;
  /** 1-based line within the HTML snippet. */
  line: number;
  /** 0-based offset of its start tag within the snippet. */
  offset: number;
}

/**
 * An attribute's name as written in HTML, lower case, from a hast property (`srcSet`, SVG's
 * `clipPath`) or a JSX name (`xlinkHref`, `clip-path`): HTML's names first, then SVG's.
 */
export function attributeInfo(name: string): ReturnType<typeof find> {
  const info = find(htmlSchema, name);
  return info.defined ? info : find(svgSchema, name);
}

/** hast keeps properties (`srcSet`, `className`: a list); messages and rules want attributes as written. */
function attributesOf(node: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [property, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || value === false) continue;
    const info = attributeInfo(property);
    out[info.attribute.toLowerCase()] = Array.isArray(value)
      ? value.join(info.commaSeparated ? ', ' : ' ')
      : value === true
        ? ''
        : String(value);
  }
  return out;
}

/**
 * The elements of one piece of raw HTML from a Markdown body (a block, or an inline tag such as
 * `<a href='/x/'>`), read by parse5 as a browser reads it, in document order.
 */
export function rawElements(snippet: string): RawElement[] {
  const tree: Root = fromHtml(snippet, { fragment: true });
  const out: RawElement[] = [];
  visit(tree, 'element', (node: Element) => {
    out.push({
      tagName: node.tagName,
      attributes: attributesOf(node),
      line: node.position?.start.line ?? 1,
      offset: node.position?.start.offset ?? 0,
    });
  });
  return out;
}

/** The URLs an element refers to, as written (every URL attribute, each `srcset` candidate). */
export function urlsOf(element: RawElement): { url: string; image: boolean }[] {
  const out: { url: string; image: boolean }[] = [];
  for (const attr of urlAttributesOf(element.tagName)) {
    const value = element.attributes[attr.attribute];
    if (value === undefined) continue;
    // Images must exist under public/ (../validate/links.ts); other loads are checked as files or pages.
    const image = attr.directive(element.tagName, element.attributes) === 'img-src';
    for (const url of urlsIn(attr, value)) out.push({ url, image });
  }
  return out;
}

export { blockedInElement };
