/**
 * The source of a block of inline text (a paragraph, a heading, a table cell) as written, with the
 * inline nodes that are no literal text blanked out: what the parser left as text is read there,
 * brackets and all, whatever nodes split it (`[**notatet**][]`, `[x](https://a b)`, whose address
 * the parser made an autolink). Blanked with spaces, newlines kept, so that offsets and lines stay.
 */

export interface InlineNode {
  type: string;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: InlineNode[];
}

/** Inline nodes whose source is no literal text. */
export const NOT_TEXT: ReadonlySet<string> = new Set([
  'inlineCode',
  'html',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'mdxTextExpression',
  'mdxJsxTextElement',
  'break',
]);

/** Containers of inline text. */
export const INLINE_CONTAINERS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * `container`'s source (from its start offset) with each node `blank` says blanked; `blank`
 * defaults to the NOT_TEXT nodes. Undefined when the tree has no offsets.
 */
export function inlineSource(
  container: InlineNode,
  body: string,
  blank: (node: InlineNode) => boolean = (node) => NOT_TEXT.has(node.type),
): string | undefined {
  const start = container.position?.start.offset;
  const end = container.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const ranges: [number, number][] = [];
  const mask = (node: InlineNode) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (blank(node) && from !== undefined && to !== undefined) ranges.push([from, to]);
    else for (const child of node.children ?? []) mask(child);
  };
  for (const child of container.children ?? []) mask(child);
  if (ranges.length === 0) return body.slice(start, end);
  let raw = '';
  let at = start;
  for (const [from, to] of ranges.sort((a, b) => a[0] - b[0])) {
    if (from < at) continue;
    raw += body.slice(at, from) + body.slice(from, to).replace(/[^\n]/g, ' ');
    at = to;
  }
  return raw + body.slice(at, end);
}

/** An autolink literal (`https://…`, `www.…`, GFM §6.9): a link whose source is its address, not `[…](…)`. */
export function isAutolink(node: InlineNode, body: string): boolean {
  const from = node.position?.start.offset;
  return node.type === 'link' && from !== undefined && body[from] !== '[' && body[from] !== '<';
}
