import { z } from 'astro/zod';

/** A text that may depend on the value the editor wrote (the raw YAML value, `unknown`). */
export type Said = string | ((input: unknown) => string);

/**
 * What the editors' contract says about one field, in Norwegian, attached once to its zod schema
 * (`field(schema, doc)`). The editor guide's field tables, the check's messages and any later form
 * (a web editor's configuration) read it from here.
 */
export interface FieldDoc {
  /** Short label for a form, e.g. «Tittel»; an editor who writes it as the field's name (`tittel:`) is told the name. */
  label: string;
  /** Other Norwegian words an editor may write for the field's name (`dato`, `beskrivelse`), lower case. */
  words?: readonly string[];
  /** What the field is: the guide's «hva» cell (Markdown). */
  help: string;
  /** The guide's «eksempel» cell (Markdown), when its table has that column. */
  example?: string;
  /** What the check says is expected when the value is missing or wrong. */
  expected: Said;
  /** What is wrong when the field is missing, if more than «mangler». */
  missing?: string;
  /** What is expected when an optional field is left empty (`people:` with nothing after it). */
  empty?: string;
  /** What is wrong, and what is expected, when the value has the wrong type. */
  wrongType?: { problem?: Said; expected?: Said };
  /** For one of a fixed set of values: «ukjent tema «x» — et av …». */
  choice?: {
    noun: string;
    article: 'en' | 'et';
    /**
     * Other names editors write for a value (`nynorsk` → `nn`), lower case: «mente du …?» suggests
     * the value they name, and when given, only these and a difference of case are suggested (two-letter
     * codes are all near each other, so nearness says nothing).
     */
    aliases?: Readonly<Record<string, string>>;
  };
  /** What a text holds, when a form needs more than «text» (a date picker, a date-time picker). */
  format?: 'date' | 'datetime';
  /** The shared list an id refers to, e.g. `personer.yaml` (a form's picker). */
  references?: 'personer.yaml' | 'publikasjoner.yaml';
}

/** The contract's own registry: zod's global one would carry functions into Astro's JSON schemas. */
export const contract = z.registry<FieldDoc>();

/** Attaches `doc` to `schema` and returns the schema, so a field is declared in one expression. */
export function field<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
  contract.add(schema, doc);
  return schema;
}

/** The schema inside optional/default/nullable/readonly wrappers, outermost first. */
function layers(schema: z.ZodType): z.ZodType[] {
  const out: z.ZodType[] = [schema];
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if (!def.innerType || !['optional', 'default', 'nullable', 'readonly', 'prefault'].includes(def.type)) break;
    current = def.innerType;
    out.push(current);
  }
  return out;
}

/** The schema inside its wrappers, and the default a `.default()` wrapper gives, if any. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; defaultValue?: unknown } {
  const all = layers(schema);
  const withDefault = all.find((l) => l._zod.def.type === 'default');
  const inner = all.at(-1)!;
  if (!withDefault) return { inner };
  return { inner, defaultValue: (withDefault._zod.def as unknown as { defaultValue: unknown }).defaultValue };
}

/** The doc attached to `schema` or to a schema it wraps, if any. */
export function docOf(schema: z.ZodType): FieldDoc | undefined {
  for (const layer of layers(schema)) {
    const doc = contract.get(layer);
    if (doc) return doc;
  }
  return undefined;
}

/** The object shape of `schema` (through its wrappers), or undefined when it is not an object. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = layers(schema).at(-1)!;
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
}

/**
 * The schema at `path` inside `root` (`['people', 0, 'id']`): object keys by name, list items by
 * index. Undefined when the path leaves the schema (an unknown field).
 */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const step of path) {
    if (!current) return undefined;
    const inner: z.ZodType = layers(current).at(-1)!;
    if (typeof step === 'number') current = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    else current = shapeOf(inner)?.[String(step)];
  }
  return current;
}

/** Whether the field may be left out (it is optional or has a default). */
export function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

/** Said for this value. */
export function say(said: Said, input: unknown): string {
  return typeof said === 'function' ? said(input) : said;
}

/**
 * The schema of a field named as an editor's line shows it (`people.part`, `image.alt`): lists are
 * stepped into on the way, and at the end when `item` (a `- …` line of the list).
 */
export function schemaAtField(root: z.ZodType, dotted: string, item = false): z.ZodType | undefined {
  const element = (s: z.ZodType | undefined) => {
    const inner = s && layers(s).at(-1)!;
    return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : s;
  };
  let current: z.ZodType | undefined = root;
  for (const step of dotted.split('.')) current = element(current) && shapeOf(element(current)!)?.[step];
  return item ? element(current) : current;
}

/** Whether `value` is a right value for the field at `dotted` (see `schemaAtField`). */
export function fitsField(root: z.ZodType, dotted: string, item: boolean, value: unknown): boolean {
  return schemaAtField(root, dotted, item)?.safeParse(value).success ?? false;
}

/**
 * Whether the field at `dotted` is written as a block on the lines under its name: `list` (`people`,
 * `themes`), `object` (`image`, `event`), or undefined for a value on its own line (`title`).
 */
export function blockOf(root: z.ZodType, dotted: string): 'list' | 'object' | undefined {
  const at = schemaAtField(root, dotted);
  const inner = at && layers(at).at(-1)!;
  if (inner instanceof z.ZodArray) return 'list';
  return inner && shapeOf(inner) ? 'object' : undefined;
}
