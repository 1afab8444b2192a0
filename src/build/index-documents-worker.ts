/**
 * The search index's work on shares of the built pages in a worker thread (src/build/search-index.ts),
 * so that the pages' words and documents are worked out on every core. workerData: `{ outDir, input }`.
 * Answers two messages, in this order: `{ read: files }` with those files' words (ShareWords, each
 * page's words as an array), then `{ pages, vocabulary, groups }` with the written documents of
 * `pages` (ShareDocuments): the pages of any pass, this worker's, another's or the prepass's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readShare, writeShareDocuments, type PageWords } from './index-documents.ts';

type WirePage = Omit<PageWords, 'words'> & { words: string[] };
const { outDir, input } = workerData as { outDir: string; input: string };
parentPort!.on(
  'message',
  (message: { read: string[] } | { pages: WirePage[]; vocabulary: string[]; groups: string[][] }) => {
    if ('read' in message) {
      const share = readShare(outDir, input, message.read);
      parentPort!.postMessage({
        pages: share.pages.map((page) => ({ ...page, words: [...page.words] })),
        carriers: share.carriers,
      });
    } else {
      const pages = message.pages.map((page) => ({ ...page, words: new Set(page.words) }));
      parentPort!.postMessage(writeShareDocuments(input, pages, message.vocabulary, message.groups));
      parentPort!.close();
    }
  },
);
