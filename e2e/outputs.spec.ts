import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { DIST, rel } from './support/site.ts';
import { loadSiteOwner } from '../src/lib/site-owner.ts';
import { paths } from '../src/lib/urls.ts';

/** Every XML file of the build (the site feed, each theme's feed, the sitemaps), as site paths. */
const xmlFiles = (readdirSync(DIST, { recursive: true }) as string[])
  .map(String)
  .filter((f) => f.endsWith('.xml'))
  .map((f) => `/${f.split('\\').join('/')}`);

/** Chromium's own XML parser: the error it reports, or '' when the text is well-formed XML. */
async function chromiumXmlError(page: import('@playwright/test').Page, text: string): Promise<string> {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    return doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';
  }, text);
}

test("Chromium's strict XML parser rejects the character a pasted ingress once carried", async ({ page }) => {
  await page.goto(rel('/'));
  expect(await chromiumXmlError(page, '<rss><title>Ingress\u000Bmed linjeskift</title></rss>')).not.toBe('');
  expect(await chromiumXmlError(page, '<rss><title>Styring &amp; ledelse &lt;del 1&gt;</title></rss>')).toBe('');
});

test("every feed and sitemap is XML Chromium's strict parser reads", async ({ page, request }) => {
  expect(xmlFiles.length).toBeGreaterThan(5);
  await page.goto(rel('/'));
  for (const file of xmlFiles) {
    const response = await request.get(rel(file));
    expect(response.status(), file).toBe(200);
    expect(await chromiumXmlError(page, await response.text()), file).toBe('');
  }
});

test('the accessibility statement gives the configured contact, or says plainly that none is set up', async ({
  page,
}) => {
  const { owner } = loadSiteOwner();
  await page.goto(rel(paths.accessibility()));
  const report = page.getByRole('heading', { name: 'Meld fra om feil' }).locator('xpath=following-sibling::p[1]');
  if (owner.organisation && (owner.email || owner.contactPage)) {
    await expect(report).toContainText(owner.organisation);
    if (owner.email)
      await expect(report.getByRole('link', { name: owner.email })).toHaveAttribute('href', `mailto:${owner.email}`);
  } else {
    await expect(report).toHaveText(/Kontaktadressen for tilbakemeldinger om tilgjengelighet er ikke satt opp ennå/);
    await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(0);
  }
});
