import { parse } from 'yaml';
import { lexTokens, lineStarts } from './yaml-tokens.ts';
import type { Fits } from './misread.ts';
import { GUILLEMETS, TYPOGRAPHIC_QUOTES, codePointLabel, isApostrophe } from '../text/characters.ts';

/**
 * Marks a word processor puts into YAML (a frontmatter, `content/personer.yaml`) that change what
 * a line means. YAML 1.2 knows only U+0020 and tab as spaces (§5.5), `-` as the list marker (§8.2.1),
 * `:` as the key's end (§7.4) and `'`, `"` as quotes (§7.3): a no-break space, a dash, a full-width
 * colon or a “ is text to it. Each is said at its line, with the line written right.
 */
export interface PastedMark {
  /**
   * `structure`: the line cannot be read as meant (a field or a list item is lost), so what the
   * parser or the schema says after it is not said; `text`: the mark is published in the value.
   */
  changes: 'structure' | 'text';
  /** 1-based in the YAML text. */
  line: number;
  field: string;
  problem: string;
  expected: string;
}

/** Spaces that are not YAML spaces (YAML 1.2 §5.5). JavaScript's `\s` takes them all for spaces. */
const OTHER_SPACE = /[\u00A0\u2000-\u200A\u202F\u3000]/;
const OTHER_SPACES = new RegExp(OTHER_SPACE.source, 'g');
const SPACE_NAMES: Record<string, string> = {
  '\u00A0': 'hardt mellomrom',
  '\u2009': 'tynt mellomrom',
  '\u202F': 'smalt hardt mellomrom',
};

/** Dashes and bullets a word processor puts where a list item's `-` belongs. */
const LIST_MARKERS = '–—‒―−‐‑•◦▪‣⁃·\uF0B7*';
const MARKER_NAMES: Record<string, string> = {
  '–': 'tankestrek',
  '—': 'lang tankestrek',
  '−': 'minustegn',
  '•': 'punkttegn',
  '*': 'stjerne',
};

/** Characters that look like a colon (full-width, ratio, modifier letters …). */
const COLON_LOOKALIKES = '：﹕︓∶꞉˸ː։׃⁚';
const COLON_NAMES: Record<string, string> = { '：': 'kolon i full bredde', '∶': 'forholdstegn' };

const label = (char: string) => codePointLabel(char.codePointAt(0)!);
const spaceName = (char: string) => `${SPACE_NAMES[char] ?? 'et annet mellomrom enn det vanlige'} (${label(char)})`;
const FROM_WORD = 'ofte limt inn fra et tekstbehandlingsprogram';

/** A line's own key (`title` in `title: …`, `id` in `  - id: …`) and where the key starts. */
const OWN_KEY = /^([ \t]*(?:-[ \t]+)?)([\w.-]+)[ \t]*:/;

/**
 * The field a line belongs to, as `fieldName` in ./characters.ts writes it: its own key, after the
 * keys of the blocks it is indented under (`event.location`, `people.id`, `themes` for a list item).
 */
export function fieldOfLine(lines: readonly string[], index: number, whole = 'frontmatter'): string {
  const own = OWN_KEY.exec(lines[index]!);
  const keys = own ? [own[2]!] : [];
  let indent = own ? own[1]!.length : /^[ \t]*/.exec(lines[index]!)![0].length;
  for (let i = index - 1; i >= 0 && indent > 0; i--) {
    const opener = /^([ \t]*)([\w.-]+)[ \t]*:[ \t]*(?:#.*)?$/.exec(lines[i]!);
    if (opener && opener[1]!.length < indent) {
      keys.unshift(opener[2]!);
      indent = opener[1]!.length;
    }
  }
  return keys.join('.') || whole;
}

/** A plain (unquoted) scalar as the YAML lexer reads it, even in a text that does not parse. */
interface Plain {
  start: number;
  text: string;
  /** It is a key: a `:` follows it, and none comes before it on its line. */
  isKey: boolean;
  /** The value it begins, to the end of its list item or line (a `:` inside included), without a comment. */
  value: string;
}

const ENDS_VALUE = new Set(['newline', 'comma', 'flow-seq-end', 'flow-map-end', 'comment']);

/** Every plain scalar in `yaml`, with its offset. The lexer's own control tokens take no place in the text. */
function plainScalars(yaml: string): Plain[] {
  const tokens = lexTokens(yaml);
  const out: Plain[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'plain') return;
    let end = i + 1;
    while (end < tokens.length && !ENDS_VALUE.has(tokens[end]!.type ?? '')) end++;
    const next = tokens.slice(i + 1).find((t) => t.type !== 'space');
    let colonBefore = false;
    for (let j = i - 1; j >= 0 && tokens[j]!.type !== 'newline'; j--) {
      if (tokens[j]!.type === 'map-value-ind') colonBefore = true;
    }
    const last = tokens[end - 1]!;
    out.push({
      start: token.start,
      text: token.source,
      isKey: next?.type === 'map-value-ind' && !colonBefore,
      value: yaml.slice(token.start, last.start + last.source.length).replace(/[ \t]+$/, ''),
    });
  });
  return out;
}

