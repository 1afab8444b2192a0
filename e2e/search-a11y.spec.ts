/**
 * Search by keyboard alone and with a screen reader: the header form without JavaScript, Tab and
 * Space through the filters, results announced in a polite live region without moving the page.
 */
import { expect, test } from '@playwright/test';
import { rel } from './support/site.ts';
import { hitsFor } from './support/search.ts';
import { paths } from '../src/lib/urls.ts';

test('the header search leads to the search page with the query, also without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(rel(paths.themes()));
  await page.getByLabel('Søk i kunnskapsbanken').fill('ledere');
  await page.getByLabel('Søk i kunnskapsbanken').press('Enter');
  await expect(page).toHaveURL(/\/sok\/\?q=ledere$/);
  await context.close();
});

test('the whole search works by keyboard alone', async ({ page }) => {
  await page.goto(rel(paths.home()));
  const field = page.getByLabel('Søk i kunnskapsbanken');
  await field.focus();
  await page.keyboard.type('styring');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sok\/\?q=styring/);
  await expect(page.getByRole('status')).toHaveText(hitsFor('styring'));
  // Tab from the query field to the first theme filter and tick it with the space bar.
  await page.getByLabel('Søkeord').focus();
  const box = page.getByRole('checkbox', { name: /^Etatsstyring/ });
  for (let i = 0; i < 10 && !(await box.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(/tema=etatsstyring/);
  const firstResult = page.locator('.search-result__title a').first();
  for (let i = 0; i < 20 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(firstResult).toBeFocused();
  const title = (await firstResult.textContent())!.trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('results are announced politely and do not move what the reader is looking at', async ({ page }) => {
  await page.goto(rel(paths.search()));
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  // The field being typed into, the status line and the top of the result list: everything a
  // reader's eye is on while results arrive. (The filters sit in their own column and cannot move.)
  const watched = [page.getByLabel('Søkeord'), status, page.locator('[data-search-results]')];
  const tops = () => Promise.all(watched.map(async (l) => (await l.boundingBox())?.y));
  const scroll = () => page.evaluate(() => window.scrollY);
  const before = await tops();
  const scrolledBefore = await scroll();
  expect(before.every((y) => typeof y === 'number')).toBe(true);
  await page.getByLabel('Søkeord').fill('samordning');
  await expect(status).toHaveText(hitsFor('samordning'));
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(await tops()).toEqual(before);
  expect(await scroll()).toBe(scrolledBefore);
});
