import type { Element, Root } from 'hast';

/** What a visitor may return: `'skip'` leaves the element's children unvisited. */
export type ElementVisitResult = void | 'skip';

/**
 * Calls `visitor` on every element below `tree` (not on `tree` itself), in document order
 * (pre-order), with the element, its index in its parent and its parent: the semantics of
 * unist-util-visit's `visit(tree, 'element', visitor)` with `'skip'`, for the body's own steps
 * (src/lib/body/).
 *
 * A visitor may replace the element it is given in `parent.children[index]` (the replacement is
 * not visited) and may change the element's own children (the new ones are visited). unist-util-visit
 * builds an array of ancestors for every node it passes; on the body steps that was 2.3 s of the
 * 4.6 s it took to transform the 4,375 plain bodies of the 5,000-entry benchmark, this walk 0.3 s
 * (docs/performance.md, «The index step, fourth round, and the content sync»).
 */
export function visitElements(
  tree: Root | Element,
  visitor: (node: Element, index: number, parent: Root | Element) => ElementVisitResult,
): void {
  const walk = (parent: Root | Element): void => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      const node = children[index];
      if (node?.type !== 'element') continue;
      if (visitor(node, index, parent) === 'skip') continue;
      // A node the visitor put in this one's place is not walked (see above): only the one visited.
      if (children[index] === node) walk(node);
    }
  };
  walk(tree);
}
