import { lexTokens, lineStarts, type Token } from './yaml-tokens.ts';
import { fieldOfLine, type PastedMark } from './pasted.ts';
import { singleQuoted, yamlValue } from '../text/yaml-value.ts';
import { markInFileName, markInNameExpected, markInNameProblem } from '../rich/file-name-marks.ts';
import { contentFileOf } from '../rich/file-path.ts';
import { MEDIA_FOLDERS } from '../rich/components.ts';

/** Whether a value names a file in a media folder (`../bilder/kart.png`, `vedlegg/rapport.pdf` in a list). */
const isMediaPath = (text: string) =>
  Object.values(MEDIA_FOLDERS).some((folder) =>
    [contentFileOf(text), `content/${text}`].some((p) => p?.startsWith(`content/${folder}/`)),
  );

/**
 * Lines YAML reads otherwise than an editor who has never heard of YAML meant them, found with the
 * YAML lexer (so a comment, a list marker or a colon inside quotes is never taken for one):
 *
 * - `comment`: ` #` starts a comment (YAML 1.2 §6.6), so `title: Styring #1 i staten` is «Styring»;
 * - `indicator`: a value that begins with a mark YAML reads as structure (§5.3): `- ` a list item,
 *   `&` an anchor, `*` an alias, `!` a tag, `|` or `>` a block of text, `@` and `` ` `` reserved;
 * - `colon`: a second `: ` on the line (`description: Les dette: viktig`), a field inside the value;
 * - `list-comment`: ` #` inside `[…]`, which makes the rest of the line, `]` too, a comment;
 * - `no-space`: `draft:true`, a colon without the space after it (§7.4), read as one word;
 * - `no-space-item`: `-it-styring` in a list, a `-` without the space after it (§8.2.1).
 *
 * Whether the editor's whole text belongs in the field is the caller's to say (`fits`).
 */
export interface Misreading {
  kind: 'comment' | 'list-comment' | 'indicator' | 'colon' | 'no-space' | 'no-space-item';
  /** 1-based in the YAML text. */
  line: number;
  /** The field, as `fieldOfLine` names it (`people.part`, `aliases`). */
  field: string;
  /** Whether the value is a list item (`- …`) rather than a field's value. */
  item: boolean;
  /** The line up to the value (`title: `, `  - `), as written. */
  before: string;
  /** The editor's whole value, as written (`Styring #1 i staten`). */
  text: string;
  /** What YAML keeps of it (`Styring`), for a comment. */
  kept: string;
  /** The mark YAML read, for an indicator (`-`, `*` …). */
  mark: string;
}

const INDICATORS: Record<string, string> = {
  'seq-item-ind': '-',
  anchor: '&',
  alias: '*',
  tag: '!',
  'block-scalar-header': '',
};
/** Reserved marks a plain value may not begin with (YAML 1.2 §5.3, c-reserved). */
const RESERVED = '@`';
/** `draft:true`: a field's name, a colon, and a value with no space between (a URL's `://` is not one). */
const NO_SPACE = /^([A-Za-z_][\w.-]*):(?!\/\/)(\S.*)$/;

