/**
 * Search by keyboard alone and with a screen reader: the header form without JavaScript, the search
 * page without it, Tab and Space through the filters, the two search landmarks told apart, results
 * announced in a polite live region once typing pauses, without moving the page.
 */
import { expect, test } from '@playwright/test';
import { href, rel } from './support/site.ts';
import { hitsFor } from './support/search.ts';
import { paths } from '../src/lib/urls.ts';
import { THEMES } from '../src/lib/themes.ts';
import { ANNOUNCE_AFTER_MS } from '../src/lib/search-announce.ts';

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

test('the search page without JavaScript says search needs it, offers the ways to browse and no dead control', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // As the header's search leaves a reader without JavaScript: a query the page cannot run.
  await page.goto(`${rel(paths.search())}?q=styring`);
  const main = page.getByRole('main');
  await expect(main.getByText('Søket trenger JavaScript', { exact: false })).toBeVisible();
  const browse = [
    ...THEMES.map((t) => ({ name: t.label, path: paths.theme(t.id) })),
    { name: 'alt innhold', path: paths.all() },
    { name: 'publikasjonene', path: paths.publications() },
  ];
  for (const { name, path } of browse) {
    const link = main.getByRole('link', { name, exact: true });
    await expect(link, name).toBeVisible();
    await expect(link, name).toHaveAttribute('href', href(path));
  }
  // Nothing to type in, tick, choose or press that would do nothing, on the page or in its header.
  for (const role of ['searchbox', 'textbox', 'checkbox', 'combobox', 'button'] as const)
    await expect(page.getByRole(role), role).toHaveCount(0);
  await context.close();
});

test('the search page and the header each have a search landmark with a name of its own', async ({ page }) => {
  await page.goto(rel(paths.search()));
  await expect(page.getByRole('search')).toHaveCount(2);
  await expect(page.getByRole('banner').getByRole('search', { name: 'Hurtigsøk', exact: true })).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('search', { name: 'Søk i kunnskapsbanken', exact: true })).toHaveCount(
    1,
  );
});

test('the status is announced once typing pauses, with the final count only, while results show sooner', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(rel(paths.search()));
  const status = page.getByRole('status');
  const idle = (await status.textContent())!.trim();
  // Every text the live region is given, from here on.
  await page.evaluate(() => {
    const el = document.querySelector('[role="status"]')!;
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    new MutationObserver(() => seen.push(el.textContent!.trim())).observe(el, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.clock.pauseAt(Date.now() + 60_000);
  const field = page.getByLabel('Søkeord');
  await field.focus();
  // A key every 200 ms: each pause is longer than the search's debounce, shorter than ANNOUNCE_AFTER_MS.
  const query = 'samordning';
  const pause = 200;
  expect(pause).toBeLessThan(ANNOUNCE_AFTER_MS);
  for (const key of query) {
    await page.keyboard.type(key);
    await page.clock.runFor(pause);
  }
  // The results of the whole query are on screen (the list no longer busy) before anything is announced.
  const list = page.locator('[data-search-results]');
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).toEqual([]);
  await expect(status).toHaveText(idle);
  await page.clock.runFor(ANNOUNCE_AFTER_MS - pause);
  await expect(status).toHaveText(hitsFor(query));
  const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
  expect(announced).toHaveLength(1);
  expect(announced[0]).toMatch(hitsFor(query));
});
