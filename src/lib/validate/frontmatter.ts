import { LineCounter, isMap, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { KindId } from '../kinds.ts';
import { entrySchema, kindsWithField, type References } from '../schema/entry.ts';
import { explainIssues, type Explained } from '../schema/error-map.ts';
import type { Problem } from './problem.ts';
import { characterProblems, fieldName, stringsIn } from './characters.ts';
import { isCharacterIssue } from '../schema/text.ts';
import { pastedMarks } from './pasted.ts';

export type { References } from '../schema/entry.ts';

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  problems: Problem[];
}

/** The YAML parser's commonest errors, said in Norwegian: [what is wrong, what is expected]. */
const YAML_ERRORS: Partial<Record<string, [string, string]>> = {
  BLOCK_AS_IMPLICIT_KEY: ['et kolon inne i verdien', "sett verdien i anførselstegn: title: 'Samordning: tre råd'"],
  MULTILINE_IMPLICIT_KEY: ['en linje uten «felt:» foran', 'hvert felt på sin egen linje som «felt: verdi»'],
  DUPLICATE_KEY: ['feltet står to ganger', 'hvert felt bare én gang'],
  BAD_INDENT: ['feil innrykk', 'samme innrykk (mellomrom, ikke tabulator) for linjer som hører sammen'],
  TAB_AS_INDENT: ['tabulator brukt som innrykk', 'mellomrom i stedet for tabulator'],
  MISSING_CHAR: ['et tegn mangler', 'lukkede anførselstegn og hakeparenteser: [a, b]'],
  UNEXPECTED_TOKEN: [
    'et tegn som ikke hører hjemme her',
    'gyldig YAML: «felt: verdi» på hver linje, lister som [a, b]',
  ],
};

