/**
 * What search finds and how its results behave: Norwegian inflections and compounds, filters,
 * sorting, deep links, history, empty results, excerpts and the highlight on the opened article.
 * Keyboard and screen-reader behaviour: search-a11y.spec.ts; page weight: search-weight.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { nonEmpty, publishedEntries, rel } from './support/site.ts';
import { allResultTitles, hitsFor, search, titlesWithWord } from './support/search.ts';
import { countHighlightPixels } from './support/highlight-pixels.ts';
import { paths } from '../src/lib/urls.ts';
import { THEMES } from '../src/lib/themes.ts';
import { KINDS } from '../src/lib/kinds.ts';
import { WRITTEN_FORMS } from '../src/lib/written-form.ts';

const entries = nonEmpty(publishedEntries(), 'published entries in content/');

const cases: { query: string; finds: string; why: string }[] = [
  { query: 'departementene', finds: 'departement', why: 'stemming: plural definite → singular' },
  { query: 'samordningen', finds: 'samordning', why: 'stemming: definite → indefinite' },
  { query: 'ledere', finds: 'leder', why: 'stemming: plural → singular' },
  // The stemmer makes «lederne» → «ledern» but «leder» → «led»: found only through the corpus's own forms.
  { query: 'lederne', finds: 'leder', why: 'inflection: definite plural → singular' },
  { query: 'styring', finds: 'etatsstyring', why: 'compound: tail of «etatsstyring»' },
  { query: 'styring', finds: 'IT-styring', why: 'compound: hyphenated «IT-styring»' },
  { query: 'samordning', finds: 'samordningsroller', why: 'compound: head of «samordningsroller»' },
  { query: 'roller', finds: 'samordningsroller', why: 'compound: tail of «samordningsroller»' },
];

for (const c of cases) {
  test(`«${c.query}» finds every article that says «${c.finds}» (${c.why})`, async ({ page }) => {
    const expected = titlesWithWord(c.finds);
    expect(expected.length, `the corpus uses «${c.finds}»`).toBeGreaterThan(0);
    await search(page, c.query);
    const found = await allResultTitles(page);
    for (const title of expected) expect(found).toContain(title);
  });
}

test('a theme filter narrows the results to what its count promised', async ({ page }) => {
  await search(page, 'styring');
  const total = (await allResultTitles(page)).length;
  const theme = THEMES.find((t) => t.id === 'samordning')!;
  const box = page.getByRole('checkbox', { name: new RegExp(`^${theme.label}`) });
  const promised = Number(/\((\d+)\)/.exec((await box.locator('xpath=..').textContent()) ?? '')?.[1]);
  expect(promised).toBeGreaterThan(0);
  await box.check();
  await expect(page).toHaveURL(/tema=samordning/);
  await expect(page.getByRole('status')).toContainText(`${promised} treff`);
  const narrowed = await allResultTitles(page);
  expect(narrowed.length).toBe(promised);
  expect(narrowed.length).toBeLessThan(total);
  const withTheme = entries.filter((e) => e.data.themes.includes('samordning')).map((e) => e.data.title);
  for (const title of narrowed) expect(withTheme).toContain(title);
});

test('a search opened from its URL counts every filter value, as checking it then shows', async ({ page }) => {
  // Pagefind loads a filter's index only when it is asked for; counts read too early are zeros.
  await page.goto(`${rel(paths.search())}?q=styring`);
  await expect(page.getByRole('status')).toHaveText(hitsFor('styring'));
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(THEMES.length + KINDS.length + WRITTEN_FORMS.length);
  const labels = await boxes.evaluateAll((els) => els.map((el) => el.parentElement?.textContent ?? ''));
  const promised = labels.map((l) => Number(/\((\d+)\)/.exec(l)?.[1]));
  expect(promised.some((n) => n > 0)).toBe(true);
  for (const [i, n] of promised.entries()) {
    await boxes.nth(i).check();
    await expect(page.getByRole('status')).toContainText(n === 0 ? 'Ingen treff' : `${n} treff`);
    await boxes.nth(i).uncheck();
  }
});

test('a kind filter shows only that kind', async ({ page }) => {
  await search(page, 'styring');
  await page.getByRole('checkbox', { name: /^Intervju/ }).check();
  await expect(page).toHaveURL(/type=intervju/);
  const titles = await allResultTitles(page);
  const interviews = entries.filter((e) => e.kind === 'intervjuer').map((e) => e.data.title);
  expect(titles.length).toBeGreaterThan(0);
  for (const title of titles) expect(interviews).toContain(title);
});

test('sorting by newest puts results in date order', async ({ page }) => {
  await search(page, 'samordning');
  await page.getByLabel('Sortering').selectOption('nyeste');
  await expect(page).toHaveURL(/sortering=nyeste/);
  await expect(page.locator('.search-result').first()).toBeVisible();
  const dates = await allResultTitles(page).then(() =>
    page.locator('.search-result time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!)),
  );
  expect(dates.length).toBeGreaterThan(2);
  expect(dates).toEqual([...dates].sort().reverse());
});

test('a deep link restores query, filters and sort, and finds results', async ({ page }) => {
  const events = entries
    .filter((e) => e.kind === 'arrangementer' && e.data.themes.includes('etatsstyring'))
    .map((e) => e.data.title);
  expect(events.length, 'published events with the theme etatsstyring').toBeGreaterThan(0);
  await page.goto(rel(`${paths.search()}?q=styring&tema=etatsstyring&type=arrangement&sortering=nyeste`));
  await expect(page.getByLabel('Søkeord')).toHaveValue('styring');
  await expect(page.getByRole('checkbox', { name: /^Etatsstyring/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Arrangement/ })).toBeChecked();
  await expect(page.getByLabel('Sortering')).toHaveValue('nyeste');
  // «Ingen treff for «styring».» would not do: the filters must have been applied to real results.
  await expect(page.getByRole('status')).toHaveText(hitsFor('styring'));
  const found = await allResultTitles(page);
  expect(found.length).toBeGreaterThan(0);
  for (const title of found) expect(events).toContain(title);
});

test('the back button restores the previous search, submitted with Enter', async ({ page }) => {
  await search(page, 'styring');
  await page.getByLabel('Søkeord').press('Enter');
  await page.getByLabel('Søkeord').fill('samordning');
  await expect(page.getByRole('status')).toHaveText(hitsFor('samordning'));
  await page.goBack();
  await expect(page).toHaveURL(/\/sok\/\?q=styring$/);
  await expect(page.getByLabel('Søkeord')).toHaveValue('styring');
  await expect(page.getByRole('status')).toHaveText(hitsFor('styring'));
});

test('slow typing makes one history entry: Back goes to the previous search, not the previous letters', async ({
  page,
}) => {
  // Pauses between keys far longer than any debounce, moved on the page's clock instead of waited out.
  await page.clock.install();
  await page.goto(rel(`${paths.search()}?q=styring`));
  await expect(page.getByRole('status')).toHaveText(hitsFor('styring'));
  const field = page.getByLabel('Søkeord');
  await field.fill('');
  for (const part of ['sam', 'samord', 'samordning']) {
    await field.fill(part);
    await expect(page).toHaveURL(new RegExp(`\\?q=${part}$`));
    await page.clock.fastForward(5_000);
  }
  await expect(page.getByRole('status')).toHaveText(hitsFor('samordning'));
  await page.goBack();
  await expect(page).toHaveURL(/\/sok\/\?q=styring$/);
  await expect(field).toHaveValue('styring');
  await expect(page.getByRole('status')).toHaveText(hitsFor('styring'));
  // Forward returns to the typed search, whole.
  await page.goForward();
  await expect(field).toHaveValue('samordning');
});

test('leaving the query field, a filter and the sort each commit a search that Back returns to', async ({ page }) => {
  await search(page, 'styring');
  const field = page.getByLabel('Søkeord');
  // Leaving the field commits «styring»: what is typed next is a search of its own.
  await field.blur();
  await field.fill('ledere');
  await expect(page.getByRole('status')).toHaveText(hitsFor('ledere'));
  const theme = THEMES[0]!;
  await page.getByRole('checkbox', { name: new RegExp(`^${theme.label}`) }).check();
  await expect(page).toHaveURL(new RegExp(`\\?q=ledere&tema=${theme.id}$`));
  await page.getByLabel('Sortering').selectOption('nyeste');
  await expect(page).toHaveURL(new RegExp(`\\?q=ledere&tema=${theme.id}&sortering=nyeste$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`\\?q=ledere&tema=${theme.id}$`));
  await expect(page.getByLabel('Sortering')).toHaveValue('relevans');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=ledere$/);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${theme.label}`) })).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?q=styring$/);
  await expect(field).toHaveValue('styring');
});

test('a search with no results says so and offers the themes as suggestions', async ({ page }) => {
  await search(page, 'xyzzyqwerty', { expectHits: false });
  await expect(page.getByRole('status')).toHaveText('Ingen treff for «xyzzyqwerty».');
  await expect(page.getByRole('heading', { name: 'Ingen treff' })).toBeVisible();
  // The suggestions themselves, not the theme navigation in the header that has the same links.
  const suggestions = page.locator('[data-search-empty]');
  for (const theme of THEMES) {
    await expect(suggestions.getByRole('link', { name: theme.label, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`${paths.theme(theme.id)}$`),
    );
    await expect(suggestions.getByRole('link', { name: theme.label, exact: true })).toBeVisible();
  }
});

test('each result shows its kind, date, theme and an excerpt with the matched words marked', async ({ page }) => {
  await search(page, 'frokost');
  const first = page.locator('.search-result').first();
  await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\d$/);
  await expect(first.locator('.search-result__meta')).toContainText(new RegExp(KINDS.map((k) => k.singular).join('|')));
  await expect(first.locator('mark').first()).toBeVisible();
});

test('every excerpt is a passage of its article, also for results found through a compound part', async ({
  page,
  context,
}) => {
  // «roller» is a word of one article; the others are found through «samordningsroller», «rollen»…
  await search(page, 'roller');
  const results = page.locator('.search-result');
  const n = await results.count();
  expect(n).toBeGreaterThan(titlesWithWord('roller').length);
  const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const article = await context.newPage();
  for (let i = 0; i < n; i++) {
    const excerpt = results.nth(i).locator('.search-result__excerpt');
    await expect(excerpt.locator('mark').first()).toBeVisible();
    const passage = words((await excerpt.textContent()) ?? '')
      .split(' ')
      .slice(0, 8)
      .join(' ');
    await article.goto((await results.nth(i).getByRole('link').getAttribute('href'))!);
    // What Pagefind indexes: the article's text without its `data-pagefind-ignore` parts.
    const indexed = await article
      .getByRole('article')
      .first()
      .evaluate((el) => {
        const copy = el.cloneNode(true) as Element;
        for (const ignored of copy.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
        const texts: string[] = [];
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? '');
        return texts.join(' ');
      });
    expect(words(indexed)).toContain(passage);
  }
});

test('opening a result highlights the matched words on the article page', async ({ page }) => {
  await search(page, 'handlingsrommet');
  const link = page.locator('.search-result__title a').first();
  await expect(link).toHaveAttribute('href', /#:~:text=/);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The browser paints ::target-text in the site's highlight colour: look for it on screen,
  // and make sure the same page opened directly has none.
  const yellow = await countHighlightPixels(page);
  expect(yellow).toBeGreaterThan(20);
  await page.goto(page.url().split('#')[0]!);
  expect(await countHighlightPixels(page)).toBe(0);
});
