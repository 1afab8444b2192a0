import { expect, test } from '@playwright/test';
import { publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';

test('an article prints as a clean document: no navigation, the site name, link targets written out', async ({
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
  const link = page.locator('.article-graph a').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toBe(`" (${href})"`);
  const heading = await page
    .locator('.article__body h2')
    .first()
    .evaluate((el) => getComputedStyle(el).breakAfter);
  expect(heading).toBe('avoid');
});
