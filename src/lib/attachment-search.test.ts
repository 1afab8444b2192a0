import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { attachmentDocument, pdfLinks } from './attachment-search.ts';

const page = [
  '<html lang="nb"><body><article data-pagefind-body><h1>Tre nøkler</h1>',
  '<span hidden data-pagefind-meta="type:rapport"></span><span hidden data-pagefind-filter="tema:Samordning"></span>',
  '<p><a id="vedlegg-rapport-pdf" href="/_astro/rapport.X1.pdf" data-vedlegg="rapport.pdf">Last ned</a></p>',
  '<p><a href="/_astro/tall.X2.xlsx" data-vedlegg="tall.xlsx">Tall</a> <a href="/om/">Om</a></p>',
  '</article></body></html>',
].join('');

describe('attachment search records', () => {
  test('finds the PDF attachments a page links, not other files or links', () => {
    expect(pdfLinks(page)).toEqual([
      { href: '/_astro/rapport.X1.pdf', name: 'rapport.pdf', id: 'vedlegg-rapport-pdf' },
    ]);
    expect(pdfLinks('<p>Ingen vedlegg</p>')).toEqual([]);
  });
  test('carries the page title, metadata and filters, names the attachment, gives the address of the hit and indexes its text', () => {
    const [link] = pdfLinks(page);
    const doc = parse(
      attachmentDocument(page, link!, 'Teksten i <rapporten> & mer', '/kb/rapporter/tre/#vedlegg-rapport-pdf'),
    );
    const metas = doc.querySelectorAll('[data-pagefind-meta]').map((e) => e.getAttribute('data-pagefind-meta'));
    expect(metas).toEqual([
      'title:Tre nøkler',
      'vedlegg:rapport.pdf',
      'url:/kb/rapporter/tre/#vedlegg-rapport-pdf',
      'type:rapport',
    ]);
    expect(doc.querySelector('[data-pagefind-filter]')?.getAttribute('data-pagefind-filter')).toBe('tema:Samordning');
    expect(doc.querySelector('article p')?.text).toBe('Teksten i <rapporten> & mer');
  });
});
