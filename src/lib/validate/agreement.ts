/**
 * The check reads a body as MDX (what the MDX compiler accepts); the site renders it as Markdown
 * (CommonMark + GFM, src/loaders/article-loader.ts). Where the two grammars read the same text
 * differently, what the editor saw in their head is not what the page shows. This compares the
 * two trees of one body and names each place they disagree, so such a body is never built.
 */
import { wordHtml } from './word-html.ts';
import type { Problem } from './problem.ts';

export interface TreeNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: TreeNode[];
}

/** Markdown constructs MDX reads inside an element and Markdown, inside an HTML block, does not. */
const FORMATTING: Record<string, string> = {
  emphasis: 'kursiv',
  strong: 'fet skrift',
  delete: 'gjennomstreking',
  link: 'lenke',
  linkReference: 'lenke',
  image: 'bilde',
  imageReference: 'bilde',
  inlineCode: 'kode',
  heading: 'overskrift',
  list: 'liste',
  blockquote: 'sitat',
  code: 'kodeblokk',
  table: 'tabell',
  thematicBreak: 'skillelinje',
  footnoteReference: 'fotnote',
};

function* walk(node: TreeNode): Generator<TreeNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const startOf = (n: TreeNode) => n.position?.start.offset ?? -1;
const endOf = (n: TreeNode) => n.position?.end.offset ?? -1;

/** Whether a code node is fenced (``` or ~~~) rather than indented, from the source at its start. */
function isFenced(body: string, node: TreeNode): boolean {
  return /^[ \t]*(```|~~~)/.test(body.slice(startOf(node)));
}

/**
 * @param body the body's source (offsets in both trees are UTF-16 offsets into it)
 * @param markdown the tree the site renders from (Sätteri's Markdown parser)
 * @param mdx the tree the check reads (Sätteri's MDX parser)
 * @param fileLine maps a body line to a file line
 */
export function checkAgreement(
  file: string,
  body: string,
  markdown: TreeNode,
  mdx: TreeNode,
  fileLine: (line: number | undefined) => number,
): Problem[] {
  const problems: Problem[] = [];
  const mdNodes = [...walk(markdown)];
  const htmlRanges = mdNodes.filter((n) => n.type === 'html').map((n) => [startOf(n), endOf(n)] as const);
  const codeRanges = mdNodes.filter((n) => n.type === 'code').map((n) => [startOf(n), endOf(n)] as const);
  const inside = (ranges: readonly (readonly [number, number])[], offset: number) =>
    ranges.some(([s, e]) => s <= offset && offset < e);

  for (const node of mdNodes) {
    if (node.type === 'code' && !isFenced(body, node))
      problems.push({
        file,
        line: fileLine(node.position?.start.line),
        field: 'innhold',
        problem:
          'teksten er rykket inn med fire mellomrom (eller en tabulator) og vises som kode i fast bredde, ikke som vanlig tekst',
        expected: 'fjern innrykket; skal det være kode, skriv den mellom to linjer med ```',
      });
  }

  const reportedBlocks = new Set<number>();
  const visit = (node: TreeNode) => {
    const offset = startOf(node);
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      /^[a-z]/.test(node.name ?? '') &&
      // Word's own tags (<o:p>) are said as Word's, with the fix (./word-html.ts).
      !wordHtml(node.name ?? '', {})
    ) {
      // HTML the MDX reading sees as an element, but the Markdown reading does not.
      if (offset >= 0 && !inside(htmlRanges, offset) && !inside(codeRanges, offset)) {
        problems.push({
          file,
          line: fileLine(node.position?.start.line),
          field: 'innhold',
          problem: `<${node.name}> vises som vanlig tekst, ikke som HTML`,
          expected: 'skriv hele HTML-taggen på én linje, med attributtverdier i anførselstegn',
        });
      }
    } else if (FORMATTING[node.type] && offset >= 0) {
      const block = htmlRanges.findIndex(([s, e]) => s <= offset && offset < e);
      if (block >= 0) {
        if (!reportedBlocks.has(block)) {
          reportedBlocks.add(block);
          problems.push({
            file,
            line: fileLine(node.position?.start.line),
            field: 'innhold',
            problem: `Markdown (${FORMATTING[node.type]}) inne i en HTML-blokk vises som ren tekst, med tegnene`,
            expected:
              'en tom linje mellom HTML-taggen og Markdown-teksten, f.eks. <details> og <summary> på egne linjer, så en tom linje, så teksten',
          });
        }
        return;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdx);
  return problems;
}
