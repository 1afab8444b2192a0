/**
 * Where the search-index time goes: the steps of src/build/search-index.ts, timed one by one
 * on a finished build, with the same input the build gives Pagefind (each page cut to its
 * language, title and article). Writes the index to a temporary folder, not into the build.
 *
 *   node bench/profile-index.ts --dist bench/corpus/site-1000/dist [--concurrent] [--plain]
 *
 * --concurrent: hand Pagefind all pages at once instead of one after another;
 * --plain: index the pages without the added compound parts and inflected forms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefindApi from 'pagefind';
import { builtHtmlFiles, sitePathOf } from '../src/build/built-pages.ts';
import { Vocabulary, compoundParts, wordSet } from '../src/lib/compounds.ts';
import { inflectionTable, inflectionTerms } from '../src/lib/search-inflections.ts';
import { bodyText, indexedDocument, injectCompoundParts, isIndexable } from '../src/lib/search-index.ts';
import { watchPeak } from './lib/process-tree.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    concurrent: { type: 'boolean', default: false },
    plain: { type: 'boolean', default: false },
  },
});
const dist = path.resolve(values.dist!);
const times: Record<string, number> = {};
const stopWatching = watchPeak(process.pid);
const cpuAtStart = process.cpuUsage();
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const t = performance.now();
  const result = await run();
  times[name] = Math.round(performance.now() - t);
  return result;
}

const pages = await step('read and select pages', async () =>
  (await builtHtmlFiles(dist))
    .map((f) => ({ url: sitePathOf(f), html: readFileSync(path.join(dist, f), 'utf8') }))
    .filter((p) => isIndexable(p.html))
    .map((p) => {
      const document = indexedDocument(p.html);
      return { url: p.url, document, words: wordSet(bodyText(document)) };
    }),
);
const vocabulary = await step('vocabulary', () => Vocabulary.of(pages.map((p) => p.words)));
const table = await step('inflection table', () => inflectionTable(vocabulary));
const prepared = await step('compound parts + inflected forms per page', () =>
  pages.map((p) => {
    const parts = compoundParts(p.words, vocabulary);
    const terms = [...new Set([...parts, ...inflectionTerms(p.words, table, parts)])].sort();
    return {
      url: p.url,
      content: values.plain ? p.document : injectCompoundParts(p.document, terms),
      terms: terms.length,
    };
  }),
);
const { index } = await step('start pagefind', () => pagefindApi.createIndex({}));
await step(`addHTMLFile ×${pages.length}${values.concurrent ? ' (concurrent)' : ''}`, async () => {
  if (values.concurrent) await Promise.all(prepared.map((p) => index!.addHTMLFile({ url: p.url, content: p.content })));
  else for (const p of prepared) await index!.addHTMLFile({ url: p.url, content: p.content });
});
const out = mkdtempSync(path.join(tmpdir(), 'kb-pagefind-'));
await step('writeFiles', () => index!.writeFiles({ outputPath: out }));
await pagefindApi.close();
rmSync(out, { recursive: true, force: true });
const peakMiB = Math.round(stopWatching() / 1024);
const cpu = process.cpuUsage(cpuAtStart);
const avgTerms = Math.round(prepared.reduce((a, p) => a + p.terms, 0) / prepared.length);
console.log(
  JSON.stringify(
    {
      pages: pages.length,
      vocabulary: vocabulary.size,
      avgAddedTermsPerPage: avgTerms,
      ms: times,
      nodeCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakTreeRssMiB: peakMiB,
    },
    null,
    2,
  ),
);
