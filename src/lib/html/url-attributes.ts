/**
 * Every HTML attribute that holds a URL, written once: the body transform rewrites them under a
 * base path (./base-links.ts), the content check reads them as links and checks what they load
 * (../validate/body.ts, ./blocked.ts), and the link crawler of the built site follows them
 * (scripts/lib/link-crawler.ts). Source: HTML Living Standard, «Attributes» index (URL-valued
 * attributes), plus SVG 2 `href`/`xlink:href`.
 */

/** Which CSP fetch directive governs a load (CSP Level 3 §6.1), or `null` for a navigation. */
export type FetchDirective =
  'img-src' | 'media-src' | 'frame-src' | 'script-src' | 'style-src' | 'object-src' | 'connect-src' | null;

export interface UrlAttribute {
  /** The HTML attribute name, lower case (`srcset`). */
  attribute: string;
  /** The hast property name (`srcSet`), as hast-util-from-html names it. */
  property: string;
  /** Elements that carry it; `*` for any. */
  elements: readonly string[] | '*';
  /** Whether the value is a list of «URL descriptor» candidates (`srcset`, HTML §4.8.4.2.2). */
  srcset?: boolean;
  /** Whether the value is a space-separated list of URLs (`ping`, HTML §4.6.6). */
  spaceSeparated?: boolean;
  /** Whether the value is CSS that may hold `url(…)` references (SVG presentation attributes, SVG 2 §6.6). */
  cssUrl?: boolean;
  /** What the browser does with it: load it under a CSP directive, or navigate (`null`). */
  directive: (element: string, attributes: Readonly<Record<string, string>>) => FetchDirective;
}

const nav = () => null;

/**
 * SVG elements whose `href` names another resource (SVG 2, «Attribute index»; SVG 1.1 `xlink:href`
 * elements too), lower case. `a` is a link and is listed with the HTML ones.
 */
const SVG_HREF_ELEMENTS: readonly string[] = [
  'image',
  'use',
  'feimage',
  'pattern',
  'lineargradient',
  'radialgradient',
  'filter',
  'textpath',
  'mpath',
  'tref',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'set',
  'discard',
  'cursor',
  'font-face-uri',
  'color-profile',
  'script',
];

/** SVG presentation attributes whose value may be `url(…)` (SVG 2 §6.6, property index). */
const SVG_URL_PROPERTIES: readonly string[] = [
  'fill',
  'stroke',
  'filter',
  'clip-path',
  'mask',
  'marker-start',
  'marker-mid',
  'marker-end',
  'cursor',
];

