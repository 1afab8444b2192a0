import { describe, expect, test } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { parse } from 'node-html-parser';
import { transformBodyHtml } from './transform.ts';
import { BODY_STRINGS } from './strings.ts';

/** Renders Markdown with the processor Astro uses for bodies, then the body steps. */
const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
async function render(markdown: string, base = '/') {
  const { code } = await processor.render(markdown);
  // node-html-parser keeps <pre> as raw text unless told otherwise.
  return parse(transformBodyHtml(code, { base }).html, { blockTextElements: { script: true, style: true } });
}

describe('footnotes', () => {
  const body =
    'Samordning er krevende.[^1] Flere sier det.[^kilde] Igjen.[^1]\n\n[^1]: Notat.\n[^kilde]: Evaluering.\n';
  test('are headed «Fotnoter», hidden visually and from the search index', async () => {
    const root = await render(body);
    const heading = root.querySelector('section[data-footnotes] h2')!;
    expect(heading.text).toBe(BODY_STRINGS.footnotes);
    expect(heading.classList.contains('ds-sr-only')).toBe(true);
    expect(heading.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(root.toString()).not.toMatch(/Footnotes|Back to reference/);
  });
  test('link back to each reference in Norwegian, counting repeat references', async () => {
    const root = await render(body);
    const labels = root.querySelectorAll('a[data-footnote-backref]').map((a) => a.getAttribute('aria-label'));
    expect(labels).toEqual(['Tilbake til henvisning 1', 'Tilbake til henvisning 1-2', 'Tilbake til henvisning 2']);
    for (const a of root.querySelectorAll('a[data-footnote-backref]'))
      expect(a.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
  test('name each reference in the text «Fotnote n»', async () => {
    const root = await render(body);
    const refs = root.querySelectorAll('a[data-footnote-ref]').map((a) => a.getAttribute('aria-label'));
    expect(refs).toEqual(['Fotnote 1', 'Fotnote 2', 'Fotnote 1']);
  });
});

describe('task lists, tables and code', () => {
  test('name each checkbox by its item text', async () => {
    const root = await render('- [x] Send rapporten\n- [ ] Les **svaret**\n  - [ ] underpunkt\n');
    const names = root.querySelectorAll('input[type=checkbox]').map((i) => i.getAttribute('aria-label'));
    expect(names).toEqual(['Send rapporten', 'Les svaret', 'underpunkt']);
  });
  test('wrap a table in a named, focusable region and give header cells a scope', async () => {
    const root = await render('| Etat | Antall |\n|---|---|\n| Difi | 3 |\n');
    const region = root.querySelector('div.tabell')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('aria-label')).toBe('Tabell: Etat, Antall');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.querySelectorAll('th').map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
  });
  test('name a table by its caption and mark row headers in raw HTML tables', async () => {
    const root = await render('<table><caption>Tall</caption><tr><th>Rad</th><td>1</td></tr></table>\n');
    expect(root.querySelector('div.tabell')!.getAttribute('aria-label')).toBe('Tall');
    expect(root.querySelector('th')!.getAttribute('scope')).toBe('row');
  });
  test('make a code block a named, focusable region', async () => {
    const root = await render('```html\n<a href="/x/">x</a>\n```\n\n```\nuten språk\n```\n');
    const pres = root.querySelectorAll('pre');
    expect(pres.map((p) => [p.getAttribute('role'), p.getAttribute('tabindex'), p.getAttribute('aria-label')])).toEqual(
      [
        ['region', '0', 'Kodeeksempel (html)'],
        ['region', '0', 'Kodeeksempel'],
      ],
    );
  });
});

describe('links under a base path', () => {
  const body = [
    "Se <a href='/tema/samordning/'>temasiden</a> og [etatsstyring](/tema/etatsstyring/).",
    '',
    '<img src="/bilder/a.png" alt="a" /> <img srcset="/bilder/a.png 1x, /bilder/b.png 2x" alt="b">',
    '',
    '<video src="/film.mp4" poster="/bilder/p.png"></video>',
    '',
    '[ref]: /rapporter/x/',
    '',
    '<a href="#ping" ping="/teller/ https://example.org/teller">ping</a>',
    '',
    '[Rapport][ref], [ekstern](https://example.org/), <a href="//cdn.example.org/">cdn</a>, [anker](#topp)',
    '',
    '```html',
    '<a href="/tema/it-styring/">IT-styring</a>',
    '```',
    '',
    'Inline `<a href="/tema/x/">` kode.',
  ].join('\n');
  test('rewrites every root-relative URL in Markdown and HTML, whatever the quoting', async () => {
    const root = await render(body, '/kb/');
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/kb/tema/samordning/',
      '/kb/tema/etatsstyring/',
      '#ping',
      '/kb/rapporter/x/',
      'https://example.org/',
      '//cdn.example.org/',
      '#topp',
    ]);
    expect(root.querySelectorAll('img').map((i) => i.getAttribute('src') ?? i.getAttribute('srcset'))).toEqual([
      '/kb/bilder/a.png',
      '/kb/bilder/a.png 1x, /kb/bilder/b.png 2x',
    ]);
    expect(root.querySelector('a[ping]')!.getAttribute('ping')).toBe('/kb/teller/ https://example.org/teller');
    const video = root.querySelector('video')!;
    expect([video.getAttribute('src'), video.getAttribute('poster')]).toEqual(['/kb/film.mp4', '/kb/bilder/p.png']);
  });
  test('leaves code samples as the editor wrote them', async () => {
    const root = await render(body, '/kb/');
    const code = root.querySelectorAll('code').map((c) => c.text);
    expect(code).toEqual(['<a href="/tema/it-styring/">IT-styring</a>\n', '<a href="/tema/x/">']);
  });
  test('leaves links alone at the root', async () => {
    const root = await render(body, '/');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/tema/samordning/');
  });
});

describe('heading ids', () => {
  test('a heading never takes an id the layout uses, and the rename is reported', async () => {
    const { code } = await processor.render(
      '## Hovedinnhold\n\n## Hovedinnhold 1\n\n## Relaterte artikler\n\n## Annet\n',
    );
    const { html, renamedIds } = transformBodyHtml(code, { base: '/' });
    const ids = parse(html)
      .querySelectorAll('h2')
      .map((h) => h.id);
    expect(ids).toEqual(['hovedinnhold-2', 'hovedinnhold-1', 'relaterte-artikler-1', 'annet']);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...renamedIds]).toEqual([
      ['hovedinnhold', 'hovedinnhold-2'],
      ['relaterte-artikler', 'relaterte-artikler-1'],
    ]);
  });
});