/** Every misreading in `yaml`, one per line at most, in line order. `whole`: the field of a line outside every field. */
export function misreadings(yaml: string, whole = 'frontmatter'): Misreading[] {
  const lines = yaml.split(/\r?\n/);
  const starts = lineStarts(yaml);
  // A token belongs to the line it starts on (a value over two lines, to its first).
  const byLine: Token[][] = lines.map(() => []);
  for (const token of lexTokens(yaml)) {
    if (token.type !== 'newline') byLine[starts.findLastIndex((s) => s <= token.start)]?.push(token);
  }
  const out: Misreading[] = [];
  byLine.forEach((tokens, index) => {
    const text = lines[index]!;
    const lineStart = starts[index]!;
    const rest = (t: Token) => text.slice(t.start - lineStart).trimEnd();
    const upTo = (t: Token) => text.slice(0, t.start - lineStart);
    const found = (kind: Misreading['kind'], at: Token, more: Partial<Misreading> = {}): void => {
      out.push({
        kind,
        line: index + 1,
        field: fieldOfLine(lines, index, whole),
        item,
        before: upTo(at),
        text: rest(at),
        kept: '',
        mark: '',
        ...more,
      });
    };
    let i = 0;
    const skipSpace = () => {
      while (tokens[i]?.type === 'space') i++;
    };
    skipSpace();
    let item = false;
    while (tokens[i]?.type === 'seq-item-ind') {
      item = true;
      i++;
      skipSpace();
    }
    const first = tokens[i];
    if (!first) return;
    const hasColon = tokens.some((t) => t.type === 'map-value-ind');
    // A plain value may run on over the next lines; the field's name is on its first.
    const own = first.source.split(/\r?\n/)[0]!.trimEnd();
    if (first.type === 'plain' && !hasColon && NO_SPACE.test(own)) return found('no-space', first, { text: own });
    if (first.type === 'plain' && !item && /^-[^\s\d-]/.test(own) && inList(lines, index)) {
      const spaced = lines.with(index, text.replace('-', '- '));
      return found('no-space-item', first, { field: fieldOfLine(spaced, index, whole) });
    }
    // The value: after `felt: `, or the list item itself.
    let value = first;
    if (first.type === 'plain' && tokens[i + 1]?.type === 'map-value-ind') {
      i += 2;
      skipSpace();
      if (!tokens[i]) return;
      value = tokens[i]!;
      item = false;
    } else if (!item) return;
    if (value.type === 'comment') return found('comment', value, { kept: '' });
    // A comment before the list's `]` (after it, `themes: [a] # note` is a note, as meant).
    const comment = tokens.findIndex((t) => t.type === 'comment');
    if (
      value.type === 'flow-seq-start' &&
      comment > 0 &&
      !tokens.slice(0, comment).some((t) => t.type === 'flow-seq-end')
    )
      return found('list-comment', value);
    // `title: |` with the text on the lines below is a block of text, as meant; `title: > Tillit` is not.
    const block = value.type === 'block-scalar-header';
    const textAfter = tokens.slice(i + 1).some((t) => t.type !== 'space' && t.type !== 'comment');
    if (block && !textAfter) return;
    if (value.type in INDICATORS || (value.type === 'plain' && RESERVED.includes(value.source[0]!)))
      return found('indicator', value, { mark: INDICATORS[value.type] || value.source.trim()[0]! });
    if (value.type !== 'plain') return;
    const after = tokens.slice(i + 1);
    if (after.some((t) => t.type === 'map-value-ind')) return found('colon', value);
    const next = after.find((t) => t.type !== 'space');
    if (next?.type === 'comment') found('comment', value, { kept: value.source.trimEnd() });
  });
  return out;
}

/**
 * Whether line `index` stands where a list item would: the nearest line above it that is not
 * deeper is a list item at its indent (`- …`), or a field that opens a block (`themes:`).
 */
