/**
 * The search index's work on shares of the built pages in a worker thread (src/build/search-index.ts),
 * so that the pages' words and documents are worked out on every core. workerData: `{ outDir, input }`.
 * Answers `{ read: files }` with those files' words (WireShare), and then, once and last,
 * `{ pages, vocabulary, groups }` with the written documents of `pages` (ShareDocuments): pages
 * any worker or the prepass read. A worker with no unread files gets only the second.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fromWire, readShare, toWire, writeShareDocuments, type WirePage, type WireShare } from './index-documents.ts';

const { outDir, input } = workerData as { outDir: string; input: string };
parentPort!.on(
  'message',
  (message: { read: string[] } | { pages: WirePage[]; vocabulary: string[]; groups: string[][] }) => {
    if ('read' in message) {
      const share = readShare(outDir, input, message.read);
      const reply: WireShare = { pages: share.pages.map(toWire), carriers: share.carriers };
      parentPort!.postMessage(reply);
    } else {
      parentPort!.postMessage(
        writeShareDocuments(input, message.pages.map(fromWire), message.vocabulary, message.groups),
      );
      parentPort!.close();
    }
  },
);
