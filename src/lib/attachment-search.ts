import { parse } from 'node-html-parser';

/** An attachment link on a built page, as the `<Vedlegg>` component writes it. */
export interface AttachmentLink {
  /** The published address, with the base path (`/_astro/rapport.Ab12.pdf`). */
  href: string;
  /** The editor's file name (`rapport.pdf`). */
  name: string;
  /** The link's `id`, so that a search hit can lead to the link on the page. */
  id: string;
}

/** The PDF attachments linked from a page's indexed document (`a[data-vedlegg]` ending in .pdf). */
export function pdfLinks(document: string): AttachmentLink[] {
  return parse(document)
    .querySelectorAll('a[data-vedlegg]')
    .map((a) => ({ href: a.getAttribute('href') ?? '', name: a.getAttribute('data-vedlegg') ?? '', id: a.id }))
    .filter((l) => /\.pdf$/i.test(l.name) && l.href !== '');
}

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The search record of one attachment, as an HTML document for Pagefind: the carrying page's
 * title, metadata and filters (so the hit looks and filters like the page), a `vedlegg` meta that
 * the search page shows as «Treff i vedlegget …», a `url` meta with the hit's published address
 * (`address`: the page's, base path included, and the link's fragment), which the search page links
 * instead of the document's own (Pagefind UI's convention), and the attachment's text as the indexed body.
 */
export function attachmentDocument(pageDocument: string, link: AttachmentLink, text: string, address: string): string {
  const page = parse(pageDocument);
  const title = page.querySelector('h1')?.text.trim() ?? link.name;
  const kept = page
    .querySelectorAll('[data-pagefind-meta], [data-pagefind-filter], [data-pagefind-sort]')
    .filter((el) => !/^title:/.test(el.getAttribute('data-pagefind-meta') ?? ''))
    .map((el) => el.toString())
    .join('');
  return [
    '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>',
    escape(title),
    '</title></head><body><article data-pagefind-body>',
    `<span hidden data-pagefind-meta="title:${escape(title)}"></span>`,
    `<span hidden data-pagefind-meta="vedlegg:${escape(link.name)}"></span>`,
    `<span hidden data-pagefind-meta="url:${escape(address)}"></span>`,
    kept,
    `<p>${escape(text)}</p>`,
    '</article></body></html>',
  ].join('');
}
