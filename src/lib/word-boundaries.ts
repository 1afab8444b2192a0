/**
 * Word boundaries the page's structure implies, made explicit for the search index.
 *
 * Astro writes pages without whitespace between tags (`<dt>Tid</dt><dd>fredag…</dd>`), and Pagefind
 * joins the text of elements it does not know as sentence breaks (`dt`, `dd`, table cells, `<br>`,
 * …: Pagefind issue #736), so the index got «Tidfredag» and «TrondheimPåmelding», words that are on
 * no page. A browser separates them because they are not phrasing content: every element outside
 * the HTML Standard's phrasing content (§3.2.5.2.5) starts a new block, a table cell or a list item,
 * and `<br>` ends a line. Only phrasing elements (`<em>sam</em>ordning`) run on into their
 * neighbours' text.
 */
import { Tokenizer } from 'htmlparser2';

/** Elements whose text is no word of the page. */
const NOT_WORDS = new Set(['script', 'style', 'template', 'noscript']);

/** HTML Standard §3.2.5.2.5, phrasing content, without `br` (a line break separates words). */
const PHRASING = new Set([
  'a',
  'abbr',
  'area',
  'audio',
  'b',
  'bdi',
  'bdo',
  'button',
  'canvas',
  'cite',
  'code',
  'data',
  'datalist',
  'del',
  'dfn',
  'em',
  'embed',
  'i',
  'iframe',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'link',
  'map',
  'mark',
  'math',
  'meta',
  'meter',
  'noscript',
  'object',
  'output',
  'picture',
  'progress',
  'q',
  'ruby',
  's',
  'samp',
  'script',
  'select',
  'slot',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'svg',
  'template',
  'textarea',
  'time',
  'u',
  'var',
  'video',
  'wbr',
]);

/** Whether an element's start and end separate the words on either side (`dd`, `td`, `br`, `p`…). */
export function separatesWords(tagName: string): boolean {
  const name = tagName.toLowerCase();
  // Custom elements (`<my-box>`) are phrasing content too; SVG and MathML children never reach here
  // as words of their own.
  return !PHRASING.has(name) && !name.includes('-');
}

/**
 * `html` with a space wherever an element that separates words (`dd`, `td`, `li`, `p`, `br`…)
 * stands between two runs of the body's text with no whitespace between them: one space, at the
 * start of the second run. Returns the same string when there is none to add. Attributes, the text
 * of `script`, `style` and `template`, the head, and words joined by phrasing markup
 * (`<em>sam</em>ordning`) are untouched.
 */
export function withWordBoundaries(html: string): string {
  const at: number[] = [];
  let inBody = !/<body[\s>]/i.test(html);
  let rawText = 0;
  /** Whether a separating tag came after the last text, and that text did not end in whitespace. */
  let boundary = false;
  let lastEndsInSpace = true;
  const tag = (start: number, end: number, opens: boolean) => {
    const name = html.slice(start, end).toLowerCase();
    if (opens && name === 'body') inBody = true;
    if (NOT_WORDS.has(name)) rawText = Math.max(0, rawText + (opens ? 1 : -1));
    if (separatesWords(name)) boundary = true;
  };
  const noop = () => {};
  // The tokenizer alone (no tree, no entity decoding) is enough to see tags and text, and fast:
  // it knows the raw text of script and style itself.
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname: (start, end) => tag(start, end, true),
      onclosetag: (start, end) => tag(start, end, false),
      ontext(start, end) {
        if (!inBody || rawText > 0) return;
        const first = html.charCodeAt(start);
        const last = html.charCodeAt(end - 1);
        if (html.slice(start, end).trim() === '') {
          lastEndsInSpace = true;
          return;
        }
        if (boundary && !lastEndsInSpace && !isSpace(first)) at.push(start);
        boundary = false;
        lastEndsInSpace = isSpace(last);
      },
      onattribdata: noop,
      onattribentity: noop,
      onattribend: noop,
      onattribname: noop,
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onend: noop,
      onopentagend: noop,
      onprocessinginstruction: noop,
      onselfclosingtag: noop,
      ontextentity: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (at.length === 0) return html;
  let out = '';
  let from = 0;
  for (const p of at) {
    out += `${html.slice(from, p)} `;
    from = p;
  }
  return out + html.slice(from);
}

/** HTML's ASCII whitespace (HTML Standard §2.3.3, «ASCII whitespace»), and the no-break space. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0xa0;
}
