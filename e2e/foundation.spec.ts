import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST, builtPages, publishedEntries, rel, sourceEntries } from './support/site.ts';
import { THEMES } from '../src/lib/themes.ts';
import { paths } from '../src/lib/urls.ts';
import { formatDate } from '../src/lib/dates.ts';

const entries = publishedEntries();

/** Follows «Neste side» links and collects the titles listed on every page of a listing. */
async function listedTitles(page: import('@playwright/test').Page, start: string): Promise<string[]> {
  const titles: string[] = [];
  await page.goto(rel(start));
  for (;;) {
    titles.push(...(await page.locator('main .entry-card__title a').allTextContents()).map((t) => t.trim()));
    const next = page.getByRole('link', { name: 'Neste side' });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  return titles;
}

test('the content holds all ten items of the seed', () => {
  expect(entries.length).toBe(10);
});

test('every published entry has a page with its title, date and kind', async ({ page }) => {
  for (const entry of entries) {
    const response = await page.goto(rel(paths.entry(entry.kind, entry.slug)));
    expect(response?.status(), entry.file).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.data.title);
    await expect(page.locator('main time').first()).toHaveText(formatDate(entry.data.date));
  }
});

for (const theme of THEMES) {
  test(`the theme page «${theme.label}» lists exactly the entries with that theme`, async ({ page }) => {
    const expected = entries.filter((e) => e.data.themes.includes(theme.id)).map((e) => e.data.title);
    const listed = await listedTitles(page, paths.theme(theme.id));
    expect(listed.sort()).toEqual(expected.sort());
  });
}

test('the full listing reaches every published entry, newest first', async ({ page }) => {
  const listed = await listedTitles(page, paths.all());
  const expected = [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date)).map((e) => e.data.title);
  expect(listed).toEqual(expected);
});

test('every entry is reachable by link from each of its theme pages', async ({ page }) => {
  for (const entry of entries) {
    for (const theme of entry.data.themes) {
      await page.goto(rel(paths.theme(theme)));
      await page.getByRole('link', { name: entry.data.title, exact: true }).first().click();
      await expect(page).toHaveURL(new RegExp(`${paths.entry(entry.kind, entry.slug)}$`));
    }
  }
});

test('an event page shows its time and place in a fact box', async ({ page }) => {
  await page.goto(rel(paths.entry('arrangementer', entries.find((e) => e.data.event?.start.includes('T'))!.slug)));
  const facts = page.getByRole('complementary', { name: 'Praktisk informasjon' });
  const event = entries.find((e) => e.data.event?.start.includes('T'))!.data.event!;
  await expect(facts).toContainText(event.location);
  await expect(facts.locator('time')).toHaveAttribute('datetime', event.start);
  await expect(facts).toContainText(/kl\. \d\d:\d\d/);
});

test('the breakfast seminar on samordning shows 17 March 08:30–10:00 in Oslo time', async ({ page }) => {
  const seminar = entries.find((e) => e.data.event?.start === '2017-03-17T08:30:00+01:00');
  expect(seminar, 'an event starting 2017-03-17 08:30').toBeDefined();
  await page.goto(rel(paths.entry(seminar!.kind, seminar!.slug)));
  await expect(page.getByRole('complementary', { name: 'Praktisk informasjon' })).toContainText(
    'fredag 17. mars 2017 kl. 08:30–10:00',
  );
});

test('a draft never appears: no page, no listing, no link', async ({ page }) => {
  const drafts = sourceEntries().filter((e) => e.data.draft);
  expect(drafts.length).toBeGreaterThan(0);
  for (const draft of drafts) {
    expect(existsSync(path.join(DIST, draft.kind, draft.slug))).toBe(false);
    await page.goto(rel(paths.all()));
    await expect(page.getByRole('link', { name: draft.data.title })).toHaveCount(0);
  }
});

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto(rel('/finnes-ikke/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden');
  await page.getByRole('link', { name: 'Gå til forsiden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kunnskapsbanken');
});

test('the front page counts the articles of each theme', async ({ page }) => {
  await page.goto('./');
  for (const theme of THEMES) {
    const count = entries.filter((e) => e.data.themes.includes(theme.id)).length;
    const card = page.locator('.theme-card', { has: page.getByRole('link', { name: theme.label, exact: true }) });
    await expect(card).toContainText(count === 1 ? '1 artikkel' : `${count} artikler`);
  }
});

test('every internal link in every built page resolves', async ({ request }) => {
  const seen = new Set<string>();
  for (const sitePath of builtPages()) {
    if (sitePath === '/404.html') continue;
    const html = await (await request.get(rel(sitePath))).text();
    for (const m of html.matchAll(/href="(\/[^"#]*)/g)) seen.add(m[1]!);
  }
  for (const link of seen) {
    const response = await request.get(`http://${new URL(test.info().project.use.baseURL!).host}${link}`);
    expect(response.status(), link).toBe(200);
  }
});