function inList(lines: readonly string[], index: number): boolean {
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  const own = indent(lines[index]!);
  const above = lines.slice(0, index).findLast((l) => !/^\s*(#.*)?$/.test(l) && indent(l) <= own);
  if (above === undefined) return false;
  return (indent(above) === own && /^\s*-\s/.test(above)) || (indent(above) < own && /:\s*(#.*)?$/.test(above));
}

export { singleQuoted } from '../text/yaml-value.ts';

/** The line as it should be written: the editor's whole value in quotes. */
export const quotedLine = (m: Misreading) => `${m.before.trim()}${m.before.trim() ? ' ' : ''}${singleQuoted(m.text)}`;

/** Whether `value` is a right value for `field` (a list item of it when `item`). */
export type Fits = (field: string, item: boolean, value: unknown) => boolean;

/** Whether a field is written as a block under its name (`blockOf` in src/lib/schema/doc.ts). */
export type BlockOf = (field: string) => 'list' | 'object' | undefined;

/**
 * A list or the fields of an object written on the field's own line (`people: - id: kari-nordmann`,
 * `image: src: ../bilder/kart.png`): YAML 1.2 §8.2 lets a block begin only on the lines under the
 * field's name. The lines to write: the editor's own text moved under the name, and the lines that
 * went with it (indented deeper than the name) re-indented to fit: a `- ` item two spaces in, a
 * field of an item or of the object beside the first one.
 */
function inlineBlock(m: Misreading, lines: readonly string[], block: 'list' | 'object'): PastedMark {
  const key = /^\s*(?:-\s+)?([\w.-]+)\s*:/.exec(m.before)?.[1] ?? m.field.split('.').at(-1)!;
  const indent = /^ */.exec(lines[m.line - 1]!)![0].length;
  const pad = (n: number) => ' '.repeat(n);
  const first = block === 'object' ? m.text.replace(/^-\s+/, '') : /^-\s/.test(m.text) ? m.text : `- ${m.text}`;
  const written = [`${pad(indent)}${key}:`, `${pad(indent + 2)}${first}`];
  for (let i = m.line; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*$/.test(line)) continue;
    if (/^ */.exec(line)![0].length <= indent) break;
    const text = line.trim();
    written.push(`${pad(indent + (block === 'list' && !/^-\s/.test(text) ? 4 : 2))}${text}`);
  }
  const what = block === 'list' ? 'listen' : `feltene til ${key}`;
  return {
    line: m.line,
    field: m.field,
    changes: 'structure',
    problem: `${what} står på samme linje som «${key}:», men YAML leser ${block === 'list' ? 'en liste' : 'dem'} bare på linjene under`,
    expected: `${what} på egne linjer under «${key}:», med mellomrom foran${block === 'list' ? ' og - foran hvert element' : ''}:\n${written.join('\n')}`,
  };
}

/** What each mark is to YAML, for «verdien begynner med «-», som YAML leser som …». */
const MARK_READ: Record<string, string> = {
  '-': 'et listeelement',
  '&': 'et anker (et navn YAML gir verdien), og ordet etter blir borte',
  '*': 'en henvisning til et anker, ikke som tekst',
  '!': 'en type (tag), og ordet etter blir borte',
  '|': 'starten på en tekstblokk over flere linjer',
  '>': 'starten på en tekstblokk over flere linjer',
  '@': 'et reservert tegn, som ikke kan stå først i en verdi uten anførselstegn',
  '`': 'et reservert tegn, som ikke kan stå først i en verdi uten anførselstegn',
};

/**
 * Every misreading said for an editor, with the line to write: the whole value in quotes where the
 * whole value is right for its field (`fits`). A comment after a value the field would not take
 * whole (`date: 2017-03-01 # endret`) is a note YAML leaves out as meant, and not said.
 */
export function misreadMarks(yaml: string, fits: Fits, whole = 'frontmatter', blockOf?: BlockOf): PastedMark[] {
  const lines = yaml.split(/\r?\n/);
  return misreadings(yaml, whole).flatMap((m): PastedMark[] => {
    const fit = fits(m.field, m.item, m.text);
    const block = m.item || fit ? undefined : blockOf?.(m.field);
    if (block && ((m.kind === 'indicator' && m.mark === '-') || m.kind === 'colon'))
      return [inlineBlock(m, lines, block)];
    const quoted = `hele verdien i anførselstegn: ${quotedLine(m)}`;
    const at = { line: m.line, field: m.field };
    switch (m.kind) {
      case 'no-space': {
        const [, key, value] = NO_SPACE.exec(m.text)!;
        const written = `${m.item ? '- ' : ''}${key}: ${value}`;
        return [
          {
            ...at,
            field: m.item || m.field === whole ? key! : m.field,
            changes: 'structure',
            problem: `mellomrommet etter kolonet mangler: YAML leser «${m.text}» som ett ord, ikke som feltet ${key}`,
            expected: `et mellomrom etter kolonet: ${written}`,
          },
        ];
      }
      case 'no-space-item':
        return [
          {
            ...at,
            changes: 'structure',
            problem: `mellomrommet etter listetegnet - mangler: YAML leser «${m.text}» som tekst, ikke som et listeelement`,
            expected: `et mellomrom etter bindestreken: - ${m.text.slice(1)}`,
          },
        ];
      case 'list-comment': {
        // The items as written, each with a # in quotes: a line to write if every item then fits.
        const inner = m.text.replace(/^\[/, '').replace(/\]\s*$/, '');
        const items = inner.split(',').map((v) => v.trim());
        const written = items.map((v) => (v.includes('#') ? singleQuoted(v) : v));
        const right = items.every((v) => fits(m.field, true, v));
        return [
          {
            ...at,
            changes: 'structure',
            problem: `YAML leser « #» og alt etter som en kommentar, også ] som lukker listen`,
            expected: right
              ? `verdien med # i anførselstegn: ${m.before.trim()} [${written.join(', ')}]`
              : `listen uten #: ${m.before.trim()} [${items.map((v) => v.replace(/\s*#.*$/, '')).join(', ')}]`,
          },
        ];
      }
      case 'comment': {
        // A file named with # (`src: ../bilder/kart #2.png`): no quotes make the site find it.
        const marked = isMediaPath(m.text) ? markInFileName(m.text) : undefined;
        if (marked)
          return [
            {
              ...at,
              changes: 'text',
              problem: markInNameProblem(marked),
              expected: markInNameExpected(marked, `${m.before.trim()} ${yamlValue(marked.path)}`),
            },
          ];
        if (!fit) return [];
        return [
          {
            ...at,
            changes: 'text',
            problem: m.kept
              ? `YAML leser « #» og alt etter som en kommentar: bare «${m.kept}» kommer med, ikke «${m.text.slice(m.kept.length).trim()}»`
              : `YAML leser «#» først i verdien som starten på en kommentar: verdien blir tom`,
            expected: quoted,
          },
        ];
      }
      case 'indicator':
        return [
          {
            ...at,
            changes: m.mark === '&' || m.mark === '!' ? 'text' : 'structure',
            problem: `verdien begynner med «${m.mark}», som YAML leser som ${MARK_READ[m.mark] ?? 'noe annet enn tekst'}`,
            expected: fit
              ? quoted
              : `verdien uten «${m.mark}» først, eller i anførselstegn hvis tegnet skal stå i teksten`,
          },
        ];
      case 'colon': {
        if (!fit) return [];
        const key = m.text.slice(0, m.text.search(/:[ \t]/));
        return [
          {
            ...at,
            changes: 'structure',
            problem: `kolonet etter «${key}» inne i verdien får YAML til å lese «${key}» som et nytt feltnavn`,
            expected: quoted,
          },
        ];
      }
    }
  });
}
