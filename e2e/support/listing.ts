/**
 * Reading the site's paginated listings as a reader does: every page, following «Neste side».
 * A listing test that reads only page 1 passes on a small site and fails (or misses entries) once
 * the list outgrows one page.
 */
import type { Page } from '@playwright/test';
import { PAGE_SIZE } from '../../src/lib/site.ts';
import { rel } from './site.ts';

/**
 * The time budget (ms) of a test that reads listings of `entries` entries in all to their last
 * pages: a fixed part, and a share for each listing page (`PAGE_SIZE` entries a page), so that the
 * limit grows with the site and the test does not fail when the content does.
 */
export function listingBudget(entries: number): number {
  return 60_000 + Math.ceil(entries / PAGE_SIZE) * 3_000;
}

/** Titles of the entry cards in the main list of the page that is open. */
export async function cardTitles(page: Page): Promise<string[]> {
  return (await page.locator('main .entry-card__title a').allTextContents()).map((t) => t.trim());
}

/** Opens `start` and collects the titles listed on it and on every page after it, in order. */
export async function listedTitles(page: Page, start: string): Promise<string[]> {
  const titles: string[] = [];
  await page.goto(rel(start));
  for (;;) {
    titles.push(...(await cardTitles(page)));
    const next = page.getByRole('link', { name: 'Neste side' });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  return titles;
}