/** The value written as YAML wants it: in '…', a ' inside written '' (YAML 1.2 §7.3.2), on one line. */
const singleQuoted = (text: string) => `'${text.replace(/\s*\n\s*/g, ' ').replace(/'/g, "''")}'`;

/**
 * A value in quotation marks YAML takes for text, or undefined: the marks around the whole value
 * (“…”, «…», mixed “…'), or one at one end that nothing closes (“Tillit). A mark around a word
 * inside (Om «tillit» i staten) is fine, and so is a ’ or ' at the end alone (a possessive: Hans’).
 */
function quoteMark(value: string): { problem: string; inner: string; guillemets: boolean } | undefined {
  const first = value[0]!;
  const last = value.at(-1)!;
  const isMark = (c: string) => TYPOGRAPHIC_QUOTES.includes(c);
  const hasMark = (text: string) => [...text].some(isMark);
  const text = 'som YAML tar for tekst';
  if (value.length >= 2 && isMark(first) && (isMark(last) || `'"`.includes(last)) && !hasMark(value.slice(1, -1))) {
    const pair = `${first}…${last}`;
    const guillemets = GUILLEMETS.includes(first) || GUILLEMETS.includes(last);
    const problem =
      GUILLEMETS.includes(first) && GUILLEMETS.includes(last)
        ? `hele verdien står i ${pair}, ${text}: tegnene kommer med på siden`
        : isMark(last) && !guillemets
          ? `verdien står i typografiske anførselstegn (${pair}), ${text}: de kommer med på siden`
          : `verdien står i to ulike anførselstegn (${pair}), ${text}: de kommer med på siden`;
    return { problem, inner: value.slice(1, -1), guillemets };
  }
  // ‘90s, ’17: an apostrophe Word turned, no quote to close.
  if (isMark(first) && !isApostrophe(value, 0) && !hasMark(value.slice(1)))
    return {
      problem: `verdien begynner med ${first}, som ikke lukkes, og YAML tar det for tekst: tegnet kommer med på siden`,
      inner: value.slice(1),
      guillemets: GUILLEMETS.includes(first),
    };
  if (isMark(last) && last !== '’' && !hasMark(value.slice(0, -1)))
    return {
      problem: `verdien slutter med ${last}, som ikke åpnes, og YAML tar det for tekst: tegnet kommer med på siden`,
      inner: value.slice(0, -1),
      guillemets: GUILLEMETS.includes(last),
    };
  return undefined;
}

/**
 * Every pasted mark in `yaml` that changes what a line means, in line order: a no-break or other
 * space where YAML needs a space (after `felt:` or `-`, as indent) or at the edge of a value (the
 * end of a line, after a comma in a list); a dash or bullet as a list marker; a colon look-alike
 * after a field's name; quotation marks YAML takes for text. A no-break space inside a value
 * (`10 000 kroner`) and «» around a word are typography, and kept. `whole` is the field named for
 * a line outside every field (`frontmatter`, or `liste` in a shared list). With `fits`, a value
 * the field takes only unquoted (`draft: «true»`, `year: “2014”`) is given back without quotes.
 */
