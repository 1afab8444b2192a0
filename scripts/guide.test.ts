import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from '../src/lib/validate/index.ts';
import { checkList } from '../src/lib/validate/lists.ts';
import { tempDirs } from './lib/temp-dirs.ts';

/** The editor guide is all a newcomer has: its examples must be what the tools accept and say. */
const guide = readFileSync('docs/redaktor.md', 'utf8');
const blocks = [...guide.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```/gm)].map((m) => ({
  lang: m[2]!,
  text: m[3]!.replace(new RegExp(`^${m[1]}`, 'gm'), ''),
}));
const block = (lang: string, startsWith: string) => {
  const found = blocks.find((b) => b.lang === lang && b.text.startsWith(startsWith));
  expect(found, `a \`\`\`${lang} block starting with «${startsWith}» in docs/redaktor.md`).toBeDefined();
  return found!.text;
};

const tempRoot = tempDirs('kb-guide-');
/** A copy of the real content, so that the guide's links and ids point at something. */
function contentCopy(): string {
  const root = tempRoot();
  cpSync('content', path.join(root, 'content'), { recursive: true });
  return root;
}

describe('the editor guide', () => {
  test('its example frontmatter, event, text and HTML pass the content check', () => {
    const root = contentCopy();
    const body = `\n${block('markdown', 'Første avsnitt')}\n${block('html', '<details>')}`;
    writeFileSync(
      path.join(root, 'content/rapporter/eksempel-fra-veiledningen.mdx'),
      `${block('yaml', '---\ntitle:')}${body}`,
    );
    const event = [
      '---',
      "title: 'Frokostseminar'",
      "description: 'Om samordning.'",
      'date: 2017-03-01',
      'themes: [samordning]',
    ];
    writeFileSync(
      path.join(root, 'content/arrangementer/eksempel-fra-veiledningen.mdx'),
      [...event, block('yaml', 'event:'), '---', '', 'Program.', ''].join('\n'),
    );
    expect(validateContent(root).problems).toEqual([]);
  });

  test('its examples of new people and publications are valid list items', () => {
    expect(checkList('personer.yaml', block('yaml', '- id: eivind-dale')).problems).toEqual([]);
    expect(checkList('publikasjoner.yaml', block('yaml', '- id: mot-alle-odds')).problems).toEqual([]);
  });

  test('its example error report is what npm run check says about that mistake', () => {
    const root = contentCopy();
    const bad = [
      '---',
      'title: Ny artikkel',
      'description: Ingress.',
      'date: 2017-02-31',
      'themes: [samording]',
      '---',
      '',
      'Tekst.',
      '',
    ];
    writeFileSync(path.join(root, 'content/artikler/ny-artikkel.mdx'), bad.join('\n'));
    const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const shown = block('', 'Fant 2 problemer');
    expect(result.stderr.startsWith(shown)).toBe(true);
  });

  test('its one-line npm run new command creates a file the check accepts', () => {
    const root = contentCopy();
    const line = block('sh', 'npm run new -- ').trim();
    const args = [...line.replace('npm run new -- ', '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const result = spawnSync(process.execPath, ['scripts/new.ts', '--root', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(root, 'content/intervjuer/samtale-om-samordning.mdx'), 'utf8')).toContain(
      'draft: true',
    );
    expect(validateContent(root).problems).toEqual([]);
  });
});
