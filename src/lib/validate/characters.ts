import { describeCharacter, findUnwantedCharacters, hasLineBreak, remedy } from '../text/characters.ts';
import type { Problem } from './problem.ts';

/**
 * Problems with the characters of one text an editor wrote: every unwanted character (see
 * src/lib/text/characters.ts for the classes and their sources), once per character and line, and,
 * for a one-line field (a title, an ingress, a name: anything shown as one line in listings, feeds
 * and calendars), a line break inside it. `line` is the file line the text starts on.
 */
export function characterProblems(
  file: string,
  line: number,
  field: string,
  text: string,
  options: { oneLine: boolean },
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const found of findUnwantedCharacters(text)) {
    const at = line + found.line - 1;
    const key = `${at} ${found.codePoint}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({
      file,
      line: at,
      field,
      problem: `${describeCharacter(found.codePoint)} i teksten`,
      expected: remedy(found.codePoint),
    });
  }
  if (options.oneLine && hasLineBreak(text)) {
    problems.push({
      file,
      line,
      field,
      problem: 'linjeskift inne i et felt som vises på én linje (i lister, feeder og kalendere)',
      expected: 'hele teksten på én linje, uten tomme linjer i feltet',
    });
  }
  return problems;
}

/**
 * Every string in a parsed YAML value with its path (`['event', 'location']`, `['people', 0, 'id']`),
 * keys included as their own entries (path ending in the key), for checking the characters of each.
 */
export function stringsIn(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(findUnwantedCharacters(k).length > 0 ? [{ path: [...path, k], text: k }] : []),
      ...stringsIn(v, [...path, k]),
    ]);
  }
  return [];
}

/** `['event', 'location']` → `event.location`; list positions are left out (`people.id`), as elsewhere. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.filter((p) => typeof p === 'string').join('.') || 'frontmatter';
}
