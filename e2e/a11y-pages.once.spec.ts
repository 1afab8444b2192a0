/**
 * Every built page, one test each (so no test's time grows with the site), with one page load:
 * axe-core finds no WCAG 2.2 AA violation in the light colour scheme, nor in the dark one; one
 * `h1` and no gap in the heading levels; landmarks of a kind that occurs more than once each have
 * a name of their own; no link that says only «klikk her», «her» or «les mer»; no console error.
 *
 * Root build only (`.once`): none of this depends on the base path. Under `/kunnskapsbank/` a page
 * is the same HTML with other URLs, and `e2e/security.spec.ts` proves in that build that every
 * page loads each of its resources (a stylesheet that failed to load would change what axe sees),
 * `e2e/links.spec.ts` that every link leads somewhere.
 *
 * The dark pass runs only axe's colour rules (tag `cat.color`: contrast, links told apart by
 * colour). That is enough because the dark scheme changes colours and nothing else, which each
 * test checks on its own page before relying on it: every rule the page's stylesheets apply only
 * under `prefers-color-scheme: dark` sets colour tokens (custom properties with colour values) or
 * `color-scheme`, so the DOM, the layout and what is visible are those the light pass checked.
 */
import { expect, type ConsoleMessage, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { builtPages, nonEmpty, rel } from './support/site.ts';
import { withWorkerPage } from './support/worker-page.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules of TAGS whose outcome depends on colour, from axe's own catalogue. */
const COLOUR_RULES = nonEmpty(
  axe
    .getRules(TAGS)
    .filter((r) => r.tags.includes('cat.color'))
    .map((r) => r.ruleId),
  "axe's colour rules",
);

/** The 404 page is what a reader sees at an address that does not exist. */
const visit = (sitePath: string) => rel(sitePath === '/404.html' ? '/finnes-ikke/' : sitePath);

async function violations(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * What the page's stylesheets declare only for `prefers-color-scheme: dark`, other than colour
 * tokens and `color-scheme`: `selector { property: value }` lines, empty when the dark scheme
 * changes colours only. Read through the CSSOM, so Chromium's own CSS parser decides.
 */
function darkOnlyNonColour(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // A value a colour token may take: a colour, or another token.
    const colour = (v: string) => CSS.supports('color', v) || /^var\(--[\w-]+\)$/.test(v);
    const walk = (rules: CSSRuleList, dark: boolean) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) {
          walk(rule.cssRules, dark || /prefers-color-scheme:\s*dark/.test(rule.conditionText));
        } else if (rule instanceof CSSStyleRule) {
          if (dark) {
            for (const name of rule.style) {
              const value = rule.style.getPropertyValue(name).trim();
              const ok = name === 'color-scheme' || (name.startsWith('--') && colour(value));
              if (!ok) found.push(`${rule.selectorText} { ${name}: ${value} }`);
            }
          }
          walk(rule.cssRules, dark);
        } else if ('cssRules' in rule) {
          walk((rule as CSSGroupingRule).cssRules, dark);
        }
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
    return found;
  });
}

const pages = nonEmpty(builtPages(), 'built pages');
// The pages of a worker share one browser page: each test navigates afresh, sets the colour scheme
// it checks, and listens for console errors only while it runs. The site keeps no storage.
const test = withWorkerPage({});

for (const sitePath of pages) {
  test(`${sitePath}: no WCAG 2.2 AA violation in the light or dark scheme, one h1, no gap in headings, no «klikk her» link, no console error`, async ({
    workerPage: page,
  }) => {
    const errors: string[] = [];
    const onConsole = (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(m.text());
    };
    const onPageError = (e: Error) => errors.push(e.message);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    try {
      await check(page, sitePath);
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
    }
    // The 404 page's own request answers 404: that console line is the status, not an error of the page.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
}

/**
 * The search, navigation, region and complementary landmarks whose role occurs more than once on
 * the page without a name of its own (none, or the same as another's): a screen reader's list of
 * landmarks could not tell them apart. Read from Chromium's accessibility tree.
 */
async function unnamedRepeatedLandmarks(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const role of ['search', 'navigation', 'region', 'complementary'] as const) {
    const landmarks = page.getByRole(role);
    const names: string[] = [];
    for (const l of await landmarks.all()) {
      // The landmark's own line of the snapshot: `- search "Hurtigsøk":`, or `- search:` unnamed.
      const line = (await l.ariaSnapshot()).split('\n')[0]!;
      names.push(/^- \w+ "(.*)"/.exec(line)?.[1] ?? '');
    }
    if (names.length < 2) continue;
    names.forEach((name, i) => {
      if (!name || names.indexOf(name) !== i) found.push(`${role} «${name}»`);
    });
  }
  return found;
}

/** Everything but the console: headings, landmarks, link texts, axe in both schemes. */
async function check(page: Page, sitePath: string) {
  await page.goto(visit(sitePath));
  if (sitePath === '/sok/') {
    await page.getByLabel('Søkeord').fill('samordning');
    await expect(page.getByRole('status')).toContainText('treff');
  }

  const levels = await page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
  expect(
    levels.filter((l) => l === 1),
    'h1 elements',
  ).toHaveLength(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level - levels[i - 1]!, `h${levels[i - 1]} then h${level}`).toBeLessThanOrEqual(1);
  });
  expect(await unnamedRepeatedLandmarks(page), 'landmarks of one kind without a name of their own').toEqual([]);
  const texts = await page.getByRole('link').allInnerTexts();
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => /^(klikk her|her|les mer)$/i.test(t.trim()))).toEqual([]);

  await page.emulateMedia({ colorScheme: 'light' });
  expect(await violations(new AxeBuilder({ page }).withTags(TAGS)), 'light colour scheme').toEqual([]);
  expect(await darkOnlyNonColour(page), 'the dark scheme changes colours only').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await violations(new AxeBuilder({ page }).withRules([...COLOUR_RULES])), 'dark colour scheme').toEqual([]);
}
