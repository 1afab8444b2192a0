/**
 * Every built page passes the W3C Nu HTML Checker with zero errors. Warnings are allowed, and
 * listed in the test's annotations. (Runs once: validity does not depend on the base path.)
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtPages, DIST } from './support/site.ts';
import { checkHtml, isError } from '../scripts/lib/vnu.ts';

// One checker run over every page: its budget grows with the site (a minute to start Java, plus a
// quarter second a page).
test.setTimeout(60_000 + builtPages().length * 250);

function fileOf(sitePath: string): string {
  return path.join(DIST, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

test('every built page is valid HTML (W3C Nu HTML Checker)', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(0);
  const messages = checkHtml(pages.map(fileOf));
  const where = (m: { url: string; lastLine?: number }) =>
    `${path.relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'}`;
  const warnings = messages.filter((m) => !isError(m));
  const counted = new Map<string, number>();
  for (const w of warnings) counted.set(w.message, (counted.get(w.message) ?? 0) + 1);
  for (const [message, n] of counted)
    test.info().annotations.push({ type: 'vnu warning', description: `${n}× ${message}` });
  expect(messages.filter(isError).map((m) => `${where(m)}: ${m.message}`)).toEqual([]);
});

test('the checker reports an invalid page, so a clean result means something', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  const bad = path.join(dir, 'bad.html');
  writeFileSync(
    bad,
    '<!doctype html><html lang="nb"><head><title>x</title></head><body><ul><p>ikke et listeelement</p></ul></body></html>',
  );
  const errors = checkHtml([bad]).filter(isError);
  expect(errors.length).toBeGreaterThan(0);
});
