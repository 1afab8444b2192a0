/**
 * The web editor in Chromium, through its local mode (`npm run cms` on a scratch copy of the
 * project): an editor creates an article, an event and an interview with an image; each file lands
 * in its folder with the right frontmatter, passes `npm run check`, and after a build of the copy is
 * in its listings, feeds and search. An event that ends before it starts is reported in Norwegian
 * in the CI summary. The admin pages load with no CSP violation and nothing from other origins, and
 * axe's findings are written to reports/cms-axe.json and must be listed in the accessibility
 * statement. The guide's screenshots (docs/bilder/cms/) are taken here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parseFrontmatter, splitFrontmatter } from '../src/lib/frontmatter.ts';
import { slugify } from '../src/lib/slug.ts';
import { IMAGE_FOLDER, IMAGE_PUBLIC_PATH } from '../src/lib/cms/config.ts';
import { buildCopy, checkCopy, startCmsSite, type CmsSite } from './support/cms-site.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });
test.use({ timezoneId: 'Europe/Oslo', locale: 'nb-NO', viewport: { width: 1400, height: 1000 } });

const PORT = 4330;
const PROXY_PORT = 8091;
let site: CmsSite;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  site = await startCmsSite(PORT, PROXY_PORT);
});
test.afterAll(() => site?.stop());

const SHOTS = 'docs/bilder/cms';
/** A real PNG, 1 × 1 pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

interface Watch {
  problems: string[];
  foreign: string[];
}
/** CSP violations, page errors and requests to any origin but the site and the local proxy. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { problems: [], foreign: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|CSP violation/i.test(m.text())) w.problems.push(m.text());
  });
  page.on('pageerror', (e) => w.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const origin = new URL(r.url()).origin;
    if (
      !['data:', 'blob:'].some((s) => r.url().startsWith(s)) &&
      ![`http://127.0.0.1:${PORT}`, `http://localhost:${PROXY_PORT}`].includes(origin)
    )
      w.foreign.push(r.url());
  });
  return w;
}

async function signIn(page: Page) {
  await page.goto(`${site.url}admin/`);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await expect(page.getByRole('link', { name: 'Artikler' }).first()).toBeVisible({ timeout: 60_000 });
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publiser', exact: true }).click();
  await page.getByText('Publiser nå', { exact: true }).click();
}

async function saved(file: string): Promise<Record<string, unknown> & { body: string }> {
  const full = path.join(site.dir, file);
  await expect.poll(() => existsSync(full), { message: `${file} written`, timeout: 30_000 }).toBe(true);
  const { yaml, body } = splitFrontmatter(readFileSync(full, 'utf8'));
  return { ...parseFrontmatter(yaml ?? ''), body };
}

async function newEntry(page: Page, kind: string) {
  await page.goto(`${site.url}admin/#/collections/${kind}/new`);
  await expect(page.getByLabel('Tittel')).toBeVisible({ timeout: 60_000 });
}

async function fillCommon(page: Page, e: { title: string; description: string; date: string; themes: string[] }) {
  await page.getByLabel('Tittel').fill(e.title);
  await page.getByLabel('Ingress').fill(e.description);
  await page.getByLabel('Publiseringsdato').fill(e.date);
  for (const t of e.themes) {
    await page.getByRole('combobox', { name: 'Tema' }).fill(t);
    await page.keyboard.press('Enter');
  }
}

/** Writes the body in the Markdown editor's plain mode, as an editor who knows Markdown would. */
async function writeBody(page: Page, text: string) {
  // The switch between «Rik-tekst» and «Markdown» (Decap gives it no name; the body is the last field).
  await page.getByRole('switch').last().click();
  await expect(page.getByRole('switch').last()).toBeChecked();
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(text);
}

async function addPerson(page: Page, name: string, part: string) {
  await page.getByRole('button', { name: /^Add person/ }).click();
  await page.getByRole('combobox', { name: 'Person', exact: true }).fill(name);
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Rolle', exact: true }).fill(part);
  await page.keyboard.press('Enter');
}

