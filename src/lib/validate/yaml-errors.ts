import type { YAMLError } from 'yaml';
import { fieldOfLine, type PastedMark } from './pasted.ts';
import { singleQuoted } from '../text/yaml-value.ts';

/**
 * The YAML parser's errors said for an editor, for a frontmatter and for the shared lists alike:
 * each names the field of its line and, where the line can be written right, gives it.
 */

/** The parser's commonest errors, said in Norwegian: [what is wrong, what is expected]. */
const YAML_ERRORS: Partial<Record<string, [string, string]>> = {
  BLOCK_AS_IMPLICIT_KEY: ['et kolon inne i verdien', "sett verdien i anførselstegn: title: 'Samordning: tre råd'"],
  MULTILINE_IMPLICIT_KEY: ['en linje uten «felt:» foran', 'hvert felt på sin egen linje som «felt: verdi»'],
  BAD_INDENT: ['feil innrykk', 'samme innrykk (mellomrom, ikke tabulator) for linjer som hører sammen'],
  TAB_AS_INDENT: ['tabulator brukt som innrykk', 'mellomrom i stedet for tabulator'],
  MISSING_CHAR: ['et tegn mangler', 'lukkede anførselstegn og hakeparenteser: [a, b]'],
  UNEXPECTED_TOKEN: [
    'et tegn som ikke hører hjemme her',
    'gyldig YAML: «felt: verdi» på hver linje, lister som [a, b]',
  ],
};
const OTHER_ERROR = 'gyldig YAML: «felt: verdi» på hver linje, lister som [a, b], tekst med kolon i anførselstegn';

