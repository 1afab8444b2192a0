/**
 * Abbreviations and synonyms the editors keep in `content/synonymer.yaml`: groups of terms that
 * mean the same («KMD» and «Kommunal- og moderniseringsdepartementet»). At index time a page that
 * uses one term of a group is also given the words of the others, so a reader who types either
 * finds it (src/build/search-index.ts). Terms match as whole word sequences, case-insensitive,
 * also in the genitive («KMDs», «Difis»).
 */
import { LineCounter, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { words } from './compounds.ts';
import type { Problem } from './validate/problem.ts';

export const SYNONYM_FILE = 'synonymer.yaml';

/** A term as it is matched: its words, lower case, joined by one space («kommunal og moderniseringsdepartementet»). */
export function termKey(term: string): string {
  return words(term).join(' ');
}

/** A text prepared for matching terms: its words between spaces (« styring av kmds etater »). */
export function wordLine(text: string): string {
  return ` ${words(text).join(' ')} `;
}

/** Whether a text (as a `wordLine`) uses a term (as a `termKey`), also with a genitive -s. */
export function usesTerm(line: string, key: string): boolean {
  return line.includes(` ${key} `) || line.includes(` ${key}s `);
}

/** The words to add to a page: those of the other terms of every group the page uses a term of, that the page lacks. */
export function synonymTerms(line: string, groups: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const group of groups) {
    const keys = group.map(termKey);
    if (!keys.some((k) => usesTerm(line, k))) continue;
    for (const key of keys) for (const w of key.split(' ')) if (!line.includes(` ${w} `)) out.add(w);
  }
  return [...out].sort();
}

/**
 * Reads and checks `content/synonymer.yaml`: a YAML list whose items are lists of at least two
 * terms (`- [KMD, Kommunal- og moderniseringsdepartementet]`). Problems: broken YAML, an item that
 * is not a list, an empty term, a group with one term, a term that appears twice in the file,
 * and, when `texts` (the content's `wordLine`s) is given, a group none of whose terms occurs in
 * the content. Each with its line (src/lib/validate/problem.ts).
 */
export function checkSynonyms(source: string, texts?: readonly string[]): { groups: string[][]; problems: Problem[] } {
  const file = `content/${SYNONYM_FILE}`;
  const problems: Problem[] = [];
  const groups: string[][] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const add = (node: Node | null | undefined, problem: string, expected: string) =>
    problems.push({ file, line: lineOf(node), field: 'synonymer', problem, expected });
  const example = '- [KMD, Kommunal- og moderniseringsdepartementet]';

  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      problems.push({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        field: 'synonymer',
        problem: `YAML-feil: ${error.message.split('\n')[0]}`,
        expected: `gyldig YAML, én gruppe per linje: ${example}`,
      });
    return { groups, problems };
  }
  if (doc.contents === null) return { groups, problems };
  if (!isSeq(doc.contents)) {
    add(doc.contents, 'filen er ikke en liste', `en liste med én gruppe per linje: ${example}`);
    return { groups, problems };
  }
  const seen = new Map<string, number>();
  for (const item of doc.contents.items) {
    const node = item as Node;
    if (!isSeq(item)) {
      add(
        node,
        `«${String(isScalar(item) ? item.value : '…')}» er ikke en gruppe`,
        `en liste med ord som betyr det samme: ${example}`,
      );
      continue;
    }
    const terms: string[] = [];
    for (const t of item.items) {
      const value = isScalar(t) ? t.value : undefined;
      if (typeof value !== 'string' || termKey(value) === '') {
        add(
          t as Node,
          `tomt eller ugyldig ord i gruppen${value === undefined || value === null ? '' : ` («${String(value)}»)`}`,
          'et ord eller navn med bokstaver, f.eks. KMD',
        );
        continue;
      }
      const key = termKey(value);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        add(t as Node, `«${value.trim()}» står to ganger (også på linje ${earlier})`, 'hvert ord i bare én gruppe');
        continue;
      }
      seen.set(key, lineOf(t as Node));
      terms.push(value.trim());
    }
    if (item.items.length < 2) {
      add(node, 'gruppen har færre enn to ord', `minst to ord som betyr det samme: ${example}`);
      continue;
    }
    if (terms.length < 2) continue;
    if (texts && !terms.some((t) => texts.some((line) => usesTerm(line, termKey(t))))) {
      add(
        node,
        `ingen av ordene (${terms.join(', ')}) finnes i innholdet`,
        'minst ett av ordene brukt i en artikkel, eller fjern gruppen',
      );
      continue;
    }
    groups.push(terms);
  }
  return { groups, problems };
}
