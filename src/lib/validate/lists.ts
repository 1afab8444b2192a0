import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import { docOf, say, schemaAt } from '../schema/doc.ts';
import { LIST_ID, LISTS, type ListName } from '../schema/lists.ts';
import { meantField } from '../schema/error-map.ts';
import type { Problem } from './problem.ts';
import { characterProblems, fieldName, stringsIn } from './characters.ts';
import { isCharacterIssue } from '../schema/text.ts';
import { pastedMarks } from './pasted.ts';
import { misreadMarks } from './misread.ts';
import { yamlErrorMarks } from './yaml-errors.ts';
import { slugify } from '../slug.ts';
import { blockOf, fitsField } from '../schema/doc.ts';

export { LISTS, type ListName } from '../schema/lists.ts';

/**
 * The editor's own id written as an id (`Kåre Ødegård` → `kare-odegard`, by the rule file names
 * follow), when that is one and no other item has it yet; otherwise nothing, and the schema's example is given.
 */
function idWritten(id: unknown, taken: ReadonlySet<string>): string | undefined {
  if (typeof id !== 'string') return undefined;
  const slug = slugify(id);
  if (!LIST_ID.test(slug) || taken.has(slug)) return undefined;
  return `skriv id: ${slug} (små bokstaver a–z, tall og bindestrek; æ, ø og å blir ae, o og a)`;
}

/**
 * Checks one shared list (`content/personer.yaml` or `content/publikasjoner.yaml`) and returns its
 * ids, for checking the references in articles, with every problem and its line.
 */
export function checkList(name: ListName, source: string): { ids: Set<string> | undefined; problems: Problem[] } {
  const { ids, problems, parsed } = checkItems(name, source);
  // A list that cannot be read has no ids to check references against: its own errors are said, not
  // an «ukjent person» in every entry that names one of its people.
  // Marks pasted from a word processor, as in a frontmatter: they explain the parser's errors and
  // what the schema says about their lines.
  const { schema } = LISTS[name];
  const fits = (field: string, item: boolean, value: unknown) => fitsField(schema, field, item, value);
  // Lines YAML reads otherwise than meant (` #` in a name, `- id:eivind-dale`), as in a frontmatter.
  const misread = misreadMarks(source, fits, 'liste', (field) => blockOf(schema, field));
  const marks = [...pastedMarks(source, 'liste', fits), ...misread].sort((a, b) => a.line - b.line);
  if (marks.length === 0) return { ids: parsed ? ids : undefined, problems };
  const pasted = marks.map(({ line, field, problem, expected }) => ({
    file: `content/${name}`,
    line,
    field,
    problem,
    expected,
  }));
  if (!parsed || marks.some((m) => m.changes === 'structure')) return { ids: undefined, problems: pasted };
  const marked = new Set(pasted.map((p) => p.line));
  return { ids, problems: [...pasted, ...problems.filter((p) => !marked.has(p.line))] };
}

function checkItems(name: ListName, source: string): { ids: Set<string>; problems: Problem[]; parsed: boolean } {
  const file = `content/${name}`;
  const { example, schema } = LISTS[name];
  const fields = Object.keys(schema.shape).filter((f) => f !== 'id');
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const add = (node: Node | null | undefined, field: string, problem: string, expected: string) =>
    problems.push({ file, line: lineOf(node), field, problem, expected });

  if (doc.errors.length > 0) {
    const said = yamlErrorMarks(source, doc.errors, (offset) => lineCounter.linePos(offset).line, 'liste');
    for (const { line, field, problem, expected } of said) problems.push({ file, line, field, problem, expected });
    return { ids, problems, parsed: false };
  }
  if (doc.contents === null) return { ids, problems, parsed: true };
  if (!isSeq(doc.contents)) {
    add(doc.contents, 'liste', 'filen er ikke en liste', `en liste der hvert element begynner med «- id: ${example}»`);
    return { ids, problems, parsed: true };
  }
  for (const item of doc.contents.items) {
    const node = item as Node;
    if (!isMap(item)) {
      add(node, 'id', 'elementet har ingen felt', `«- id: ${example}» og feltene under`);
      continue;
    }
    const data = item.toJSON() as Record<string, unknown>;
    const at = (key: string) => (item.get(key, true) as Node | undefined) ?? node;
    const id = data['id'];
    if (typeof id !== 'string' || !LIST_ID.test(id)) {
      add(
        at('id'),
        'id',
        id === undefined ? 'mangler' : `«${String(id)}» er ikke en gyldig id`,
        idWritten(id, ids) ?? say(docOf(schema.shape.id)!.expected, id),
      );
    } else if (ids.has(id)) {
      add(at('id'), 'id', `id «${id}» står to ganger`, 'hver id bare én gang');
    } else ids.add(id);
    const label = typeof id === 'string' ? ` (${id})` : '';
    // The item's other fields, against the schema: what is missing, what is not valid, what is unknown.
    const result = schema.safeParse(data, { reportInput: true });
    const said = new Set<string>(['id']);
    // Names and titles reach feeds, JSON-LD and calendars: the same character rules as in articles,
    // said per character with its line (the schema's own character issues are left to this).
    for (const { path, text } of stringsIn(data)) {
      const at = (item.getIn(path, true) as Node | undefined) ?? node;
      problems.push(...characterProblems(file, lineOf(at), fieldName(path), text, { oneLine: true }));
    }
    for (const issue of result.success ? [] : result.error.issues.filter((i) => !isCharacterIssue(i))) {
      const [field] = issue.path;
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys.filter((k) => k !== 'id'))
          add(
            at(key),
            key,
            `ukjent felt «${key}»${label}${meantField(key, schema.shape)}`,
            `bare id, ${fields.join(', ')}`,
          );
        continue;
      }
      // One message per field, however many of its items are wrong.
      if (typeof field !== 'string' || said.has(field)) continue;
      said.add(field);
      const doc = docOf(schemaAt(schema, [field])!);
      const value = data[field];
      const expected = doc ? say(doc.expected, value) : issue.message;
      if (value === undefined) add(node, field, `mangler${label}`, expected);
      else if (value === null) add(at(field), field, `er tomt${label}`, expected);
      else
        add(
          at(field),
          field,
          `«${String(value)}» er ikke gyldig${label}`,
          doc?.wrongType?.expected ? say(doc.wrongType.expected, value) : expected,
        );
    }
  }
  return { ids, problems, parsed: true };
}
