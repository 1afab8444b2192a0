import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { visitElements } from './elements.ts';

const tree = (html: string): Root => fromHtml(html, { fragment: true });

describe('visitElements', () => {
  it('visits every element below the tree in document order, with its index and parent', () => {
    const root = tree('<p>a <em>b <strong>c</strong></em></p><!--x--><ul><li>d</li><li>e</li></ul>');
    const seen: string[] = [];
    visitElements(root, (node, index, parent) => {
      seen.push(`${node.tagName}@${index}<${parent.type === 'root' ? 'root' : parent.tagName}`);
    });
    expect(seen).toEqual(['p@0<root', 'em@1<p', 'strong@1<em', 'ul@2<root', 'li@0<ul', 'li@1<ul']);
  });

  it('visits the same elements in the same order as unist-util-visit on a real body', () => {
    const html =
      '<h2 id="a">A</h2><table><thead><tr><th>x</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
      '<section data-footnotes><h2 id="footnote-label">Footnotes</h2><ol><li><p>n <a href="#r">↩</a></p></li></ol></section>';
    const ours: Element[] = [];
    const theirs: Element[] = [];
    const root = tree(html);
    visitElements(root, (node) => void ours.push(node));
    visit(root, 'element', (node: Element) => void theirs.push(node));
    expect(ours).toEqual(theirs);
  });

  it("leaves the children of an element unvisited when the visitor returns 'skip'", () => {
    const seen: string[] = [];
    visitElements(tree('<div><p>a</p></div><p>b</p>'), (node) => {
      seen.push(node.tagName);
      return node.tagName === 'div' ? 'skip' : undefined;
    });
    expect(seen).toEqual(['div', 'p']);
  });

  it('goes on with the next sibling when the visitor replaces the element it was given', () => {
    const root = tree('<table><tr><td>1</td></tr></table><p>after</p>');
    const seen: string[] = [];
    visitElements(root, (node, index, parent) => {
      seen.push(node.tagName);
      if (node.tagName !== 'table') return;
      parent.children[index] = { type: 'element', tagName: 'div', properties: {}, children: [node] };
    });
    expect(seen).toEqual(['table', 'p']);
    expect(toHtml(root)).toBe('<div><table><tbody><tr><td>1</td></tr></tbody></table></div><p>after</p>');
  });

  it('visits children that the visitor gave the element', () => {
    const seen: string[] = [];
    visitElements(tree('<p>a</p>'), (node) => {
      seen.push(node.tagName);
      if (node.tagName === 'p') node.children = [{ type: 'element', tagName: 'b', properties: {}, children: [] }];
    });
    expect(seen).toEqual(['p', 'b']);
  });
});
