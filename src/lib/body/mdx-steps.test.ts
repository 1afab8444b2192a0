import { describe, expect, test } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { rehypeBodySteps } from './mdx-steps.ts';

/** Compiles an MDX body with the plugin, as @astrojs/mdx does, and returns the JSX it produces. */
async function compiled(body: string, base: string): Promise<string> {
  const file = await compile(body, { rehypePlugins: [[rehypeBodySteps, { base }]], jsx: true });
  return String(file);
}

describe('the body steps on the MDX path', () => {
  test('raw HTML links in any quoting and Markdown links get the base path; code samples do not', async () => {
    const out = await compiled(
      [
        "Se <a href='/tema/samordning/'>samordning</a> og [etatsstyring](/tema/etatsstyring/).",
        '',
        '<img src="/favicon.svg" alt="Logo" />',
        '',
        '```html',
        '<a href="/tema/it-styring/">IT</a>',
        '```',
      ].join('\n'),
      '/kunnskapsbank/',
    );
    expect(out).toContain('href="/kunnskapsbank/tema/samordning/"');
    expect(out).toContain('href="/kunnskapsbank/tema/etatsstyring/"');
    expect(out).toContain('src="/kunnskapsbank/favicon.svg"');
    expect(out).not.toContain('/kunnskapsbank/tema/it-styring/');
  });
});
