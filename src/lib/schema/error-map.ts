import type { z } from 'astro/zod';
import { closest, didYouMean } from '../validate/suggest.ts';
import { yamlValue } from '../text/yaml-value.ts';
import { named } from '../text/named.ts';
import { docOf, isOptional, say, schemaAt, shapeOf, type FieldDoc } from './doc.ts';

/** One zod issue, said for an editor; the caller turns `path` and `at` into a file line. */
export interface Explained {
  /** Where the value is in the data, e.g. `['people', 0, 'id']`. */
  path: PropertyKey[];
  /** The field as the editor writes it: `event.start`; inside a list, the list's field (`people`). */
  field: string;
  /** What is wrong, in Norwegian. */
  problem: string;
  /** What is expected instead, in Norwegian. */
  expected: string;
  /**
   * Which line shows it: the value itself, or the field's name (a field left empty). A field left
   * out has neither: the caller shows the nearest field that holds it (the line of `event:` for a
   * missing `event.start`, line 1 at the top).
   */
  at: 'value' | 'key';
}

export interface ExplainOptions {
  /** Kinds that have `key` as their own field, for a field put in the wrong kind of entry. */
  belongsTo?: (key: string) => readonly string[];
  /** The data parsed, for a message that gives a whole list back (`themes: [a, b]`). */
  data?: unknown;
  /** Unknown fields at the top meant as a field left out (`tittel` → `title`): set by `explainIssues`. */
  renamed?: ReadonlyMap<string, string>;
}

/** How editors separate values in a list, other than YAML's comma. */
const SEPARATORS = /\s*[;|]\s*/;

/**
 * The items an editor meant in a value written as one text or as a list in a list (`'[a; b]'`,
 * `(a)`, `[[a]]`), for a message that writes the list back: `a, b`. Brackets, parentheses and
 * quotes around them are the editor's attempt at a list, not part of the items.
 */
export function itemsWritten(input: unknown): string {
  const flat = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap(flat) : [String(v)]);
  return flat(input)
    .flatMap((text) => text.replace(/^\s*[[(]+|[\])]+\s*$/g, '').split(/\s*[,;|]\s*/))
    .map((item) => item.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter(Boolean)
    .join(', ');
}

/**
 * A list item that is two or more values with `;` between (`[samordning; etatsstyring]`): YAML
 * reads one value, as only a comma separates items in `[…]`. Undefined for anything else.
 */
function separated(input: unknown, path: readonly PropertyKey[], data: unknown) {
  const index = path.at(-1);
  if (typeof input !== 'string' || typeof index !== 'number' || !SEPARATORS.test(input)) return undefined;
  const list = path.slice(0, -1).reduce<unknown>((at, step) => (at as Record<PropertyKey, unknown>)?.[step], data);
  const items = Array.isArray(list) ? list.map(String) : [input];
  const mark = SEPARATORS.exec(input)![0].trim();
  const written = items.flatMap((item) => item.split(SEPARATORS)).join(', ');
  return {
    problem: `«${input}» er flere verdier skilt med ${mark}, men YAML skiller bare med komma`,
    expected: `skill med komma: ${fieldName(path)}: [${written}]`,
  };
}

/**
 * « (mente du «themes»?)» for an unknown field: a near spelling of a field's name, or a Norwegian
 * word for it (`tema`, `tittel`, `dato`) from the field's doc, its label and its `words`.
 */
export function meantField(key: string, shape: Record<string, z.ZodType>): string {
  const meant = meantName(key, shape);
  return meant ? ` (mente du «${meant}»?)` : '';
}

/** The field `key` most likely means (see `meantField`), or undefined. */
export function meantName(key: string, shape: Record<string, z.ZodType>): string | undefined {
  const said = key.trim().toLowerCase();
  const byWord = Object.entries(shape).find(([, s]) => {
    const doc = docOf(s);
    return doc && [doc.label, ...(doc.words ?? [])].some((w) => w.toLowerCase() === said);
  });
  return byWord?.[0] ?? closest(key, Object.keys(shape));
}

/**
 * The fields written under another name and not under their own (`tittel:` for a missing `title`),
 * each with the name written: the unknown name is said with the line to write, and «title mangler» not said.
 */
