/**
 * Accessibility of the page types under the build's base path: landmarks, the active theme, the
 * colour scheme. The per-page checks (axe, headings, link texts) do not depend on the base path and
 * run once, in e2e/a11y-pages.once.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { rel } from './support/site.ts';

test('landmarks: header, labelled navigation, main and footer on every page type', async ({ page }) => {
  for (const sitePath of ['/', '/tema/samordning/', '/artikler/', '/sok/']) {
    await page.goto(rel(sitePath));
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Tema' })).toBeVisible();
  }
});

test('the active theme is marked with aria-current', async ({ page }) => {
  await page.goto(rel('/tema/etatsstyring/'));
  await expect(
    page.getByRole('navigation', { name: 'Tema' }).getByRole('link', { name: 'Etatsstyring' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(
    page.getByRole('navigation', { name: 'Tema' }).getByRole('link', { name: 'Samordning' }),
  ).not.toHaveAttribute('aria-current', /.*/);
});

test('the colour scheme follows the system setting', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(rel('/'));
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark' });
  const [r, g, b] = (await background()).match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150);
});
