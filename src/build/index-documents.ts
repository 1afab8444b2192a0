import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sitePathOf } from './built-pages.ts';
import { Vocabulary, compoundParts, words } from '../lib/compounds.ts';
import { inflectionTable, inflectionTerms } from '../lib/search-inflections.ts';
import { injectCompoundParts, readIndexedDocument } from '../lib/search-index.ts';
import { norwegianLexicon } from '../lib/lexicon.ts';
import { synonymTerms, wordLine } from '../lib/synonyms.ts';
import { indexedText, neededTerms, rememberedTermStem } from '../lib/search-terms.ts';
import { WordPool } from '../lib/word-pool.ts';

/**
 * The search index's work on one share of the built pages (src/build/search-index.ts hands each
 * share to a worker thread, src/build/index-documents-worker.ts): first their words, then, once
 * the whole site's vocabulary is known, the documents Pagefind indexes.
 */

/**
 * An indexed page of the share: its address, its file under `outDir` (and its document's under
 * Pagefind's input folder), its distinct words, and where its document takes the added terms.
 */
export interface PageWords {
  url: string;
  file: string;
  words: ReadonlySet<string>;
  termsAt: number;
}

/** A page's words as a worker message or JSON carries them: an array, not a set. */
export type WirePage = Omit<PageWords, 'words'> & { words: string[] };

/** A page ready to be posted to or from a worker thread, or written as JSON. */
export function toWire(page: PageWords): WirePage {
  return { ...page, words: [...page.words] };
}

/** A page as {@link toWire} sent it, with its words a set again. */
export function fromWire(page: WirePage): PageWords {
  return { ...page, words: new Set(page.words) };
}

/** A share's first pass as a message carries it. */
export interface WireShare {
  pages: WirePage[];
  carriers: string[];
}

/** What the first pass found in a share: its indexed pages, and the other pages that link a PDF (publications). */
export interface ShareWords {
  pages: PageWords[];
  carriers: string[];
}

/**
 * Reads each of `files` (relative to `outDir`, in order) once: the words of its indexed article.
 * Each indexed page's document (src/lib/search-index.ts) is written into `input` as it is, so the
 * second pass adds the terms to it without reading the page again.
 */
export function readShare(outDir: string, input: string, files: readonly string[]): ShareWords {
  const share: ShareWords = { pages: [], carriers: [] };
  // Every page's words are kept until its document is written: one copy of each (src/lib/word-pool.ts).
  const pool = new WordPool();
  // Synchronous on purpose: thousands of small reads in a row are faster without the event loop.
  for (const file of files) readPage(readFileSync(path.join(outDir, file), 'utf8'), file, input, pool, share);
  return share;
}

/**
 * The first pass on one page: `html` is the built page at `file` (relative to the output folder).
 * An indexed page's document is written into `input` and its words are added to `share.pages`;
 * a page outside the index that links a PDF (a publication) to `share.carriers`, as its text is
 * searched; any other page is left out. Used by {@link readShare} and by the pass beside Astro's
 * rendering (src/integrations/search-prepass.ts), so both read a page alike.
 */
export function readPage(html: string, file: string, input: string, pool: WordPool, share: ShareWords): void {
  const indexed = readIndexedDocument(html);
  if (!indexed) {
    if (html.includes('data-vedlegg')) share.carriers.push(file);
    return;
  }
  writeDocument(input, file, indexed.document);
  const pageWords = pool.set(words(indexedText(indexed.document)));
  share.pages.push({ url: sitePathOf(file), file, words: pageWords, termsAt: indexed.termsAt });
}

/** What writing a share's documents counted, and its indexed pages that link a PDF (their articles). */
export interface ShareDocuments {
  compounds: number;
  forms: number;
  synonyms: number;
  addedTerms: number;
  carrying: { url: string; document: string }[];
}

/**
 * Rewrites the document of each page in `input` (written by {@link readShare}): its indexed article
 * with the terms it lacks (compound parts, the corpus's other forms of its words, synonyms) added
 * at the end (src/lib/search-index.ts). `vocabulary` is every word of the whole site, in the order
 * the pages first use them, so that every share splits and inflects alike.
 */
export function writeShareDocuments(
  input: string,
  pages: readonly PageWords[],
  vocabularyWords: readonly string[],
  groups: readonly (readonly string[])[],
): ShareDocuments {
  const vocabulary = Vocabulary.of([new Set(vocabularyWords)], norwegianLexicon());
  const inflections = inflectionTable(vocabulary);
  const stemOf = rememberedTermStem();
  const done: ShareDocuments = { compounds: 0, forms: 0, synonyms: 0, addedTerms: 0, carrying: [] };
  for (const page of pages) {
    const document = readFileSync(path.join(input, page.file), 'utf8');
    const parts = compoundParts(page.words, vocabulary);
    const inflected = inflectionTerms(page.words, inflections, parts);
    const synonymous = groups.length > 0 ? synonymTerms(wordLine(indexedText(document)), groups) : [];
    done.compounds += parts.length;
    done.forms += inflected.length;
    done.synonyms += synonymous.length;
    // Only the terms whose stem the page lacks: the others add nothing Pagefind could find
    // (src/lib/search-terms.ts). The page's own words are those of the first pass: the same document.
    const terms = neededTerms(page.words, [...parts, ...inflected, ...synonymous], stemOf);
    done.addedTerms += terms.length;
    if (document.includes('data-vedlegg')) done.carrying.push({ url: page.url, document });
    if (terms.length > 0)
      writeDocument(input, page.file, injectCompoundParts({ document, termsAt: page.termsAt }, terms));
  }
  return done;
}

/** Writes one document into Pagefind's input folder, at `file` (relative, `/`-separated). */
export function writeDocument(input: string, file: string, content: string): void {
  const to = path.join(input, file);
  mkdirSync(path.dirname(to), { recursive: true });
  writeFileSync(to, content);
}
