/**
 * Driving the search page as a reader does, and what the content says a search should find.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { publishedEntries, rel, type SourceEntry } from './site.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { paths } from '../../src/lib/urls.ts';

/** Title and body text of an entry, from its source file. */
export function sourceText(entry: SourceEntry): string {
  return `${entry.data.title}\n${splitFrontmatter(readFileSync(entry.file, 'utf8')).body}`;
}

/** Titles of published entries whose text has `word` as a whole word (any case). */
export function titlesWithWord(word: string): string[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu');
  return publishedEntries()
    .filter((e) => re.test(sourceText(e)))
    .map((e) => e.data.title);
}

/**
 * The status line once a search for `query` has results: «N treff for «query».» with N ≥ 1.
 * «Ingen treff for «query».» does not match.
 */
export const hitsFor = (query: string) =>
  new RegExp(`^[1-9]\\d* treff for «${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»`);

/** Opens the search page, types `query` and waits until the status reports results for it. */
export async function search(page: Page, query: string, { expectHits = true } = {}): Promise<void> {
  await page.goto(rel(paths.search()));
  await page.getByLabel('Søkeord').fill(query);
  await expect(page.getByRole('status')).toHaveText(expectHits ? hitsFor(query) : new RegExp(`for «${query}»`));
}

export async function resultTitles(page: Page): Promise<string[]> {
  return (await page.locator('.search-result__title a').allTextContents()).map((t) => t.trim());
}

/** Clicks «Vis flere treff» until every result is listed. */
export async function allResultTitles(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Vis flere treff' });
  while (await more.isVisible()) await more.click();
  return resultTitles(page);
}
