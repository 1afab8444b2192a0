import { z } from 'astro/zod';
import { docOf, isOptional, unwrap, type FieldDoc } from './doc.ts';

/** One field of the contract as plain data, for a form: a web editor's configuration (issue 13). */
export interface FieldDescription {
  name: string;
  /** Norwegian label and help text. */
  label: string;
  help: string;
  required: boolean;
  /** The value when the field is left out, if it has one. */
  default?: unknown;
  type: 'text' | 'date' | 'datetime' | 'url' | 'number' | 'boolean' | 'choice' | 'list' | 'object';
  /** For a choice: the values allowed. */
  options?: string[];
  /** For an id: the shared list it comes from. */
  references?: string;
  /** For a list: what each item is. For an object: its fields. */
  item?: FieldDescription;
  fields?: FieldDescription[];
}

/**
 * The fields of an object schema as plain data (JSON-safe, no functions): name, Norwegian label and
 * help, whether it is required, its default, its type and choices. Throws for a field without a doc.
 */
export function describeFields(shape: Record<string, z.ZodType>): FieldDescription[] {
  return Object.entries(shape).map(([name, schema]) => describe(name, schema));
}

/** `fallback`: a list's own doc, for items that have none of their own (`aliases: [text]`). */
function describe(name: string, schema: z.ZodType, fallback?: FieldDoc): FieldDescription {
  const doc = docOf(schema) ?? fallback;
  if (!doc) throw new Error(`The field «${name}» has no doc: declare it with field(schema, doc)`);
  const { inner, defaultValue } = unwrap(schema);
  const out: FieldDescription = {
    name,
    label: doc.label,
    help: doc.help,
    required: !isOptional(schema),
    type: 'text',
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
    ...(doc.references ? { references: doc.references } : {}),
  };
  if (inner instanceof z.ZodEnum) return { ...out, type: 'choice', options: inner.options.map(String) };
  if (inner instanceof z.ZodBoolean) return { ...out, type: 'boolean' };
  if (inner instanceof z.ZodNumber) return { ...out, type: 'number' };
  if (inner instanceof z.ZodArray)
    return { ...out, type: 'list', item: describe(name, inner.element as z.ZodType, doc) };
  if (inner instanceof z.ZodObject)
    return { ...out, type: 'object', fields: describeFields(inner.shape as Record<string, z.ZodType>) };
  if ((inner._zod.def as { format?: string }).format === 'url') return { ...out, type: 'url' };
  return { ...out, type: doc.format ?? 'text' };
}
