import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from './frontmatter.ts';

/** A file saved on Windows ends its lines with \r\n: every message gives the same line back as for \n. */
const refs = { people: new Set(['eivind-dale']), publications: new Set<string>() };
const head = ['title: Tittel', 'description: Ingress.', 'date: 2017-03-01'];
const said = (lines: readonly string[], end: string) =>
  checkFrontmatter('a.mdx', lines.join(end), 'artikler', refs).problems.map(
    (p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`,
  );

describe('a frontmatter with Windows line ends (\\r\\n)', () => {
  test.each([
    [['title: Tittel', 'description: Styring #1 i staten', 'date: 2017-03-01', 'themes: [samordning]']],
    [['title: Tittel', 'description: Les dette: viktig', 'date: 2017-03-01', 'themes: [samordning]']],
    [['title: “Tillit i staten”', 'description: Ingress.', 'date: 2017-03-01', 'themes: [samordning]']],
    [[...head, 'themes: - samordning', '  - it-styring']],
    [[...head, 'themes: [samordning]', 'people: - id: eivind-dale', '    part: intervjuet']],
    [[...head, 'themes: [samordning #1]']],
    [[...head, 'themes: [samordning]', 'draft:true']],
  ])('%j is said as with \\n, and the value to write is the editor’s', (lines) => {
    const unix = said(lines, '\n');
    expect(unix.length).toBeGreaterThan(0);
    expect(said(lines, '\r\n')).toEqual(unix);
  });
});

describe('a tab as indent', () => {
  test('each line is given back with two spaces for each tab, and the lines written so are read as meant', () => {
    const lines = [...head, 'themes: [samordning]', 'people:', '\t- id: eivind-dale', '\t  part: intervjuet'];
    expect(said(lines, '\n')).toEqual([
      '7 people.id — YAML-feil: tabulator brukt som innrykk — mellomrom i stedet for tabulator, to for hver: «  - id: eivind-dale»',
      '8 people.part — YAML-feil: tabulator brukt som innrykk — mellomrom i stedet for tabulator, to for hver: «    part: intervjuet»',
    ]);
    const fixed = lines.map((l, i) => {
      const message = said(lines, '\n').find((m) => m.startsWith(`${i + 2} `));
      return message ? /«(.*)»$/.exec(message)![1]! : l;
    });
    const again = checkFrontmatter('a.mdx', fixed.join('\n'), 'artikler', refs);
    expect(again.problems).toEqual([]);
    expect(again.data['people']).toEqual([{ id: 'eivind-dale', part: 'intervjuet' }]);
  });
});
