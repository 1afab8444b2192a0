import { expect, test } from 'vitest';
import fc from 'fast-check';
import { suggestionList } from './search-suggest.ts';

/** The list's rule as one sort: most pages first, then code-unit order; the first `max`. */
function reference(pages: ReadonlySet<string>[], max: number): string {
  const count = new Map<string, number>();
  for (const page of pages) for (const w of page) if (w.length >= 3) count.set(w, (count.get(w) ?? 0) + 1);
  return [...count]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([w]) => w)
    .join('\n');
}

test('the word list grouped by count is the same list as one sort of all words', () => {
  const word = fc.stringMatching(/^[a-zæøåA-Z]{3,7}$/);
  fc.assert(
    fc.property(
      fc.array(fc.uniqueArray(word, { maxLength: 12 }), { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 1, max: 20 }),
      (lists, max) => {
        const pages = lists.map((l) => new Set(l));
        expect(suggestionList(pages, max)).toBe(reference(pages, max));
      },
    ),
  );
});