export function pastedMarks(yaml: string, whole = 'frontmatter', fits?: Fits): PastedMark[] {
  const lines = yaml.split(/\r?\n/);
  const out: PastedMark[] = [];
  const marked = new Set<number>();
  const add = (index: number, mark: Omit<PastedMark, 'line' | 'field'>, field = fieldOfLine(lines, index, whole)) => {
    if (marked.has(index)) return;
    marked.add(index);
    out.push({ line: index + 1, field, ...mark });
  };
  const everySpaceRight = (text: string) => text.replace(OTHER_SPACES, ' ').trim();

  // What a line's structure needs: a list marker, a space after it or after `felt:`, an indent, a colon.
  lines.forEach((text, i) => {
    const marker = new RegExp(`^[ \\t]*([${LIST_MARKERS}])\\s+\\S`).exec(text);
    if (marker && startsListItem(lines, i)) {
      const char = marker[1]!;
      const written = everySpaceRight(text.replace(char, '-'));
      return add(i, {
        changes: 'structure',
        problem: `«${char}» (${label(char)}, ${MARKER_NAMES[char] ?? 'listetegn fra et tekstbehandlingsprogram'}) foran et listeelement, der YAML bare kjenner igjen bindestrek`,
        expected: `bruk bindestrek - og et vanlig mellomrom: ${written}`,
      });
    }
    const colon = new RegExp(`^[ \\t]*(?:-[ \\t]+)?([\\w.-]+)[ \\t]*([${COLON_LOOKALIKES}])`).exec(text);
    if (colon) {
      const char = colon[2]!;
      const written = everySpaceRight(text.replace(new RegExp(`[ \\t]*${char}\\s*`), ': '));
      return add(
        i,
        {
          changes: 'structure',
          problem: `«${char}» (${label(char)}, ${COLON_NAMES[char] ?? 'et tegn som ligner kolon'}) etter feltnavnet, der YAML trenger et vanlig kolon, ${FROM_WORD}`,
          expected: `et vanlig kolon og et mellomrom: ${written}`,
        },
        colon[1]!,
      );
    }
    // The first odd space marked, so that \s (which takes it for a space) no longer matches it.
    const odd = OTHER_SPACE.exec(text);
    if (!odd) return;
    const at = text.replace(OTHER_SPACE, '\u0000');
    const spaced = /^\s*(?:-\s+)?([\w.-]+):(\S?)/.exec(at);
    if (/^\s*\u0000/.test(at) || /^\s*-\u0000/.test(at) || spaced?.[2] === '\u0000') {
      const dash = /^\s*-\u0000/.test(at);
      add(
        i,
        {
          changes: 'structure',
          problem: `${spaceName(odd[0])} ${dash ? 'etter listetegnet -, ' : ''}der YAML trenger et vanlig mellomrom, ${FROM_WORD}`,
          expected: `${dash ? 'bruk bindestrek - og et vanlig mellomrom' : 'et vanlig mellomrom'}: ${everySpaceRight(text)}`,
        },
        spaced?.[1] ?? fieldOfLine(lines, i, whole),
      );
    }
  });

  // What a value is: plain scalars as the YAML lexer reads them, in lists and nested fields too.
  const starts = lineStarts(yaml);
  const lineAt = (offset: number) => starts.findLastIndex((s) => s <= offset);
  const quoted = new Map<number, { plain: Plain; found: NonNullable<ReturnType<typeof quoteMark>> }[]>();
  let covered = -1;
  for (const plain of plainScalars(yaml)) {
    // `title: “Samtale: om …”` is two scalars to the lexer; the first one's value holds both.
    if (plain.start < covered) continue;
    // Where in the scalar: before a comment, last (also a scalar of odd spaces alone), or first.
    const edge = (
      [
        [`${OTHER_SPACE.source}#`, 'foran #: YAML tar det og kommentaren etter for en del av verdien'],
        [`${OTHER_SPACE.source}$`, 'sist'],
        [`^${OTHER_SPACE.source}`, 'først'],
      ] as const
    )
      .map(([at, where]) => ({ found: new RegExp(at).exec(plain.text), where }))
      .find((e) => e.found !== null);
    if (edge?.found) {
      const i = lineAt(plain.start + edge.found.index);
      const where =
        edge.where === 'sist' || edge.where === 'først'
          ? `${edge.where} i ${plain.isKey ? 'feltnavnet: YAML tar det for en del av navnet' : 'verdien: YAML tar det for en del av verdien'}`
          : edge.where;
      add(
        i,
        {
          // A field whose name holds a space is lost to its own name: what follows from it is not said.
          changes: plain.isKey ? 'structure' : 'text',
          problem: `${spaceName(edge.found[0][0]!)} ${where}, ${FROM_WORD}`,
          expected: `bare vanlige mellomrom: ${edgesRight(lines[i]!)}`,
        },
        plain.isKey ? plain.text.replace(OTHER_SPACES, '').trim() : undefined,
      );
      continue;
    }
    if (plain.isKey) continue;
    const found = quoteMark(plain.value.trim());
    if (!found) continue;
    covered = plain.start + plain.value.length;
    const i = lineAt(plain.start);
    quoted.set(i, [...(quoted.get(i) ?? []), { plain, found }]);
  }
  for (const [i, values] of quoted) {
    // The line as the editor wrote it, each value in plain quotes: without the marks, or with them.
    const rewrite = (value: (v: (typeof values)[number]) => string) => {
      let line = lines[i]!;
      for (const v of [...values].reverse()) {
        const at = v.plain.start - starts[i]!;
        line = line.slice(0, at) + value(v) + line.slice(at + v.plain.value.length);
      }
      return line.trim();
    };
    // In quotes the value is text: one the field takes only as YAML reads it unquoted is written so.
    const item = (v: (typeof values)[number]) => /^\s*-\s|\[/.test(yaml.slice(starts[i]!, v.plain.start));
    const field = fieldOfLine(lines, i, whole);
    const written = (v: (typeof values)[number]) => {
      const inner = v.found.inner.trim();
      if (!fits || fits(field, item(v), inner)) return singleQuoted(inner);
      const plain = safeParse(inner);
      return plain !== undefined && typeof plain !== 'string' && fits(field, item(v), plain)
        ? inner
        : singleQuoted(inner);
    };
    const unquoted = values.every((v) => written(v) === v.found.inner.trim());
    const guillemets = values.some((v) => v.found.guillemets) && !unquoted;
    const shown = guillemets
      ? ` (skal tegnene vises rundt hele verdien, skriv den i vanlige anførselstegn: ${rewrite((v) => singleQuoted(v.plain.value.trim()))})`
      : '';
    add(i, {
      changes: 'text',
      problem: values[0]!.found.problem,
      expected: unquoted
        ? `uten anførselstegn: ${rewrite(written)}`
        : `vanlige anførselstegn: ${rewrite(written)}${shown}`,
    });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The value YAML reads from `text` written unquoted, or undefined when it does not read. */
function safeParse(text: string): unknown {
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

/** The line with each odd space at the edge of a value or key (after `[`, `,`, `:`; before `,`, `]`, `:`, `#`; last) made right. */
function edgesRight(line: string): string {
  const odd = `${OTHER_SPACE.source}+`;
  return line
    .replace(new RegExp(`([\\[{,:])${odd}`, 'g'), '$1 ')
    .replace(new RegExp(`${odd}([,\\]}:])`, 'g'), '$1')
    .replace(new RegExp(`${odd}#`, 'g'), ' #')
    .replace(new RegExp(`${odd}$`), '')
    .trim();
}

/**
 * Whether line `index` stands where a list item would: under a field with nothing after its colon
 * (`themes:`), after another list item, or first in a file that is a list (`content/personer.yaml`).
 */
function startsListItem(lines: readonly string[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const text = lines[i]!.replace(/[ \t]+#.*$/, '');
    if (/^\s*(#.*)?$/.test(text)) continue;
    return /:[ \t]*$/.test(text) || new RegExp(`^[ \\t]*[-${LIST_MARKERS}]\\s`).test(text) || /^[ \t]+\S/.test(text);
  }
  return true;
}
