import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, nonEmpty, rel } from './support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The 404 page is what a reader sees at an address that does not exist. */
const visit = (sitePath: string) => rel(sitePath === '/404.html' ? '/finnes-ikke/' : sitePath);

// One test per page, so that no test's time grows with the site.
const pages = nonEmpty(builtPages(), 'built pages');

for (const sitePath of pages) {
  test(`${sitePath} has no WCAG 2.2 AA violations in light and dark colour scheme, and no console errors`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(visit(sitePath));
    if (sitePath === '/sok/') {
      await page.getByLabel('Søkeord').fill('samordning');
      await expect(page.getByRole('status')).toContainText('treff');
    }
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `${colorScheme} colour scheme`).toEqual([]);
    }
    // The 404 page's own request answers 404: that console line is the status, not an error of the page.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
}

for (const sitePath of pages) {
  test(`${sitePath} has one h1, heading levels without gaps, and no link that says only «klikk her» or «les mer»`, async ({
    page,
  }) => {
    await page.goto(visit(sitePath));
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(1);
    });
    const texts = await page.getByRole('link').allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => /^(klikk her|her|les mer)$/i.test(t.trim()))).toEqual([]);
  });
}

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
