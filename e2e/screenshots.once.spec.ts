import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';

/** Screenshots for a reviewer to look at (CI keeps reports/ as an artifact); not compared pixel by pixel. */
const article = publishedEntries().find((e) => e.kind === 'arrangementer' && e.data.people?.length)!;
const pages = [
  { name: 'forside', path: paths.home() },
  { name: 'tema', path: paths.theme('samordning') },
  { name: 'artikkel', path: paths.entry(article.kind, article.slug) },
];

for (const width of [375, 1280]) {
  for (const p of pages) {
    test(`screenshot of the ${p.name} at ${width} px`, async ({ page }) => {
      mkdirSync('reports/screenshots', { recursive: true });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(rel(p.path));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const shot = await page.screenshot({ path: `reports/screenshots/${p.name}-${width}.png`, fullPage: true });
      expect(shot.length).toBeGreaterThan(10_000);
    });
  }
}
