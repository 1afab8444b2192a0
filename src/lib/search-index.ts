import { Parser } from 'htmlparser2';
import { withWordBoundaries } from './word-boundaries.ts';

/**
 * What goes into the search index besides the page itself: built HTML read with htmlparser2, a
 * streaming parser cheap enough for thousands of pages, and testable without a build.
 */

/** Starts the block of compound parts in the indexed text; the search page recognises it in excerpts. */
export const COMPOUND_MARKER = 'Beslektede søkeord:';

/**
 * A page's document for Pagefind (see {@link readIndexedDocument}) and where in it the added terms go:
 * `termsAt` is the offset of the indexed element's end tag, so that terms inserted there are inside it.
 */
export interface IndexedDocument {
  document: string;
  termsAt: number;
}

/** The parts of a built page the document is made of, found by an HTML parser (htmlparser2). */
interface PageParts {
  lang: string | undefined;
  /** The `<title>` element as written, or ''. */
  title: string;
  /** The element marked `data-pagefind-body`, from its start tag to its end tag, as written. */
  body: string;
  /** Whether the page closes that element itself (an Astro page always does). */
  closed: boolean;
}

/** Reads the page once with htmlparser2, keeping the offsets of the elements the document needs. */
function pageParts(html: string): PageParts | undefined {
  let lang: string | undefined;
  let depth = 0;
  let title: [number, number] | undefined;
  let titleOpen = -1;
  let body: [number, number] | undefined;
  let bodyOpen = -1;
  let bodyDepth = -1;
  let closed = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (name === 'html' && lang === undefined) lang = attributes['lang'];
        if (name === 'title' && title === undefined) titleOpen = parser.startIndex;
        if (bodyOpen < 0 && 'data-pagefind-body' in attributes) {
          bodyOpen = parser.startIndex;
          bodyDepth = depth;
        }
      },
      onclosetag(name, implied) {
        if (name === 'title' && titleOpen >= 0 && title === undefined && !implied)
          title = [titleOpen, parser.endIndex + 1];
        if (depth === bodyDepth && body === undefined) {
          // An element the page never closes ends where the parser closed it: the whole rest of the page.
          body = [bodyOpen, implied ? html.length : parser.endIndex + 1];
          closed = !implied;
          bodyDepth = -1;
        }
        depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  if (!body) return undefined;
  return {
    lang,
    title: title ? html.slice(...title) : '',
    body: html.slice(...body),
    closed,
  };
}

/** The page without soft hyphens (U+00AD, `&shy;`), which an editor may keep to hyphenate a long word. */
function withoutSoftHyphens(html: string): string {
  return html.includes('\u00ad') || html.includes('&shy;') ? html.replace(/\u00ad|&shy;/g, '') : html;
}

/** Pages with an element marked `data-pagefind-body` are results; listings and the 404 are not. */
export function isIndexable(html: string): boolean {
  return pageParts(html) !== undefined;
}

/**
 * Adds compound parts at the end of the indexed element of a document (from
 * {@link readIndexedDocument}), with a low weight so that a page that uses the word itself ranks first.
 */
export function injectCompoundParts({ document, termsAt }: IndexedDocument, parts: readonly string[]): string {
  if (parts.length === 0) return document;
  // The space keeps the last word of the article apart from the marker, whatever element ends it.
  const block = ` <p data-pagefind-weight="0.5">${COMPOUND_MARKER} ${parts.join(' ')}</p>`;
  return `${document.slice(0, termsAt)}${block}${document.slice(termsAt)}`;
}

/**
 * The part of a page Pagefind needs, as a document of its own: the page's language and the
 * indexed article, which carries the page's meta, filter and sort attributes. Header, navigation,
 * related articles and footer are ignored by Pagefind anyway; leaving them out halves what it
 * has to receive and parse. Every boundary the markup implies between words (`</dt><dd>`, table
 * cells, `<br>`) is made a space (src/lib/word-boundaries.ts), as Pagefind would otherwise join
 * them. Soft hyphens (U+00AD, `&shy;`), which an editor may keep to hyphenate a long word, are
 * taken out, so «sam&shy;ordning» is indexed as the word «samordning» the reader types. The page
 * is read with an HTML parser (htmlparser2). Undefined for a page with no indexed element.
 */
export function readIndexedDocument(html: string): IndexedDocument | undefined {
  html = withoutSoftHyphens(html);
  const parts = pageParts(html);
  if (!parts) return undefined;
  const lang = parts.lang === undefined ? '' : ` lang="${parts.lang.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  const end = '</body></html>';
  const document = withWordBoundaries(
    `<!DOCTYPE html><html${lang}><head>${parts.title}</head><body>${parts.body}${end}`,
  );
  // The indexed element's end tag is the last tag before </body> (word boundaries add spaces, never
  // tags), and holds no «</»; an element the page leaves open takes the terms at its very end.
  const termsAt = parts.closed
    ? document.lastIndexOf('</', document.length - end.length - 1)
    : document.length - end.length;
  return { document, termsAt };
}

/** {@link readIndexedDocument}'s document, or the whole page, with word boundaries, when it has no indexed element. */
export function indexedDocument(html: string): string {
  return readIndexedDocument(html)?.document ?? withWordBoundaries(withoutSoftHyphens(html));
}
