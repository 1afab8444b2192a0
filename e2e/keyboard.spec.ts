import { expect, test } from '@playwright/test';
import { publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';

const article = publishedEntries().find((e) => e.kind === 'intervjuer')!;

test('the skip link comes first and moves focus to the main content', async ({ page }) => {
  await page.goto(rel(paths.entry(article.kind, article.slug)));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('every link and control can be reached by Tab, with a visible focus indicator', async ({ page }) => {
  for (const sitePath of ['/', paths.entry(article.kind, article.slug), paths.theme('samordning')]) {
    await page.goto(rel(sitePath));
    const focusable = 'a[href], button, input, select, textarea';
    const total = await page
      .locator(focusable)
      .evaluateAll(
        (els) => els.filter((e) => (e as HTMLElement).getClientRects().length > 0 || e.matches('.ds-skip-link')).length,
      );
    expect(total, sitePath).toBeGreaterThan(0);
    for (let i = 0; i < total + 2; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        el.setAttribute('data-tab-reached', '');
        const style = getComputedStyle(el);
        const visible =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { html: el.outerHTML.slice(0, 120), visible };
      });
      if (focus) expect(focus.visible, `${sitePath}: focus is visible on ${focus.html}`).toBe(true);
    }
    await expect(page.locator('[data-tab-reached]'), sitePath).toHaveCount(total);
  }
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the theme navigation works and nothing scrolls sideways', async ({ page }) => {
    for (const sitePath of ['/', paths.entry(article.kind, article.slug), paths.search(), paths.theme('it-styring')]) {
      await page.goto(rel(sitePath));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, sitePath).toBeLessThanOrEqual(0);
    }
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: 'Tema' });
    await nav.getByRole('link', { name: 'IT-styring' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IT-styring');
  });
});

test('at 400 % zoom (320 CSS px) an article does not scroll sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 4 });
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 200 });
  await page.goto(rel(paths.entry('arrangementer', publishedEntries().find((e) => e.kind === 'arrangementer')!.slug)));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
