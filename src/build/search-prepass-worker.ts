/**
 * The search index's first pass beside Astro's rendering (src/integrations/search-prepass.ts): each
 * rendered page as it comes, read once by `readPage` (src/build/index-documents.ts), its document
 * written into `<dir>/documents/`. workerData: `{ dir }`. Messages: `{ file, html }` (the page's
 * bytes, UTF-8) for each page, then `{ done: true }`, answered with `'written'` once
 * `<dir>/prepass.json` holds what the pass found (PrepassResult).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readPage, toWire, type ShareWords } from './index-documents.ts';
import { PREPASS_DOCUMENTS, PREPASS_RESULT, type PrepassResult } from './search-prepass.ts';
import { WordPool } from '../lib/word-pool.ts';

const { dir } = workerData as { dir: string };
const input = path.join(dir, PREPASS_DOCUMENTS);
const decoder = new TextDecoder();
const pool = new WordPool();
const share: ShareWords = { pages: [], carriers: [] };
const read: string[] = [];
parentPort!.on('message', (message: { file: string; html: Uint8Array } | { done: true }) => {
  if ('file' in message) {
    readPage(decoder.decode(message.html), message.file, input, pool, share);
    read.push(message.file);
    return;
  }
  const result: PrepassResult = {
    read,
    pages: share.pages.map(toWire),
    carriers: share.carriers,
  };
  writeFileSync(path.join(dir, PREPASS_RESULT), JSON.stringify(result));
  parentPort!.postMessage('written');
  parentPort!.close();
});
