/**
 * Words a page joins that its source kept apart: a word that touches an inline element
 * («klage til<a>Tilsynet</a>» reads «klage tilTilsynet»), or a space before a comma that a line
 * break in a template became («Difi , 2014»). Astro's whitespace compression decides both from the
 * templates' line breaks (astro.config.mjs, `compressHTML`), so the built HTML is what is read.
 *
 * The page is read with hast-util-from-html (parse5, as a browser reads it). Text runs through
 * inline elements; any other element ends a run, and so does one the browser lays out as a block
 * although its tag is inline (a flex or grid item, a `display: block` span), which the caller marks
 * with LAID_OUT_AS_BLOCK (e2e/word-spacing.once.spec.ts reads the layout). Inside code, preformatted text and scripts is not read.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Nodes } from 'hast';

/** Phrasing elements a word runs through (HTML «phrasing content» that shows text). */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'time',
  'u',
]);
/** The attribute that marks an element the browser lays out as a block, whatever its tag. */
export const LAID_OUT_AS_BLOCK = 'data-laid-out-as-block';
const MARK = 'dataLaidOutAsBlock'; // as hast names the attribute

/** Inline code: a word like any other at its edges, its inside not read (`a,b` in code is code). */
const CODE = new Set(['code', 'kbd', 'samp', 'var']);
/** Not read at all: blocks of code and what is no text; note marks (`sup`, `sub`) may touch a word. */
const SKIPPED = new Set(['pre', 'script', 'style', 'template', 'svg', 'sup', 'sub']);

/** A character a word ends with, and one a word starts with, on either side of an element's edge. */
const ENDS_WORD = /[\p{L}\p{N}.,;:!?»)]$/u;
const STARTS_WORD = /^[\p{L}\p{N}«(]/u;

/** Text (`code` when it is inline code, whose inside is not read), or an inline element's edge. */
type Piece = { text: string; code?: true } | { edge: true };

/** The runs of text of a tree: each a list of text pieces and inline elements' edges. */
function runs(root: Nodes): Piece[][] {
  const all: Piece[][] = [];
  let run: Piece[] = [];
  const end = () => {
    if (run.length) all.push(run);
    run = [];
  };
  const walk = (node: Nodes) => {
    if (node.type === 'text') run.push({ text: node.value });
    else if (node.type === 'element') {
      const el = node as Element;
      if (SKIPPED.has(el.tagName)) return;
      if (CODE.has(el.tagName)) {
        run.push({ edge: true }, { text: toString(el), code: true }, { edge: true });
        return;
      }
      const inline = INLINE.has(el.tagName) && el.properties[MARK] === undefined;
      if (inline) run.push({ edge: true });
      else end();
      el.children.forEach((c) => walk(c as Nodes));
      if (inline) run.push({ edge: true });
      else end();
    } else if ('children' in node) node.children.forEach((c) => walk(c as Nodes));
  };
  walk(root);
  end();
  return all;
}

/** The three words on each side of an offset, as the page reads them: the quote in a message. */
function around(text: string, at: number): string {
  const before = text.slice(0, at).trim().split(/\s+/).slice(-3).join(' ');
  const after = text.slice(at).trim().split(/\s+/).slice(0, 3).join(' ');
  return `${before}${/\s/.test(text[at - 1] ?? '') || /\s/.test(text[at] ?? '') ? ' ' : ''}${after}`;
}

/** Every place a page's text joins two words at an element's edge, or puts a space before a comma. */
export function wordSpacingFaults(html: string): string[] {
  const faults: string[] = [];
  for (const run of runs(fromHtml(html))) {
    let text = '';
    const edges: number[] = [];
    const code: [number, number][] = [];
    for (const piece of run) {
      if ('edge' in piece) edges.push(text.length);
      else {
        if (piece.code) code.push([text.length, text.length + piece.text.length]);
        text += piece.text;
      }
    }
    for (const at of new Set(edges)) {
      if (ENDS_WORD.test(text.slice(0, at)) && STARTS_WORD.test(text.slice(at)))
        faults.push(`word joined at an element's edge: «${around(text, at)}»`);
    }
    for (const m of text.matchAll(/[\p{L}\p{N}»)]\s+,/gu)) {
      const comma = m.index + m[0].length - 1;
      if (!code.some(([from, to]) => comma >= from && comma < to))
        faults.push(`space before a comma: «${around(text, comma)}»`);
    }
  }
  return faults;
}
