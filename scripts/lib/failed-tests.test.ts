import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WHY_LINES, failedPlaywrightTests, failedVitestTests, whyLines } from './failed-tests.ts';
import { tempDirs } from './temp-dirs.ts';

const tempDir = tempDirs('kb-failed-tests-');

const bin = (name: string) => path.join(process.cwd(), 'node_modules/.bin', name);

/** Runs the real reporters on a spec with one passing and one failing test, and reads their JSON. */
test('names the failed tests from the JSON of the real Vitest and Playwright reporters', () => {
  const dir = tempDir();
  // The specs import the project's test runners.
  symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'a.test.ts'),
    `import { test, expect } from 'vitest';\ntest('holds', () => expect(1).toBe(1));\ntest('breaks', () => expect(1).toBe(2));\n`,
  );
  spawnSync(bin('vitest'), ['run', '--root', dir, '--reporter=json', '--outputFile.json=v.json'], { cwd: dir });
  const vitest = JSON.parse(readFileSync(path.join(dir, 'v.json'), 'utf8'));
  const [vitestFailure, ...moreVitest] = failedVitestTests(vitest, dir);
  expect(moreVitest).toEqual([]);
  expect(vitestFailure?.name).toBe('a.test.ts › breaks');
  // Why: the assertion as Vitest words it, without colour codes.
  expect(vitestFailure?.why[0]).toMatch(/expected 1 to be 2/);
  expect(vitestFailure?.why.join('\n')).not.toContain('\u001b');

  writeFileSync(
    path.join(dir, 'b.spec.ts'),
    `import { test, expect } from '@playwright/test';\ntest.describe('gruppe', () => {\n  test('holds', () => expect(1).toBe(1));\n  test('breaks', () => expect(1).toBe(2));\n});\n`,
  );
  writeFileSync(
    path.join(dir, 'pw.config.mjs'),
    `export default { testDir: '.', testMatch: 'b.spec.ts', retries: 0 };\n`,
  );
  spawnSync(bin('playwright'), ['test', '--config', 'pw.config.mjs', '--reporter=json'], {
    cwd: dir,
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(dir, 'p.json') },
  });
  const playwright = JSON.parse(readFileSync(path.join(dir, 'p.json'), 'utf8'));
  const [playwrightFailure, ...morePlaywright] = failedPlaywrightTests(playwright);
  expect(morePlaywright).toEqual([]);
  expect(playwrightFailure?.name).toBe('b.spec.ts:4 › gruppe › breaks');
  expect(playwrightFailure?.why.join('\n')).toMatch(/Expected: 2/);
  expect(playwrightFailure?.why.join('\n')).not.toContain('\u001b');
}, 60_000);

test('a file that fails to load is named with its error', () => {
  const report = {
    testResults: [{ name: '/r/x.test.ts', status: 'failed', message: 'SyntaxError: x\nat …', assertionResults: [] }],
  };
  expect(failedVitestTests(report, '/r')).toEqual([{ name: 'x.test.ts', why: ['SyntaxError: x', 'at …'] }]);
  expect(failedVitestTests(undefined)).toEqual([]);
});

test('why keeps the first lines of a long message, without blank lines or colour codes', () => {
  const message = [
    '\u001b[31mAssertionError\u001b[39m: nope',
    '',
    ...Array.from({ length: 40 }, (_, i) => `  at frame ${i}`),
  ].join('\n');
  const why = whyLines(message);
  expect(why).toHaveLength(WHY_LINES);
  expect(why[0]).toBe('AssertionError: nope');
  expect(why[1]).toBe('  at frame 0');
  expect(whyLines(undefined)).toEqual([]);
});
