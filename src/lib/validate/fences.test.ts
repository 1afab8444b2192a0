import { describe, expect, test } from 'vitest';
import { fenceProblem } from './fences.ts';

describe('a frontmatter the site cannot find', () => {
  test('an opening --- without its closing one says the closing line is missing', () => {
    expect(fenceProblem('---\ntitle: Tittel\ndate: 2017-03-01\n\nTeksten.\n')).toEqual({
      line: 1,
      problem: 'toppteksten lukkes aldri: linjen --- etter det siste feltet mangler',
      expected: 'en linje med bare --- etter det siste feltet, før teksten begynner',
    });
  });
  test.each([
    ['—', 'lang tankestrek'],
    ['–––', 'tre tankestreker'],
    ['----', 'fire bindestreker'],
    ['--', 'to bindestreker'],
  ])('a fence written «%s» (%s) is named with its line', (fence) => {
    const wrong = {
      problem: `første linje er «${fence}», ikke tre bindestreker ---, så toppteksten blir ikke funnet`,
      expected: 'en linje med bare tre vanlige bindestreker: ---',
    };
    expect(fenceProblem(`${fence}\ntitle: Tittel\n${fence}\n`)).toEqual({ line: 1, ...wrong });
    expect(fenceProblem(`---\ntitle: Tittel\n${fence}\nTeksten.`)).toEqual({
      line: 3,
      problem: `linjen som skal avslutte toppteksten er «${fence}», ikke tre bindestreker ---, så toppteksten blir ikke funnet`,
      expected: wrong.expected,
    });
  });
  test('a file with no fence at all, or a list item alone, is not taken for one', () => {
    expect(fenceProblem('Bare tekst.\n')).toBeUndefined();
    expect(fenceProblem('-\nTekst')).toBeUndefined();
  });
});
