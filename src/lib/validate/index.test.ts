import { describe, expect, test } from 'vitest';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from './index.ts';
import { tempDirs } from '../../../scripts/lib/temp-dirs.ts';

const tempDir = tempDirs('kb-validate-');
function temp(fixture: string): string {
  const dir = tempDir();
  cpSync(`e2e/fixtures/${fixture}`, dir, { recursive: true });
  return dir;
}
const said = (root: string, cacheDir: string) =>
  validateContent(root, { cacheDir }).problems.map((p) => `${p.file}:${p.line} ${p.problem}`);

describe('the check’s cache of unchanged files', () => {
  test('gives the same answer from the cache, and checks again what changed: the file or the lists it names', () => {
    const root = temp('unknown-person');
    const cacheDir = path.join(root, 'cache');
    const first = said(root, cacheDir);
    expect(first).toEqual(['content/intervjuer/ukjent-person.mdx:7 ukjent person «eivind-dael»']);
    const [cacheFile] = readdirSync(cacheDir);
    expect(cacheFile).toBeDefined();
    // A second run reads the result from the cache instead of parsing the file again.
    const cached = path.join(cacheDir, cacheFile!);
    writeFileSync(cached, readFileSync(cached, 'utf8').replace('ukjent person', 'fra hurtigbufferen: ukjent person'));
    expect(said(root, cacheDir)).toEqual([
      'content/intervjuer/ukjent-person.mdx:7 fra hurtigbufferen: ukjent person «eivind-dael»',
    ]);
    // The person is added to the shared list: the article is now right.
    writeFileSync(
      path.join(root, 'content/personer.yaml'),
      "- id: eivind-dael\n  name: 'E'\n  role: 'R'\n- id: eivind-dale\n  name: 'E'\n  role: 'R'\n",
    );
    expect(said(root, cacheDir)).toEqual([]);
    // The article changes: checked again.
    writeFileSync(path.join(root, 'content/intervjuer/ukjent-person.mdx'), '---\ntitle: T\n---\n');
    expect(said(root, cacheDir)).toContain('content/intervjuer/ukjent-person.mdx:1 mangler');
  });
});
