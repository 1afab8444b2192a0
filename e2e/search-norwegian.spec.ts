/**
 * Search that knows Norwegian (issue 14), on the real search page of a fixture site: a copy of
 * the real content with e2e/fixtures/search-norwegian/content/ laid over it (two invented
 * nynorsk entries and the field report's «mal»/«mål» pages), built and served by this spec, at
 * the base path of the run (BASE_PATH). Expected hits are computed from that content with the
 * same rules the index uses, never copied from the output.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { snapshotSources } from '../scripts/lib/clean-build.ts';
import { buildSite } from '../scripts/lib/build-site.ts';
import { serveSite } from '../scripts/lib/serve-site.ts';
import { BASE, builtPages, sourceEntries, type SourceEntry } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { Vocabulary, bareForm, words } from '../src/lib/compounds.ts';
import { norwegianLexicon } from '../src/lib/lexicon.ts';
import { checkSynonyms, termKey, usesTerm, wordLine } from '../src/lib/synonyms.ts';

const PORT = 4400 + Math.floor(Math.random() * 500);
const ORIGIN = `http://127.0.0.1:${PORT}`;
let dir = '';
let server: ChildProcess | undefined;

// One worker builds and serves the fixture site for all tests, in order; a failure skips no other test.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  dir = mkdtempSync(path.join(tmpdir(), 'kb-search-nn-'));
  snapshotSources(process.cwd(), dir);
  cpSync('e2e/fixtures/search-norwegian/content', path.join(dir, 'content'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  const built = buildSite(dir, { BASE_PATH: BASE, ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') });
  if (built.status !== 0) throw new Error(`fixture build failed:\n${built.out}`);
  server = await serveSite(path.join(dir, 'dist'), BASE, PORT);
});

test.afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The fixture site's published entries with the words of their source (frontmatter and body). */
function entries(): (SourceEntry & { text: string[]; line: string; url: string })[] {
  return sourceEntries(path.join(dir, 'content'))
    .filter((e) => !e.data.draft)
    .map((e) => {
      const source = readFileSync(e.file, 'utf8');
      const { body } = splitFrontmatter(source);
      const own = `${e.data.title} ${e.data.description} ${body}`;
      return {
        ...e,
        text: words(own),
        line: wordLine(own),
        url: `${BASE.replace(/\/$/, '')}${paths.entry(e.kind, e.slug)}`,
      };
    });
}

