import { describe, expect, test } from 'vitest';
import { explainMdxError } from './mdx-errors.ts';
import { checkBody } from './body.ts';

const fileLine = (line: number) => line + 6;

describe('a reason of the MDX parser not known to the check', () => {
  test('still names the tag it stands in, in Norwegian, with the parser’s words after', () => {
    const body = 'Intro.\n\n<Faktaboks tittel="Om">\n';
    expect(explainMdxError(body, { message: 'Something new', place: { line: 3, offset: 15 } }, fileLine)).toEqual({
      line: 3,
      problem: 'taggen <Faktaboks> er skrevet feil (MDX: Something new)',
      expected: 'egenskaper på formen navn="tekst", og taggen avsluttet med > (eller /> når den ikke omslutter tekst)',
    });
  });
  test('outside a tag, says that the text cannot be read, in Norwegian', () => {
    expect(explainMdxError('Tekst.\n', { message: 'Something new', place: { line: 1, offset: 2 } }, fileLine)).toEqual({
      line: 1,
      problem: 'teksten kan ikke leses som MDX (MDX: Something new)',
      expected:
        'lukkede HTML-elementer (<details>…</details>), og { } < > i vanlig tekst skrevet som \\{ \\} &lt; &gt;',
    });
  });
});

describe('a quote inside a prop value', () => {
  const said = (body: string) => checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.expected}`);
  /** Each fix the message offers, split out, so that each can be tried as the editor would. */
  const fixesOf = (body: string) => said(body)[0]!.replace(/^\d+ /, '').split(', eller ');
  const cases = [
    ['<Sitat kilde="Han sa "ja"">', `kilde='Han sa "ja"'`, 'kilde="Han sa «ja»"'],
    ['<Sitat kilde="Han sa "ja" i går">', `kilde='Han sa "ja" i går'`, 'kilde="Han sa «ja» i går"'],
    ["<Faktaboks tittel='Ola's råd'>", `tittel="Ola's råd"`, "tittel='Ola’s råd'"],
  ] as const;
  test('is said to end the value early, at its line, with the value written whole', () => {
    for (const [tag, ...fixes] of cases) {
      const body = `Intro.\n\n${tag}\nTekst\n</${tag.slice(1, tag.indexOf(' '))}>\n`;
      const [problem] = checkBody('a.mdx', body, 7).problems;
      expect(problem?.problem, tag).toMatch(/inne i teksten, og det avslutter verdien for tidlig/);
      expect(problem?.line, tag).toBe(9);
      expect(fixesOf(body), tag).toEqual(fixes);
    }
  });
  test('each fix, written as told, is read', () => {
    for (const [tag, ...fixes] of cases) {
      const name = tag.slice(1, tag.indexOf(' '));
      for (const fix of fixes) expect(said(`<${name} ${fix}>\nTekst\n</${name}>\n`), fix).toEqual([]);
    }
  });
  test('a value with both quote marks is given the one fix that reads', () => {
    const body = `<Faktaboks tittel='Om "tillit" og 'makt''>\nx\n</Faktaboks>\n`;
    expect(fixesOf(body)).toEqual([`tittel='Om "tillit" og ’makt’'`]);
  });
});
