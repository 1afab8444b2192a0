import { builtHtmlFiles, sitePathOf } from './built-pages.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { attachmentDocuments } from './attachment-text.ts';
import { runPagefindCli } from './pagefind-cli.ts';
import type { StepLog } from './log.ts';
import type { BuildSettings } from './settings.ts';
import { Vocabulary, compoundParts, words } from '../lib/compounds.ts';
import { inflectionTable, inflectionTerms } from '../lib/search-inflections.ts';
import { COMPOUND_MARKER, indexedDocument, injectCompoundParts, isIndexable } from '../lib/search-index.ts';
import { norwegianLexicon } from '../lib/lexicon.ts';
import { SYNONYM_FILE, checkSynonyms, synonymTerms, wordLine } from '../lib/synonyms.ts';
import { suggestionList } from '../lib/search-suggest.ts';
import { indexedText, neededTerms, rememberedTermStem } from '../lib/search-terms.ts';
import { WordPool } from '../lib/word-pool.ts';

/** The word list for «Mente du …?», beside the index (src/lib/search-suggest.ts). */
export const SUGGESTION_FILE = 'sokeord.txt';

/** Writes one document into Pagefind's input folder, at `file` (relative, `/`-separated). */
function writeDocument(input: string, file: string, content: string): void {
  const to = path.join(input, file);
  mkdirSync(path.dirname(to), { recursive: true });
  writeFileSync(to, content);
}

/**
 * The input file of the `n`th attachment hit (`/rapporter/x/#vedlegg-1` → `rapporter/x/vedlegg-<n>.html`):
 * beside its page's own, never at it. Pagefind gives it the file's address; the search page links
 * the `url` meta the document carries instead (src/lib/attachment-search.ts).
 */
function attachmentFile(url: string, n: number): string {
  return `${url.slice(1, url.indexOf('#'))}vedlegg-${n}.html`;
}

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
 * each file again and writes its article, with its terms, into a temporary folder at the page's
 * path, beside one document per PDF hit; the Pagefind CLI indexes that folder on every core
 * (src/build/pagefind-cli.ts says why not the Node API). Throws on any Pagefind error.
 */
export async function writeSearchIndex(site: BuildSettings, logger: StepLog): Promise<void> {
  const started = performance.now();
  // Milliseconds per phase, for the log line at the end (bench/index-step.ts reads it).
  const ms = { firstPass: 0, vocabulary: 0, terms: 0, attachments: 0, pagefind: 0 };
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
  let attachmentCount = 0;

  const inflections = inflectionTable(vocabulary);
  const stemOf = rememberedTermStem();
  ms.vocabulary = performance.now() - started - ms.firstPass;
  let compounds = 0;
  let forms = 0;
  let addedTerms = 0;
  // Pagefind reads the documents from a folder of their own, each at its page's path.
  const input = await mkdtemp(path.join(tmpdir(), 'kunnskapsbanken-sok-'));
  const outputPath = path.join(outDir, 'pagefind');
  let suggestions = '';
  try {
    // Indexed pages that link a PDF, kept as the article (few pages; their attachments come after all pages).
    const carrying: { url: string; document: string }[] = [];
    for (const page of pages) {
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
      if (document.includes('data-vedlegg')) carrying.push({ url: page.url, document });
      writeDocument(input, page.file, injectCompoundParts(document, terms));
      ms.terms += performance.now() - prepared;
    }
    // The text of PDF attachments, each as its own hit at the page that links it.
    for (const file of carriers)
      carrying.push({ url: sitePathOf(file), document: readFileSync(path.join(outDir, file), 'utf8') });
    let phase = performance.now();
    const attachments = await attachmentDocuments(carrying, outDir, site.base, site.cacheDir);
    attachments.forEach((doc, n) => writeDocument(input, attachmentFile(doc.url, n), doc.content));
    attachmentCount = attachments.length;
    ms.attachments = performance.now() - phase;
    await rm(outputPath, { recursive: true, force: true });
    phase = performance.now();
    const indexing = runPagefindCli(input, outputPath);
    // Worked out while Pagefind indexes, in its own process.
    suggestions = suggestionList(pages.map((page) => page.words));
    await indexing;
    ms.pagefind = performance.now() - phase;
  } finally {
    await rm(input, { recursive: true, force: true });
  }
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
  for (const [lang, l] of Object.entries(entry.languages)) {
    if (l.wasm)
      logger.info(
        `Language ${lang}: ${l.page_count} pages, stemming with the ${lang} stemmer (wasm.${l.wasm}.pagefind)`,
      );
    else logger.warn(`Language ${lang}: ${l.page_count} pages, NO stemming: Pagefind has no stemmer for «${lang}»`);
  }
  logger.info(
    `Indexed ${pages.length} pages and ${attachmentCount} PDF attachments; ${compounds} compound parts, ${forms} inflected forms and ${synonyms} synonyms found, ${addedTerms} of them added after dropping the stems each page has (${COMPOUND_MARKER}); ${SUGGESTION_FILE}: ${Buffer.byteLength(suggestions)} bytes; ${Math.round(performance.now() - started)} ms (${Object.entries(
      ms,
    )
      .map(([phase, t]) => `${phase} ${Math.round(t)} ms`)
      .join(', ')})`,
  );
}
