import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST, builtPages, nonEmpty, publishedEntries, rel, sourceEntries } from './support/site.ts';
import { listedTitles, listingBudget } from './support/listing.ts';
import { KIND_IDS } from '../src/lib/kinds.ts';
import { THEMES } from '../src/lib/themes.ts';
import { paths } from '../src/lib/urls.ts';
import { formatDate, formatEventTime } from '../src/lib/dates.ts';
import { SITE } from '../src/lib/site.ts';

const entries = nonEmpty(publishedEntries(), 'published entries in content/');
const drafts = nonEmpty(
  sourceEntries().filter((e) => e.data.draft),
  'drafts in content/',
);

test('the build has one page per published entry of content/, and no other entry page', () => {
  const kindPage = new RegExp(`^/(${KIND_IDS.join('|')})/(?!side/)[^/]+/$`);
  const built = builtPages().filter((p) => kindPage.test(p));
  expect(built.sort()).toEqual(entries.map((e) => paths.entry(e.kind, e.slug)).sort());
});

for (const entry of entries) {
  test(`${paths.entry(entry.kind, entry.slug)} shows its title and date`, async ({ page }) => {
    const response = await page.goto(rel(paths.entry(entry.kind, entry.slug)));
    expect(response?.status(), entry.file).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.data.title);
    await expect(page.locator('main time').first()).toHaveText(formatDate(entry.data.date));
  });
}

for (const theme of THEMES) {
  test(`the theme page «${theme.label}» lists exactly the entries with that theme, on all its pages`, async ({
    page,
  }) => {
    const expected = entries.filter((e) => e.data.themes.includes(theme.id)).map((e) => e.data.title);
    expect(expected.length, `published entries with the theme ${theme.id}`).toBeGreaterThan(0);
    test.setTimeout(listingBudget(expected.length));
    const listed = await listedTitles(page, paths.theme(theme.id));
    expect(listed.sort()).toEqual(expected.sort());
  });
  test(`the theme page «${theme.label}» says how many entries it lists, a space between number and word`, async ({
    page,
  }) => {
    const n = entries.filter((e) => e.data.themes.includes(theme.id)).length;
    await page.goto(rel(paths.theme(theme.id)));
    const count = (await page.locator('.listing-count').textContent())!.trim();
    expect(count).toMatch(new RegExp(`^${n} ${n === 1 ? 'oppføring' : 'oppføringer'}(, side 1 av \\d+)?$`));
  });
}

test('the full listing reaches every published entry, newest first', async ({ page }) => {
  test.setTimeout(listingBudget(entries.length));
  const listed = await listedTitles(page, paths.all());
  const expected = [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date)).map((e) => e.data.title);
  expect(listed).toEqual(expected);
});

for (const entry of entries) {
  test(`${paths.entry(entry.kind, entry.slug)} is reachable by link from each of its theme pages`, async ({ page }) => {
    expect(entry.data.themes.length, entry.file).toBeGreaterThan(0);
    // The walk reads each of its themes' listings up to the entry: at most all of them.
    const listed = entry.data.themes.map((t) => entries.filter((e) => e.data.themes.includes(t)).length);
    test.setTimeout(listingBudget(listed.reduce((a, b) => a + b, 0)));
    for (const theme of entry.data.themes) {
      await page.goto(rel(paths.theme(theme)));
      // The entry may be on a later page of the theme: follow «Neste side» until it is listed.
      const link = page.locator('main .entry-card__title').getByRole('link', { name: entry.data.title, exact: true });
      while ((await link.count()) === 0) {
        const next = page.getByRole('link', { name: 'Neste side' });
        expect(await next.count(), `${entry.data.title} is listed under ${theme}`).toBeGreaterThan(0);
        await next.click();
      }
      await link.first().click();
      await expect(page).toHaveURL(new RegExp(`${paths.entry(entry.kind, entry.slug)}$`));
    }
  });
}

for (const entry of entries.filter((e) => e.data.event)) {
  test(`${paths.entry(entry.kind, entry.slug)} shows its time and place in a fact box`, async ({ page }) => {
    const event = entry.data.event!;
    await page.goto(rel(paths.entry(entry.kind, entry.slug)));
    const facts = page.getByRole('complementary', { name: 'Praktisk informasjon' });
    await expect(facts).toContainText(event.location);
    const time = facts.locator('time').first();
    await expect(time).toHaveAttribute('datetime', event.start);
    await expect(time).toHaveText(formatEventTime(event.start, event.end));
  });
}

test('a draft never appears: no page, and on no page of the full listing', async ({ page }) => {
  test.setTimeout(listingBudget(entries.length));
  for (const draft of drafts) expect(existsSync(path.join(DIST, draft.kind, draft.slug)), draft.file).toBe(false);
  const listed = await listedTitles(page, paths.all());
  expect(listed.length).toBe(entries.length);
  for (const draft of drafts) expect(listed).not.toContain(draft.data.title);
});

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto(rel('/finnes-ikke/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE.name);
});

test('the front page counts the articles of each theme', async ({ page }) => {
  await page.goto('./');
  for (const theme of THEMES) {
    const count = entries.filter((e) => e.data.themes.includes(theme.id)).length;
    const card = page.locator('.theme-card', { has: page.getByRole('link', { name: theme.label, exact: true }) });
    await expect(card).toContainText(count === 1 ? '1 artikkel' : `${count} artikler`);
  }
});