export const URL_ATTRIBUTES: readonly UrlAttribute[] = [
  { attribute: 'href', property: 'href', elements: ['a', 'area'], directive: nav },
  {
    attribute: 'href',
    property: 'href',
    elements: ['link'],
    directive: (_e, a) => (/\bstylesheet\b/i.test(a['rel'] ?? '') ? 'style-src' : 'img-src'),
  },
  // SVG: every element that refers to another resource by href (SVG 2 attribute index; SVG 1.1
  // had xlink:href on the same ones, below). <a href> is a link, <script href> loads a script.
  {
    attribute: 'href',
    property: 'href',
    elements: SVG_HREF_ELEMENTS,
    directive: (e) => (e.toLowerCase() === 'script' ? 'script-src' : 'img-src'),
  },
  {
    attribute: 'xlink:href',
    property: 'xLinkHref',
    elements: '*',
    directive: (e) => (e === 'a' ? null : e.toLowerCase() === 'script' ? 'script-src' : 'img-src'),
  },
  // SVG presentation attributes that take `url(…)`: a paint server, filter, clip path, mask, marker
  // or cursor in another document is fetched (SVG 2 §6.6, CSS Masking §6, CSS UI §6.1).
  ...SVG_URL_PROPERTIES.map((attribute): UrlAttribute => ({
    attribute,
    property: attribute.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()),
    elements: '*',
    cssUrl: true,
    directive: () => 'img-src',
  })),
  { attribute: 'src', property: 'src', elements: ['img', 'input'], directive: () => 'img-src' },
  {
    attribute: 'src',
    property: 'src',
    elements: ['source'],
    // <source> in <picture> loads an image; in <video>/<audio> it loads media. Without the parent
    // at hand, the stricter reading (media falls back to default-src) is the one checked.
    directive: (_e, a) => (a['srcset'] !== undefined ? 'img-src' : 'media-src'),
  },
  { attribute: 'src', property: 'src', elements: ['video', 'audio', 'track'], directive: () => 'media-src' },
  { attribute: 'src', property: 'src', elements: ['iframe', 'frame'], directive: () => 'frame-src' },
  { attribute: 'src', property: 'src', elements: ['embed'], directive: () => 'object-src' },
  { attribute: 'src', property: 'src', elements: ['script'], directive: () => 'script-src' },
  { attribute: 'srcset', property: 'srcSet', elements: ['img', 'source'], srcset: true, directive: () => 'img-src' },
  { attribute: 'poster', property: 'poster', elements: ['video'], directive: () => 'img-src' },
  { attribute: 'data', property: 'data', elements: ['object'], directive: () => 'object-src' },
  // A click sends a POST to each `ping` URL (HTML §4.6.6): a request, under connect-src.
  {
    attribute: 'ping',
    property: 'ping',
    elements: ['a', 'area'],
    spaceSeparated: true,
    directive: () => 'connect-src',
  },
  { attribute: 'action', property: 'action', elements: ['form'], directive: nav },
  { attribute: 'formaction', property: 'formAction', elements: ['button', 'input'], directive: nav },
  { attribute: 'cite', property: 'cite', elements: ['blockquote', 'q', 'del', 'ins'], directive: nav },
  {
    attribute: 'background',
    property: 'background',
    elements: ['body', 'table', 'td', 'th'],
    directive: () => 'img-src',
  },
];

/** The URLs in one attribute's value, as written. */
export function urlsIn(attr: UrlAttribute, value: string): string[] {
  if (attr.srcset) return srcsetUrls(value);
  if (attr.spaceSeparated) return value.split(/\s+/).filter(Boolean);
  if (attr.cssUrl) return cssUrls(value);
  return [value.trim()];
}

/**
 * The URLs of the `url(…)` functions in a CSS value, unquoted (CSS Values 4 §4.5). `url(#id)`
 * names something in the same page and is returned as it is.
 */
export function cssUrls(value: string): string[] {
  const out: string[] = [];
  for (const m of value.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi))
    out.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  return out;
}

/** The URL attributes an element of this name can carry. */
export function urlAttributesOf(element: string): UrlAttribute[] {
  const name = element.toLowerCase();
  return URL_ATTRIBUTES.filter((a) => a.elements === '*' || a.elements.includes(name));
}

/**
 * The URLs in a `srcset` value, in order: «url [descriptor]» candidates split at commas
 * (HTML §4.8.4.2.2). A URL may itself contain commas only when it is not followed by
 * whitespace, as the spec's parser reads them.
 */
export function srcsetUrls(value: string): string[] {
  return splitSrcset(value).map((c) => c.url);
}

/** `srcset` candidates as url and descriptor, for rewriting one URL and keeping the rest. */
export function splitSrcset(value: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    let j = i;
    while (j < value.length && !/\s/.test(value[j]!)) j++;
    let url = value.slice(i, j);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let k = j;
      while (k < value.length && value[k] !== ',') k++;
      descriptor = value.slice(j, k).trim();
      j = k + 1;
    }
    out.push({ url, descriptor });
    i = j;
  }
  return out;
}

/** A root-relative URL (`/tema/x/`), as editors write internal links; not `//host/…`. */
export function isRootRelative(url: string): boolean {
  const trimmed = url.trim();
  return trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\');
}