const today = '2026-11-30';
const ARTICLE = {
  title: 'Økt samhandling på tvers – æ, ø og å i tittelen',
  description: 'En artikkel skrevet i nettleseren.',
  date: today,
  themes: ['Samordning', 'IT-styring'],
  word: 'nettleserskrevetord',
};
const EVENT = {
  title: 'Frokostmøte om styring skrevet i nettleseren',
  description: 'Et arrangement skrevet i nettleseren.',
  date: today,
  themes: ['Etatsstyring'],
  word: 'frokostnettleserord',
};
const INTERVIEW = {
  title: 'Intervju med bilde fra nettleseren',
  description: 'Et intervju med et bilde lastet opp i nettleseren.',
  date: today,
  themes: ['Endringsledelse'],
  word: 'bildeintervjuord',
};
const BLOCKS = {
  title: 'Faktaboks og figur satt inn fra menyen',
  description: 'En artikkel med blokker fra «+»-menyen.',
  date: today,
  themes: ['Samordning'],
  box: { tittel: 'Om rapporten', text: 'Tre funn i faktaboksen.' },
  figure: { file: 'kart.png', alt: 'Kart over regionene', caption: 'Regionene i 2026.' },
};
/** axe's findings on the editor's pages, gathered by the tests that open them. */
const found: { page: string; id: string; impact: string | null | undefined; help: string; nodes: number }[] = [];
let blockScanned = false;
async function axeScan(page: Page, name: string) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  for (const v of r.violations)
    found.push({ page: name, id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length });
  if (name === 'blokker') blockScanned = true;
}
const fileOf = (kind: string, title: string) => `content/${kind}/${slugify(title)}.mdx`;

