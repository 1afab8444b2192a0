import { describe, expect, test } from 'vitest';
import { isLocalImage, needsMdx } from './mdx-body.ts';

describe('needsMdx', () => {
  test('keeps plain Markdown, raw HTML and site-path images on the fast path', () => {
    expect(needsMdx('# Tittel\n\nTekst med [lenke](/tema/samordning/).')).toBe(false);
    expect(needsMdx('<details><summary>Mer</summary>\n\nTekst\n\n</details>')).toBe(false);
    expect(needsMdx('![Kart](/bilder/kart.jpg)')).toBe(false);
    expect(needsMdx('Tekst a < B og `<Faktaboks>` i kode.')).toBe(false);
  });
  test('sends a body with a component or a local image to the MDX compiler', () => {
    expect(needsMdx('<Faktaboks tittel="Fakta">Tekst</Faktaboks>')).toBe(true);
    expect(needsMdx('Tekst\n\n<Vedlegg fil="../vedlegg/a.pdf" />')).toBe(true);
    expect(needsMdx('![Kart](../bilder/kart.jpg)')).toBe(true);
  });
});

describe('isLocalImage', () => {
  test('is true only for paths relative to the entry', () => {
    expect(isLocalImage('../bilder/kart.jpg')).toBe(true);
    expect(isLocalImage('/bilder/kart.jpg')).toBe(false);
    expect(isLocalImage('https://example.org/a.jpg')).toBe(false);
  });
});
