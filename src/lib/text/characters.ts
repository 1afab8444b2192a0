/**
 * The characters no text the site writes may carry, in one place: the content check rejects them
 * in what editors write, and every writer of XML, iCalendar, JSON-LD and HTML passes its text
 * through `cleanText`, so nothing invalid is written even if a rule is missed.
 *
 * Sources of the rules:
 * - XML 1.0 §2.2 (`Char`): only U+0009, U+000A, U+000D, U+0020–U+D7FF, U+E000–U+FFFD and
 *   U+10000–U+10FFFF; C1 controls and noncharacters are «discouraged» (§2.2 note).
 * - RFC 5545 §3.3.11 (TEXT): no CONTROL characters (U+0000–U+0008, U+000A–U+001F, U+007F) but HTAB;
 *   a line break is written as `\n`.
 * - WHATWG HTML §13.2.3.5 (preprocessing the input stream): controls other than ASCII whitespace,
 *   noncharacters and surrogates are parse errors.
 * - Unicode TR #9 / CVE-2021-42574 («Trojan Source»): bidirectional embeddings, overrides and
 *   isolates reorder the text around them; an editor cannot see them and a reader sees other text.
 * - Unicode §23.2 (layout controls): zero-width space (U+200B), word joiner (U+2060) and a byte
 *   order mark inside the text (U+FEFF, «zero-width no-break space») are invisible and split or
 *   glue words where the editor sees none: «sam\u200Bordning» is not found by a search for
 *   «samordning». They come from pasted web and Word text. (A byte order mark that starts a file
 *   is read as the encoding's mark and removed, src/lib/frontmatter.ts.)
 *
 * Kept as they are, on purpose: no-break space (U+00A0), soft hyphen (U+00AD; the search index
 * reads words without it, src/lib/search-index.ts), zero-width non-joiner (U+200C) and joiner
 * (emoji sequences), left-to-right and right-to-left marks (U+200E, U+200F) and every other
 * character. They are valid in every output and carry meaning (keep together, may hyphenate here,
 * one emoji, direction of a neutral character).
 */

/** What kind of unwanted character a code point is; `undefined` for a character every output takes. */
export type CharacterClass =
  | 'control'
  | 'c1-control'
  | 'line-separator'
  | 'noncharacter'
  | 'surrogate'
  | 'replacement'
  | 'bidi-control'
  | 'zero-width';

/**
 * Names an editor understands for the commonest invisible characters pasted from word processors.
 * No parentheses: the name is said inside them (`U+0008 (tilbaketegn, backspace)`).
 */
const NAMES: Partial<Record<number, string>> = {
  0x00: 'nulltegn',
  0x08: 'tilbaketegn, backspace',
  0x0b: 'manuelt linjeskift fra tekstbehandler',
  0x0c: 'sideskift fra tekstbehandler',
  0x1b: 'escape-tegn',
  0x7f: 'slettetegn, delete',
  0x85: 'linjeskift NEL fra feil tegnkoding',
  0x2028: 'linjeskift fra tekstbehandler, linjeseparator',
  0x2029: 'avsnittsskift fra tekstbehandler, avsnittsseparator',
  0xfffd: 'erstatningstegn «�»: teksten er lest med feil tegnkoding',
  0x202a: 'retningsstyring, venstre-til-høyre-innbygging',
  0x202b: 'retningsstyring, høyre-til-venstre-innbygging',
  0x202c: 'retningsstyring, slutt på innbygging',
  0x202d: 'retningsoverstyring, venstre-til-høyre',
  0x202e: 'retningsoverstyring høyre-til-venstre, snur teksten baklengs',
  0x2066: 'retningsisolering, venstre-til-høyre',
  0x2067: 'retningsisolering, høyre-til-venstre',
  0x2068: 'retningsisolering, første sterke tegn',
  0x2069: 'retningsisolering, slutt',
  0x200b: 'nullbredde-mellomrom, deler ordet uten at det synes',
  0x2060: 'ordbinder, limer ord sammen uten at det synes',
  0xfeff: 'byte order mark inne i teksten, limer ord sammen uten at det synes',
};