/** Runs a search on the search page and returns the result URLs, every page of them. */
async function search(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`${ORIGIN}${BASE}sok/?q=${encodeURIComponent(query)}${extra}`);
  const status = page.getByRole('status');
  await expect(status).toContainText(`«${query}»`);
  const total = Number(/^(\d+) treff/.exec((await status.textContent()) ?? '')?.[1] ?? 0);
  const results = page.locator('.search-result');
  while ((await results.count()) < total) {
    const before = await results.count();
    await page.getByRole('button', { name: 'Vis flere treff' }).click();
    await expect(results).not.toHaveCount(before);
  }
  return page
    .locator('.search-result h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const startsWith = (e: { text: string[] }, prefix: string) => e.text.some((w) => w.startsWith(prefix));

test.describe('æ, ø and å are letters of their own', () => {
  test('«mal» finds pages with «mal…» and none that only say «mål…»', async ({ page }) => {
    const all = entries();
    const mal = all.filter((e) => startsWith(e, 'mal'));
    const onlyMaal = all.filter((e) => startsWith(e, 'mål') && !startsWith(e, 'mal'));
    expect(mal.length).toBeGreaterThan(0);
    expect(onlyMaal.length).toBeGreaterThan(0);
    const found = await search(page, 'mal');
    for (const e of mal) expect(found).toContain(e.url);
    for (const e of onlyMaal) expect(found).not.toContain(e.url);
  });
  test('«mål» finds pages with «mål…» and none that only say «mal…»', async ({ page }) => {
    const all = entries();
    const onlyMal = all.filter((e) => startsWith(e, 'mal') && !startsWith(e, 'mål'));
    expect(onlyMal.length).toBeGreaterThan(0);
    const found = await search(page, 'mål');
    expect(found.length).toBeGreaterThan(0);
    for (const e of onlyMal) expect(found).not.toContain(e.url);
  });
  test('«far» does not find a page that only says «får», and offers «får» instead', async ({ page }) => {
    const faar = entries().filter((e) => e.text.includes('får') && !startsWith(e, 'far'));
    expect(faar.length).toBeGreaterThan(0);
    const found = await search(page, 'far');
    for (const e of faar) expect(found).not.toContain(e.url);
    await expect(page.getByRole('link', { name: 'får', exact: true })).toBeVisible();
  });
});

test.describe('compounds', () => {
  test('a part found only inside compounds finds their pages («plan», «krav», «leder», «brev»)', async ({ page }) => {
    const vocabulary = Vocabulary.of(
      entries().map((e) => new Set(e.text)),
      norwegianLexicon(),
    );
    for (const part of ['plan', 'krav', 'leder', 'brev']) {
      // Pages where the part appears only inside a compound, as the compound splitter sees it.
      const inside = entries().filter(
        (e) => !e.text.includes(part) && e.text.some((w) => vocabulary.split(w).includes(part)),
      );
      expect(inside.length, part).toBeGreaterThan(0);
      const found = await search(page, part);
      for (const e of inside) expect(found, `${part}: ${e.url}`).toContain(e.url);
    }
  });
});

test.describe('compounds inside compounds', () => {
  test('a query that is the tail compound of a longer word finds its page («styringsdialogen» in «etatsstyringsdialogen»)', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const all = entries();
    const vocabulary = Vocabulary.of(
      all.map((e) => new Set(e.text)),
      norwegianLexicon(),
    );
    // A tail compound: the rest of a compound after one of its parts (and a linking letter), itself
    // a compound. Where a linking -s-/-e- could belong to either side («like|s|tillings…»,
    // «samordning|s|oppgaven»), the cut is left out: the splitter decides those, and this test
    // would only repeat its choice.
    const parts = (w: string) => new Set(vocabulary.split(w));
    const known = (w: string) => bareForm(w, vocabulary) !== undefined || vocabulary.split(w).length > 0;
    const tails = new Map<string, Set<string>>();
    for (const e of all)
      for (const w of e.text) {
        if (parts(w).size === 0) continue;
        for (let at = 4; at <= w.length - 8; at++) {
          const head = w.slice(0, at);
          const tail = w.slice(at);
          const linked = /[se]$/.test(head) && parts(w).has(head.slice(0, -1)) && !known(w.slice(at - 1));
          const bare = parts(w).has(head) && !(/^[se]/.test(tail) && known(tail.slice(1)));
          if (!(linked || bare) || e.text.includes(tail) || vocabulary.split(tail).length === 0) continue;
          tails.set(tail, (tails.get(tail) ?? new Set()).add(e.url));
        }
      }
    expect([...(tails.get('styringsdialogen') ?? [])]).toContain(
      all.find((e) => e.text.includes('etatsstyringsdialogen'))!.url,
    );
    for (const [tail, urls] of [...tails].sort(([a], [b]) => a.localeCompare(b, 'nb'))) {
      const found = await search(page, tail);
      for (const url of urls) expect(found, `${tail}: ${url}`).toContain(url);
    }
  });
});

