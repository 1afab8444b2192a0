import { builtHtmlFiles, sitePathOf } from './built-pages.ts';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefindApi from 'pagefind';
import { attachmentDocuments } from './attachment-text.ts';
import type { StepLog } from './log.ts';
import type { BuildSettings } from './settings.ts';
import { Vocabulary, compoundParts, words } from '../lib/compounds.ts';
import { startInOrder } from '../lib/in-order.ts';
import { inflectionTable, inflectionTerms } from '../lib/search-inflections.ts';
import { COMPOUND_MARKER, indexedDocument, injectCompoundParts, isIndexable } from '../lib/search-index.ts';
import { norwegianLexicon } from '../lib/lexicon.ts';
import { SYNONYM_FILE, checkSynonyms, synonymTerms, wordLine } from '../lib/synonyms.ts';
import { suggestionList } from '../lib/search-suggest.ts';
import { indexedText, neededTerms, rememberedTermStem } from '../lib/search-terms.ts';
import { WordPool } from '../lib/word-pool.ts';

/** The word list for «Mente du …?», beside the index (src/lib/search-suggest.ts). */
export const SUGGESTION_FILE = 'sokeord.txt';

/** Pages handed to Pagefind and not yet indexed, at most: enough to keep it busy, few enough to keep memory flat. */
const PAGES_IN_FLIGHT = 16;

/**
 * Writes the Pagefind index into `<outDir>/pagefind/` from the built HTML, after Astro has exited
 * (scripts/build.ts), so that the memory of the rendering is given back before Pagefind needs its
 * own. Only elements marked `data-pagefind-body` (article bodies) are indexed. Each page is also
 * given the parts of its Norwegian compound words (see src/lib/compounds.ts) and the corpus's other
 * forms of its words (src/lib/search-inflections.ts), in the index only: the published HTML is
 * unchanged. So are the other terms of the editors' synonym groups (content/synonymer.yaml,
 * src/lib/synonyms.ts). Beside the index it writes the site's words for «Mente du …?»
 * (src/lib/search-suggest.ts).
 *
 * Pages are streamed, never all held at once: a first pass keeps only each page's word set (the
 * vocabulary needs every page's words before any page's terms can be found), a second pass reads
 * each file again and hands its article to Pagefind. Throws on any Pagefind error.
 */
