/**
 * The Norwegian lexicon behind compound splitting (src/lib/compounds.ts): the words that the
 * Norwegian Hunspell dictionaries (spell-norwegian, packaged as `dictionary-nb` and
 * `dictionary-nn`, GPL-2.0) mark as allowed inside compounds. Read at build time only: the
 * dictionary itself never reaches readers; the index only gets parts of the page's own words.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Lexicon } from './compounds.ts';

/** The flag spell-norwegian's affix files give words that may be part of a compound (`COMPOUNDFLAG z`). */
const COMPOUND_FLAG = /^COMPOUNDFLAG\s+(\S+)/m;
/** Entries we take, with their flags: lower-case letters only (no names, abbreviations or hyphenated words). */
const ENTRY = /^([a-zæøåéèêóòôü]+)\/(\S*)/gm;

/**
 * The words of one Hunspell dictionary (`.aff` and `.dic` as text), lower case: every entry
 * (`words`: stems, but also compound heads such as «handlings»; entries without flags, abbreviations such as «oppf», are left out) and those flagged for use in
 * compounds (`parts`: «plan», «krav», «leder»). The `.dic` lists `word/FLAGS` per line after a
 * count; flags are single characters (the default `FLAG` type, which spell-norwegian uses).
 * Throws if the affix file names no compound flag.
 */
export function readLexicon(aff: string, dic: string, into: MutableLexicon = emptyLexicon()): MutableLexicon {
  const flag = COMPOUND_FLAG.exec(aff)?.[1];
  if (!flag) throw new Error('The Hunspell affix file has no COMPOUNDFLAG: no lexicon for compounds');
  // One pass over the whole file: `word/FLAGS` at the start of a line, plain lower-case words only.
  // Entries without flags are abbreviations and bound forms («oppf», «akti»): no words of their own.
  for (const [, word, flags] of dic.matchAll(ENTRY)) {
    into.words.add(word!);
    if (flags!.includes(flag)) into.parts.add(word!);
  }
  return into;
}

type MutableLexicon = { words: Set<string>; parts: Set<string> };
const emptyLexicon = (): MutableLexicon => ({ words: new Set(), parts: new Set() });

let loaded: Lexicon | undefined;

/** The dictionary packages, read from their folders (the two packages do not share a JavaScript API). */
const PACKAGES = ['dictionary-nb', 'dictionary-nn'];

/** Bokmål and nynorsk together (an entry's words may be either), read once per process. */
export function norwegianLexicon(): Lexicon {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const lexicon = emptyLexicon();
  for (const name of PACKAGES) {
    const dir = path.dirname(require.resolve(name));
    const read = (ext: string) => readFileSync(path.join(dir, `index.${ext}`), 'utf8');
    readLexicon(read('aff'), read('dic'), lexicon);
  }
  loaded = lexicon;
  return loaded;
}