test.describe('abbreviations and synonyms from content/synonymer.yaml', () => {
  test('the full name finds pages that only use the abbreviation, and the other way round', async ({ page }) => {
    const { groups } = checkSynonyms(readFileSync(path.join(dir, 'content/synonymer.yaml'), 'utf8'));
    const [abbreviation, full] = groups.find((g) => termKey(g[0]!) === 'kmd')!;
    const all = entries();
    const onlyShort = all.filter((e) => usesTerm(e.line, termKey(abbreviation!)) && !usesTerm(e.line, termKey(full!)));
    const onlyLong = all.filter((e) => usesTerm(e.line, termKey(full!)) && !usesTerm(e.line, termKey(abbreviation!)));
    expect(onlyShort.length + onlyLong.length).toBeGreaterThan(0);
    const byFull = await search(page, full!);
    for (const e of onlyShort) expect(byFull).toContain(e.url);
    const byShort = await search(page, abbreviation!);
    for (const e of onlyLong) expect(byShort).toContain(e.url);
  });
});

test.describe('«Mente du …?»', () => {
  test('a misspelt word offers the word the site has, as a link that runs that search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const word = 'samordning';
    const withWord = entries().filter((e) => e.text.includes(word));
    expect(withWord.length).toBeGreaterThan(0);
    await search(page, 'samordnign');
    await page.getByRole('link', { name: word, exact: true }).click();
    // The misspelt search's own status already names the word («Mente du «samordning»?»): wait
    // for the status of the search the link runs, with its count.
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^[1-9]\\d* treff for «${word}»\\.$`));
    await expect(page).toHaveURL(/q=samordning/);
    const found = Number(/^(\d+)/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
    // Every entry with the word is a hit (compounds of it may add more).
    expect(found).toBeGreaterThanOrEqual(withWord.length);
    await expect(page.locator('.search-result h2 a').first()).toBeVisible();
    expect(requested.some((p) => p.endsWith('/pagefind/sokeord.txt'))).toBe(true);
  });
  test('a search with many hits does not load the word list', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const found = await search(page, 'styring');
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(requested.some((p) => p.endsWith('/pagefind/sokeord.txt'))).toBe(false);
    await expect(page.getByText('Mente du')).toBeHidden();
  });
});

test.describe('nynorsk', () => {
  const nynorsk = () => entries().filter((e) => (e.data as { lang?: string }).lang === 'nn');

  test('an entry in nynorsk marks its own text nn while the page and its chrome stay nb (WCAG 3.1.2)', async () => {
    expect(nynorsk().length).toBeGreaterThanOrEqual(2);
    for (const e of nynorsk()) {
      const html = parse(readFileSync(path.join(dir, 'dist', paths.entry(e.kind, e.slug), 'index.html'), 'utf8'));
      expect(html.querySelector('html')!.getAttribute('lang')).toBe('nb');
      expect(html.querySelector('h1')!.getAttribute('lang')).toBe('nn');
      expect(html.querySelector('.article__body')!.getAttribute('lang')).toBe('nn');
      expect(html.querySelector('.article__kind')!.closest('[lang="nn"]')).toBeNull();
    }
  });
  test("wherever an entry's title or description is shown outside its page, it carries the entry's language", () => {
    const all = entries();
    const byUrl = new Map(all.map((e) => [e.url, e]));
    const langOf = (el: HTMLElement) => el.closest('[lang]')?.getAttribute('lang');
    /** Site paths of the pages that show each nynorsk entry's title, to check the places were seen. */
    const shownOn = new Map<string, string[]>(nynorsk().map((e) => [e.url, []]));
    for (const sitePath of builtPages(path.join(dir, 'dist'))) {
      const file = path.join(dir, 'dist', sitePath === '/404.html' ? '404.html' : path.join(sitePath, 'index.html'));
      const html = parse(readFileSync(file, 'utf8'));
      const own = byUrl.get(`${BASE.replace(/\/$/, '')}${sitePath}`);
      for (const link of html.querySelectorAll('a[href]')) {
        const entry = byUrl.get(link.getAttribute('href')!.split('#')[0]!);
        if (!entry || entry === own || link.text.trim() !== entry.data.title) continue;
        const expected = (entry.data as { lang?: string }).lang === 'nn' ? 'nn' : 'nb';
        expect(langOf(link), `«${entry.data.title}» on ${sitePath}`).toBe(expected);
        shownOn.get(entry.url)?.push(sitePath);
      }
      for (const el of html.querySelectorAll('p, span, dd, li')) {
        const entry = all.find((e) => e !== own && el.text.trim() === e.data.description);
        if (!entry) continue;
        const expected = (entry.data as { lang?: string }).lang === 'nn' ? 'nn' : 'nb';
        expect(langOf(el), `description of «${entry.data.title}» on ${sitePath}`).toBe(expected);
      }
      // On its own page, the title as the breadcrumb's current item.
      if (own) {
        const current = html.querySelector('.breadcrumbs [aria-current="page"]')!;
        expect(current.text.trim()).toBe(own.data.title);
        expect(langOf(current), `breadcrumb on ${sitePath}`).toBe(
          (own.data as { lang?: string }).lang === 'nn' ? 'nn' : 'nb',
        );
      }
    }
    // The places the trial found: the front page, the kind's listing, the theme's page, «alle».
    for (const e of nynorsk()) {
      const places = shownOn.get(e.url)!;
      for (const listing of [paths.kind(e.kind), paths.theme(e.data.themes[0]!), paths.all()])
        expect(
          places.some((p) => p.startsWith(listing)),
          `«${e.data.title}» listed under ${listing}`,
        ).toBe(true);
    }
    expect(nynorsk().some((e) => shownOn.get(e.url)!.includes(paths.home()))).toBe(true);
  });
  test("a nynorsk entry's search result marks its title and excerpt nn, a bokmål one's neither", async ({ page }) => {
    const query = 'samordning';
    await search(page, query);
    const results = page.locator('.search-result');
    const nnUrls = new Set(nynorsk().map((e) => e.url));
    const seen = { nn: 0, nb: 0 };
    for (const result of await results.all()) {
      const link = result.locator('h2 a');
      const url = new URL((await link.getAttribute('href'))!, ORIGIN).pathname;
      const lang = nnUrls.has(url) ? 'nn' : null;
      seen[lang ?? 'nb']++;
      expect(await link.getAttribute('lang'), url).toBe(lang);
      expect(await result.locator('.search-result__excerpt').getAttribute('lang'), url).toBe(lang);
    }
    expect(seen.nn, 'nynorsk results').toBeGreaterThan(0);
    expect(seen.nb, 'bokmål results').toBeGreaterThan(0);
  });
  test('nynorsk inflections and compounds find the nynorsk entries from the same search page', async ({ page }) => {
    // «tildelingsbreva» (-a), «handlingsplanane» (-ane), «prosjektleiaren» (leiar)
    for (const query of ['brev', 'plan', 'leiar']) {
      const expected = nynorsk().filter((e) => e.text.some((w) => w !== query && w.includes(query)));
      expect(expected.length, query).toBeGreaterThan(0);
      const found = await search(page, query);
      for (const e of expected) expect(found, query).toContain(e.url);
    }
    const link = page.locator('.search-result h2 a[lang="nn"]');
    await expect(link.first()).toBeVisible();
  });
  test('the Målform filter narrows to nynorsk entries', async ({ page }) => {
    const query = 'samordning';
    const expected = entries().filter((e) => startsWith(e, query.slice(0, 8)));
    expect(expected.some((e) => (e.data as { lang?: string }).lang === 'nn')).toBe(true);
    expect(expected.some((e) => (e.data as { lang?: string }).lang !== 'nn')).toBe(true);
    const both = await search(page, query);
    const nn = await search(page, query, '&malform=nn');
    expect(nn.length).toBeGreaterThan(0);
    expect(nn.length).toBeLessThan(both.length);
    const nnUrls = new Set(nynorsk().map((e) => e.url));
    for (const url of nn) expect(nnUrls.has(url), url).toBe(true);
    await expect(page.getByRole('checkbox', { name: /Nynorsk/ })).toBeChecked();
  });
});