/** The unwanted code points as inclusive ranges with their class: the one list the rules read. */
const RANGES: readonly (readonly [number, number, CharacterClass])[] = [
  [0x00, 0x08, 'control'],
  [0x0b, 0x0c, 'control'],
  [0x0e, 0x1f, 'control'],
  [0x7f, 0x7f, 'control'],
  [0x80, 0x9f, 'c1-control'],
  [0x200b, 0x200b, 'zero-width'],
  [0x2028, 0x2029, 'line-separator'],
  [0x202a, 0x202e, 'bidi-control'],
  [0x2060, 0x2060, 'zero-width'],
  [0x2066, 0x2069, 'bidi-control'],
  [0xd800, 0xdfff, 'surrogate'],
  [0xfdd0, 0xfdef, 'noncharacter'],
  [0xfeff, 0xfeff, 'zero-width'],
  [0xfffd, 0xfffd, 'replacement'],
  // The last two code points of every plane, U+FFFE/U+FFFF to U+10FFFE/U+10FFFF.
  ...Array.from(
    { length: 17 },
    (_, plane) => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff, 'noncharacter'] as const,
  ),
];

const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;
const high = (cp: number) => 0xd800 + ((cp - 0x10000) >> 10);
const low = (cp: number) => 0xdc00 + ((cp - 0x10000) & 0x3ff);

/**
 * Any unwanted character, for a fast first test, built from RANGES over UTF-16 code units (a `u`
 * regular expression with these ranges is eight times slower, and the 5,000-entry benchmark passes
 * every body through here): BMP ranges as a class, lone surrogates by look-around, astral ranges
 * (all within one high surrogate) as pairs.
 */
const UNWANTED = new RegExp(
  [
    `[${RANGES.filter(([a, b]) => b <= 0xffff && a !== 0xd800)
      .map(([a, b]) => `${hex(a)}-${hex(b)}`)
      .join('')}]`,
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])',
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
    ...RANGES.filter(([a]) => a > 0xffff).map(([a, b]) => `${hex(high(a))}[${hex(low(a))}-${hex(low(b))}]`),
  ].join('|'),
);

/** The class of one code point (a lone surrogate counts as its own code point), or undefined when it is fine. */
export function classify(codePoint: number): CharacterClass | undefined {
  return RANGES.find(([a, b]) => codePoint >= a && codePoint <= b)?.[2];
}

/** `U+000B`: four or more hex digits, as the Unicode standard writes code points. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

const CLASS_NAMES: Record<CharacterClass, string> = {
  control: 'styretegn',
  'c1-control': 'styretegn fra feil tegnkoding',
  'line-separator': 'linjeskift fra tekstbehandler',
  noncharacter: 'ikke-tegn, finnes ikke i noen skrift',
  surrogate: 'halvt tegn: ødelagt tegnkoding',
  replacement: 'erstatningstegn: teksten er lest med feil tegnkoding',
  'bidi-control': 'retningsstyring: usynlig, endrer rekkefølgen på teksten rundt',
  'zero-width': 'usynlig skille eller lim mellom bokstaver',
};

/** «usynlig tegn U+000B (manuelt linjeskift fra tekstbehandler)», for editors. */
export function describeCharacter(codePoint: number): string {
  const cls = classify(codePoint);
  const name = NAMES[codePoint] ?? (cls ? CLASS_NAMES[cls] : 'tegn');
  const visible = codePoint === 0xfffd ? 'tegnet' : 'usynlig tegn';
  return `${visible} ${codePointLabel(codePoint)} (${name})`;
}

/** What an editor should do about one class of character. */
export function remedy(codePoint: number): string {
  switch (classify(codePoint)) {
    case 'control':
    case 'line-separator':
      return 'slett tegnet og skriv et mellomrom (eller et nytt avsnitt) der; lim inn som ren tekst for å unngå det';
    case 'replacement':
    case 'surrogate':
    case 'c1-control':
      return 'skriv de berørte bokstavene inn på nytt (ofte æ, ø, å eller anførselstegn), og lagre filen som UTF-8';
    case 'bidi-control':
      return 'slett tegnet; skriv teksten i den rekkefølgen den skal leses';
    case 'zero-width':
      return 'slett tegnet (det står mellom to bokstaver eller ord); lim inn som ren tekst for å unngå det';
    default:
      return 'slett tegnet';
  }
}

