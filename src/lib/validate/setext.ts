import type { Finding } from './pasted-body.ts';

/**
 * Headings made by the line under the text (CommonMark §4.3, setext headings): `---` right under a
 * paragraph line makes the paragraph a level-2 heading, `===` a level-1 one, which only the title
 * may be. An editor writes `---` for a rule and `===` to underline; both are said, with what to
 * write for each meaning, in one message, so one run of the check is enough. A line of `=` with
 * nothing above it is published as text.
 */

interface Node {
  type: string;
  depth?: number;
  value?: string;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: Node[];
}

const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');
const short = (s: string) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
};

/** The underline of a setext heading (`---`, `====`) and its body line, or null for `## …`. */
export function setextUnderline(node: Node, body: string): { mark: string; line: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type !== 'heading' || start === undefined || end === undefined) return null;
  const source = body.slice(start, end);
  if (/^[ \t>]*#/.test(source)) return null;
  const lines = source.split('\n');
  return {
    mark: lines
      .at(-1)!
      .replace(/^[ \t>]*/, '')
      .trim(),
    line: node.position!.start.line + lines.length - 1,
  };
}

/** Every setext heading and stray `===` line in the tree the site renders; lines are body lines. */
export function setextProblems(tree: Node, body: string): Finding[] {
  const out: Finding[] = [];
  const visit = (node: Node) => {
    if (node.type === 'code' || node.type === 'html') return;
    const under = setextUnderline(node, body);
    if (under) {
      const words = short(text(node));
      out.push(
        node.depth === 1
          ? {
              line: node.position!.start.line,
              problem: `linjen ${under.mark} under «${words}» gjør teksten til en overskrift på nivå 1, men sidens eneste overskrift på nivå 1 er tittelen`,
              expected: `for en mellomtittel: ## ${words}, og fjern ${under.mark}; ellers bare fjern ${under.mark}`,
            }
          : {
              line: under.line,
              problem: `linjen ${under.mark} rett under «${words}» gjør teksten over til en overskrift (nivå 2), ikke til en skillelinje`,
              expected: `for en skillelinje: en tom linje over ${under.mark}; for en mellomtittel: ## ${words}, og fjern ${under.mark}; ellers bare fjern ${under.mark}`,
            },
      );
    }
    if (node.type === 'paragraph' && /^=+$/.test(text(node).trim()))
      out.push({
        line: node.position?.start.line ?? 1,
        problem: `linjen ${text(node).trim()} vises som tekst på siden`,
        expected: `fjern linjen; en skillelinje skrives --- med en tom linje over`,
      });
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}
