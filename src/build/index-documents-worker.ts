/**
 * One share of the search index's pages in a worker thread (src/build/search-index.ts), so that
 * the pages' words and documents are worked out on every core. workerData: `{ outDir, input, files }`.
 * Answers two messages, in this order: `{ read: true }` with the share's words (ShareWords, each
 * page's words as an array), then `{ vocabulary, groups }` with its written documents (ShareDocuments).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readShare, writeShareDocuments, type ShareWords } from './index-documents.ts';

const { outDir, input, files } = workerData as { outDir: string; input: string; files: string[] };
let share: ShareWords | undefined;
parentPort!.on('message', (message: { read: true } | { vocabulary: string[]; groups: string[][] }) => {
  if ('read' in message) {
    share = readShare(outDir, input, files);
    parentPort!.postMessage({
      pages: share.pages.map((page) => ({ ...page, words: [...page.words] })),
      carriers: share.carriers,
    });
  } else {
    parentPort!.postMessage(writeShareDocuments(input, share!.pages, message.vocabulary, message.groups));
    parentPort!.close();
  }
});