function renamed(root: z.ZodType, issues: readonly Issue[], data: unknown): Map<string, string> {
  const out = new Map<string, string>();
  // Without the data, what is written under which name is not known.
  if (typeof data !== 'object' || data === null) return out;
  const shape = shapeOf(root) ?? {};
  const present = Object.keys(data);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || issue.path.length > 0) continue;
    for (const key of issue.keys) {
      const meant = meantName(key, shape);
      if (meant && !present.includes(meant) && ![...out.values()].includes(meant)) out.set(key, meant);
    }
  }
  return out;
}

type Issue = z.core.$ZodIssue;

/** «et tall», «en liste» … for «skal være tekst, ikke et tall». */
function kindOf(value: unknown): string {
  if (typeof value === 'number') return 'et tall';
  if (typeof value === 'boolean') return 'sann/usann';
  if (Array.isArray(value)) return 'en liste';
  if (typeof value === 'object' && value !== null) return 'et objekt';
  return `«${String(value)}»`;
}

/** `event.start`; inside a list, the list's field (`people` for `people[0].id`), as the editor sees it. */
function fieldName(path: readonly PropertyKey[]): string {
  const inList = path.findIndex((step) => typeof step === 'number');
  return (inList === -1 ? path : path.slice(0, inList)).map(String).join('.') || 'frontmatter';
}

/**
 * Turns the issues of `root.safeParse(data, { reportInput: true })` into Norwegian messages with the
 * words the field's doc gives (src/lib/schema/doc.ts): every issue, in zod's order. The model is
 * Starlight's error map (withastro/starlight, `packages/starlight/utils/error-map.ts`), which turns zod issues into
 * author messages; here each message also says what is expected.
 */
export function explainIssues(root: z.ZodType, issues: readonly Issue[], options: ExplainOptions = {}): Explained[] {
  const names = renamed(root, issues, options.data);
  const meant = new Set(names.values());
  return issues
    .filter((issue) => !(issue.path.length === 1 && meant.has(String(issue.path[0])) && inputOf(issue) === undefined))
    .flatMap((issue) => explain(root, issue, { ...options, renamed: names }));
}

const inputOf = (issue: Issue) => (issue as { input?: unknown }).input;

