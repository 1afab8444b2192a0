import { describe, expect, test } from 'vitest';
import { COMPOUND_MARKER, indexedDocument, injectCompoundParts, isIndexable, readIndexedDocument } from './search-index.ts';
import { indexedText } from './search-terms.ts';

const article =
  '<html><body><nav>Meny</nav><main><article class="a" data-pagefind-body><h1>Etatsstyring</h1><p>Tekst &amp; mer</p></article></main></body></html>';
const listing = '<html><body><main><h1>Tema</h1></main></body></html>';

describe('search index', () => {
  test('indexes article pages and not listings', () => {
    expect(isIndexable(article)).toBe(true);
    expect(isIndexable(listing)).toBe(false);
  });
  test('reads only the text of the indexed article', () => {
    const text = indexedText(article);
    expect(text).toContain('Etatsstyring');
    expect(text).toContain('Tekst & mer');
    expect(text).not.toContain('Meny');
    // The marking attribute is no word of the page.
    expect(text).not.toMatch(/data|pagefind|body/);
  });
  test('adds compound parts inside the article, at the end, with a low weight', () => {
    const indexed = readIndexedDocument(article)!;
    const html = injectCompoundParts(indexed, ['styring']);
    expect(html).toContain(`<p data-pagefind-weight="0.5">${COMPOUND_MARKER} styring</p></article></body></html>`);
    expect(injectCompoundParts(indexed, [])).toBe(indexed.document);
  });
  test('adds them at the end of the outer article when it holds articles of its own', () => {
    const page =
      '<html lang="nb"><body><ARTICLE data-pagefind-body><h1>A</h1><article><p>Innfelt</p></article><p>Slutt</p>  </ARTICLE>' +
      '<aside><article>Relatert</article></aside></body></html>';
    const html = injectCompoundParts(readIndexedDocument(page)!, ['styring']);
    expect(indexedText(html)).toMatch(/Innfelt\s+Slutt\s+Beslektede søkeord: styring\s*$/);
    expect(html).toMatch(/Slutt<\/p>\s*<p data-pagefind-weight="0.5">Beslektede søkeord: styring<\/p><\/ARTICLE><\/body><\/html>$/);
    expect(html).not.toContain('Relatert');
  });
  test('finds the marked element and the title with a parser, not in text or comments that look like them', () => {
    const page =
      '<html lang="nn"><head><!-- <title>Feil</title> --><title>Rett &amp; riktig</title></head><body>' +
      '<main><p>Skriv &lt;article data-pagefind-body&gt; i koden</p><!-- <article data-pagefind-body>kommentar</article> -->' +
      '<section data-pagefind-body><p>Innhold</p></section></main></body></html>';
    expect(readIndexedDocument(page)!.document).toBe(
      '<!DOCTYPE html><html lang="nn"><head><title>Rett &amp; riktig</title></head><body><section data-pagefind-body><p>Innhold</p></section></body></html>',
    );
    expect(isIndexable('<html><body><p>Om data-pagefind-body i Pagefind</p></body></html>')).toBe(false);
  });
  test('hands Pagefind the page language, title and indexed article, without the page around it', () => {
    const page =
      '<!DOCTYPE html><html lang="nb" dir="ltr"><head><title>Etatsstyring – Kunnskapsbanken</title><link rel="stylesheet" href="/a.css"></head>' +
      '<body><nav>Meny</nav><main><article class="a" data-pagefind-body><h1 data-x>Etatsstyring</h1><span data-pagefind-filter="type:artikkel"></span></article>' +
      '<aside><article><h2>Relatert</h2></article></aside></main><footer>Bunn</footer></body></html>';
    expect(indexedDocument(page)).toBe(
      '<!DOCTYPE html><html lang="nb"><head><title>Etatsstyring – Kunnskapsbanken</title></head><body>' +
        '<article class="a" data-pagefind-body><h1 data-x>Etatsstyring</h1><span data-pagefind-filter="type:artikkel"></span></article>' +
        '</body></html>',
    );
    expect(indexedDocument(listing)).toBe(listing);
  });
  test('takes out soft hyphens, literal or as &shy;, so the word is indexed as readers type it', () => {
    const page =
      '<!DOCTYPE html><html lang="nb"><head><title>T</title></head><body><article data-pagefind-body>' +
      '<p>Sam\u00ADordning og etats&shy;styring</p></article></body></html>';
    expect(indexedText(indexedDocument(page))).toContain('Samordning og etatsstyring');
  });
});
