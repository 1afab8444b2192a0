import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { commandProblems, docCommands, type Project } from './lib/doc-commands.ts';

/** Every shell command the README and docs/ give their readers exists here and takes those flags. */
const files = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

function sourceText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro|sh)$/.test(e.name))
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

const project: Project = {
  root: process.cwd(),
  scripts: JSON.parse(readFileSync('package.json', 'utf8')).scripts,
  sourceText: [
    ...['src', 'scripts', 'bench'].map(sourceText),
    readFileSync('astro.config.mjs', 'utf8'),
    readFileSync('playwright.config.ts', 'utf8'),
  ].join('\n'),
};

describe('the commands in the docs', () => {
  test('the docs are there and give commands', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap((f) => docCommands(readFileSync(f, 'utf8'))).length).toBeGreaterThan(10);
  });

  test.each(files)('every command in %s names a script, file, flag and variable the project has', (file) => {
    const found = docCommands(readFileSync(file, 'utf8')).flatMap((c) =>
      commandProblems(c, project).map((p) => `${file}:${c.line} «${c.text}» — ${p}`),
    );
    expect(found).toEqual([]);
  });

  test('the README still gives the two set-up commands', () => {
    const commands = docCommands(readFileSync('README.md', 'utf8'))
      .filter((c) => c.fenced)
      .map((c) => c.text);
    expect(commands.slice(0, 2)).toEqual(['npm ci && npm run build', 'npm ci && npm test']);
  });
});
