import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { attachmentDocument, pdfLinks } from '../lib/attachment-search.ts';
import { withBase } from '../lib/urls.ts';

/**
 * The text of a PDF, for the search index. unpdf (PDF.js for servers) reads it; the result is kept
 * in `<cacheDir>/pdf-text/<sha256 of the file>.txt`, so an unchanged report is read once, ever
 * (CI keeps the cache folder as it keeps Astro's). Whitespace is collapsed: the index needs words.
 */
export async function pdfText(file: string, cacheDir: string): Promise<string> {
  const bytes = await readFile(file);
  const key = createHash('sha256').update(bytes).digest('hex');
  const cached = path.join(cacheDir, 'pdf-text', `${key}.txt`);
  try {
    return await readFile(cached, 'utf8');
  } catch {
    // Not read before.
  }
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  const words = text.replace(/\s+/g, ' ').trim();
  await mkdir(path.dirname(cached), { recursive: true });
  await writeFile(cached, words);
  return words;
}

/**
 * One Pagefind document per PDF a page links with `<Vedlegg>`, at the page's address with the
 * link's fragment: a hit inside a report leads to the page that carries it, to the link itself.
 * `base` is the site's base path, which the links carry and the files in `outDir` do not.
 */
export async function attachmentDocuments(
  pages: readonly { url: string; document: string }[],
  outDir: string,
  base: string,
  cacheDir: string,
): Promise<{ url: string; content: string }[]> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const out: { url: string; content: string }[] = [];
  for (const page of pages) {
    for (const link of pdfLinks(page.document)) {
      if (!link.href.startsWith(prefix)) throw new Error(`${page.url}: vedlegget ${link.href} er ikke under ${prefix}`);
      const text = await pdfText(path.join(outDir, decodeURIComponent(link.href.slice(prefix.length))), cacheDir);
      if (text === '') continue;
      const url = `${page.url}#${link.id}`;
      out.push({ url, content: attachmentDocument(page.document, link, text, withBase(base, url)) });
    }
  }
  return out;
}
