import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkSynonyms, wordLine } from '../src/lib/synonyms.ts';
import { checkFrontmatter } from '../src/lib/validate/frontmatter.ts';

/** The editor guide's search sections: their examples must be what the tools accept. */
const guide = readFileSync('docs/redaktor.md', 'utf8');

describe('the editor guide on search', () => {
  test('its synonym example is a valid content/synonymer.yaml for content that uses the terms', () => {
    const example = /```yaml\n(- \[[\s\S]*?)```/.exec(guide)?.[1];
    expect(example, 'a ```yaml block starting with «- [» in docs/redaktor.md').toBeDefined();
    const { groups, problems } = checkSynonyms(example!, [wordLine('KMD og Difi')]);
    expect(problems).toEqual([]);
    expect(groups.length).toBeGreaterThan(0);
  });
  test('its `lang: nn` is accepted by the content check', () => {
    expect(guide).toContain('`lang: nn`');
    const fm = ["title: 'T'", "description: 'I.'", 'date: 2018-04-02', 'themes: [samordning]', 'lang: nn'].join('\n');
    expect(checkFrontmatter('a.mdx', fm, 'artikler', { people: new Set(), publications: new Set() }).problems).toEqual(
      [],
    );
  });
});
