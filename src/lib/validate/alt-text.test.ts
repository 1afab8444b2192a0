import { describe, expect, test } from 'vitest';
import { ALT_MAX, altProblem } from './alt-text.ts';

describe('alt text says what the image shows (WCAG 1.1.1)', () => {
  test.each([
    ['the file name', 'kart.jpg', '../bilder/kart.jpg'],
    ['the file name without its ending, when it reads as one', 'mitt_kart', '../bilder/mitt_kart.jpg'],
    ['a dated file name without its ending', 'kart-2024', '../bilder/kart-2024.png'],
    ['the file name in capitals', 'KART.JPG', '../bilder/kart.jpg'],
    ['another image file name', 'IMG_2034.JPG', '../bilder/ledermote.jpg'],
    ['a camera name without ending', 'DSC01234', '../bilder/ledermote.jpg'],
    ['a screenshot name', 'Skjermbilde 2024-03-01 kl. 10.22.31', '../bilder/skjerm.png'],
    ['a percent-encoded file name', 'møte.jpg', '../bilder/m%C3%B8te.jpg'],
  ])('rejects %s', (_what, alt, src) => {
    expect(altProblem(alt, src)?.problem).toContain('er et filnavn');
  });
  test(`rejects an alt text over ${ALT_MAX} characters, and says how long it is`, () => {
    const alt = 'Ledere rundt et møtebord. '.repeat(10);
    expect(alt.trim().length).toBeGreaterThan(ALT_MAX);
    expect(altProblem(alt, '../bilder/a.jpg')?.problem).toContain(`${alt.trim().length} tegn`);
    expect(altProblem('ø'.repeat(ALT_MAX), '../bilder/a.jpg')).toBeNull();
  });
  test('accepts a description, also one that names a word of the file', () => {
    expect(altProblem('Kart over regionene', '../bilder/kart.jpg')).toBeNull();
    expect(altProblem('Ledere rundt et møtebord', '../bilder/IMG_2034.JPG')).toBeNull();
  });
  test('accepts one word that says what the image is, even when the file is named for it', () => {
    expect(altProblem('Logo', '../bilder/logo.svg')).toBeNull();
    expect(altProblem('Kart', '../bilder/kart.jpg')).toBeNull();
    expect(altProblem('Difi', '../bilder/difi.png')).toBeNull();
  });
});
