import { expect, test } from '@playwright/test';
import {
  BUILD_DAY,
  builtPages,
  namedPeople,
  namedPublications,
  nonEmpty,
  publishedEntries,
  rel,
  sourceEntries,
  sourcePeople,
  type SourceEntry,
} from './support/site.ts';
import { cardTitles, listedTitles, listingBudget } from './support/listing.ts';
import { paths } from '../src/lib/urls.ts';
import { PART_LABELS, type Part } from '../src/lib/people.ts';
import { RELATED_COUNT } from '../src/lib/related.ts';
import { osloSortKey, osloDay } from '../src/lib/dates.ts';

const entries = nonEmpty(publishedEntries(), 'published entries in content/');
const people = nonEmpty(namedPeople(), 'people named by published entries');
const publications = nonEmpty(namedPublications(), 'publications discussed by published entries');

const names = (entry: SourceEntry, id: string) => entry.data.people?.some((r) => r.id === id) ?? false;

for (const person of people) {
  test(`${paths.person(person.id)} lists exactly the articles that name ${person.name}`, async ({ page }) => {
    await page.goto(rel(paths.person(person.id)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);
    await expect(page.locator('main')).toContainText(person.role);
    const expected = entries.filter((e) => names(e, person.id)).map((e) => e.data.title);
    expect((await cardTitles(page)).sort()).toEqual(expected.sort());
  });
}

test('the people index links every named person', async ({ page }) => {
  await page.goto(rel(paths.people()));
  for (const person of people) {
    await expect(page.getByRole('link', { name: person.name, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`${paths.person(person.id)}$`),
    );
  }
});

for (const publication of publications) {
  test(`${paths.publication(publication.id)} shows publisher, year and exactly its articles`, async ({ page }) => {
    const expected = entries.filter((e) => e.data.publications?.includes(publication.id)).map((e) => e.data.title);
    await page.goto(rel(paths.publication(publication.id)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(publication.title);
    await expect(page.locator('main dl')).toContainText(publication.publisher);
    if (publication.year) await expect(page.locator('main dl')).toContainText(String(publication.year));
    if (publication.series) await expect(page.locator('main')).toContainText(publication.series);
    expect((await cardTitles(page)).sort()).toEqual(expected.sort());
  });
}

test('the publications index links every discussed publication, with its series', async ({ page }) => {
  await page.goto(rel(paths.publications()));
  for (const publication of publications) {
    await expect(page.getByRole('link', { name: `«${publication.title}»`, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`${paths.publication(publication.id)}$`),
    );
    if (publication.series) await expect(page.locator('main')).toContainText(publication.series);
  }
});

test('an article links the people it names to their pages', async ({ page }) => {
  const article = entries.find((e) => (e.data.people?.length ?? 0) > 0)!;
  const person = sourcePeople().find((p) => p.id === article.data.people![0]!.id)!;
  await page.goto(rel(paths.entry(article.kind, article.slug)));
  const box = page.getByRole('complementary', { name: 'Personer og publikasjoner i artikkelen' });
  await box.getByRole('link', { name: person.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);
});

/** How many other published entries share a theme, person or publication with `entry`. */
function relatedCandidates(entry: SourceEntry): SourceEntry[] {
  return entries.filter(
    (other) =>
      other !== entry &&
      (other.data.themes.some((t) => entry.data.themes.includes(t)) ||
        (other.data.people ?? []).some((p) => names(entry, p.id)) ||
        (other.data.publications ?? []).some((p) => (entry.data.publications ?? []).includes(p))),
  );
}

for (const entry of entries) {
  test(`${paths.entry(entry.kind, entry.slug)} closes with related articles that share a theme, person or publication`, async ({
    page,
  }) => {
    const candidates = relatedCandidates(entry);
    await page.goto(rel(paths.entry(entry.kind, entry.slug)));
    const section = page.getByRole('region', { name: 'Relaterte artikler' });
    // The section is left out when nothing is related; where something is, it must be there, full.
    await expect(section).toHaveCount(candidates.length > 0 ? 1 : 0);
    const titles = (await section.locator('.entry-card__title a').allTextContents()).map((t) => t.trim());
    expect(titles).toHaveLength(Math.min(RELATED_COUNT, candidates.length));
    const allowed = candidates.map((c) => c.data.title);
    for (const title of titles) expect(allowed, `${title} is related to ${entry.data.title}`).toContain(title);
  });
}

test('the events listing puts upcoming events first, soonest first, then past ones newest first', async ({ page }) => {
  const events = nonEmpty(
    entries.filter((e) => e.kind === 'arrangementer'),
    'published events',
  );
  // The listing splits on the build's day (SOURCE_DATE_EPOCH), never on the clock of this test.
  const upcoming = events
    .filter((e) => osloDay(e.data.event!.end ?? e.data.event!.start) >= BUILD_DAY)
    .sort((a, b) => osloSortKey(a.data.event!.start).localeCompare(osloSortKey(b.data.event!.start)));
  const past = events
    .filter((e) => osloDay(e.data.event!.end ?? e.data.event!.start) < BUILD_DAY)
    .sort((a, b) => osloSortKey(b.data.event!.start).localeCompare(osloSortKey(a.data.event!.start)));
  test.setTimeout(listingBudget(events.length));
  const listed = await listedTitles(page, paths.kind('arrangementer'));
  expect(listed).toEqual([...upcoming, ...past].map((e) => e.data.title));
});

test('only people and publications that a published entry names get a page', () => {
  const built = builtPages();
  const pagesUnder = (prefix: string) =>
    built
      .filter((p) => p.startsWith(prefix) && p !== prefix)
      .map((p) => p.slice(prefix.length, -1))
      .sort();
  expect(pagesUnder(paths.people())).toEqual(people.map((p) => p.id).sort());
  expect(pagesUnder(paths.publications())).toEqual(publications.map((p) => p.id).sort());
  // Every id the content uses is in the shared lists (the build would have stopped otherwise).
  const ids = new Set(sourcePeople().map((p) => p.id));
  for (const entry of sourceEntries())
    for (const p of entry.data.people ?? []) expect(ids.has(p.id), `${entry.file}: ${p.id}`).toBe(true);
});

test('an article lists each person with the part they play in it', async ({ page }) => {
  const article = entries.find((e) => (e.data.people?.length ?? 0) > 0)!;
  await page.goto(rel(paths.entry(article.kind, article.slug)));
  const box = page.getByRole('complementary', { name: 'Personer og publikasjoner i artikkelen' });
  for (const named of nonEmpty(article.data.people!, `people of ${article.file}`)) {
    const person = sourcePeople().find((p) => p.id === named.id)!;
    const item = box.getByRole('listitem').filter({ has: page.getByRole('link', { name: person.name, exact: true }) });
    await expect(item).toContainText(person.role);
    await expect(item).toContainText(`(${PART_LABELS[named.part as Part].toLowerCase()})`);
  }
});
