import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { failedPlaywrightTests, failedVitestTests } from './failed-tests.ts';
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
  expect(failedVitestTests(vitest, dir)).toEqual(['a.test.ts › breaks']);

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
  expect(failedPlaywrightTests(playwright)).toEqual(['b.spec.ts:4 › gruppe › breaks']);
}, 60_000);

test('a file that fails to load is named with its error', () => {
  const report = {
    testResults: [{ name: '/r/x.test.ts', status: 'failed', message: 'SyntaxError: x\nat …', assertionResults: [] }],
  };
  expect(failedVitestTests(report, '/r')).toEqual(['x.test.ts: SyntaxError: x']);
  expect(failedVitestTests(undefined)).toEqual([]);
});
