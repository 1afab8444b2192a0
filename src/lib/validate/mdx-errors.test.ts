import { describe, expect, test } from 'vitest';
import { explainMdxError } from './mdx-errors.ts';

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
