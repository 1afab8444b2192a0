import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { markdownToMdast } from 'satteri';
import { checkBody } from '../src/lib/validate/body.ts';

interface Node {
  type: string;
  depth?: number;
  value?: string;
  children?: Node[];
}
const text = (n: Node): string => n.value ?? (n.children ?? []).map(text).join('');

/** The rows of the table under the guide's heading «HTML som ikke virker på nettstedet». */
function blockedExamples(): { written: string; instead: string }[] {
  const tree = markdownToMdast(readFileSync('docs/redaktor.md', 'utf8')) as unknown as Node;
  const top = tree.children ?? [];
  const at = top.findIndex((n) => n.type === 'heading' && text(n) === 'HTML som ikke virker på nettstedet');
  expect(at, 'the heading «HTML som ikke virker på nettstedet» in docs/redaktor.md').toBeGreaterThan(0);
  const table = top.slice(at).find((n) => n.type === 'table')!;
  return (table.children ?? []).slice(1).map((row) => {
    const cells = row.children ?? [];
    const code = (cell: Node | undefined) =>
      (cell?.children ?? []).filter((c) => c.type === 'inlineCode').map((c) => c.value!);
    return { written: code(cells[0])[0] ?? '', instead: code(cells[2]).at(-1) ?? '' };
  });
}

describe('the editor guide on HTML the site does not run', () => {
  const rows = blockedExamples();
  test('lists examples', () => expect(rows.length).toBeGreaterThan(5));
  for (const { written, instead } of rows) {
    test(`«${written}» is rejected by the check, and what it says to write instead is accepted`, () => {
      expect(checkBody('a.mdx', `${written}\n`, 1).problems.length).toBeGreaterThan(0);
      // Suggestions that are whole Markdown (a link, an image, bold text) pass, apart from
      // whether the page or file they name exists (checked elsewhere, against the site).
      if (instead) expect(checkBody('a.mdx', `${instead}\n`, 1).problems).toEqual([]);
    });
  }
});
