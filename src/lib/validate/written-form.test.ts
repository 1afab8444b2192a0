import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { checkFrontmatter } from './frontmatter.ts';
import { SITE_LANG, WRITTEN_FORM_IDS } from '../written-form.ts';

const refs = { people: new Set<string>(), publications: new Set<string>() };
const valid = ['title: Tittel', 'description: Ingress.', 'date: 2017-03-01', 'themes: [samordning]'];
/** Problems as «line field problem — expected»; line 1 is the opening `---`, so the fifth field is on line 6. */
const said = (lines: string[]) =>
  checkFrontmatter('content/artikler/a.mdx', lines.join('\n'), 'artikler', refs).problems.map(
    (p) => `${p.line} ${p.field} ${p.problem} — ${p.expected}`,
  );
/** The schema's rule for the field, as src/content.config.ts writes it. */
const schemaLang = z.enum(WRITTEN_FORM_IDS).default(SITE_LANG);

describe('the written form of an entry (lang)', () => {
  test('accepts nb and nn, and no lang at all', () => {
    expect(said([...valid, 'lang: nn'])).toEqual([]);
    expect(said([...valid, 'lang: nb'])).toEqual([]);
    expect(said(valid)).toEqual([]);
    expect(schemaLang.parse(undefined)).toBe('nb');
  });
  test.each(['no', 'nynorsk', 'NN', 'en', '1'])('reports «lang: %s» on its line, in Norwegian', (value) => {
    expect(said([...valid, `lang: ${value}`])).toEqual([
      `6 lang «${value}» er ikke en målform — lang: nb (bokmål, standard) eller lang: nn (nynorsk)`,
    ]);
    expect(schemaLang.safeParse(value).success).toBe(false);
  });
});
