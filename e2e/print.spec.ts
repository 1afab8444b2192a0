import { expect, test } from '@playwright/test';
import { publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';

test('an article prints as a clean document: no navigation, the site name, link targets written out as full addresses', async ({
  page,
}) => {
  const entry = publishedEntries().find((e) => e.kind === 'intervjuer' && e.data.people?.length)!;
  await page.goto(rel(paths.entry(entry.kind, entry.slug)));
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Tema' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Brødsmulesti' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Kunnskapsbanken' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A link within the site is printed as the address a reader can type: the site's own origin
  // (the one its canonical address names) before the link's path.
  const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
  expect(origin).toMatch(/^https?:\/\/[^/]+$/);
  const link = page.locator('.article-graph a').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\//);
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toBe(`" (${origin}${href})"`);
  const heading = await page
    .locator('.article__body h2')
    .first()
    .evaluate((el) => getComputedStyle(el).breakAfter);
  expect(heading).toBe('avoid');
});
