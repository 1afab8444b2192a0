/**
 * `node scripts/compound-splits.ts [--dist dist] [--sample N]`: the compound splits of a built
 * site's indexed pages, one `word → parts` a line, for reviewing precision and recall
 * (docs/search.md). With --sample, N words picked evenly from the sorted list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtHtmlFiles } from '../src/build/built-pages.ts';
import { Vocabulary } from '../src/lib/compounds.ts';
import { norwegianLexicon } from '../src/lib/lexicon.ts';
import { indexedDocument, isIndexable } from '../src/lib/search-index.ts';
import { indexedWords } from '../src/lib/search-terms.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    sample: { type: 'string' },
    /** List the words left whole instead, to count the compounds missed (recall). */
    whole: { type: 'boolean', default: false },
  },
});
const dist = path.resolve(values.dist);
const pages: ReadonlySet<string>[] = [];
for (const file of await builtHtmlFiles(dist)) {
  const html = readFileSync(path.join(dist, file), 'utf8');
  if (isIndexable(html)) pages.push(indexedWords(indexedDocument(html)));
}
const vocabulary = Vocabulary.of(pages, norwegianLexicon());
const all = [...new Set(pages.flatMap((p) => [...p]))].filter((w) => w.length >= 8 && /^\p{L}+$/u.test(w)).sort();
const split = all.filter((w) => vocabulary.split(w).length > 0 !== values.whole);
const n = Number(values.sample ?? 0);
const shown = n > 0 ? split.filter((_, i) => i % Math.max(1, Math.floor(split.length / n)) === 0).slice(0, n) : split;
console.log(`# ${all.length} words of 8+ letters, ${split.length} ${values.whole ? 'left whole' : 'split'}`);
for (const w of shown) console.log(`${w} → ${vocabulary.split(w).join(' ')}`);
