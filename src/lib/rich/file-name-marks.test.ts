import { describe, expect, test } from 'vitest';
import { markInFileName } from './file-name-marks.ts';

describe('a # or ? in the name of a file beside the content', () => {
  test('is found as written and as an address writes it, and the name given keeps the editor’s words', () => {
    expect(markInFileName('../bilder/kart #2.png')).toEqual({
      mark: '#',
      name: 'kart #2.png',
      renamed: 'kart-2.png',
      path: '../bilder/kart-2.png',
    });
    expect(markInFileName('../bilder/kart%20%232.png')?.path).toBe('../bilder/kart-2.png');
    expect(markInFileName('../vedlegg/Hva nå?.pdf')?.renamed).toBe('Hva nå.pdf');
    expect(markInFileName('../bilder/#1 Kart.JPG')?.renamed).toBe('1 Kart.JPG');
  });
  test('is nothing in a name without them, or in a folder only', () => {
    expect(markInFileName('../bilder/kart.png')).toBeUndefined();
    expect(markInFileName('../bilder/100%.png')).toBeUndefined();
  });
});
