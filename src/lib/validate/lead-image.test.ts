import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from './frontmatter.ts';
import { leadImageLine } from './lead-image.ts';

const refs = { people: new Set<string>(), publications: new Set<string>() };
const valid = ['title: Tittel', 'description: Ingress.', 'date: 2017-03-01', 'themes: [samordning]'];
/** The check's problems with `image` (the single schema, src/lib/schema/entry.ts) as «line field problem». */
const said = (lines: string[]) =>
  checkFrontmatter('content/artikler/a.mdx', [...valid, ...lines].join('\n'), 'artikler', refs).problems.map(
    (p) => `${p.line} ${p.field} ${p.problem}`,
  );

describe('the lead image in frontmatter', () => {
  test('accepts src and alt, and no image at all', () => {
    expect(said(['image:', '  src: ../bilder/kart.jpg', '  alt: Kart'])).toEqual([]);
    expect(said([])).toEqual([]);
  });
  test('names a missing alt, a missing src, an unknown field and a plain string', () => {
    const noAlt = said(['image:', '  src: ../bilder/kart.jpg', '  tekst: x']);
    expect(noAlt).toContain('6 image.alt mangler alt-tekst');
    expect(noAlt.some((p) => p.startsWith('8 image.tekst ukjent felt «tekst»'))).toBe(true);
    expect(said(['image:', '  alt: Kart']).map((p) => p.split(' ')[1])).toEqual(['image.src']);
    expect(said(['image: ../bilder/kart.jpg'])).toEqual(['6 image skal ha src og alt']);
  });
  test('finds the line of src in the file', () => {
    expect(leadImageLine('title: A\nimage:\n  src: ../bilder/a.jpg\n  alt: A')).toBe(4);
  });
});
