import { describe, expect, test } from 'vitest';
import { commandProblems, docCommands, simpleCommands, type Project } from './doc-commands.ts';

const project: Project = {
  root: process.cwd(),
  scripts: { build: 'node scripts/build.ts', bench: 'node bench/run.ts', preview: 'node scripts/serve.ts --dir dist' },
  sourceText: "process.env['BASE_PATH']; process.env.SITE_URL",
};
const problems = (md: string) => docCommands(md).flatMap((c) => commandProblems(c, project));

describe('commands in the docs', () => {
  test('finds fenced lines (with their line, comments dropped, continuations joined) and inline commands', () => {
    const md =
      'Intro `npm run build` here, not `npm run …`.\n\n```sh\n# only a comment\nnpm run bench -- --sizes 1000   # one size\nnpm ci \\\n  && npm run build\n```\n';
    expect(docCommands(md)).toEqual([
      { text: 'npm run build', line: 1, fenced: false },
      { text: 'npm run bench -- --sizes 1000', line: 5, fenced: true },
      { text: 'npm ci && npm run build', line: 6, fenced: true },
    ]);
  });

  test('finds indented blocks, as in a numbered list', () => {
    expect(docCommands('1. Run:\n\n   ```sh\n   npm run build\n   ```\n').map((c) => c.text)).toEqual([
      'npm run build',
    ]);
  });

  test('splits at && | ; and keeps quoted words whole', () => {
    expect(simpleCommands('git commit -m "Ny rapport: tre råd" && git push | grep -i x')).toEqual([
      ['git', 'commit', '-m', 'Ny rapport: tre råd'],
      ['git', 'push'],
      ['grep', '-i', 'x'],
    ]);
  });

  test('accepts the scripts, files, flags and variables the project has', () => {
    const md =
      '```sh\nSITE_URL=https://x.no BASE_PATH=/ npm run build\nnice -n 10 npm run bench -- --sizes 5000 --keep\nnode scripts/serve.ts --dir dist --base /kb/\nnpx vitest run\n```\n';
    expect(problems(md)).toEqual([]);
  });

  test('reports an npm script that does not exist', () => {
    expect(problems('```sh\nnpm run deploy\n```\n')).toEqual(['npm run deploy: package.json has no such script']);
  });

  test('reports a file node cannot find', () => {
    expect(problems('Run `node scripts/nope.ts --dir dist`.')).toEqual(['node scripts/nope.ts: no such file']);
  });

  test("takes Node's own options before the file, and reports one Node does not have", () => {
    expect(problems('`node --cpu-prof --cpu-prof-dir=bench/out scripts/serve.ts --dir dist`')).toEqual([]);
    expect(problems('`node --cpu-profile scripts/serve.ts --dir dist`')).toEqual([
      'node --cpu-profile: not an option of Node',
    ]);
    expect(problems('`node --cpu-prof scripts/nope.ts`')).toEqual(['node scripts/nope.ts: no such file']);
  });

  test('reports a flag the script does not take', () => {
    expect(problems('```sh\nnpm run bench -- --size 1000\n```\n')).toEqual([
      'npm run bench --size: the script knows no such flag',
    ]);
    expect(problems('`node scripts/serve.ts --root dist`')).toEqual([
      'node scripts/serve.ts --root: the script knows no such flag',
    ]);
  });

  test('reports an environment variable nothing reads', () => {
    expect(problems('```sh\nSITE_ADDRESS=https://x.no npm run build\n```\n')).toEqual([
      'SITE_ADDRESS: no code reads it',
    ]);
  });

  test('reports a tool that is neither the project’s nor an operator’s', () => {
    expect(problems('```sh\nyarn build\n```\n')).toEqual([
      "yarn: neither an npm script, a project file nor a known operator's tool",
    ]);
  });

  test('reports a block that is not valid shell', () => {
    const found = problems('```sh\nnpm run build && \n```\n');
    expect(found.some((p) => p.startsWith('not valid shell:'))).toBe(true);
  });
});