describe('the MDX path (skipBased)', () => {
  test('adds the base path to root-relative links once, leaving those that already carry it', () => {
    const html =
      '<p><a href=\'/tema/samordning/\'>a</a> <a href="/kunnskapsbank/tema/it-styring/">b</a> <img src="/kunnskapsbank/_astro/x.webp" alt=""></p>';
    const out = transformBodyHtml(html, { base: '/kunnskapsbank/', skipBased: true }).html;
    expect(out).toContain('href="/kunnskapsbank/tema/samordning/"');
    expect(out).toContain('href="/kunnskapsbank/tema/it-styring/"');
    expect(out).not.toContain('/kunnskapsbank/kunnskapsbank/');
  });
});

describe('table column alignment', () => {
  test('becomes a class, never an inline style the security policy would block', async () => {
    const processor = await createSatteriMarkdownProcessor();
    const { code } = await processor.render('| Tall | Navn | Midt |\n| ---: | :--- | :---: |\n| 12 | a | b |\n');
    expect(code).toContain('text-align'); // what the renderer writes, before the pass
    const out = parse(transformBodyHtml(code, { base: '/' }).html);
    expect(out.querySelectorAll('[style]')).toHaveLength(0);
    expect(out.querySelectorAll('th.hoyrestilt, td.hoyrestilt')).toHaveLength(2);
    expect(out.querySelectorAll('th.venstrestilt, td.venstrestilt')).toHaveLength(2);
    expect(out.querySelectorAll('th.midtstilt, td.midtstilt')).toHaveLength(2);
  });
});

describe('the HTML parser', () => {
  // parse5 (through hast-util-from-html) is the reference: it implements the HTML standard's
  // parsing algorithm. Sätteri's parser, which transformBodyHtml uses for speed, must build the
  // same tree, including where the algorithm repairs what it is given.
  const repaired = [
    '<table><tr><td>1</td></tr></table>',
    '<table>tekst<tr><td>1</td></tr></table>',
    '<p>en <b>fet <i>og kursiv</b> tekst</i></p>',
    '<p>en<p>to<div>blokk</div>',
    '<ul><li>en<li>to</ul>',
    '<p>Fj&aelig;rland &amp; Bl&aring;b&aelig;r &nbsp;&#x2013;&#8212; &notanentity; &lt;ikke tagg&gt;</p>',
    '<!-- kommentar --><h2 id="a">Tittel<h3>Under</h3>',
    '<a href="/artikler/x/">lenke <a href="/y/">inni</a></a>',
    '<img src="/bilder/k.jpg" alt="Kart"><br><input type=checkbox checked disabled>',
    '<svg viewBox="0 0 1 1"><circle r="1"/></svg><math><mi>x</mi></math>',
    '<pre>\nkode\n  innrykk</pre><textarea>\ntekst</textarea>',
    '<section data-footnotes class="footnotes"><h2 id="footnote-label" class="sr-only">Footnotes</h2><ol><li id="fn-1"><p>N <a href="#fnref-1" data-footnote-backref="">↩</a></p></li></ol></section>',
  ];
  test.each(repaired)('reads %s as parse5 does', async (html) => {
    const { fromHtml } = await import('hast-util-from-html');
    const { toHtml } = await import('hast-util-to-html');
    const reference = fromHtml(html, { fragment: true });
    const { bodySteps } = await import('./transform.ts');
    for (const step of bodySteps({ base: '/kunnskapsbank/' })) step(reference);
    expect(transformBodyHtml(html, { base: '/kunnskapsbank/' }).html).toBe(toHtml(reference));
  });
});
