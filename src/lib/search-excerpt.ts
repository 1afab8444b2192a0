/**
 * Excerpts for results found through the added search terms (compound parts and inflected forms,
 * see src/lib/search-index.ts). Pagefind cuts its excerpt where the matches are, which for such a
 * result is the added word list: readers should see the article's own sentence instead.
 */
import { COMPOUND_MARKER } from './search-index.ts';
import { ENDINGS } from './search-inflections.ts';
import { words } from './compounds.ts';
import { markMatches, matchesQuery } from './search-highlight.ts';

/** Words in an excerpt, as in Pagefind's default. */
export const EXCERPT_WORDS = 28;
const SHORTEST_BASE = 4;
/** Endings to drop, longest first; of the one-letter endings only -a, -e, -s: «leder» is not «lede» + r. */
const LONGEST_FIRST = ENDINGS.filter((e) => e.length > 1 || 'aes'.includes(e)).sort((a, b) => b.length - a.length);

/** A query word without its inflection: «lederne» → «leder», «departementene» → «departement». */
export function baseForm(term: string): string {
  const t = term.toLowerCase();
  for (const e of LONGEST_FIRST)
    if (t.endsWith(e) && t.length - e.length >= SHORTEST_BASE) return t.slice(0, -e.length);
  return t;
}

/** The query's bases, for matching article words: «styring» matches «etatsstyring», «IT-styring». */
export function queryBases(query: string): string[] {
  return [
    ...new Set(
      words(query)
        .filter((w) => w.length > 1)
        .map(baseForm),
    ),
  ];
}

/** The article's own text: Pagefind's content without the added terms. */
export function ownContent(content: string): string {
  return content.split(COMPOUND_MARKER)[0] ?? '';
}

/** Whether Pagefind's excerpt was cut from the added terms rather than from the article. */
export function excerptFromAddedTerms(excerptHtml: string, content: string): boolean {
  if (excerptHtml.includes(COMPOUND_MARKER)) return true;
  const at = content.indexOf(COMPOUND_MARKER);
  if (at < 0) return false;
  const head = excerptHtml
    .replace(/<\/?mark>/g, '')
    .trim()
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
  const found = content.indexOf(head);
  return found > at;
}

/**
 * An excerpt of the article's own text around the first word related to the query, with related
 * words in `<mark>` (the rule: src/lib/search-highlight.ts; `parts` are the compound parts the
 * index added to the page); null when the text has none. Returns the marked words too, for highlighting.
 */
export function relatedExcerpt(
  text: string,
  query: string,
  parts: readonly string[] = [],
): { html: string; marked: string[] } | null {
  const bases = queryBases(query);
  const tokens = text.split(/\s+/).filter(Boolean);
  const first = tokens.findIndex((t) => matchesQuery(t, bases, parts));
  if (first < 0) return null;
  const start = Math.max(0, first - Math.floor(EXCERPT_WORDS / 3));
  return markMatches(tokens.slice(start, start + EXCERPT_WORDS).join(' '), bases, parts);
}
