import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visitElements } from '../html/elements.ts';
import { BODY_STRINGS } from './strings.ts';

/** Visible text of an element without its nested lists (a task's own words, not its sub-tasks). */
function ownText(node: Element): string {
  const kept = node.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')));
  return toString({ type: 'element', tagName: 'span', properties: {}, children: kept }).replace(/\s+/g, ' ').trim();
}

/**
 * GFM task lists write `<input type="checkbox" disabled>` with no name (WCAG 2.1 SC 4.1.2, 1.3.1).
 * Each checkbox is named by its item's text; its checked state is already exposed by the role.
 */
export function nameTaskCheckboxes(tree: Root): void {
  visitElements(tree, (li: Element) => {
    if (li.tagName !== 'li') return;
    const box = li.children.find(
      (c): c is Element => c.type === 'element' && c.tagName === 'input' && c.properties['type'] === 'checkbox',
    );
    if (!box || box.properties['ariaLabel'] || box.properties['ariaLabelledBy'] || box.properties['id']) return;
    const checked = box.properties['checked'] === true;
    box.properties['ariaLabel'] = ownText(li) || (checked ? BODY_STRINGS.taskDone : BODY_STRINGS.taskOpen);
  });
}

/** GFM column alignment, as classes of src/styles/site.css. */
const ALIGN_CLASS: Record<string, string> = { left: 'venstrestilt', right: 'hoyrestilt', center: 'midtstilt' };

/**
 * A GFM column alignment (`| ---: |`) comes out as `style="text-align:right"` (or `align`), which
 * the Content Security Policy (`style-src 'self'`, no 'unsafe-hashes') blocks: numbers would lose
 * their alignment without a word. It becomes a class instead. Mutates the cell.
 */
function alignWithClass(cell: Element): void {
  const style = typeof cell.properties['style'] === 'string' ? cell.properties['style'] : '';
  const align = /text-align\s*:\s*(left|right|center)/i.exec(style)?.[1] ?? String(cell.properties['align'] ?? '');
  const name = ALIGN_CLASS[align.toLowerCase()];
  if (style !== '') delete cell.properties['style'];
  delete cell.properties['align'];
  if (!name) return;
  const classes = Array.isArray(cell.properties['className']) ? cell.properties['className'].map(String) : [];
  cell.properties['className'] = [...classes, name];
}

/**
 * Tables: header cells get `scope` (`col` in the head, `row` for a header cell starting a body
 * row; WCAG 2.1 SC 1.3.1, technique H63), and each table is wrapped in a named, focusable region
 * that scrolls sideways on narrow screens (SC 1.4.10) and by keyboard (SC 2.1.1) while the table
 * keeps its table semantics. Column alignment becomes a class (`alignWithClass`). The region is named by the table's caption, or its column headings.
 */
export function accessibleTables(tree: Root): void {
  visitElements(tree, (table: Element, index, parent) => {
    if (table.tagName !== 'table' || !parent || index === undefined) return;
    const headings: string[] = [];
    visitElements(table, (row: Element, _i, section) => {
      if (row.tagName !== 'tr') return;
      const inHead = section?.type === 'element' && section.tagName === 'thead';
      row.children.forEach((cell, i) => {
        if (cell.type === 'element') alignWithClass(cell);
        if (cell.type !== 'element' || cell.tagName !== 'th') return;
        if (inHead && headings.length < row.children.length) headings.push(toString(cell).trim());
        const first = !row.children.slice(0, i).some((c) => c.type === 'element');
        cell.properties['scope'] ??= inHead || !first ? 'col' : 'row';
      });
    });
    const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
    const name = caption ? toString(caption).trim() : BODY_STRINGS.table(headings.filter(Boolean));
    const wrapper: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['tabell'], role: 'region', ariaLabel: name, tabIndex: 0 },
      children: [table],
    };
    (parent.children as ElementContent[])[index] = wrapper;
    return 'skip';
  });
}

/**
 * Code blocks keep their lines, so a long line scrolls: the `pre` becomes a named, focusable
 * region so keyboard users can scroll it too (WCAG 2.1 SC 2.1.1; axe «scrollable-region-focusable»).
 */
export function accessibleCode(tree: Root): void {
  visitElements(tree, (pre: Element) => {
    if (pre.tagName !== 'pre') return;
    const code = pre.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
    const classes = code?.properties['className'];
    const language = (Array.isArray(classes) ? classes : [])
      .map(String)
      .find((c) => c.startsWith('language-'))
      ?.slice('language-'.length);
    pre.properties['tabIndex'] ??= 0;
    pre.properties['role'] ??= 'region';
    pre.properties['ariaLabel'] ??= BODY_STRINGS.code(language);
    return 'skip';
  });
}
