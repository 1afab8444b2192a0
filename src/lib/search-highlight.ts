/**
 * Which words of an article a search result marks, and so which words its text-fragment link
 * (`#:~:text=`) asks the article page to highlight. The rule (docs/search.md, «What a result marks»):
 *
 * - a query word matches where a word *begins* with its base (`queryBases`: «lederne» → «leder»
 *   marks «leder», «ledere», «lederen»), as Pagefind matches a stem as a prefix of a word;
 * - a word begins at its first letter and after a hyphen or an apostrophe («IT-styring», «DFØ's»),
 *   never inside a run of letters: «ikt» does not mark «viktig»;
 * - inside a compound it matches only where the index put one of the page's compound parts (the
 *   added terms after COMPOUND_MARKER, src/lib/compounds.ts): «styring» marks «etatsstyring» on a
 *   page whose index holds the part «styring», since that is how Pagefind found the page;
 * - the whole word is marked, not the matched letters: «etatsstyring», «lederen».
 */
import { COMPOUND_MARKER } from './search-index.ts';
import { MIN_PART, words } from './compounds.ts';

/** The compound parts and forms the index added to a page: the words of Pagefind's content after the marker. */
export function addedTerms(content: string): string[] {
  const at = content.indexOf(COMPOUND_MARKER);
  return at < 0 ? [] : [...new Set(words(content.slice(at + COMPOUND_MARKER.length)))];
}

/**
 * Whether one word (a run of letters and digits, as `words` gives it) matches a query base: the
 * word begins with it, or a compound part of `parts` (at least MIN_PART letters) stands inside the
 * word and the rest of the word from there begins with it.
 */
function wordMatches(word: string, bases: readonly string[], parts: readonly string[]): boolean {
  const from = (at: number) => bases.some((b) => word.startsWith(b, at));
  if (from(0)) return true;
  for (const part of parts) {
    if (part.length < MIN_PART) continue;
    for (let at = word.indexOf(part, 1); at > 0; at = word.indexOf(part, at + 1)) if (from(at)) return true;
  }
  return false;
}

/** Whether a piece of text as written («IT-styring,», «(viktig)») holds a word matching a base. */
export function matchesQuery(token: string, bases: readonly string[], parts: readonly string[] = []): boolean {
  return bases.length > 0 && words(token).some((w) => wordMatches(w, bases, parts));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Plain text as HTML with the matching words in `<mark>`, and those words. A word is a run of
 * letters and digits joined by hyphens or apostrophes («IT-styring», «DFØ's»), marked whole.
 * The text is escaped piece by piece, so no mark lands inside an escaped character.
 */
export function markMatches(
  text: string,
  bases: readonly string[],
  parts: readonly string[] = [],
): { html: string; marked: string[] } {
  const marked: string[] = [];
  let html = '';
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    html += escapeHtml(text.slice(last, m.index));
    if (matchesQuery(m[0], bases, parts)) {
      marked.push(m[0]);
      html += `<mark>${escapeHtml(m[0])}</mark>`;
    } else html += escapeHtml(m[0]);
    last = m.index + m[0].length;
  }
  return { html: html + escapeHtml(text.slice(last)), marked };
}
