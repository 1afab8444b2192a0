import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST, builtPages, nonEmpty, rel, sourceEntries } from './support/site.ts';
import { getTheme } from '../src/lib/themes.ts';

/** Every file of the build, as text (Pagefind's gzipped index files unpacked). */
function* builtTexts(dir = DIST): Generator<[string, string]> {
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) yield* builtTexts(full);
    else {
      const bytes = readFileSync(full);
      const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      yield [path.relative(DIST, full), text];
    }
  }
}

test('a draft is in no file of the production build: no page, listing, feed, sitemap or search index', () => {
  // Reads every file of the build: the budget grows with the site (half a minute, plus 50 ms a page).
  test.setTimeout(30_000 + builtPages().length * 50);
  const drafts = sourceEntries().filter((e) => e.data.draft);
  expect(drafts.length).toBeGreaterThan(0);
  let files = 0;
  for (const [file, text] of builtTexts()) {
    files++;
    for (const draft of drafts) {
      expect(text.includes(draft.data.title), `${file} mentions «${draft.data.title}»`).toBe(false);
      expect(text.includes(`/${draft.kind}/${draft.slug}`), `${file} links ${draft.slug}`).toBe(false);
    }
  }
  // Every page is a file, and so is every feed, calendar and index file besides.
  expect(files).toBeGreaterThan(builtPages().length);
});

test('theme counts leave drafts out, and a draft’s address gives «not found»', async ({ page }) => {
  const drafts = nonEmpty(
    sourceEntries().filter((e) => e.data.draft),
    'drafts in content/',
  );
  const published = sourceEntries().filter((e) => !e.data.draft);
  await page.goto(rel('/tema/'));
  for (const theme of nonEmpty([...new Set(drafts.flatMap((d) => d.data.themes))], 'themes of drafts')) {
    const count = published.filter((e) => e.data.themes.includes(theme)).length;
    const card = page
      .locator('.theme-card')
      .filter({ has: page.getByRole('link', { name: getTheme(theme).label, exact: true }) });
    await expect(card).toContainText(count === 1 ? '1 artikkel' : `${count} artikler`);
  }
  for (const draft of drafts) {
    const response = await page.goto(rel(`/${draft.kind}/${draft.slug}/`));
    expect(response?.status()).toBe(404);
  }
});