test('the editor loads with its own policy, no violation and nothing from other origins, and in Norwegian', async ({
  page,
}) => {
  const w = await watch(page);
  const response = await page.goto(`${site.url}admin/`);
  expect(response?.headers()['content-security-policy']).toContain("'unsafe-eval'");
  await expect(page.getByRole('button', { name: 'Logg inn' })).toBeVisible({ timeout: 60_000 });
  await shot(page, 'logg-inn');
  await signIn(page);
  await shot(page, 'samling');
  await newEntry(page, 'arrangementer');
  await shot(page, 'skjema');
  expect(w.problems).toEqual([]);
  expect(w.foreign).toEqual([]);
  // Every other page keeps the site's strict policy.
  const front = await page.goto(site.url);
  expect(front?.headers()['content-security-policy']).not.toContain("'unsafe-eval'");
  // noindex, and neither in the sitemap nor in the search index.
  const admin = parseHtml(readFileSync(path.join(site.dir, 'dist/admin/index.html'), 'utf8'));
  expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
  expect(admin.querySelector('[data-pagefind-body]')).toBeNull();
  const sitemap = readFileSync(path.join(site.dir, 'dist/sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/artikler/');
  expect(sitemap).not.toContain('/admin/');
});

test('an article with two themes and a person lands in content/artikler/ with that frontmatter', async ({ page }) => {
  await signIn(page);
  await newEntry(page, 'artikler');
  await fillCommon(page, ARTICLE);
  await addPerson(page, 'Eivind Dale', 'Forfatter');
  await writeBody(page, `Teksten nevner ordet ${ARTICLE.word}.`);
  await publish(page);
  const data = await saved(fileOf('artikler', ARTICLE.title));
  expect(slugify(ARTICLE.title)).toBe('okt-samhandling-pa-tvers-ae-o-og-a-i-tittelen');
  expect(data).toMatchObject({
    title: ARTICLE.title,
    description: ARTICLE.description,
    date: today,
    themes: ['samordning', 'it-styring'],
    people: [{ id: 'eivind-dale', part: 'forfatter' }],
  });
  expect(data.body).toContain(ARTICLE.word);
});

test('an event with start, end and place lands in content/arrangementer/ with Oslo offsets', async ({ page }) => {
  await signIn(page);
  await newEntry(page, 'arrangementer');
  await fillCommon(page, EVENT);
  await page.getByLabel('Start', { exact: true }).fill('2027-01-14T08:30');
  await page.getByLabel('Slutt (valgfritt)').fill('2027-01-14T10:00');
  await page.getByLabel('Sted', { exact: true }).fill('Regjeringskvartalet, R4');
  await writeBody(page, `Velkommen til ${EVENT.word}.`);
  await publish(page);
  const data = await saved(fileOf('arrangementer', EVENT.title));
  expect(data).toMatchObject({
    title: EVENT.title,
    themes: ['etatsstyring'],
    event: {
      start: '2027-01-14T08:30:00+01:00',
      end: '2027-01-14T10:00:00+01:00',
      location: 'Regjeringskvartalet, R4',
    },
  });
});

test('an interview with an uploaded image lands in content/intervjuer/, the image in the image folder', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('button', { name: 'Media' }).click();
  const png = PNG;
  await page.locator('input[type="file"]').setInputFiles({ name: 'portrett.png', mimeType: 'image/png', buffer: png });
  await expect
    .poll(() => existsSync(path.join(site.dir, IMAGE_FOLDER, 'portrett.png')), { timeout: 30_000 })
    .toBe(true);
  await page.keyboard.press('Escape');
  await newEntry(page, 'intervjuer');
  await fillCommon(page, INTERVIEW);
  await addPerson(page, 'Eivind Dale', 'Intervjuet');
  await writeBody(
    page,
    `![Portrett av Eivind Dale](${IMAGE_PUBLIC_PATH}/portrett.png)\n\nSamtalen nevner ${INTERVIEW.word}.`,
  );
  await publish(page);
  const data = await saved(fileOf('intervjuer', INTERVIEW.title));
  expect(data).toMatchObject({ people: [{ id: 'eivind-dale', part: 'intervjuet' }] });
  expect(data.body).toContain(`![Portrett av Eivind Dale](${IMAGE_PUBLIC_PATH}/portrett.png)`);
  expect(readFileSync(path.join(site.dir, IMAGE_FOLDER, 'portrett.png'))).toEqual(png);
});

