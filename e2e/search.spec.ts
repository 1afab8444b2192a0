import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { publishedEntries, rel, type SourceEntry } from './support/site.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { paths } from '../src/lib/urls.ts';
import { THEMES } from '../src/lib/themes.ts';

const entries = publishedEntries();

/** Title and body text of an entry, from its source file. */
function text(entry: SourceEntry): string {
  return `${entry.data.title}\n${splitFrontmatter(readFileSync(entry.file, 'utf8')).body}`;
}

/** Titles of entries whose text has `word` as a whole word (any case). */
function titlesWithWord(word: string): string[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu');
  return entries.filter((e) => re.test(text(e))).map((e) => e.data.title);
}

async function search(page: Page, query: string): Promise<void> {
  await page.goto(rel(paths.search()));
  await page.getByLabel('Søkeord').fill(query);
  await expect(page.getByRole('status')).toContainText(`for «${query}»`);
}

async function resultTitles(page: Page): Promise<string[]> {
  return (await page.locator('.search-result__title a').allTextContents()).map((t) => t.trim());
}

/** Clicks «Vis flere treff» until every result is listed. */
async function allResultTitles(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: 'Vis flere treff' });
  while (await more.isVisible()) await more.click();
  return resultTitles(page);
}

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
  await expect(page.getByRole('status')).toContainText('for «styring»');
  const boxes = page.getByRole('checkbox');
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

test('a deep link restores query, filters and sort', async ({ page }) => {
  await page.goto(rel(`${paths.search()}?q=styring&tema=etatsstyring&type=arrangement&sortering=nyeste`));
  await expect(page.getByLabel('Søkeord')).toHaveValue('styring');
  await expect(page.getByRole('checkbox', { name: /^Etatsstyring/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Arrangement/ })).toBeChecked();
  await expect(page.getByLabel('Sortering')).toHaveValue('nyeste');
  await expect(page.getByRole('status')).toContainText('treff for «styring»');
  const events = entries.filter((e) => e.kind === 'arrangementer' && e.data.themes.includes('etatsstyring'));
  for (const title of await allResultTitles(page)) expect(events.map((e) => e.data.title)).toContain(title);
});

test('the back button restores the previous query', async ({ page }) => {
  await search(page, 'styring');
  await page.waitForTimeout(1100);
  await page.getByLabel('Søkeord').fill('samordning');
  await expect(page.getByRole('status')).toContainText('for «samordning»');
  await page.goBack();
  await expect(page.getByLabel('Søkeord')).toHaveValue('styring');
  await expect(page.getByRole('status')).toContainText('for «styring»');
});

test('a search with no results says so and offers suggestions', async ({ page }) => {
  await search(page, 'xyzzyqwerty');
  await expect(page.getByRole('status')).toHaveText('Ingen treff for «xyzzyqwerty».');
  await expect(page.getByRole('heading', { name: 'Ingen treff' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Samordning', exact: true }).last()).toBeVisible();
});

test('each result shows its kind, date, theme and an excerpt with the matched words marked', async ({ page }) => {
  await search(page, 'frokost');
  const first = page.locator('.search-result').first();
  await expect(first.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\d$/);
  await expect(first.locator('.search-result__meta')).toContainText(/Artikkel|Intervju|Rapport|Arrangement/);
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

/** Pixels in the highlight colour (#ffd84d) in the visible viewport. */
async function countHighlightPixels(page: Page): Promise<number> {
  const png = await page.screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - 0xff) < 6 && Math.abs(data[i + 1]! - 0xd8) < 6 && Math.abs(data[i + 2]! - 0x4d) < 6) n++;
    }
    return n;
  }, png.toString('base64'));
}

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
  await expect(page.getByRole('status')).toContainText('for «styring»');
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

test('results are announced politely and do not move the page when they arrive', async ({ page }) => {
  await page.goto(rel(paths.search()));
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  const before = await page.locator('.search__filters').boundingBox();
  await page.getByLabel('Søkeord').fill('samordning');
  await expect(status).toContainText('treff');
  const after = await page.locator('.search__filters').boundingBox();
  expect(after?.y).toBe(before?.y);
});

test('article pages load no search JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const entry = entries[0]!;
  await page.goto(rel(paths.entry(entry.kind, entry.slug)));
  expect(scripts).toEqual([]);
});
