import { describe, expect, test } from 'vitest';
import { checkLeadImage, leadImageLine } from './lead-image.ts';

describe('the lead image in frontmatter', () => {
  test('accepts src and alt, and no image at all', () => {
    expect(checkLeadImage({ src: '../bilder/kart.jpg', alt: 'Kart' })).toEqual([]);
    expect(checkLeadImage(undefined)).toEqual([]);
  });
  test('names a missing alt, a missing src, an unknown field and a plain string', () => {
    expect(checkLeadImage({ src: '../bilder/kart.jpg', tekst: 'x' }).map((p) => `${p.field} ${p.problem}`)).toEqual([
      'image.alt mangler alt-tekst',
      'image.tekst ukjent felt «tekst»',
    ]);
    expect(checkLeadImage({ alt: 'Kart' }).map((p) => p.field)).toEqual(['image.src']);
    expect(checkLeadImage('../bilder/kart.jpg').map((p) => p.problem)).toEqual(['skal ha src og alt']);
  });
  test('finds the line of src in the file', () => {
    expect(leadImageLine('title: A\nimage:\n  src: ../bilder/a.jpg\n  alt: A')).toBe(4);
  });
});