/** Where a single- or double-quoted YAML scalar ends in the rest of its line (YAML 1.2 §7.3.2, §7.3.1). */
const QUOTED_VALUE: Record<string, RegExp> = { "'": /^(?:[^']|'')*'/, '"': /^(?:[^"\\]|\\.)*"/ };

/** Every `key: "…`, `key: '…` and `key: [… ` line: its line (1-based), key, opening mark and the rest. */
function* valueOpenings(
  lines: readonly string[],
): Generator<{ line: number; field: string; mark: string; rest: string }> {
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:-\s+)?([\w.-]+):\s+(["'[])(.*)$/.exec(lines[i]!);
    if (m) yield { line: i + 1, field: m[1]!, mark: m[2]!, rest: m[3]! };
  }
}

/** A key line's indent and where its key begins (after `- `), or undefined for any other line. */
function keyLine(text: string): { indent: number; column: number; key: string } | undefined {
  const m = /^( *)((?:- +)*)([\w.-]+):(?:[ \t]|$)/.exec(text);
  return m ? { indent: m[1]!.length, column: m[1]!.length + m[2]!.length, key: m[3]! } : undefined;
}

/** A `key: value` line's key part (`title: `, `- id: `, without its indent) and its value, as written. */
function ownValue(text: string | undefined): { before: string; value: string } | undefined {
  const m = /^\s*((?:-\s+)?[\w.-]+:\s+)(.*?)\s*$/.exec(text ?? '');
  return m && m[2] ? { before: m[1]!, value: m[2] } : undefined;
}

const isBlank = (text: string) => /^\s*(#.*)?$/.test(text);

/**
 * A field indented otherwise than the fields it belongs with (`   part:` under `  - id:`, whose
 * key stands at column 4): the column it should stand at, from the field line above it.
 */
function misindented(
  lines: readonly string[],
  index: number,
): { column: number; key: string; above: string } | undefined {
  const own = keyLine(lines[index]!);
  if (!own || own.indent !== own.column || own.indent === 0) return undefined;
  const aboveAt = lines.findLastIndex((l, i) => i < index && !isBlank(l));
  const above = aboveAt >= 0 ? keyLine(lines[aboveAt]!) : undefined;
  // Under a field that opens a block (`image:`), a deeper line is its first field.
  if (!above || /:\s*(#.*)?$/.test(lines[aboveAt]!) || own.indent === above.column) return undefined;
  // An indent where no field of the blocks above stands: meant to be beside the field above it.
  const columns = new Set<number>([above.column]);
  let indent = above.indent;
  for (let i = aboveAt - 1; i >= 0 && indent > 0; i--) {
    const line = keyLine(lines[i]!);
    if (!line || line.indent >= indent) continue;
    columns.add(line.column);
    indent = line.indent;
  }
  return columns.has(own.indent) ? undefined : { column: above.column, key: own.key, above: above.key };
}

/** The line of the first `key:` before `index` in the same block (same indent, nothing shallower between). */
function firstOf(lines: readonly string[], index: number): number | undefined {
  const own = keyLine(lines[index]!);
  if (!own) return undefined;
  for (let i = index - 1; i >= 0; i--) {
    if (isBlank(lines[i]!)) continue;
    const other = keyLine(lines[i]!);
    const indent = /^ */.exec(lines[i]!)![0].length;
    if (other && other.column === own.column && other.key === own.key) return i;
    if (indent < own.column && !(other && other.column === own.column)) return undefined;
  }
  return undefined;
}

/**
 * The parser's errors in `yaml`, said for an editor, 1-based lines in `yaml`. An unclosed quote or
 * bracket, or a quote that closes its value too early, is named alone: it confuses the parser about
 * everything after it. `whole` names a line outside every field (`frontmatter`, `liste`).
 */
export function yamlErrorMarks(
  yaml: string,
  errors: readonly YAMLError[],
  lineOf: (offset: number) => number,
  whole: string,
  /** Lines before the YAML in its file (the frontmatter's opening fence), for lines named in a message. */
  shift = 0,
): PastedMark[] {
  const lines = yaml.split(/\r?\n/);
  const open = unclosedLine(lines);
  if (open) {
    const bracket = open.mark === '[';
    return [
      {
        changes: 'structure',
        line: open.line,
        field: open.field,
        problem: `${bracket ? 'hakeparentesen' : 'anførselstegnet'} ${open.mark} lukkes aldri (YAML-feil)`,
        expected: `${bracket ? ']' : open.mark} på slutten av verdien, på samme linje`,
      },
    ];
  }
  const early = closedTooEarly(lines);
  if (early) {
    const single = early.mark === "'";
    return [
      {
        changes: 'structure',
        line: early.line,
        field: early.field,
        problem: `anførselstegnet ${early.mark} inne i teksten avslutter verdien for tidlig (YAML-feil)`,
        expected: single
          ? `to apostrofer ('') for hver apostrof inne i teksten: ${early.field}: ${early.fixed} (eller «» rundt ordene)`
          : `enkle anførselstegn rundt teksten: ${early.field}: ${early.fixed} (eller «» rundt ordene)`,
      },
    ];
  }
  const out: PastedMark[] = [];
  const seen = new Set<number>();
  for (const error of errors) {
    // One mistake often gives two parser errors on the same line; the first says it best.
    const line = lineOf(error.pos[0]);
    if (seen.has(line)) continue;
    seen.add(line);
    const index = line - 1;
    const field = lines[index] === undefined ? whole : fieldOfLine(lines, index, whole);
    const at = { changes: 'structure' as const, line, field };
    // A line indented too deep often makes an error on the line above it (a value over two lines).
    const next = lines.findIndex((l, i) => i > index && !isBlank(l));
    const shifted = [index, next].find((i) => i >= 0 && lines[i] !== undefined && misindented(lines, i));
    const indent = shifted === undefined ? undefined : { ...misindented(lines, shifted)!, index: shifted };
    if (error.code === 'DUPLICATE_KEY') {
      const first = firstOf(lines, index);
      out.push({
        ...at,
        problem: `feltet står to ganger${first === undefined ? '' : `: på linje ${first + 1 + shift} og linje ${line + shift}`} (YAML-feil)`,
        expected: `${field} bare én gang: slett den ene linjen, eller slå dem sammen`,
      });
    } else if (indent) {
      seen.add(indent.index + 1);
      out.push({
        ...at,
        line: indent.index + 1,
        field: fieldOfLine(lines, indent.index, whole),
        problem: `feil innrykk: ${indent.key} står ikke rett under ${indent.above} på linjen over (YAML-feil)`,
        expected: `${indent.column} mellomrom foran ${indent.key}, som foran ${indent.above}: «${' '.repeat(indent.column)}${lines[indent.index]!.trim()}»`,
      });
    } else if (error.code === 'TAB_AS_INDENT' && /^[ \t]*\t/.test(lines[index] ?? '')) {
      // The line as it should be: two spaces for each tab of its indent, so nested lines keep their places.
      const text = lines[index]!;
      const indent = /^[ \t]*/.exec(text)![0];
      out.push({
        ...at,
        problem: `YAML-feil: ${YAML_ERRORS[error.code]![0]}`,
        expected: `mellomrom i stedet for tabulator, to for hver: «${indent.replace(/\t/g, '  ')}${text.slice(indent.length)}»`,
      });
    } else if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && ownValue(lines[index])) {
      // The editor's own line, its value in quotes, rather than an example from another field.
      const { before, value } = ownValue(lines[index])!;
      out.push({
        ...at,
        problem: `YAML-feil: ${YAML_ERRORS[error.code]![0]}`,
        expected: `sett verdien i anførselstegn: ${before}${singleQuoted(value)}`,
      });
    } else {
      const said = YAML_ERRORS[error.code];
      out.push({
        ...at,
        problem: `YAML-feil: ${said?.[0] ?? error.message.split('\n')[0]}`,
        expected: said?.[1] ?? OTHER_ERROR,
      });
    }
  }
  return out;
}

/**
 * The parser finds an unclosed quote or bracket only where the text ends, or as a confusing error
 * further down; editors need the line it opens on: the first `key: "…` or `key: [… ` not closed on
 * the same line.
 */
function unclosedLine(lines: readonly string[]): { line: number; field: string; mark: string } | undefined {
  for (const { line, field, mark, rest } of valueOpenings(lines)) {
    const closed = mark === '[' ? rest.includes(']') : QUOTED_VALUE[mark]!.test(rest);
    if (!closed) return { line, field, mark };
  }
  return undefined;
}

/**
 * A quoted value that ends before its line does: the quote meant inside the text closes the value,
 * and the parser stumbles on the rest. YAML 1.2 §7.3.2: inside '…' a quote is written '' ; §7.3.1:
 * inside "…" it is written \". When the line ends with the quote (`'Lederes 'handlingsrom' i
 * staten'`), the outer quotes are the value's; otherwise (`'Tillit' i staten`) every quote is text.
 */
function closedTooEarly(
  lines: readonly string[],
): { line: number; field: string; mark: string; fixed: string } | undefined {
  for (const { line, field, mark, rest } of valueOpenings(lines)) {
    if (mark === '[') continue;
    const value = QUOTED_VALUE[mark]!.exec(rest);
    if (!value) continue;
    const after = rest.slice(value[0].length).trim();
    if (after === '' || after.startsWith('#')) continue;
    const written = rest.trimEnd();
    // The editor's own text, written as YAML wants it.
    const inner = written.endsWith(mark) ? written.slice(0, -1) : mark + written;
    const text = mark === "'" && written.endsWith(mark) ? inner.replace(/''/g, "'") : inner;
    return { line, field, mark, fixed: `'${text.replace(/'/g, "''")}'` };
  }
  return undefined;
}
