import { builtHtmlFiles, sitePathOf } from './built-pages.ts';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { attachmentDocuments } from './attachment-text.ts';
import {
  fromWire,
  toWire,
  writeDocument,
  type PageWords,
  type ShareDocuments,
  type WireShare,
} from './index-documents.ts';
import { PREPASS_DOCUMENTS, indexFolder, readPrepass } from './search-prepass.ts';
import { runPagefindCli } from './pagefind-cli.ts';
import type { StepLog } from './log.ts';
import type { BuildSettings } from './settings.ts';
import { COMPOUND_MARKER } from '../lib/search-index.ts';
import { SYNONYM_FILE, checkSynonyms } from '../lib/synonyms.ts';
import { suggestionList } from '../lib/search-suggest.ts';

/** The word list for «Mente du …?», beside the index (src/lib/search-suggest.ts). */
export const SUGGESTION_FILE = 'sokeord.txt';

/** Worker threads for the pages' words and documents: one per core, at most four (each loads the lexicon). */
const SHARES = Math.max(1, Math.min(4, availableParallelism()));

/**
 * The input file of the `n`th attachment hit (`/rapporter/x/#vedlegg-1` → `rapporter/x/vedlegg-<n>.html`):
 * beside its page's own, never at it. Pagefind gives it the file's address; the search page links
 * the `url` meta the document carries instead (src/lib/attachment-search.ts).
 */
function attachmentFile(url: string, n: number): string {
  return `${url.slice(1, url.indexOf('#'))}vedlegg-${n}.html`;
}

/** `files` cut into `n` runs in order, as even as can be (fewer when there are fewer files). */
function shares<T>(files: readonly T[], n: number): T[][] {
  const size = Math.ceil(files.length / n) || 1;
  const out: T[][] = [];
  for (let i = 0; i < files.length; i += size) out.push(files.slice(i, i + size));
  return out;
}

