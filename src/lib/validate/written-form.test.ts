import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from './frontmatter.ts';
import { entryShapes } from '../schema/entry.ts';

const refs = { people: new Set<string>(), publications: new Set<string>() };
const valid = ['title: Tittel', 'description: Ingress.', 'date: 2017-03-01', 'themes: [samordning]'];
/** Problems as «line field problem — expected»; line 1 is the opening `---`, so the fifth field is on line 6. */
const said = (lines: string[]) =>
  checkFrontmatter('content/artikler/a.mdx', lines.join('\n'), 'artikler', refs).problems.map(
    (p) => `${p.line} ${p.field} ${p.problem} — ${p.expected}`,
  );
/** The schema's rule for the field, as Astro's collections read it. */
const schemaLang = entryShapes.common.lang;

describe('the written form of an entry (lang)', () => {
  test('accepts nb and nn, and no lang at all', () => {
    expect(said([...valid, 'lang: nn'])).toEqual([]);
    expect(said([...valid, 'lang: nb'])).toEqual([]);
    expect(said(valid)).toEqual([]);
    expect(schemaLang.parse(undefined)).toBe('nb');
  });
  test.each(['no', 'nynorsk', 'NN', 'en', '1'])('reports «lang: %s» on its line, in Norwegian', (value) => {
    const problems = said([...valid, `lang: ${value}`]);
    expect(problems).toHaveLength(1);
    // The schema's message for a choice (src/lib/schema/error-map.ts), with «mente du» for a name of a form.
    const meant = { no: 'nb', nynorsk: 'nn', NN: 'nn' }[value];
    expect(problems[0]).toBe(
      `6 lang ukjent målform «${value}» — lang: nb (bokmål, standard) eller lang: nn (nynorsk)${meant ? ` (mente du «${meant}»?)` : ''}`,
    );
    expect(schemaLang.safeParse(value).success).toBe(false);
  });
});