export async function writeSearchIndex(site: BuildSettings, logger: StepLog): Promise<void> {
  const started = performance.now();
  // Milliseconds per phase, for the log line at the end (bench/index-step.ts reads it).
  const ms = { firstPass: 0, vocabulary: 0, terms: 0, attachments: 0, writeFiles: 0 };
  const { root, outDir } = site;
  // Each page is kept only as its address, its file and its words; its article is read again when indexed.
  const pages: { url: string; file: string; words: ReadonlySet<string> }[] = [];
  const carriers: string[] = [];
  // Every page's words are kept until the index is written: one copy of each (src/lib/word-pool.ts).
  const pool = new WordPool();
  for (const file of await builtHtmlFiles(outDir)) {
    // Synchronous on purpose: thousands of small reads in a row are faster without the event loop.
    const html = readFileSync(path.join(outDir, file), 'utf8');
    if (!isIndexable(html)) {
      // A page outside the index (a publication) may still carry a PDF whose text is searched.
      if (html.includes('data-vedlegg')) carriers.push(file);
      continue;
    }
    pages.push({ url: sitePathOf(file), file, words: pool.set(words(indexedText(indexedDocument(html)))) });
  }
  ms.firstPass = performance.now() - started;
  const vocabulary = Vocabulary.of(
    pages.map((page) => page.words),
    norwegianLexicon(),
  );
  // The list has been checked with the content before the build (src/lib/validate/index.ts).
  const synonymFile = path.join(root, 'content', SYNONYM_FILE);
  const groups = existsSync(synonymFile) ? checkSynonyms(readFileSync(synonymFile, 'utf8')).groups : [];
  let synonyms = 0;

  const { index, errors } = await pagefindApi.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const inflections = inflectionTable(vocabulary);
  const stemOf = rememberedTermStem();
  ms.vocabulary = performance.now() - started - ms.firstPass;
  let compounds = 0;
  let forms = 0;
  let addedTerms = 0;
  // Pagefind parses each page in its own process, one after another, in the order received:
  // the next pages are prepared here meanwhile, and the index is the same on every build.
  // Indexed pages that link a PDF, kept as the article (few pages; their attachments come after all pages).
  const carrying: { url: string; document: string }[] = [];
  await startInOrder(pages, PAGES_IN_FLIGHT, async (page) => {
    const prepared = performance.now();
    const document = indexedDocument(readFileSync(path.join(outDir, page.file), 'utf8'));
    const parts = compoundParts(page.words, vocabulary);
    const inflected = inflectionTerms(page.words, inflections, parts);
    const synonymous = groups.length > 0 ? synonymTerms(wordLine(indexedText(document)), groups) : [];
    compounds += parts.length;
    forms += inflected.length;
    synonyms += synonymous.length;
    // Only the terms whose stem the page lacks: the others add nothing Pagefind could find
    // (src/lib/search-terms.ts). The page's own words are those of the first pass: the same document.
    const terms = neededTerms(page.words, [...parts, ...inflected, ...synonymous], stemOf);
    addedTerms += terms.length;
    const content = injectCompoundParts(document, terms);
    if (document.includes('data-vedlegg')) carrying.push({ url: page.url, document });
    ms.terms += performance.now() - prepared;
    const added = await index.addHTMLFile({ url: page.url, content });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${page.url}: ${added.errors.join('; ')}`);
  });
  // The text of PDF attachments, each as its own hit at the page that links it.
  for (const file of carriers)
    carrying.push({ url: sitePathOf(file), document: readFileSync(path.join(outDir, file), 'utf8') });
  let phase = performance.now();
  const attachments = await attachmentDocuments(carrying, outDir, site.base, site.cacheDir);
  for (const doc of attachments) {
    const added = await index.addHTMLFile(doc);
    if (added.errors.length > 0) throw new Error(`Pagefind: ${doc.url}: ${added.errors.join('; ')}`);
  }
  ms.attachments = performance.now() - phase;
  const outputPath = path.join(outDir, 'pagefind');
  await rm(outputPath, { recursive: true, force: true });
  phase = performance.now();
  const writing = index.writeFiles({ outputPath });
  // Worked out while Pagefind writes, in its own process.
  const suggestions = suggestionList(pages.map((page) => page.words));
  const written = await writing;
  ms.writeFiles = performance.now() - phase;
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await writeFile(path.join(outputPath, SUGGESTION_FILE), suggestions);
  // Only our own search UI is used: Pagefind's stock UIs would be dead weight on the host.
  for (const unused of [
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
    'pagefind-highlight.js',
  ]) {
    await rm(path.join(outputPath, unused), { force: true });
  }
  // Pagefind takes each page's language from <html lang="nb"> and ships a stemmer for it as
  // `wasm.<lang>.pagefind`; `wasm: null` means a language it cannot stem (words match as written).
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number; wasm: string | null }>;
  };
  await pagefindApi.close();
  for (const [lang, l] of Object.entries(entry.languages)) {
    if (l.wasm)
      logger.info(
        `Language ${lang}: ${l.page_count} pages, stemming with the ${lang} stemmer (wasm.${l.wasm}.pagefind)`,
      );
    else logger.warn(`Language ${lang}: ${l.page_count} pages, NO stemming: Pagefind has no stemmer for «${lang}»`);
  }
  logger.info(
    `Indexed ${pages.length} pages and ${attachments.length} PDF attachments; ${compounds} compound parts, ${forms} inflected forms and ${synonyms} synonyms found, ${addedTerms} of them added after dropping the stems each page has (${COMPOUND_MARKER}); ${SUGGESTION_FILE}: ${Buffer.byteLength(suggestions)} bytes; ${Math.round(performance.now() - started)} ms (${Object.entries(
      ms,
    )
      .map(([phase, t]) => `${phase} ${Math.round(t)} ms`)
      .join(', ')})`,
  );
}
