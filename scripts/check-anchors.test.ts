import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { headingIds } from '../src/lib/body/heading-ids.ts';

/** Runs the real `npm run check` script on a fixture site. */
function check(root: string): { code: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
  return {
    code: result.status,
    lines: `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.startsWith('content/')),
  };
}

const F = 'content/artikler/forste.mdx';

describe('npm run check on links to a heading', () => {
  test('names a #anker that no heading or element has, on the same page or another entry, and a link to the file', () => {
    // The ids the fixture's headings get, computed with the site's own function.
    const [own] = headingIds([{ text: 'Mål og midler' }]);
    const [other] = headingIds([{ text: 'Ledelse i staten' }]);
    expect(readFileSync(`e2e/fixtures/anchor-links/${F}`, 'utf8')).toContain(`(#${own})`);
    const { code, lines } = check('e2e/fixtures/anchor-links');
    expect(code).toBe(1);
    const there = `et anker som finnes på siden: #${own}, #eget (ankeret er overskriften med små bokstaver og bindestrek)`;
    expect(lines).toEqual([
      `${F}:10 — innhold — lenken «#mal-og-midler» går til et avsnitt (#mal-og-midler) som ikke finnes (mente du «${own}»?) — ${there}`,
      `${F}:10 — innhold — lenken «#ikke-her» går til et avsnitt (#ikke-her) som ikke finnes — ${there}`,
      `${F}:12 — innhold — lenken «/artikler/andre/#ikke-her» går til et avsnitt (#ikke-her) som ikke finnes — et anker som finnes på siden: #${other} (ankeret er overskriften med små bokstaver og bindestrek)`,
      `${F}:12 — innhold — lenken «../artikler/andre.mdx#${other}» går til filen, ikke til siden på nettstedet — skriv adressen til siden: /artikler/andre/#${other}`,
    ]);
  }, 60_000);
});