/** A worker thread for a share of the pages (src/build/index-documents-worker.ts): each request answered once. */
function shareWorker(outDir: string, input: string) {
  const worker = new Worker(new URL('./index-documents-worker.ts', import.meta.url), {
    workerData: { outDir, input },
  });
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a search-index worker stopped early (exit code ${code})`)));
  });
  const ask = <T>(message: unknown) =>
    Promise.race([
      new Promise<T>((resolve) => {
        worker.once('message', resolve);
        worker.postMessage(message);
      }),
      failed,
    ]);
  failed.catch(() => {});
  return {
    read: (files: string[]) => ask<WireShare>({ read: files }),
    write: (pages: readonly PageWords[], vocabulary: string[], groups: string[][]) =>
      ask<ShareDocuments>({ pages: pages.map(toWire), vocabulary, groups }),
    stop: () => worker.terminate(),
  };
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
 * The pages are read in two passes: first every page's words (the vocabulary needs every page's
 * words before any page's terms can be found), then, given the whole site's vocabulary, each page's
 * article with its terms, written into Pagefind's input folder at the page's path. Under
 * `npm run build` most pages had their first pass while Astro rendered them (`prepass`, the folder
 * of src/build/search-prepass.ts); the built pages it did not see are read here. Each pass is cut
 * into one run per core, each worked on by a worker thread (src/build/index-documents.ts). With one
 * document per PDF hit beside them, the Pagefind CLI indexes that folder on every core
 * (src/build/pagefind-cli.ts says why not the Node API). The index is the same on every build on
 * one machine, with or without the prepass: the vocabulary is taken in the order of the built
 * files, whatever the number of cores (on another file system the CLI may number the pages
 * otherwise: docs/deploying.md). Throws on any Pagefind or worker error. Removes `prepass`.
 */
export async function writeSearchIndex(site: BuildSettings, logger: StepLog, prepass?: string): Promise<void> {
  const started = performance.now();
  // Milliseconds per phase, for the log line at the end (bench/index-step.ts reads it).
  const ms = { firstPass: 0, terms: 0, attachments: 0, pagefind: 0 };
  const { root, outDir } = site;
  // The list has been checked with the content before the build (src/lib/validate/index.ts).
  const synonymFile = path.join(root, 'content', SYNONYM_FILE);
  const groups = existsSync(synonymFile) ? checkSynonyms(readFileSync(synonymFile, 'utf8')).groups : [];
  // Pagefind reads the documents from a folder of their own, each at its page's path.
  const folder = prepass ?? (await indexFolder());
  const input = path.join(folder, PREPASS_DOCUMENTS);
  await mkdir(input, { recursive: true });
  const outputPath = path.join(outDir, 'pagefind');
  const workers = Array.from({ length: SHARES }, () => shareWorker(outDir, input));
  let suggestions = '';
  const counted = {
    pages: 0,
    compounds: 0,
    forms: 0,
    synonyms: 0,
    addedTerms: 0,
    attachments: 0,
    built: 0,
    prepassed: 0,
  };
  try {
    const files = await builtHtmlFiles(outDir);
    const built = new Set(files);
    const early = readPrepass(prepass);
    // A page the prepass read that is not in the build (removed after rendering: the web editor's
    // preview page) must not be indexed.
    for (const page of early.pages) if (!built.has(page.file)) await rm(path.join(input, page.file), { force: true });
    const seen = new Set(early.read);
    const unread = files.filter((file) => !seen.has(file));
    counted.built = files.length;
    counted.prepassed = files.length - unread.length;
    const found = [early, ...(await Promise.all(shares(unread, SHARES).map((share, n) => workers[n]!.read(share))))];
    const byFile = new Map(found.flatMap((share) => share.pages).map((page) => [page.file, page]));
    const carrierFiles = new Set(found.flatMap((share) => share.carriers));
    // In the order of the built files: the same vocabulary, and the same index, whoever read a page.
    const pages: PageWords[] = files.flatMap((file) => {
      const page = byFile.get(file);
      return page ? [fromWire(page)] : [];
    });
    counted.pages = pages.length;
    // Every word of the site, in the order the pages first use it: the same vocabulary in every worker.
    const vocabulary = new Set<string>();
    for (const page of pages) for (const w of page.words) vocabulary.add(w);
    ms.firstPass = performance.now() - started;
    let phase = performance.now();
    const vocabularyWords = [...vocabulary];
    const written = await Promise.all(
      shares(pages, SHARES).map((share, n) => workers[n]!.write(share, vocabularyWords, groups)),
    );
    ms.terms = performance.now() - phase;
    // Indexed pages that link a PDF, as their articles; then the pages outside the index that carry one.
    const carrying = written.flatMap((share) => share.carrying);
    for (const share of written)
      for (const key of ['compounds', 'forms', 'synonyms', 'addedTerms'] as const) counted[key] += share[key];
    for (const file of files.filter((f) => carrierFiles.has(f)))
      carrying.push({ url: sitePathOf(file), document: readFileSync(path.join(outDir, file), 'utf8') });
    phase = performance.now();
    // The text of PDF attachments, each as its own hit at the page that links it.
    const attachments = await attachmentDocuments(carrying, outDir, site.base, site.cacheDir);
    attachments.forEach((doc, n) => writeDocument(input, attachmentFile(doc.url, n), doc.content));
    counted.attachments = attachments.length;
    ms.attachments = performance.now() - phase;
    await rm(outputPath, { recursive: true, force: true });
    phase = performance.now();
    const indexing = runPagefindCli(input, outputPath);
    // Worked out while Pagefind indexes, in its own process.
    suggestions = suggestionList(pages.map((page) => page.words));
    await indexing;
    ms.pagefind = performance.now() - phase;
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await rm(folder, { recursive: true, force: true });
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
    `Indexed ${counted.pages} pages and ${counted.attachments} PDF attachments (${counted.prepassed} of the ${counted.built} built pages read while Astro rendered them); ${counted.compounds} compound parts, ${counted.forms} inflected forms and ${counted.synonyms} synonyms found, ${counted.addedTerms} of them added after dropping the stems each page has (${COMPOUND_MARKER}); ${SUGGESTION_FILE}: ${Buffer.byteLength(suggestions)} bytes; ${Math.round(performance.now() - started)} ms (${Object.entries(
      ms,
    )
      .map(([phase, t]) => `${phase} ${Math.round(t)} ms`)
      .join(', ')})`,
  );
}
