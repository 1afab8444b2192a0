import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';

/** The problems of a body on line 5 of its file, as «line problem». */
const problems = (body: string) => checkBody('a.mdx', body, 5).problems.map((p) => `${p.line} ${p.problem}`);
const LEVEL_ONE = 'på nivå 1, men sidens eneste overskrift på nivå 1 er tittelen';

describe('a level-1 heading in a body (the page has one h1: the title; WCAG 1.3.1, 2.4.6)', () => {
  test.each([
    ['# in Markdown', 'Tekst.\n\n# Tittel', 7],
    ['setext ===', 'Tittel\n======', 5],
    ['<h1> as HTML', 'Tekst.\n\n<h1>Tittel</h1>', 7],
    ['<h1> inline in a paragraph', 'Tekst <h1>Tittel</h1> mer.', 5],
    ['# inside a component', '<Faktaboks tittel="Fakta">\n\n# Tittel\n\n</Faktaboks>', 7],
    ['<h1> in a body compiled as MDX', '<Merknad type="info">\n\nTekst.\n\n</Merknad>\n\n<h1>Tittel</h1>', 11],
  ])('%s is named, with its line', (_what, body, line) => {
    expect(problems(body).filter((p) => p.includes(LEVEL_ONE))).toEqual([
      expect.stringMatching(new RegExp(`^${line} `)),
    ]);
  });
  test('says what to write instead', () => {
    const [p] = checkBody('a.mdx', '# Innledning', 5).problems;
    expect(p?.problem).toContain('«# Innledning»');
    expect(p?.expected).toContain('##');
  });
  test('accepts ## to ######, a # in code and a # that is no heading', () => {
    const body =
      '## To\n\n### Tre\n\n###### Seks\n\n`# kode`\n\n```\n# kode\n```\n\n\\# ikke en overskrift\n\nTekst #1.';
    expect(problems(body)).toEqual([]);
  });
});
