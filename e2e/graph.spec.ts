import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtPages, publishedEntries, rel, sourceEntries } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';

const entries = publishedEntries();
const people = parse(readFileSync('content/personer.yaml', 'utf8')) as { id: string; name: string; role: string }[];
const publications = parse(readFileSync('content/publikasjoner.yaml', 'utf8')) as {
  id: string;
  title: string;
  publisher: string;
  year?: number;
}[];

/** Titles listed in the main article list of a page. */
async function listed(page: import('@playwright/test').Page): Promise<string[]> {
  return (await page.locator('main .entry-card__title a').allTextContents()).map((t) => t.trim()).sort();
}

test('every person the content names has a page listing exactly the articles that name them', async ({ page }) => {
  const named = people.filter((p) => entries.some((e) => e.data.people?.some((r) => r.id === p.id)));
  expect(named.length).toBeGreaterThan(10);
  for (const person of named) {
    await page.goto(rel(paths.person(person.id)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);
    await expect(page.locator('main')).toContainText(person.role);
    const expected = entries.filter((e) => e.data.people?.some((r) => r.id === person.id)).map((e) => e.data.title);
    expect(await listed(page)).toEqual(expected.sort());
  }
});

test('the people index links every named person', async ({ page }) => {
  await page.goto(rel(paths.people()));
  for (const person of people.filter((p) => entries.some((e) => e.data.people?.some((r) => r.id === p.id)))) {
    await expect(page.getByRole('link', { name: person.name, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`${paths.person(person.id)}$`),
    );
  }
});

test('every publication the content discusses has a page with publisher, year and exactly its articles', async ({
  page,
}) => {
  for (const publication of publications) {
    const expected = entries.filter((e) => e.data.publications?.includes(publication.id)).map((e) => e.data.title);
    if (expected.length === 0) continue;
    await page.goto(rel(paths.publication(publication.id)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(publication.title);
    await expect(page.locator('main dl')).toContainText(publication.publisher);
    if (publication.year) await expect(page.locator('main dl')).toContainText(String(publication.year));
    expect(await listed(page)).toEqual(expected.sort());
  }
});

test('the reports the issue names are all there', async ({ page }) => {
  await page.goto(rel(paths.publications()));
  for (const title of [/Ikke bare pådriver/, /Nøklene til handlingsrommet/, /Mot alle odds/]) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await expect(page.locator('main')).toContainText('Difi-rapport 2014:7');
});

test('an article links the people and publications it names', async ({ page }) => {
  const interview = entries.find((e) => e.data.people?.some((p) => p.id === 'eivind-dale') && e.kind === 'intervjuer')!;
  await page.goto(rel(paths.entry(interview.kind, interview.slug)));
  const box = page.getByRole('complementary', { name: 'Personer og publikasjoner i artikkelen' });
  await box.getByRole('link', { name: 'Eivind Dale' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eivind Dale');
});

test('related articles close each article, sharing a theme, person or publication, never itself', async ({ page }) => {
  for (const entry of entries) {
    await page.goto(rel(paths.entry(entry.kind, entry.slug)));
    const section = page.getByRole('region', { name: 'Relaterte artikler' });
    const titles = (await section.locator('.entry-card__title a').allTextContents()).map((t) => t.trim());
    expect(titles).not.toContain(entry.data.title);
    for (const title of titles) {
      const other = entries.find((e) => e.data.title === title)!;
      const shares =
        other.data.themes.some((t) => entry.data.themes.includes(t)) ||
        (other.data.people ?? []).some((p) => (entry.data.people ?? []).some((q) => q.id === p.id)) ||
        (other.data.publications ?? []).some((p) => (entry.data.publications ?? []).includes(p));
      expect(shares, `${title} is related to ${entry.data.title}`).toBe(true);
    }
  }
});

test('the events listing puts upcoming events first, then past ones newest first', async ({ page }) => {
  await page.goto(rel(paths.kind('arrangementer')));
  const titles = (await page.locator('main .entry-card__title a').allTextContents()).map((t) => t.trim());
  const events = entries.filter((e) => e.kind === 'arrangementer');
  // All seed events are in 2017, before any build date: all past, the latest first.
  const expected = [...events]
    .sort((a, b) => b.data.event!.start.localeCompare(a.data.event!.start))
    .map((e) => e.data.title);
  expect(titles).toEqual(expected);
});

test('only people and publications that a published entry names get a page', () => {
  const built = builtPages();
  const pagesUnder = (prefix: string) =>
    built
      .filter((p) => p.startsWith(prefix) && p !== prefix)
      .map((p) => p.slice(prefix.length, -1))
      .sort();
  const namedPeople = new Set(entries.flatMap((e) => (e.data.people ?? []).map((p) => p.id)));
  const namedPublications = new Set(entries.flatMap((e) => e.data.publications ?? []));
  expect(pagesUnder(paths.people())).toEqual([...namedPeople].sort());
  expect(pagesUnder(paths.publications())).toEqual([...namedPublications].sort());
  // Every id the content uses is in the shared lists (the build would have stopped otherwise).
  const ids = new Set(people.map((p) => p.id));
  for (const entry of sourceEntries())
    for (const p of entry.data.people ?? []) expect(ids.has(p.id), `${entry.file}: ${p.id}`).toBe(true);
});

test('an article lists each person with the part they play in it', async ({ page }) => {
  const event = entries.find((e) => e.data.people?.some((p) => p.part === 'ordstyrer'))!;
  const moderator = people.find((p) => p.id === event.data.people!.find((q) => q.part === 'ordstyrer')!.id)!;
  await page.goto(rel(paths.entry(event.kind, event.slug)));
  const box = page.getByRole('complementary', { name: 'Personer og publikasjoner i artikkelen' });
  const item = box.getByRole('listitem').filter({ has: page.getByRole('link', { name: moderator.name, exact: true }) });
  await expect(item).toContainText(moderator.role);
  await expect(item).toContainText('(ordstyrer)');
});
