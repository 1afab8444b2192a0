import { LineCounter, isMap, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { KindId } from '../kinds.ts';
import { entrySchema, kindsWithField, type References } from '../schema/entry.ts';
import { explainIssues, type Explained } from '../schema/error-map.ts';
import type { Problem } from './problem.ts';
import { characterProblems, fieldName, stringsIn } from './characters.ts';
import { isCharacterIssue } from '../schema/text.ts';
import { pastedMarks, type PastedMark } from './pasted.ts';
import { misreadMarks } from './misread.ts';
import { yamlErrorMarks } from './yaml-errors.ts';
import { blockOf, fitsField } from '../schema/doc.ts';

export type { References } from '../schema/entry.ts';

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  problems: Problem[];
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

  const schema = entrySchema(kind, refs);
  const fits = (field: string, item: boolean, value: unknown) => fitsField(schema, field, item, value);
  // Marks pasted from a word processor explain the parser's errors they cause; alone, they are still wrong.
  const marks = pastedMarks(yaml, 'frontmatter', fits);
  const toProblem = ({ line, field, problem, expected, changes }: PastedMark) => ({
    file,
    line: line + 1,
    field,
    problem,
    expected,
    changes,
  });
  const pasted = marks.map(toProblem).map(({ changes: _, ...p }) => p);
  if (pasted.length > 0 && (doc.errors.length > 0 || marks.some((m) => m.changes === 'structure')))
    return { data: {}, problems: pasted };
  // Lines YAML reads otherwise than meant (` #`, a value that begins with `- `, `draft:true`).
  const misread = misreadMarks(yaml, fits, 'frontmatter', (field) => blockOf(schema, field)).map(toProblem);
  const structure = misread.filter((m) => m.changes === 'structure');
  if (doc.errors.length > 0 || structure.length > 0) {
    const said =
      structure.length > 0
        ? structure
        : [...misread, ...yamlErrorMarks(yaml, doc.errors, (o) => lineOf(o) - 1, 'frontmatter', 1).map(toProblem)];
    return { data: {}, problems: said.map(({ changes: _, ...p }) => p).sort((a, b) => a.line - b.line) };
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
  // Characters no output may carry, in every key and text of every field, each on its own line (the
  // schema's own character issues, needed by Astro's parse, are left to this).
  for (const { path, text } of stringsIn(data)) {
    const at = where(root, path, 'value');
    problems.push(...characterProblems(file, lineOf(at?.range?.[0]), fieldName(path), text, { oneLine: true }));
  }
  const result = schema.safeParse(data, { reportInput: true });
  const issues = result.success ? [] : result.error.issues.filter((issue) => !isCharacterIssue(issue));
  for (const said of explainIssues(schema, issues, { belongsTo: kindsWithField, data })) {
    problems.push({ file, line: lineOf(where(root, said.path, said.at)?.range?.[0]), ...pick(said) });
  }
  // A pasted mark explains what the schema says about its line («ukjent tema «“samordning”»»): said once.
  // So does a line YAML cut at ` #`: what the schema says of its shortened value is not said.
  const cut = misread.map(({ changes: _, ...p }) => p);
  const marked = new Set([...pasted, ...cut].map((p) => p.line));
  return { data, problems: [...pasted, ...cut, ...problems.filter((p) => !marked.has(p.line))] };
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