/** Where a single- or double-quoted YAML scalar ends in the rest of its line (YAML 1.2 §7.3.2, §7.3.1). */
const QUOTED_VALUE: Record<string, RegExp> = { "'": /^(?:[^']|'')*'/, '"': /^(?:[^"\\]|\\.)*"/ };

/** Every `key: "…`, `key: '…` and `key: [… ` line: its line (1-based in `yaml`), key, opening mark and the rest. */
function* valueOpenings(yaml: string): Generator<{ line: number; field: string; mark: string; rest: string }> {
  const lines = yaml.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:-\s+)?([\w.-]+):\s+(["'[])(.*)$/.exec(lines[i]!);
    if (m) yield { line: i + 1, field: m[1]!, mark: m[2]!, rest: m[3]! };
  }
}

/**
 * The parser finds an unclosed quote or bracket only where the text ends, or as a confusing error
 * further down; editors need the line it opens on: the first `key: "…` or `key: [… ` not closed on
 * the same line.
 */
function unclosedLine(yaml: string): { line: number; field: string; mark: string } | undefined {
  for (const { line, field, mark, rest } of valueOpenings(yaml)) {
    const closed = mark === '[' ? rest.includes(']') : QUOTED_VALUE[mark]!.test(rest);
    if (!closed) return { line, field, mark };
  }
  return undefined;
}

/**
 * A quoted value that ends before its line does (`title: 'Lederes 'handlingsrom' i staten'`): the
 * quote meant inside the text closes the value, and the parser stumbles on the rest. YAML 1.2
 * §7.3.2: inside '…' a quote is written '' ; §7.3.1: inside "…" it is written \".
 */
function closedTooEarly(yaml: string): { line: number; field: string; mark: string; fixed: string } | undefined {
  for (const { line, field, mark, rest } of valueOpenings(yaml)) {
    if (mark === '[') continue;
    const value = QUOTED_VALUE[mark]!.exec(rest);
    if (!value) continue;
    const after = rest.slice(value[0].length).trim();
    if (after === '' || after.startsWith('#')) continue;
    // The editor's own text, from the first quote to the last on the line, written as YAML wants it.
    const inner = rest.slice(0, Math.max(0, rest.lastIndexOf(mark)));
    const fixed =
      mark === "'" ? `'${inner.replace(/''/g, "'").replace(/'/g, "''")}'` : `'${inner.replace(/'/g, "''")}'`;
    return { line, field, mark, fixed };
  }
  return undefined;
}

/**
 * Checks the frontmatter of one file against the editors' contract (src/lib/schema/entry.ts),
 * returning every problem with the line of the field. `yaml` is the text between the `---` fences;
 * the fence is line 1. YAML that does not parse is said here; everything else the schema says,
 * through its error map (src/lib/schema/error-map.ts).
 */
export function checkFrontmatter(file: string, yaml: string, kind: KindId, refs: References): ParsedFrontmatter {
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line + 1);
  const add = (field: string, node: Node | undefined | null, problem: string, expected: string) =>
    problems.push({ file, line: node?.range ? lineOf(node.range[0]) : 1, field, problem, expected });

  // Marks pasted from a word processor explain the parser's errors they cause; alone, they are still wrong.
  const marks = pastedMarks(yaml);
  const pasted = marks.map(({ line, field, problem, expected }) => ({
    file,
    line: line + 1,
    field,
    problem,
    expected,
  }));
  if (pasted.length > 0 && (doc.errors.length > 0 || marks.some((m) => m.changes === 'structure')))
    return { data: {}, problems: pasted };
  if (doc.errors.length > 0) {
    const open = unclosedLine(yaml);
    if (open) {
      // An unclosed quote or bracket confuses the parser about everything after it: name it alone.
      const bracket = open.mark === '[';
      problems.push({
        file,
        line: open.line + 1,
        field: open.field,
        problem: `${bracket ? 'hakeparentesen' : 'anførselstegnet'} ${open.mark} lukkes aldri (YAML-feil)`,
        expected: `${bracket ? ']' : open.mark} på slutten av verdien, på samme linje`,
      });
      return { data: {}, problems };
    }
    const early = closedTooEarly(yaml);
    if (early) {
      const single = early.mark === "'";
      problems.push({
        file,
        line: early.line + 1,
        field: early.field,
        problem: `anførselstegnet ${early.mark} inne i teksten avslutter verdien for tidlig (YAML-feil)`,
        expected: single
          ? `to apostrofer ('') for hver apostrof inne i teksten: ${early.field}: ${early.fixed} (eller «» rundt ordene)`
          : `enkle anførselstegn rundt teksten: ${early.field}: ${early.fixed} (eller «» rundt ordene)`,
      });
      return { data: {}, problems };
    }
    const seen = new Set<number>();
    for (const error of doc.errors) {
      // One mistake often gives two parser errors on the same line; the first says it best.
      const line = lineOf(error.pos[0]);
      if (seen.has(line)) continue;
      seen.add(line);
      const said = YAML_ERRORS[error.code];
      problems.push({
        file,
        line,
        field: 'frontmatter',
        problem: `YAML-feil: ${said?.[0] ?? error.message.split('\n')[0]}`,
        expected:
          said?.[1] ?? 'gyldig YAML: «felt: verdi» på hver linje, lister som [a, b], tekst med kolon i anførselstegn',
      });
    }
    return { data: {}, problems };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    add(
      'frontmatter',
      root,
      'toppteksten er ikke en liste med felt',
      'linjer på formen «felt: verdi» mellom to linjer med ---',
    );
    return { data: {}, problems: [...pasted, ...problems] };
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const schema = entrySchema(kind, refs);
  // Characters no output may carry, in every key and text of every field, each on its own line (the
  // schema's own character issues, needed by Astro's parse, are left to this).
  for (const { path, text } of stringsIn(data)) {
    const at = where(root, path, 'value');
    problems.push(...characterProblems(file, lineOf(at?.range?.[0]), fieldName(path), text, { oneLine: true }));
  }
  const result = schema.safeParse(data, { reportInput: true });
  const issues = result.success ? [] : result.error.issues.filter((issue) => !isCharacterIssue(issue));
  for (const said of explainIssues(schema, issues, { belongsTo: kindsWithField })) {
    problems.push({ file, line: lineOf(where(root, said.path, said.at)?.range?.[0]), ...pick(said) });
  }
  // A pasted mark explains what the schema says about its line («ukjent tema «“samordning”»»): said once.
  const marked = new Set(pasted.map((p) => p.line));
  return { data, problems: [...pasted, ...problems.filter((p) => !marked.has(p.line))] };
}

const pick = ({ field, problem, expected }: Explained) => ({ field, problem, expected });

/**
 * The node that shows a problem at `path`: the value or the key of its field; for a field left out,
 * the nearest field or list item that holds it. Undefined means line 1, the opening fence.
 */
function where(root: YAMLMap, steps: readonly PropertyKey[], at: Explained['at']): Node | undefined {
  for (let n = steps.length; n > 0; n--) {
    const holder = n === 1 ? root : root.getIn(steps.slice(0, n - 1) as unknown[], true);
    const step = steps[n - 1];
    if (!isMap(holder) && !isSeq(holder)) continue;
    const pair = isMap(holder) ? holder.items.find((p) => (p.key as { value?: unknown })?.value === step) : undefined;
    const value = isMap(holder) ? (pair?.value as Node | undefined) : (holder.get(step as number, true) as Node);
    const key = pair?.key as Node | undefined;
    // A field's name shows it unless its own value is asked for (and has a place in the file).
    const node = n === steps.length && at === 'value' ? (value?.range ? value : key) : (key ?? value);
    if (node?.range) return node;
  }
  return undefined;
}