test('an editor inserts a Faktaboks and a Figur from the block menu; the MDX is what an editor would type', async ({
  page,
}) => {
  const w = await watch(page);
  await signIn(page);
  await newEntry(page, 'artikler');
  await fillCommon(page, BLOCKS);
  // The rich-text mode, where the toolbar's «+» (Decap names it «Add Component») lists the blocks.
  const body = page.locator('[data-slate-editor="true"]').first();
  await body.click();
  await page.keyboard.type('Innledning.');
  await page.getByRole('button', { name: 'Add Component' }).first().click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Faktaboks' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Video' })).toBeVisible();
  await shot(page, 'blokkmeny');
  await menu.getByRole('menuitem', { name: 'Faktaboks' }).click();
  await page.getByRole('textbox', { name: 'tittel', exact: true }).fill(BLOCKS.box.tittel);
  // The box's own text field: the second text editor on the page.
  await page.locator('[data-slate-editor="true"]').nth(1).click();
  await page.keyboard.type(BLOCKS.box.text);
  await body.click();
  await page.keyboard.press('Control+End');
  await page.getByRole('button', { name: 'Add Component' }).first().click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Figur' }).click();
  await page.getByRole('button', { name: 'Velg et bilde' }).last().click();
  await page
    .getByRole('dialog')
    .locator('input[type="file"]')
    .setInputFiles({ name: BLOCKS.figure.file, mimeType: 'image/png', buffer: PNG });
  // The media library's card for the upload, once it is ready. A pointer click lands on the card's
  // image and its wrapper both, which select and unselect it; the card's own click event selects it.
  const card = page.getByRole('dialog').locator('[class*="-Card "]', { hasText: BLOCKS.figure.file });
  const choose = page.getByRole('button', { name: 'Velg markert' });
  await expect(async () => {
    await card.dispatchEvent('click');
    await expect(choose).toBeEnabled({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await choose.click();
  await page.getByRole('textbox', { name: 'alt (valgfritt)' }).fill(BLOCKS.figure.alt);
  await page.getByRole('textbox', { name: 'bildetekst (valgfritt)' }).fill(BLOCKS.figure.caption);
  await page.getByRole('textbox', { name: 'tittel', exact: true }).scrollIntoViewIfNeeded();
  // The preview draws the entry with the site's own markup and CSS (src/lib/cms/preview.ts): the
  // header as on the entry's page, the fact box as the component renders it, title included.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.locator('article.article header.article__header h1')).toHaveText(BLOCKS.title);
  await expect(preview.locator('.article__kind')).toHaveText('Artikkel');
  await expect(preview.locator('.lead')).toHaveText(BLOCKS.description);
  await expect(preview.locator('.article__meta time')).toHaveAttribute('datetime', BLOCKS.date);
  await expect(preview.locator('.tags li')).toHaveText(BLOCKS.themes);
  await expect(preview.locator('.draft-label')).toHaveCount(0);
  const box = preview.locator('aside.rich-facts');
  await expect(box.locator('.rich-box__title')).toHaveText(BLOCKS.box.tittel);
  await expect(box).toContainText(BLOCKS.box.text);
  // Styled by the site's stylesheet (rich.css: a 6 px left border), not only marked up.
  await expect(box).toHaveCSS('border-left-width', '6px');
  // A block that shows a file has no template: the preview shows the MDX it writes, not nothing.
  await expect(preview.locator('p.kb-preview-mdx code')).toContainText(`<Figur bilde="${IMAGE_PUBLIC_PATH}/`);
  await shot(page, 'blokker');
  // The blocks' own fields (text, nested text editor, media library, switch) are new UI: axe sees them too.
  await axeScan(page, 'blokker');
  await publish(page);
  const data = await saved(fileOf('artikler', BLOCKS.title));
  expect(data).toMatchObject({ title: BLOCKS.title, themes: ['samordning'] });
  expect(data.body).toContain(`<Faktaboks tittel="${BLOCKS.box.tittel}">\n\n${BLOCKS.box.text}\n\n</Faktaboks>`);
  expect(data.body).toContain(
    `<Figur bilde="${IMAGE_PUBLIC_PATH}/${BLOCKS.figure.file}" alt="${BLOCKS.figure.alt}" bildetekst="${BLOCKS.figure.caption}" />`,
  );
  await expect
    .poll(() => existsSync(path.join(site.dir, IMAGE_FOLDER, BLOCKS.figure.file)), { timeout: 30_000 })
    .toBe(true);
  expect(w.problems).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('an event that ends before it starts is reported in Norwegian, with file and field, in the CI summary', async ({
  page,
}) => {
  await signIn(page);
  await newEntry(page, 'arrangementer');
  const bad = { ...EVENT, title: 'Arrangement som slutter før det starter' };
  await fillCommon(page, bad);
  await page.getByLabel('Start', { exact: true }).fill('2027-02-01T10:00');
  await page.getByLabel('Slutt (valgfritt)').fill('2027-02-01T09:00');
  await page.getByLabel('Sted', { exact: true }).fill('Oslo');
  await writeBody(page, 'Tekst.');
  await publish(page);
  const file = fileOf('arrangementer', bad.title);
  await saved(file);
  const summary = path.join(site.dir, 'summary.md');
  const check = checkCopy(site.dir, { GITHUB_STEP_SUMMARY: summary }, ['--github']);
  expect(check.code).toBe(1);
  expect(check.out).toMatch(
    new RegExp(`::error file=${file},line=\\d+,title=Feil i feltet event\\.end::arrangementet slutter`),
  );
  const row = readFileSync(summary, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`| ${file} |`));
  expect(row).toContain(
    '| event.end | arrangementet slutter (2027-02-01T09:00:00+01:00) før det starter (2027-02-01T10:00:00+01:00) |',
  );
  // The copy is valid again for the build below.
  rmSync(path.join(site.dir, file));
});

test('axe findings on the editor pages are written down and named in the accessibility statement', async ({ page }) => {
  const scan = (name: string) => axeScan(page, name);
  await page.goto(`${site.url}admin/`);
  await expect(page.getByRole('button', { name: 'Logg inn' })).toBeVisible({ timeout: 60_000 });
  await scan('innlogging');
  await signIn(page);
  await scan('samling');
  await newEntry(page, 'artikler');
  await scan('skjema');
  mkdirSync('reports', { recursive: true });
  // With the form's blocks scanned by the block-menu test above.
  expect(blockScanned).toBe(true);
  writeFileSync('reports/cms-axe.json', JSON.stringify(found, null, 2));
  const statement =
    parseHtml(await (await fetch(new URL('/tilgjengelighet/', site.url))).text()).querySelector('#redigering')
      ?.textContent ?? '';
  for (const id of new Set(found.map((f) => f.id)))
    expect(statement, `axe rule ${id} named in the statement`).toContain(id);
});

test('what the editor saved passes npm run check, and after a build is in listings, feeds and search', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const check = checkCopy(site.dir);
  expect(check.out).toContain('Innholdet er i orden');
  expect(check.code).toBe(0);
  buildCopy(site.dir);
  const get = async (p: string) => (await fetch(new URL(p, site.url))).text();
  const links = (html: string) =>
    parseHtml(html)
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
  const cases = [
    { kind: 'artikler', e: ARTICLE, themes: ['samordning', 'it-styring'] },
    { kind: 'arrangementer', e: EVENT, themes: ['etatsstyring'] },
    { kind: 'intervjuer', e: INTERVIEW, themes: ['endringsledelse'] },
  ];
  for (const { kind, e, themes } of cases) {
    const url = `/${kind}/${slugify(e.title)}/`;
    for (const listing of [`/${kind}/`, '/alle/', ...themes.map((t) => `/tema/${t}/`)]) {
      expect(links(await get(listing)), `${url} in ${listing}`).toContain(url);
    }
    expect(await get('/rss.xml'), `${url} in the feed`).toContain(url);
    await page.goto(`${site.url}sok/?q=${e.word}`);
    await expect(page.getByRole('status')).toContainText('1 treff', { timeout: 30_000 });
    // The hit links to the page, with a text fragment that scrolls to the word.
    const hit = await page.getByRole('main').getByRole('link', { name: e.title }).getAttribute('href');
    expect(hit?.split('#')[0]).toBe(url);
  }
  expect(await get('/arrangementer.ics')).toContain(EVENT.title.slice(0, 40));
  // The blocks render as the site's components: the fact box named by its title, the figure with its caption.
  const blocks = parseHtml(await get(`/artikler/${slugify(BLOCKS.title)}/`));
  const box = blocks.querySelector('article aside.rich-facts');
  expect(box?.querySelector('.rich-box__title')?.textContent).toBe(BLOCKS.box.tittel);
  expect(box?.textContent).toContain(BLOCKS.box.text);
  const figure = blocks.querySelector('article figure.rich-figure');
  expect(figure?.querySelector('img')?.getAttribute('alt')).toBe(BLOCKS.figure.alt);
  expect(figure?.querySelector('figcaption')?.textContent).toContain(BLOCKS.figure.caption);
  const img = parseHtml(await get(`/intervjuer/${slugify(INTERVIEW.title)}/`)).querySelector('article img');
  expect(img?.getAttribute('alt')).toBe('Portrett av Eivind Dale');
});