function explain(root: z.ZodType, issue: Issue, options: ExplainOptions): Explained[] {
  const path = [...issue.path];
  const schema = schemaAt(root, path);
  const doc: FieldDoc | undefined = schema && docOf(schema);
  // Present because the caller parses with `reportInput: true`.
  const input = (issue as { input?: unknown }).input;
  const expected = (said = doc?.expected) => (said === undefined ? issue.message : say(said, input));
  const one = (problem: string, expectedText: string, at: Explained['at'] = 'value'): Explained[] => [
    { path, field: fieldName(path), problem, expected: expectedText, at },
  ];
  // Inside a list item the field shown is the list's (`people`): the problem names the key missing.
  const key = path.at(-1);
  const inItem = path.some((step) => typeof step === 'number') && typeof key === 'string';
  const missing = () => one(doc?.missing ?? (inItem ? `mangler ${key}` : 'mangler'), expected(), 'key');

  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Object.keys((schema && shapeOf(schema)) ?? {});
      return issue.keys.map((key) => {
        const at = [...path, key];
        const kinds = path.length === 0 ? (options.belongsTo?.(key) ?? []) : [];
        if (kinds.length > 0)
          return {
            path: at,
            field: fieldName(at),
            problem: `${key}-feltet hører bare til ${kinds.join(' og ')}`,
            expected: `flytt filen til content/${kinds[0]}/, eller fjern ${key}`,
            at: 'key' as const,
          };
        const name = path.length === 0 ? options.renamed?.get(key) : undefined;
        if (name) {
          const value = (options.data as Record<string, unknown>)[key];
          const line = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
          return {
            path: at,
            field: fieldName(at),
            problem: `ukjent felt «${key}» (mente du «${name}»?)`,
            expected: line
              ? `skriv ${name} i stedet for ${key}: ${name}: ${typeof value === 'string' ? yamlValue(value) : String(value)}`
              : `skriv ${name}: i stedet for ${key}:`,
            at: 'key' as const,
          };
        }
        return {
          path: at,
          field: fieldName(at),
          problem: `ukjent felt «${key}»${meantField(key, (schema && shapeOf(schema)) ?? {})}`,
          expected:
            path.length === 0 ? named(allowed, 'bare feltet', 'bare disse feltene:') : `bare ${allowed.join(', ')}`,
          at: 'key' as const,
        };
      });
    }
    case 'invalid_type': {
      if (input === undefined) return missing();
      if (input === null) {
        // A required field left empty is missing; an optional one is better left out.
        if (!schema || !isOptional(schema)) return missing();
        return one('er tomt', expected(doc?.empty), 'key');
      }
      const wrong = doc?.wrongType;
      // `draft: 'false'`: the quotes make it text (YAML 1.2 §10.3.2: only unquoted true/false are booleans).
      if (issue.expected === 'boolean' && typeof input === 'string' && /^(true|false)$/i.test(input.trim()))
        return one(
          `«${input}» står i anførselstegn, og da er det tekst, ikke sann/usann`,
          `${fieldName(path)}: ${input.trim().toLowerCase()} uten anførselstegn`,
        );
      if (
        issue.expected === 'boolean' &&
        typeof input === 'string' &&
        /^(ja|nei|yes|no|on|off|j|n|y)$/i.test(input.trim())
      )
        return one(
          `«${input}» er ikke sann/usann`,
          `${fieldName(path)}: true (ja) eller ${fieldName(path)}: false (nei), uten anførselstegn`,
        );
      const problem =
        wrong?.problem !== undefined
          ? say(wrong.problem, input)
          : issue.expected === 'string'
            ? `skal være tekst, ikke ${kindOf(input)}`
            : issue.expected === 'array'
              ? `skal være en liste, ikke ${kindOf(input)}`
              : issue.expected === 'boolean'
                ? `«${String(input)}» er ikke sann/usann`
                : issue.expected === 'number'
                  ? `skal være et tall, ikke ${kindOf(input)}`
                  : `skal være ${issue.expected === 'object' ? 'et objekt' : issue.expected}, ikke ${kindOf(input)}`;
      return one(problem, expected(wrong?.expected));
    }
    case 'too_small':
      if (issue.origin === 'array') return one('listen er tom', expected(doc?.empty));
      return one('er tomt', expected());
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (input === undefined && doc?.choice) {
        const name = typeof key === 'string' ? key : fieldName(path);
        return one(
          `mangler ${doc.choice.noun} (${name})`,
          `f.eks. ${name}: ${values[0]} (${doc.choice.article} av ${values.join(', ')})`,
          'key',
        );
      }
      if (input === undefined) return missing();
      const split = separated(input, path, options.data);
      if (split) return one(split.problem, split.expected);
      // `themes: [[samordning]]`: a list inside the list, which no value of the field is.
      if (Array.isArray(input)) {
        const list = path
          .slice(0, -1)
          .reduce<unknown>((at, step) => (at as Record<PropertyKey, unknown>)?.[step], options.data);
        return one(
          `«${JSON.stringify(input).replace(/"/g, '')}» er en liste inne i listen (to hakeparenteser)`,
          `én hakeparentes rundt listen: ${fieldName(path)}: [${itemsWritten(Array.isArray(list) ? list : input)}]`,
        );
      }
      if (doc?.choice) {
        const { noun, article, aliases } = doc.choice;
        if (aliases) {
          const said = String(input).trim().toLowerCase();
          const meant = values.includes(said) ? said : aliases[said];
          return one(`ukjent ${noun} «${String(input)}»`, `${expected()}${meant ? ` (mente du «${meant}»?)` : ''}`);
        }
        return one(
          `ukjent ${noun} «${String(input)}»`,
          `${article} av ${values.join(', ')}${didYouMean(String(input), values)}`,
        );
      }
      return one(`«${String(input)}» er ikke gyldig`, `en av ${values.join(', ')}`);
    }
    case 'invalid_format':
      return one(
        issue.format === 'url' ? `«${String(input)}» er ikke en nettadresse` : `«${String(input)}» har feil form`,
        expected(),
      );
    case 'custom': {
      // A value that must have a form (a date, a time) and is left blank is missing, not malformed.
      if (input === '') return missing();
      const split = separated(input, path, options.data);
      if (split) return one(split.problem, split.expected);
      const params = issue.params as { problem?: string; expected?: FieldDoc['expected'] } | undefined;
      return one(params?.problem ?? issue.message, expected(params?.expected ?? doc?.expected));
    }
    default:
      return one(issue.message, expected());
  }
}
