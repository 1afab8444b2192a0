import { describe, expect, test } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { headingIds } from './heading-ids.ts';
import { transformBodyHtml } from './transform.ts';
import { checkBody } from '../validate/body.ts';

/** Bodies whose heading ids are easy to get wrong: repeats, Norwegian letters, code, emphasis, layout ids. */
const BODIES = [
  '## Innledning\n\nTekst.\n\n## Innledning\n\n### Innledning',
  '## Hva er «god styring»?\n\n## Æ, ø og å i én overskrift\n\n## Tall: 1, 2 og 3',
  '## Bruk `npm run check` først\n\n## **Fet** og _kursiv_ tekst',
  '## Hovedinnhold\n\n## Relaterte artikler\n\n## Hovedinnhold',
  '## Kart ![et kart](/bilder/kart.png) over landet\n\n## [Lenke](/om/) i overskrift',
  'Tittel på to måter\n------------------\n\n#### Fjerde nivå',
  '<h2>Rå overskrift</h2>\n\n## Etter\n\n<h3 id="eget-anker">Med id</h3>',
];

describe('heading ids, as the site renders them', () => {
  test.each(BODIES)('the check knows the same ids as the renderer: %s', async (body) => {
    const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
    const rendered = await processor.render(body);
    // The site's own step after rendering (src/loaders/article-loader.ts): layout ids are renamed.
    const { renamedIds } = transformBodyHtml(rendered.code, { base: '/' });
    const site = (rendered.metadata.headings as { slug: string }[]).map((h) => renamedIds.get(h.slug) ?? h.slug);
    expect(site.length).toBeGreaterThan(0);
    // Raw HTML is passed through: it has the ids the editor wrote (after the headings, in the check's list).
    const written = body.includes('id="eget-anker"') ? ['eget-anker'] : [];
    expect(checkBody('a.mdx', body, 1).anchors).toEqual([...site, ...written]);
  });
  test('keeps an id the editor wrote, and numbers repeats as github-slugger does', () => {
    expect(headingIds([{ text: 'Mål' }, { text: 'Mål' }, { id: 'eget' }])).toEqual(['mål', 'mål-1', 'eget']);
  });
});
