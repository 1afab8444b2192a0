import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';

/** The problems of a body on line 7 of its file, as «line problem — expected». */
const problems = (body: string) =>
  checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`);

describe('a heading made by the line under a paragraph (setext)', () => {
  test('--- under a line of text: said at the ---, with a rule, a heading and nothing as the fixes', () => {
    expect(problems('Første avsnitt\n---\n\nMer.\n')).toEqual([
      '8 linjen --- rett under «Første avsnitt» gjør teksten over til en overskrift (nivå 2), ikke til en skillelinje — for en skillelinje: en tom linje over ---; for en mellomtittel: ## Første avsnitt, og fjern ---; ellers bare fjern ---',
    ]);
  });
  test('=== (any length) under a line: one message, the level-1 rule and the fix together', () => {
    expect(problems('Andre avsnitt\n====\n')).toEqual([
      '7 linjen ==== under «Andre avsnitt» gjør teksten til en overskrift på nivå 1, men sidens eneste overskrift på nivå 1 er tittelen — for en mellomtittel: ## Andre avsnitt, og fjern ====; ellers bare fjern ====',
    ]);
  });
  test('a line of = left under a ## heading is published as text', () => {
    expect(problems('## Tredje\n====\n')).toEqual([
      '8 linjen ==== vises som tekst på siden — fjern linjen; en skillelinje skrives --- med en tom linje over',
    ]);
  });
  test('accepts --- after a blank line, *** and ___ under text, and ## headings', () => {
    expect(problems('Tekst.\n\n---\n\nTekst\n***\n\nTekst\n___\n\n## Tittel\n\nTekst = 2\n')).toEqual([]);
  });
});
