import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtFiles, MAX_RULES, writeHeadersFile } from './write-headers.ts';
import { parseHeadersFile } from './lib/headers-file.ts';
import { tempDirs } from './lib/temp-dirs.ts';

const temp = tempDirs('kb-headers-');
function build(files: string[]): string {
  const dir = temp();
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'x');
  }
  return dir;
}

describe('writing _headers into a build', () => {
  test('lists every file of the build but _headers itself, and writes one policy rule per top-level name', () => {
    const dir = build(['index.html', 'om/index.html', 'admin/index.html', '_headers']);
    expect(builtFiles(dir)).toEqual(['admin/index.html', 'index.html', 'om/index.html']);
    writeHeadersFile(dir);
    const patterns = parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'))
      .filter((r) => r.headers.some(([n]) => n === 'Content-Security-Policy'))
      .map((r) => r.pattern);
    expect(patterns).toEqual(['/', '/om/*', '/admin/*', '/index.html']);
  });

  test('fails, naming the limit, when Cloudflare Pages could not read all the rules', () => {
    const many = Array.from({ length: MAX_RULES }, (_, i) => `fil-${String(i).padStart(3, '0')}.txt`);
    // Names that begin no other name: one rule each.
    const dir = build(['index.html', ...many.map((f) => f.replace('fil-', 'f').replace('.txt', 'x.txt'))]);
    expect(() => writeHeadersFile(dir)).toThrow(`Cloudflare Pages reads ${MAX_RULES}`);
  });
});