/** One unwanted character found in a text: where (UTF-16 index), which, and its line (1-based) in the text. */
export interface FoundCharacter {
  index: number;
  codePoint: number;
  line: number;
}

/** Every unwanted character in `text`, in order. Lone surrogates are found as such. */
export function findUnwantedCharacters(text: string): FoundCharacter[] {
  const found: FoundCharacter[] = [];
  if (!UNWANTED.test(text)) return found;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let codePoint = unit;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
      }
    }
    if (classify(codePoint)) found.push({ index: i, codePoint, line });
    if (unit === 0x0a || (unit === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
    if (codePoint > 0xffff) i++;
  }
  return found;
}

/** True when a text has none of the unwanted characters. */
export function hasOnlyWantedCharacters(text: string): boolean {
  return findUnwantedCharacters(text).length === 0;
}

/** True when a one-line text (a title, an ingress, a name) has a line break inside it, after trimming. */
export function hasLineBreak(text: string): boolean {
  return /[\r\n]/.test(text.trim());
}

/**
 * What is wrong with the characters of a one-line text, one Norwegian sentence per fault, for
 * the schema's messages (the content check says the same with file, line and what to do).
 */
export function oneLineTextFaults(text: string): string[] {
  const faults = [...new Set(findUnwantedCharacters(text).map((f) => f.codePoint))].map(
    (cp) => `${describeCharacter(cp)} i teksten — ${remedy(cp)}`,
  );
  if (hasLineBreak(text)) faults.push('linjeskift inne i et felt som vises på én linje — hele teksten på én linje');
  return faults;
}

/** Line-break-like controls become a space when cleaned, so that words either side stay apart. */
const BREAKS = new Set([0x0b, 0x0c, 0x85, 0x2028, 0x2029]);

/**
 * The text with every unwanted character removed (line-break-like ones, U+000B, U+000C, U+0085,
 * U+2028, U+2029, become a space). Idempotent. What every output writer calls last.
 */
export function cleanText(text: string): string {
  if (!UNWANTED.test(text)) return text;
  const found = findUnwantedCharacters(text);
  if (found.length === 0) return text;
  let out = '';
  let from = 0;
  for (const f of found) {
    out += text.slice(from, f.index) + (BREAKS.has(f.codePoint) ? ' ' : '');
    from = f.index + (f.codePoint > 0xffff ? 2 : 1);
  }
  return out + text.slice(from);
}

/** A value with `cleanText` applied to every string in it (objects and arrays are copied, other values kept). */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v)])) as T;
  }
  return value;
}

/**
 * Quotation marks from word processors and Norwegian typography (“…”, „…“, ‘…’, «…», ‹…›, and the
 * reversed ‟ ‛): neither YAML (§7.3) nor MDX (JSX attributes) reads them as quotes, so a value
 * written in them keeps them as text. The one list the frontmatter (../validate/pasted.ts) and the
 * tag reader (../validate/written-tag.ts) use.
 */
export const TYPOGRAPHIC_QUOTES = '“”‘’„‚‟‛«»‹›';
/** The Norwegian quotation marks of the list above, which may be meant to be shown. */
export const GUILLEMETS = '«»‹›';

/**
 * Whether the mark at `index` of `text` is an apostrophe, not a quote: ’, ‘ or ' before a digit
 * (‘90s, ’17: Word turns the apostrophe of a shortened year into an opening quote), between
 * two letters (Hans’s, rock’n’roll), or ’ at the start of a word before a letter (’tis, ’n’):
 * U+2019 is the apostrophe itself (Unicode §6.2), an opening quote is ‘ (so ‘Tillit is a quote).
 */
export function isApostrophe(text: string, index: number): boolean {
  const mark = text[index];
  if (mark === undefined || !"'‘’‛".includes(mark)) return false;
  const after = text[index + 1] ?? '';
  const before = text[index - 1] ?? '';
  if (mark === '’' && /\p{L}/u.test(after) && !/[\p{L}\p{N}]/u.test(before)) return true;
  return /\d/.test(after) || (/\p{L}/u.test(before) && /\p{L}/u.test(after));
}
